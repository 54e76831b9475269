"""Name variants: one normal form for the spellings news gives one name.

News writes a name from Arabic, Russian or old Indonesian spelling in several ways: with or without a
hyphen after an Arabic article ("Al-Thani", "Al Thani"), with the article in another vowel or assimilated
to the next consonant ("el-Sisi", "al-Sisi", "ash-Sharaa", "as-Sharaa"), with doubled letters or not
("el-Sissi", "Zelenskyy", "Hassan"), in English or Indonesian transliteration ("Sharif", "Syarif"), or in
the spelling before 1972 ("Soeharto", "Djakarta"). :func:`variant_key` maps all of them to one key, and
:class:`VariantIndex` is the one index every look-up of names (actors and places) falls back to when the
exact phrase is not known. Role words and short all-capital aliases are never folded: they are common words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Generic, TypeVar

from ..tokens import Token

#: the Arabic definite article as transliterations write it: al/el, and assimilated to a "sun letter"
#: (ad-Din, ash-Shaykh, as-Sisi, at-Tayyib, ar-Rahman, an-Nur, az-Zawahiri); the assimilated forms are
#: English words too ("as", "at", "an"), so they count only joined by a hyphen
ARTICLES = frozenset({"al", "el"})
ASSIMILATED_ARTICLES = frozenset({"ad", "ed", "ash", "esh", "as", "es", "at", "et", "ath", "ar", "er", "an", "en",
                                  "az", "ez", "adh", "ul", "ud", "ut", "us", "ur", "un", "uz"})
#: spellings of one sound, folded to one (applied in order): old Indonesian spelling (oe, dj, tj, sj),
#: English and Indonesian transliteration of Arabic and Persian (sh/sy, ou/oo/u, ee/i, ph/f, q/k)
_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("sh", "sy"), ("ou", "u"), ("oo", "u"),
              ("ee", "i"), ("ph", "f"), ("q", "k"))
_DOUBLED = re.compile(r"(\w)\1+")

T = TypeVar("T")


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    for old, new in _SPELLINGS:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word)


@lru_cache(maxsize=65536)
def _pieces(norm: str) -> tuple[tuple[str, bool], ...]:
    """A token's words, each with whether a hyphen joins it to the next ("el-sissi": el-, sissi)."""
    pieces = [p for p in norm.split("-") if p]
    return tuple((piece, n + 1 < len(pieces)) for n, piece in enumerate(pieces))


def variant_key(norms: Sequence[str]) -> tuple[str, ...]:
    """The variant key of a name given as its tokens' normal forms (lower case, no diacritics):
    ``("al", "-", "thani")`` and ``("al", "thani")`` → ``("al", "thani")``; ``("el-sissi",)`` → ``("al", "sisi")``."""
    parts: list[tuple[str, bool]] = []  # (word, joined to the next by a hyphen)
    for norm in norms:
        if norm == "-":
            if parts:
                parts[-1] = (parts[-1][0], True)
            continue
        parts.extend(_pieces(norm))
    words = []
    for n, (word, joined) in enumerate(parts):
        if n + 1 < len(parts) and (word in ARTICLES or (joined and word in ASSIMILATED_ARTICLES)):
            words.append("al")
        else:
            words.append(_fold_word(word))
    return tuple(words)


class VariantIndex(Generic[T]):
    """Items indexed by the variant key of their names, looked up in running text by the longest match."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], list[T]] = defaultdict(list)
        self.first_words: dict[str, int] = {}  # first word of a key → the most words a key starting so has

    def add(self, norms: Sequence[str], item: T) -> None:
        key = variant_key(norms)
        if not key:
            return
        bucket = self.index[key]
        if item not in bucket:
            bucket.append(item)
        self.first_words[key[0]] = max(self.first_words.get(key[0], 0), len(key))

    def lookup(self, norms: Sequence[str]) -> list[T]:
        return self.index.get(variant_key(norms), [])

    def match_at(self, tokens: Sequence[Token], i: int,
                 accept: Callable[[T], bool] = lambda item: True) -> tuple[list[T], int] | None:
        """The items of the longest name starting at token ``i`` (which a name's capital or an article with
        a hyphen must open: "Al-Thani", "el-Sissi"), with the index of its last token; None without one."""
        if i >= len(tokens) or not tokens[i].is_word:
            return None
        tok = tokens[i]
        if not tok.is_capitalised and not ("-" in tok.norm and tok.norm.split("-")[0] in ARTICLES | ASSIMILATED_ARTICLES):
            return None
        start = variant_key((tok.norm,))
        most = self.first_words.get(start[0], 0) if start else 0
        if not most:
            return None
        spans: list[int] = []  # ends of the spans whose key is short enough to be indexed
        words = 0
        for j in range(i, len(tokens)):
            if not tokens[j].is_word and tokens[j].norm != "-":
                break
            words += len(_pieces(tokens[j].norm))
            if words > most:
                break
            spans.append(j)
        for j in reversed(spans):
            if tokens[j].norm == "-":
                continue
            items = [item for item in self.lookup([t.norm for t in tokens[i : j + 1]]) if accept(item)]
            if items:
                return items, j
        return None
