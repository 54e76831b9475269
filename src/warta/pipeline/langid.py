"""Language identification: Indonesian, Malay, English, or ``und``.

Two methods, each where it is right more often (measured on ``tests/pipeline/data/langid_items.tsv`` by
``bench/bench_langid.py``):

- **Function words** (``lang/langid.tsv``), for text with enough of them (a paragraph or more, so every
  article body). Each word gives weight to one or more languages. Indonesian and Malay share most of their
  function words, so they are first scored together as one family against English and the other languages
  in the file (French, Spanish, German, Dutch, Tagalog, Javanese, Sundanese), then told apart by the words
  that only one of them uses (karena/kerana, setelah/selepas, uang/wang ...). Fast, and right on every long
  text, but a headline or a pasted one-liner has too few function words to say anything.
- **Lingua** (``lingua-language-detector``, its character models shipped in the package), for short text:
  a headline has content words that its n-gram models know. It is asked only about Indonesian, Malay and
  English; Malay against Indonesian it decides only where the table saw no word that one of them alone
  uses. Its models load once per process, on the first short text.

Text in another language with enough known words, or with no words but names, comes out ``und``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ..errors import DataFileError
from ..tsvdata import read_tsv

DATA = Path(__file__).resolve().parent.parent / "lang" / "langid.tsv"
TARGETS = ("id", "ms", "en")
MALAY_FAMILY = ("id", "ms")
MIN_KNOWN = 2  # known words needed to say anything
MIN_COVERAGE = 0.08  # share of the words that must be known
MIN_FAMILY_SHARE = 0.4  # share of the evidence the winning language must hold
FULL_EVIDENCE = 6  # known words for the table to decide alone (fewer: a short text, for Lingua)
MIN_SHORT_WORDS = 3  # fewer words, all capitalised, are names
MAX_SHORT_WORDS = 40  # a longer text is decided by its function words alone
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


@cache
def _short_text_model():  # lingua is imported here, so that long texts never load it
    """The Lingua detector for Indonesian, Malay and English, built once per process (its models load on
    the first call: about 2 s and 90 MB)."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.INDONESIAN, Language.MALAY, Language.ENGLISH).build()


class _Evidence(NamedTuple):
    """What the function-word table sees in a text."""

    words: int  # words in the text
    known: int  # of them in the table
    best: str  # the family with the most weight: ``malay``, ``en`` or another language's code
    share: float  # its share of all the weight
    lead: float  # Indonesian's weight minus Malay's: positive, negative, or 0 with no distinctive word


def _evidence(text: str) -> tuple[_Evidence, list[str]]:
    table = _table()
    scores: dict[str, float] = defaultdict(float)
    words = [match.group() for match in _WORD.finditer(text)]
    known = 0
    for word in words:
        entries = table.get(word.lower())
        if entries:
            known += 1
            for lang, weight in entries:
                scores[lang] += weight
    families = {lang: score for lang, score in scores.items() if lang not in MALAY_FAMILY}
    families["malay"] = max(scores.get("id", 0.0), scores.get("ms", 0.0))
    best = max(families, key=lambda lang: families[lang])
    share = families[best] / (sum(families.values()) or 1.0)
    lead = scores.get("id", 0.0) - scores.get("ms", 0.0)
    return _Evidence(len(words), known, best, share, lead), words


def function_word_language(text: str) -> tuple[str, float]:
    """The function-word table's answer alone (``und`` for most headlines): what ``identify_language``
    uses for long text, and a baseline to compare with."""
    evidence, _words = _evidence(text)
    return _by_function_words(evidence)


def identify_language(text: str, prefer: tuple[str, ...] = ()) -> tuple[str, float]:
    """``(language, confidence)``: ``id``, ``ms``, ``en``, or ``und`` when the text is in another language
    or has no words but names. Confidence is 0..1 for the returned label (0.0 for ``und`` by lack of
    evidence). ``prefer``: the languages a caller can use; a short text with no word that only Indonesian
    or only Malay uses is given the one of the two in ``prefer`` (the character model's choice between them
    is then a guess, and a guess should not turn away a text the caller could code)."""
    evidence, words = _evidence(text)
    if evidence.known >= FULL_EVIDENCE or evidence.words > MAX_SHORT_WORDS:
        return _by_function_words(evidence)
    if evidence.known >= MIN_KNOWN and evidence.best not in ("malay", "en") and \
            evidence.share >= MIN_FAMILY_SHARE:
        return "und", round(evidence.share * evidence.known / FULL_EVIDENCE, 3)  # a language warta does not code
    if len(words) < MIN_SHORT_WORDS and all(word[0].isupper() for word in words):
        return "und", 0.0  # one or two capitalised words are names, not a language
    return _by_character_model(text, evidence.lead, [lang for lang in MALAY_FAMILY if lang in prefer])


def _by_function_words(evidence: _Evidence) -> tuple[str, float]:
    if evidence.known < MIN_KNOWN or evidence.known < MIN_COVERAGE * evidence.words:
        return "und", 0.0
    confidence = evidence.share * min(1.0, evidence.known / FULL_EVIDENCE)
    if evidence.best not in ("malay", "en"):
        return "und", round(confidence, 3)
    if evidence.share < MIN_FAMILY_SHARE:
        return "und", round(1.0 - evidence.share, 3)
    if evidence.best == "en":
        return "en", round(confidence, 3)
    lead = evidence.lead
    within = 0.6 + 0.4 * abs(lead) / (abs(lead) + 3.0)
    return ("id" if lead >= 0 else "ms"), round(confidence * within, 3)


def _by_character_model(text: str, lead: float, preferred: list[str]) -> tuple[str, float]:
    values = {value.language.iso_code_639_1.name.lower(): value.value
              for value in _short_text_model().compute_language_confidence_values(text)}
    if not values or max(values.values()) == 0.0:
        return "und", 0.0
    language = max(values, key=lambda lang: values[lang])
    if language in MALAY_FAMILY and lead:  # a word only Indonesian or only Malay uses decides between them
        return ("id" if lead > 0 else "ms"), round(values.get("id", 0.0) + values.get("ms", 0.0), 3)
    if language in MALAY_FAMILY and len(preferred) == 1:
        return preferred[0], round(values.get("id", 0.0) + values.get("ms", 0.0), 3)
    return language, round(values[language], 3)
