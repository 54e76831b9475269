"""Headlines in Title Case ("Polisi Nepal Tembaki Demonstran, 19 Tewas"): every word is capitalised, so
capitals no longer tell names from common words. Such a line is read with its common words in lower case
(the article text and every offset stay as they are); names the knowledge base knows, acronyms and words
it cannot place keep their capitals."""

from __future__ import annotations

from collections.abc import Callable, Collection

from ..tokens import Token

#: short function words that a Title Case line may leave in lower case ("di", "ke", "dan", "of", "the")
MIN_TITLE_WORDS = 3
TITLE_SHARE = 0.75


def is_title_case(tokens: list[Token]) -> bool:
    """Most words longer than three letters capitalised, in a line of at least three such words."""
    words = [t for t in tokens if t.is_word and t.text[0].isalpha() and len(t.text) > 3]
    if len(words) < MIN_TITLE_WORDS:
        return False
    return sum(1 for t in words if t.is_capitalised) >= TITLE_SHARE * len(words)


def decase(tokens: list[Token], common: Callable[[str], bool], keep: Collection[int] = ()) -> list[Token]:
    """The tokens with each capitalised common word (``common(norm)``) in lower case; acronyms, the words
    of names at the indices ``keep`` and other words unchanged."""
    out = []
    for i, t in enumerate(tokens):
        lower = t.text.lower()
        if t.is_word and t.is_capitalised and not t.text.isupper() and len(lower) == len(t.text) and \
                i not in keep and common(t.norm):
            out.append(Token(lower, t.start, t.end, t.norm))
        else:
            out.append(t)
    return out
