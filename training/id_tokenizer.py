"""Tokenizer rules for Indonesian news, applied to the spaCy ``id`` tokenizer before training.

Registered as ``warta.id_tokenizer_rules.v1`` (``[initialize.before_init]`` in ``configs/id_ud.cfg``); the
rules end up in the saved tokenizer (special cases and the ``token_match`` pattern are serialised), so the
shipped model needs none of this code at load time.

What the rules do:

* **Dates and clock times stay one token**: ``12/5/2025``, ``3/11``, ``10.30``, ``14:00``
  (the stock rules split ``12/5/2025`` into five tokens).
* **Abbreviations with a final period** stay one token (``Jl.``, ``Dr.``, ``Kec.`` ...): read from
  ``src/warta/lang/id/abbreviations.tsv`` (warta's own list) plus a few common ones here.
* **Clitics** (``-nya``, ``-ku``, ``-mu``, ``-lah``, ``-kah``, ``-pun``) are split the way UD splits them
  (``rumahnya`` → ``rumah`` + ``nya``), but only for word forms listed in ``clitics.tsv``, built by
  ``prepare.py`` from the multiword tokens of the UD training treebanks and from corpus words whose stem is
  itself a frequent word (so ``hanya``, ``punya``, ``tanya`` are never split).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

HERE = Path(__file__).resolve().parent
ABBREVIATIONS_TSV = HERE.parent / "src" / "warta" / "lang" / "id" / "abbreviations.tsv"
EXTRA_ABBREVIATIONS = ["Jl.", "Jln.", "Kec.", "Kab.", "Kel.", "No.", "Tbk.", "Bpk.", "Sdr.", "dkk.", "dll.",
                       "dsb.", "dst.", "tsb.", "a.n.", "u.p.", "s.d.", "Rp.", "Yth.", "Kol.", "Brigjen.",
                       "Mayjen.", "Letjen.", "Jend.", "Kompol.", "AKBP.", "Ny.", "Tn.", "St.", "Bp."]
# One token: d/m/y or d/m dates, d-m-y dates, hh.mm / hh:mm clock times, decimal and thousand-grouped numbers.
TOKEN_MATCH = (r"^(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}-\d{1,2}-\d{2,4}|\d{1,2}[.:]\d{2}"
               r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)$")


def read_abbreviations(path: Path = ABBREVIATIONS_TSV) -> list[str]:
    """Abbreviations from warta's TSV (first column, ``#`` comments and the header skipped) plus extras."""
    found: list[str] = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith(("#", "abbreviation\t")):
                continue
            found.append(line.split("\t", 1)[0].strip())
    return sorted({a for a in found + EXTRA_ABBREVIATIONS if a.endswith(".") and " " not in a})


def read_clitics(path: Path) -> list[tuple[str, str, str]]:
    """Rows ``form<TAB>host<TAB>clitic`` of the clitic table written by ``prepare.py``."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] == parts[1] + parts[2]:
            rows.append((parts[0], parts[1], parts[2]))
    return rows


def apply_rules(nlp: Language, clitics_path: Path | None) -> None:
    """Add the date/time token_match, abbreviation and clitic special cases to ``nlp.tokenizer``."""
    tokenizer = nlp.tokenizer
    old_match = tokenizer.token_match
    pattern = re.compile(TOKEN_MATCH)
    if old_match is not None:
        combined = re.compile(f"(?:{TOKEN_MATCH})|(?:{old_match.__self__.pattern})")  # type: ignore[attr-defined]
        pattern = combined
    tokenizer.token_match = pattern.match
    for abbreviation in read_abbreviations():
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        lower = abbreviation.lower()
        if lower != abbreviation:
            tokenizer.add_special_case(lower, [{ORTH: lower}])
    if clitics_path is not None and clitics_path.exists():
        for form, host, clitic in read_clitics(clitics_path):
            for f, h in {(form, host), (form.capitalize(), host.capitalize())}:
                tokenizer.add_special_case(f, [{ORTH: h}, {ORTH: clitic}])


@spacy.registry.callbacks("warta.id_tokenizer_rules.v1")
def make_rules(clitics_path: str = "") -> Callable[[Language], Language]:
    """Config callback: ``[initialize.before_init] @callbacks = "warta.id_tokenizer_rules.v1"``."""

    def before_init(nlp: Language) -> Language:
        apply_rules(nlp, Path(clitics_path) if clitics_path else None)
        return nlp

    return before_init
