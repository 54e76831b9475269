"""Construction suites: gold-format items grouped by the construction of the language they exercise.

A suite (``tests/constructions/id.jsonl``, ``en.jsonl``) is a gold file whose rows carry their text inline
and a ``"construction"`` label ("di- passive with oleh", "statement about an event" ...). An item with
``"events": []`` is a non-event: anything the coder finds in it is spurious. The per-construction table
says, for each construction, how many of its expected (required) events the coder finds with the full
actor codes and root (L2) and with the full code (L3), and how many events it adds that no item expects::

    >>> report = evaluate_gold_file("tests/constructions/id.jsonl")
    >>> for row in construction_scores(report): print(row.construction, row.found_l2, row.expected)

``check_suite_row`` says what is wrong with one row (unknown event codes, malformed actor codes ...), so a
test can keep the suite files valid as they grow.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from .. import codebook
from .runner import EvaluationReport
from .scoring import score_level

FACTUALITIES = ("asserted", "negated", "future", "hypothetical")
_GROUPS = re.compile(r"^(?:[A-Z]{3})+$")
#: CAMEO's region codes, which stand where a country code would (CAMEO codebook 1.1b3, actor chapter)
REGIONS = frozenset(["AFR", "ASA", "BLK", "BLT", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA", "NAF", "NAM", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST"])


@dataclass(frozen=True)
class ConstructionScore:
    """How the coder does on one construction's items (or on a whole language, ``construction="all"``)."""

    construction: str
    items: int
    expected: int      # required gold events, collapsed as the scorer does at L2
    found_l2: int      # of those, found with full actor codes + root
    found_l3: int      # found with full actor codes + full event code
    spurious: int      # system events no item expects (L2), non-event items included

    @property
    def share_found(self) -> float:
        """The share of expected events found at L2 (1.0 for a construction that expects none)."""
        return self.found_l2 / self.expected if self.expected else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"construction": self.construction, "items": self.items, "expected": self.expected,
                "found_l2": self.found_l2, "found_l3": self.found_l3, "spurious": self.spurious,
                "share_found": round(self.share_found, 3)}


def _score(name: str, rows: list[dict], system: list[dict]) -> ConstructionScore:
    l2 = score_level(rows, system, "L2")
    l3 = score_level(rows, system, "L3")
    return ConstructionScore(name, len(rows), l2.tp + l2.fn, l2.tp, l3.tp, l2.fp)


def construction_scores(report: EvaluationReport, *, language: str | None = None) -> list[ConstructionScore]:
    """One row per construction (in order of first appearance), then the total as ``"all"``.

    Rows without a ``"construction"`` are left out; an empty list when no row has one.
    """
    rows = [g for g in report.gold if g.get("construction")
            and (language is None or g.get("language") == language)]
    if not rows:
        return []
    groups: dict[str, list[dict]] = {}
    for g in rows:
        groups.setdefault(str(g["construction"]), []).append(g)
    table = [_score(name, members, report.system) for name, members in groups.items()]
    table.append(_score("all", rows, report.system))
    return table


def format_construction_table(language: str, table: list[ConstructionScore]) -> str:
    """The per-construction table as text, one line per construction and the total last."""
    width = max([len("construction"), *(len(row.construction) for row in table)])
    title = (f"constructions ({language}): expected events found with full actor codes + root (L2), "
             f"and with the full event code (L3)")
    lines = [title,
             f"  {'construction':{width}s}  items  expected  found L2  found L3  share  spurious"]
    lines += [f"  {row.construction:{width}s}  {row.items:5d}  {row.expected:8d}  {row.found_l2:8d}  "
              f"{row.found_l3:8d}  {row.share_found:5.3f}  {row.spurious:8d}" for row in table]
    return "\n".join(lines) + "\n"


def _codes(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


@functools.cache
def _known_codes() -> tuple[frozenset[str], frozenset[str]]:
    """The country codes and every actor code the knowledge base gives a phrase (``PSEREBHMS`` ...)."""
    from ..knowledge.kb import load_knowledge_base

    kb = load_knowledge_base()
    named = frozenset(e.code for entries in kb.index.values() for e in entries if e.kind != "role")
    return frozenset(kb.country_names), named


def is_actor_code(code: object) -> bool:
    """A CAMEO actor code: one the knowledge base gives (``PSEREBHMS``); a country or CAMEO region code
    followed by role codes (``IDNGOV``, ``PSEREB``, ``WST``); or a transnational prefix (``IGO``, ``NGO``,
    ``MNC`` ...) followed by any three-letter groups (``IGOWSTNAT``: organisation codes are an open list)."""
    if not isinstance(code, str) or not _GROUPS.match(code):
        return False
    countries, named = _known_codes()
    if code in named:
        return True
    head, rest = code[:3], code[3:]
    if codebook.is_actor_type(head) and codebook.actor_type(head).kind == "org":
        return True
    if head not in countries and head not in REGIONS:
        return False
    return all(codebook.is_actor_type(rest[i:i + 3]) for i in range(0, len(rest), 3))


def check_suite_row(row: dict) -> list[str]:
    """What is wrong with one suite row, as messages naming the row id; empty when it is valid."""
    rid = row.get("id", "?")
    problems = []
    for name in ("id", "language", "construction", "text", "events"):
        if not row.get(name) and name != "events":
            problems.append(f"{rid}: no {name!r}")
    if not isinstance(row.get("events"), list):
        return problems + [f"{rid}: \"events\" must be a list"]
    for n, event in enumerate(row["events"], start=1):
        where = f"{rid} event {n}"
        for code in _codes(event.get("code")):
            if not codebook.is_event_code(code):
                problems.append(f"{where}: unknown event code {code!r}")
        for slot in ("source", "target"):
            for actor in _codes(event.get(slot)):
                if actor is None and slot == "target":
                    continue
                if not is_actor_code(actor):
                    problems.append(f"{where}: malformed {slot} actor code {actor!r}")
        reporters = [r for r in _codes(event.get("reported_by")) if r is not None]
        problems += [f"{where}: malformed reported_by {r!r}" for r in reporters if not is_actor_code(r)]
        if event.get("factuality") not in FACTUALITIES:
            problems.append(f"{where}: factuality must be one of {', '.join(FACTUALITIES)}")
        date = event.get("date")
        if date is not None and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", str(date)):
            problems.append(f"{where}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return problems
