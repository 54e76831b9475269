"""Language identification from function words: Indonesian, Malay, English, or ``und``.

Each word of ``lang/langid.tsv`` gives weight to one or more languages. Indonesian and Malay share most of
their function words, so they are first scored together as one family against English and the other
languages in the file (French, Spanish, German, Dutch, Tagalog, Javanese, Sundanese), then told apart by
the words that only one of them uses (karena/kerana, setelah/selepas, uang/wang ...). Text in another
language, or with too few known words, comes out ``und``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from ..errors import DataFileError
from ..tsvdata import read_tsv

DATA = Path(__file__).resolve().parent.parent / "lang" / "langid.tsv"
TARGETS = ("id", "ms", "en")
MALAY_FAMILY = ("id", "ms")
MIN_KNOWN = 2  # known words needed to say anything
MIN_COVERAGE = 0.08  # share of the words that must be known
MIN_FAMILY_SHARE = 0.4  # share of the evidence the winning language must hold
FULL_EVIDENCE = 6  # known words for full confidence
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _table() -> dict[str, tuple[tuple[str, float], ...]]:
    weights: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for row in read_tsv(DATA, required=("word", "language", "weight")):
        try:
            weight = float(row["weight"])
        except ValueError as err:
            raise row.fail(f"weight {row['weight']!r} is not a number") from err
        if not row["word"] or not row["language"]:
            raise row.fail("word and language are required")
        weights[row["word"].lower()].append((row["language"], weight))
    if not weights:
        raise DataFileError(f"{DATA}: no words")
    return {word: tuple(entries) for word, entries in weights.items()}


@cache
def function_words(languages: tuple[str, ...] = TARGETS, max_weight: float | None = None) -> frozenset[str]:
    """The words of ``langid.tsv`` listed for any of ``languages`` (lower case); with ``max_weight`` only
    the common ones (the distinctive words carry more weight)."""
    return frozenset(
        word for word, entries in _table().items()
        if any(lang in languages and (max_weight is None or weight <= max_weight) for lang, weight in entries)
    )


def identify_language(text: str) -> tuple[str, float]:
    """``(language, confidence)``: ``id``, ``ms``, ``en``, or ``und`` when the text is too short or in
    another language. Confidence is 0..1 for the returned label (0.0 for ``und`` by lack of evidence)."""
    table = _table()
    scores: dict[str, float] = defaultdict(float)
    total = known = 0
    for match in _WORD.finditer(text):
        total += 1
        entries = table.get(match.group().lower())
        if entries:
            known += 1
            for lang, weight in entries:
                scores[lang] += weight
    if known < MIN_KNOWN or known < MIN_COVERAGE * total:
        return "und", 0.0
    families = {lang: score for lang, score in scores.items() if lang not in MALAY_FAMILY}
    families["malay"] = max(scores.get("id", 0.0), scores.get("ms", 0.0))
    best = max(families, key=lambda lang: families[lang])
    share = families[best] / sum(families.values())
    evidence = min(1.0, known / FULL_EVIDENCE)
    if best not in ("malay", "en"):
        return "und", round(share * evidence, 3)
    if share < MIN_FAMILY_SHARE:
        return "und", round(1.0 - share, 3)
    if best == "en":
        return "en", round(share * evidence, 3)
    lead = scores.get("id", 0.0) - scores.get("ms", 0.0)
    within = 0.6 + 0.4 * abs(lead) / (abs(lead) + 3.0)
    return ("id" if lead >= 0 else "ms"), round(share * evidence * within, 3)
