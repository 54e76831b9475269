"""Tokens with character offsets, and the normal form used to look words up in data files."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"            # U.S., A.S., U.N.
    r"|\d+(?:[.,/:]\d+)*"            # 1.200, 08.30, 12/5, 3,5
    r"|['’]s\b"                      # English possessive: Israel 's
    r"|\w+(?:-\w+|['’](?!s\b)\w+)*"  # words, serang-menyerang, d'Ivoire, PDI-P, G20, didn't
    r"|\S",                          # any other single character
    re.UNICODE,
)


#: second halves of a hyphenated name that say whose a ship, a plane or a firm is ("Greek-owned tanker"),
#: or to whom it is tied or bound ("Israeli-linked ships", "Israel-bound vessels")
OWNERSHIP_WORDS = frozenset({"owned", "flagged", "registered", "operated", "linked", "bound"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    norm: str  # lower case, no diacritics, typographic apostrophes folded

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower case without diacritics: ``Nicolás`` → ``nicolas``, ``Türkiye`` → ``turkiye``."""
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _splits(word: str) -> bool:
    """A hyphenated word of names is split ("Rusia-Ukraina", "US-owned"); a reduplication or an
    ordinary compound is one word ("serang-menyerang", "Anak-anak", "PDI-P")."""
    parts = word.split("-")
    if len(parts) < 2 or not any(p[:1].isupper() for p in parts):
        return False
    lowered = {p.lower() for p in parts}
    if len(lowered) == 1 or any(len(p) < 2 for p in parts):
        return False
    if len(parts) == 2 and parts[0][:1].isupper() and parts[1] in OWNERSHIP_WORDS:
        return True  # "Greek-owned", "Liberian-flagged": a name and whose the thing is
    return all(p[:1].isupper() for p in parts) or any(p.isupper() and len(p) >= 2 for p in parts)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if "-" in word and _splits(word):
            pos = m.start()
            for i, part in enumerate(word.split("-")):
                if i:
                    out.append(Token("-", pos, pos + 1, "-"))
                    pos += 1
                out.append(Token(part, pos, pos + len(part), normalise(part)))
                pos += len(part)
            continue
        out.append(Token(word, m.start(), m.end(), normalise(word)))
    return out


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The look-up key of a data-file phrase: its tokens' normal forms."""
    return tuple(t.norm for t in tokenize(phrase))
