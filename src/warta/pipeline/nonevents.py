"""Stretches of a sentence that state no event of their own, whatever predicates they contain: the words
written on a banner or given as a title ("poster bertuliskan "Usir X"", "diskusi bertajuk "..."")."""

from __future__ import annotations

from ..lang.cues import Cues
from .doc import Sentence

OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def inscribed(sentence: Sentence, cues: Cues) -> set[int]:
    """Token indices inside quotation marks opened right after a word of writing or naming
    ("bertuliskan", "berbunyi", "bertajuk", "inscribed"): a slogan or a title, not an act of its bearer's."""
    tokens, inside = sentence.tokens, set()
    for i, tok in enumerate(tokens[:-1]):
        if tok.norm not in cues["inscription"] or tokens[i + 1].text not in OPENING_QUOTES:
            continue
        j = i + 2
        while j < len(tokens) and tokens[j].text not in CLOSING_QUOTES:
            inside.add(j)
            j += 1
        # "bertuliskan "A" dan "B"": the next quoted stretch joined to it is written there too
        if j + 2 < len(tokens) and tokens[j + 1].norm in cues["coordinator"] and tokens[j + 2].text in OPENING_QUOTES:
            k = j + 3
            while k < len(tokens) and tokens[k].text not in CLOSING_QUOTES:
                inside.add(k)
                k += 1
    return inside
