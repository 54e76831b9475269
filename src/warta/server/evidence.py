"""Where the evidence of an event is in its article: mention spans, and inside them the source and target
texts, the predicate the lexicon matched, and the quotes that carry the claim.

Spans are ``{"kind", "start", "end"}`` with character offsets into the article text, the same offsets
the store and ``warta extract`` use, so the dashboard highlights exactly what the pipeline read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import WartaError
from ..lang.lexicon import EventLexicon, load_event_lexicon
from ..tokens import tokenize

KINDS = ("mention", "source", "target", "predicate", "quote")


@functools.cache
def _lexicon(language: str) -> EventLexicon | None:
    try:
        return load_event_lexicon(language)
    except WartaError:
        return None


def _find_words(text: str, needle: str | None, start: int, end: int) -> tuple[int, int] | None:
    """First whole-word, case-insensitive occurrence of ``needle`` in ``text[start:end]``."""
    if not needle or not needle.strip():
        return None
    pattern = re.compile(r"(?<!\w)" + re.escape(needle.strip()) + r"(?!\w)", re.IGNORECASE)
    found = pattern.search(text, start, end)
    return (found.start(), found.end()) if found else None


def _predicate(text: str, start: int, end: int, rule: str, language: str | None) -> tuple[int, int] | None:
    """The predicate of the lexicon entry named in ``rule``, matched again in ``text[start:end]``."""
    lexicon = _lexicon(language) if language else None
    if lexicon is None or not rule:
        return None
    tokens = tokenize(text, start, end)
    matches = lexicon.match(tokens)
    for match in matches:
        if match.entry.rule in rule:
            return tokens[match.start].start, tokens[match.end - 1].end
    return None


def event_spans(text: str, mentions: Iterable[tuple[int, int]], *, source_text: str | None,
                target_text: str | None, rule: str, language: str | None,
                quotes: Sequence[tuple[int, int]] = ()) -> list[dict[str, Any]]:
    """Evidence spans of one event, in text order (mentions first at equal offsets)."""
    spans: list[dict[str, Any]] = []
    size = len(text)
    for start, end in mentions:
        if not 0 <= start < end <= size:
            continue
        spans.append({"kind": "mention", "start": start, "end": end})
        for kind, needle in (("source", source_text), ("target", target_text)):
            found = _find_words(text, needle, start, end)
            if found:
                spans.append({"kind": kind, "start": found[0], "end": found[1]})
        predicate = _predicate(text, start, end, rule, language)
        if predicate:
            spans.append({"kind": "predicate", "start": predicate[0], "end": predicate[1]})
        for q_start, q_end in quotes:
            if q_start < end and start < q_end and 0 <= q_start < q_end <= size:
                spans.append({"kind": "quote", "start": q_start, "end": q_end})
    unique = {(s["kind"], s["start"], s["end"]): s for s in spans}
    return sorted(unique.values(), key=lambda s: (s["start"], KINDS.index(s["kind"]), -s["end"]))
