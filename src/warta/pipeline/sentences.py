"""Sentence splitting with character offsets.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes and brackets right after it, which stay in
the sentence) followed by white space and a capital letter, a digit or an opening quote. It never ends
after an abbreviation of ``lang/<language>/abbreviations.tsv`` (both languages' lists are used), after an
initial (``J. Biden``), a dotted acronym (``U.S.``, ``a.n.``), a list number at the start of a line
(``1. Jaga kebersihan``), or an ellipsis. Numbers (``1.200``, ``08.30``, ``3,5``) have no space after
their point and are never split. A newline always ends a sentence.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..tsvdata import read_tsv

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
LANGUAGES = ("id", "en")

_LINE = re.compile(r"[^\n]+")
_CANDIDATE = re.compile(r"(?P<punct>[.!?…]+)(?P<close>[”’\"'»)\]]*)(?=\s|$)")
_NEXT = re.compile(r"\s+(?:[“‘\"'«(\[]\s*)?(?P<first>\S)")
_TRAILING_TAG = re.compile(r"\s*\([^()\n]{1,15}\)\s*$")
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_ACRONYM = re.compile(r"(?:[A-Za-z]{1,3}\.){2,}")
_LEADING = "“‘\"'«([{—–-"


@cache
def abbreviations(language: str) -> frozenset[str]:
    """Abbreviations (with their final period) of one language's list, as written and, for lower-case
    entries, with a capital first letter."""
    path = LANG_DIR / language / "abbreviations.tsv"
    if not path.exists():
        return frozenset()
    found: set[str] = set()
    for row in read_tsv(path, required=("abbreviation",)):
        abbr = row["abbreviation"]
        if not abbr.endswith("."):
            raise row.fail(f"abbreviation {abbr!r} must end with a period")
        found.add(abbr)
        if abbr[0].islower():
            found.add(abbr[0].upper() + abbr[1:])
    return frozenset(found)


@cache
def _all_abbreviations(language: str) -> frozenset[str]:
    return abbreviations(language).union(*(abbreviations(code) for code in LANGUAGES if code != language))


def split_sentences(text: str, start: int = 0, end: int | None = None, language: str = "id"
                    ) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, offsets into ``text``, without surrounding
    white space."""
    end = len(text) if end is None else end
    known = _all_abbreviations(language)
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        _split_line(text, line.start(), line.end(), known, spans)
    return spans


def _split_line(text: str, start: int, end: int, known: frozenset[str], spans: list[tuple[int, int]]) -> None:
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        stop = match.end()
        if _is_boundary(text, match, sentence_start, end, known):
            _add(text, sentence_start, stop, spans)
            sentence_start = stop
    _add(text, sentence_start, end, spans)


def _is_boundary(text: str, match: re.Match[str], sentence_start: int, end: int, known: frozenset[str]) -> bool:
    punct = match.group("punct")
    if "…" in punct or ".." in punct:
        return False  # an ellipsis: the sentence goes on
    following = _NEXT.match(text, match.end(), end)
    if following is None:
        return False  # the end of the line closes the sentence anyway
    if _TRAILING_TAG.match(text, match.end(), end):
        return False  # an editor's tag closing the paragraph stays with the last sentence: "... (ant)"
    first = following.group("first")
    if not (first.isupper() or first.isdigit()):
        return False  # "dll. dan", "“Siap?” tanya Budi"
    if punct != "." or match.group("close"):
        return True
    before = _TOKEN_BEFORE.search(text, sentence_start, match.start())
    if before is None:
        return False
    token = before.group(1).lstrip(_LEADING) + "."
    if token in known or _ACRONYM.fullmatch(token):
        return False
    if len(token) == 2 and token[0].isupper():
        return False  # an initial: "J. Biden"
    # a list number opening the line ("1. Cuci tangan") is not a sentence
    return not (token[:-1].isdigit() and text[sentence_start : before.start()].strip() == "")


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
