"""What states no event of its own, whatever predicates it contains: the words written on a banner or given
as a title ("poster bertuliskan "Usir X"", "diskusi bertajuk "..."), a weapon made, carried or found
("membuat bom"), a kind of act that may come ("serangan apa pun"), and a meeting that is the article's own
interview ("saat ditemui Kompas")."""

from __future__ import annotations

from ..lang.cues import Cues
from .doc import ActorMention, Doc, Predicate, Sentence

OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
CONSULT_ROOT = "04"


def inscribed(sentence: Sentence, cues: Cues) -> set[int]:
    """Token indices inside quotation marks opened right after a word of writing or naming
    ("bertuliskan", "berbunyi", "bertajuk", "inscribed"): a slogan or a title, not an act of its bearer's."""
    tokens, inside = sentence.tokens, set()
    for i, tok in enumerate(tokens[:-1]):
        if tok.norm not in cues["inscription"] or tokens[i + 1].text not in OPENING_QUOTES:
            continue
        j = _quoted(tokens, i + 2, inside)
        # "bertuliskan "A" dan "B"": the next quoted stretch joined to it is written there too
        if j + 2 < len(tokens) and tokens[j + 1].norm in cues["coordinator"] and tokens[j + 2].text in OPENING_QUOTES:
            _quoted(tokens, j + 3, inside)
    return inside


def _quoted(tokens: list, j: int, inside: set[int]) -> int:
    """Adds the indices from ``j`` up to the closing quotation mark to ``inside``; returns that mark's index."""
    while j < len(tokens) and tokens[j].text not in CLOSING_QUOTES:
        inside.add(j)
        j += 1
    return j


#: roots whose bare nouns name weapons as well as their use ("bom": a bomb, a bombing)
WEAPON_ROOTS = frozenset({"18", "19", "20"})
#: words that may stand between a verb of making and the thing made ("membuat sebuah bom")
MADE_GAP = 2


def made_thing(sentence: Sentence, start: int, template: str, code: str, cues: Cues) -> bool:
    """"membuat bom", "menemukan bahan untuk merakit bom", "membawa beberapa bom": a bare noun of violence
    (a weapon) that is the object of a verb of making, carrying or finding names a thing, not the act of
    using it ("membuat panggilan telepon" is still a call)."""
    if template != "0" or code[:2] not in WEAPON_ROOTS:
        return False
    tokens = sentence.tokens
    for i in range(start - 1, max(-1, start - 1 - MADE_GAP), -1):
        if tokens[i].norm in cues["making"]:
            return True
        if not tokens[i].is_word or not (tokens[i].norm in cues["quantity"] or tokens[i].norm in cues["determiner"]
                                         or tokens[i].text.isdigit()):
            return False
    return False


def generic_act(sentence: Sentence, start: int, end: int, cues: Cues) -> bool:
    """"siaga menghadapi serangan apa pun dari X", "setiap serangan X akan dibalas": an event noun with
    "any" or "every" is a kind of act that may come, no act that happened."""
    tokens = sentence.tokens
    if start > 0 and tokens[start - 1].norm in cues["generic"]:
        return True
    if end < len(tokens) and tokens[end].norm in cues["generic"]:
        return True
    # "apa pun", "mana pun" written apart
    return end + 1 < len(tokens) and tokens[end].norm + tokens[end + 1].norm in cues["generic"]


def _media(m: ActorMention) -> bool:
    return m.kind == "media" or (m.code or "").endswith("MED")


def interview(pred: Predicate) -> bool:
    """"kata X saat ditemui Kompas", "ketika dihubungi wartawan": a meeting in the passive whose agent is a
    news outlet or reporter is the interview the article is quoting, not an event between them."""
    return pred.code[:2] == CONSULT_ROOT and pred.voice in ("passive", "participle") and \
        any(_media(m) for m in pred.sources)


class NonEvents:
    """Pipeline component (after events): drops predicates whose words read as an event of their actors but
    state none (see the functions above)."""

    name = "nonevents"

    def __call__(self, doc: Doc) -> None:
        doc.predicates = [p for p in doc.predicates if not interview(p)]
