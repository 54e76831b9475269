"""Article structure: which lines are the headline, subheads, body paragraphs, and which are clutter.

News copied from websites carries a lot that is not the story: photo credits and captions, bylines,
"Baca juga" links, share bars, related-headline lists, author bios, copyright lines. Events must come only
from the headline and the body, so this component cuts the text into blocks (one per line) and labels each.

Clutter lines are recognised by the patterns in ``lang/<language>/boilerplate.tsv`` (both languages' files
are used, the article's own first: Indonesian sites carry English share bars and vice versa) and by a few
layout rules: the line after a photo credit is its caption, a run of title-like lines after "Berita
Terkait" is a list of related headlines, short labels around the headline and at the end are not story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DataFileError
from ..tsvdata import read_tsv

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
LANGUAGES = ("id", "en")

HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30
SUBHEAD_MAX_WORDS = 14
SUBHEAD_MAX_CHARS = 120
LABEL_MAX_WORDS = 4  # section labels, author names, agency names around the headline and at the end
CAPTION_MAX_WORDS = 40
RELATED_MAX_WORDS = 25
BARE_READMORE_RUN = 3  # titles that may follow a bare "Baca juga" line
TICKER_MIN_CHARS = 160


@dataclass(frozen=True)
class Block:
    """One line of the article: ``text[start:end]`` is the line without surrounding whitespace.

    ``kind`` is ``headline``, ``subhead``, ``body`` or ``clutter``; for clutter ``reason`` says what it is
    (``credit``, ``caption``, ``byline``, ``readmore``, ``related`` ... as in the boilerplate files, or
    ``section``, ``trailer``, ``fragment`` from the layout rules), else it is empty.
    """

    start: int
    end: int
    kind: str
    reason: str = ""


# A machine-readable date stamp that some scrapers put before the first line ("date 2025-01-31 ...").
STAMP = re.compile(r"\s*(?:date|tanggal|published)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+")
_FINAL = re.compile(r"[.!?:;…]")
_TRAILING_TAG = re.compile(r"\s*\([^()]{1,15}\)$")  # "(Pon)", "(ant)", "(*)" after the last sentence
_OPENERS = "“‘\"'«(["
_CLOSERS = "”\"’'»)]*_ "
_BULLET = re.compile(r"^(?:[-•*–·▪►]\s|\d{1,2}[.)]\s)")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']*\s+[\"“]?[A-Z]")


@dataclass(frozen=True)
class Line:
    """A non-blank line with the features the layout rules use."""

    start: int
    end: int
    content: str  # the stripped line without a scraper's date stamp
    words: int
    final: bool  # ends with sentence punctuation (before closing quotes and a trailing "(tag)")
    last: str  # that last character
    bullet: bool
    blank_after: bool
    sentences: int


def lines_of(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with offsets of their stripped extent."""
    found: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            found.append((match.start() + lead, match.start() + len(raw.rstrip())))
    lines = []
    for n, (start, end) in enumerate(found):
        content = STAMP.sub("", text[start:end], count=1) if n == 0 else text[start:end]
        tail = _TRAILING_TAG.sub("", content).rstrip(_CLOSERS)
        last = tail[-1:] if tail else ""
        gap = text[end : found[n + 1][0]] if n + 1 < len(found) else ""
        lines.append(Line(start, end, content, len(_WORD.findall(content)), bool(_FINAL.fullmatch(last)),
                          last, bool(_BULLET.match(content)), gap.count("\n") >= 2,
                          len(_SENTENCE_BREAK.findall(content)) + 1))
    return lines


def title_case_ratio(line: str) -> float:
    """Share of the words that start with a capital letter or a digit."""
    words = _WORD.findall(line)
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) / len(words) if words else 0.0


@dataclass(frozen=True)
class ClutterRule:
    pattern: re.Pattern[str]
    kind: str
    where: str


@cache
def load_boilerplate(language: str) -> tuple[ClutterRule, ...]:
    """The patterns of one language's ``boilerplate.tsv`` (clutter kinds and ``cue:`` rows); none for an
    unknown language."""
    path = LANG_DIR / language / "boilerplate.tsv"
    if not path.exists():
        return ()
    rules = []
    for row in read_tsv(path, required=("pattern", "kind")):
        if not row["kind"]:
            raise row.fail("empty clutter kind")
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as err:
            raise row.fail(f"bad pattern {row['pattern']!r}: {err}") from err
        rules.append(ClutterRule(pattern, row["kind"], row.where()))
    if not rules:
        raise DataFileError(f"{path}: no clutter patterns")
    return tuple(rules)


@cache
def clutter_rules(language: str) -> tuple[ClutterRule, ...]:
    """The whole-line clutter rules, the article language's first, then the other languages'."""
    order = [language] + [code for code in LANGUAGES if code != language]
    return tuple(r for code in order for r in load_boilerplate(code) if not r.kind.startswith("cue:"))


@cache
def cue_rules(language: str, cue: str) -> tuple[re.Pattern[str], ...]:
    """Patterns searched in a line for a layout cue (``cue:caption``), from all languages."""
    order = [language] + [code for code in LANGUAGES if code != language]
    return tuple(r.pattern for code in order for r in load_boilerplate(code) if r.kind == f"cue:{cue}")


def match_clutter(line: str, language: str = "id") -> str | None:
    """The clutter kind of a whole (stripped) line by the boilerplate patterns, or ``None``."""
    for rule in clutter_rules(language):
        if rule.pattern.fullmatch(line):
            return rule.kind
    return None


def segment(text: str, language: str = "id") -> list[Block]:
    """Cut ``text`` into line blocks labelled headline, subhead, body or clutter."""
    lines = lines_of(text)
    reasons: list[str | None] = [_clutter_reason(line, language) for line in lines]
    bio = [r == "bio" for r in reasons]
    reasons = [None if r == "bio" else r for r in reasons]
    _mark_captions(lines, reasons, language)
    _mark_related_runs(lines, reasons)
    kinds = _layout(lines, reasons)
    _mark_tail(lines, kinds, reasons, bio)
    return [Block(ln.start, ln.end, k, (reasons[i] or "") if k == "clutter" else "")
            for i, (ln, k) in enumerate(zip(lines, kinds))]


def title_of(text: str, blocks: list[Block]) -> str | None:
    """The headline's text (without a scraper's date stamp), or ``None`` when there is no headline."""
    for block in blocks:
        if block.kind == "headline":
            return STAMP.sub("", text[block.start : block.end], count=1).strip() or None
    return None


def _clutter_reason(line: Line, language: str) -> str | None:
    kind = match_clutter(line.content, language)
    if kind:
        return kind
    if not any(len(w) > 1 for w in re.findall(r"[^\W\d_]+", line.content)):
        return "fragment"
    if (len(line.content) >= TICKER_MIN_CHARS and not re.search(r"[.!?…][\"”’']*(?:\s|$)", line.content)
            and title_case_ratio(line.content) >= 0.7):
        return "ticker"  # a ticker of headlines run together
    return None


def _mark_captions(lines: list[Line], reasons: list[str | None], language: str) -> None:
    """The line right after a photo credit is its caption when it reads like one: no final punctuation
    (unless nothing of the story came before: then it may be the headline), or a caption cue word."""
    cues = cue_rules(language, "caption")
    for i, line in enumerate(lines[:-1]):
        if reasons[i] != "credit" or reasons[i + 1] is not None:
            continue
        nxt = lines[i + 1]
        story_before = any(r is None for r in reasons[:i])
        if nxt.words > CAPTION_MAX_WORDS:
            continue
        cue = nxt.words <= 30 and any(p.search(nxt.content) for p in cues)
        if (not nxt.final and story_before) or cue:
            reasons[i + 1] = "caption"


def _mark_related_runs(lines: list[Line], reasons: list[str | None]) -> None:
    """Title-like lines after "Berita Terkait" (or a bare "Baca juga") are related headlines."""
    i = 0
    while i < len(lines):
        bare = reasons[i] == "readmore" and lines[i].words <= 3
        if reasons[i] != "related" and not bare:
            i += 1
            continue
        limit = BARE_READMORE_RUN if bare else len(lines)
        j, taken = i + 1, 0
        while j < len(lines) and taken < limit:
            if reasons[j] is None:
                if not _title_like(lines[j]):
                    break
                reasons[j] = "related"
                taken += 1
            j += 1
        i = j


def _title_like(line: Line) -> bool:
    return line.words <= RELATED_MAX_WORDS and (not line.final or line.last in "!?" or line.bullet)


def _headline_like(line: Line) -> bool:
    if len(line.content) > HEADLINE_MAX_CHARS or line.words > HEADLINE_MAX_WORDS:
        return False
    if _DATELINE.match(line.content) and line.final:
        return False  # "Garut - Warga mengungsi." opens the body
    if not line.final or line.last in "!?":
        return True
    return line.words <= 15 and line.blank_after and line.sentences == 1


def _body_like(line: Line) -> bool:
    return line.final or line.words > HEADLINE_MAX_WORDS


def _layout(lines: list[Line], reasons: list[str | None]) -> list[str]:
    """Headline, preamble labels, subheads and body for the lines that are not clutter."""
    kinds = ["clutter" if r else "" for r in reasons]
    story = [i for i, r in enumerate(reasons) if r is None]
    if story and _headline_like(lines[story[0]]):
        head = story[0]
        first_body = next((i for i in story if i > head and _body_like(lines[i])), len(lines))
        later = [i for i in story if head < i < first_body and _headline_like(lines[i])]
        if lines[head].words <= 2 and later and lines[later[0]].words >= 4:
            kinds[head], reasons[head] = "clutter", "section"  # a kicker above the headline
            head = later[0]
        kinds[head] = "headline"
        for i in story:
            if head < i < first_body and lines[i].words <= LABEL_MAX_WORDS:
                kinds[i], reasons[i] = "clutter", "section"
    for i in story:
        if kinds[i]:
            continue
        line = lines[i]
        short = line.words <= SUBHEAD_MAX_WORDS and len(line.content) <= SUBHEAD_MAX_CHARS
        kinds[i] = "subhead" if not _body_like(line) and short else "body"
    return kinds


def _mark_tail(lines: list[Line], kinds: list[str], reasons: list[str | None], bio: list[bool]) -> None:
    """After the last paragraph: author bios and short labels (author names, tags) are clutter."""
    for i in range(len(lines) - 1, -1, -1):
        if bio[i] and kinds[i] != "headline":
            kinds[i], reasons[i] = "clutter", "bio"
        elif kinds[i] == "subhead" and lines[i].words <= LABEL_MAX_WORDS and lines[i].content[0] not in _OPENERS:
            kinds[i], reasons[i] = "clutter", "trailer"
        elif kinds[i] != "clutter":
            return

# A dateline opening the first paragraph: "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ",
# "WASHINGTON (Reuters) -", "jpnn.com, SURABAYA - ", "KONTAN.CO.ID - TOKYO. ", "Melbourne: ".
_DL_TOKEN = (r"(?:[A-Z][\w.'’&-]*|[a-z][\w-]*\.(?:com|co\.id|id|net|org|co|tv|news)\b[\w.]*"
             r"|\d{1,4}(?:/\d{1,2}(?:/\d{2,4})?)?)")
_DL_SEGMENT = rf"{_DL_TOKEN}(?:\s+{_DL_TOKEN}){{0,3}}"
_DATELINE = re.compile(
    rf"(?P<dl>{_DL_SEGMENT}(?:\s*[,/]\s*{_DL_SEGMENT}){{0,3}}(?:\s*\([^()\n]{{2,30}}\))?)"
    r"\s*(?:[-–—]{1,2}|:)\s+(?:[A-Z]{3,}(?:/[A-Z]{3,})*\.\s+)?"
)
_OUTLET_DOT = re.compile(r"(?P<dl>[A-Z][a-z]+[A-Z]\w*|[\w-]+\.(?:com|co\.id|id))\.\s+(?=[A-Z])")
DATELINE_MAX_CHARS = 80


def dateline_span(text: str, block: Block) -> tuple[int, int] | None:
    """The span of a dateline (with a scraper's date stamp before it) that opens ``block``, or ``None``.

    The span covers the separator too, so ``text[end:block.end]`` is where the story begins.
    """
    start = block.start
    stamp = STAMP.match(text, start, block.end)
    if stamp:
        start = stamp.end()
    for pattern in (_DATELINE, _OUTLET_DOT):
        match = pattern.match(text, start, block.end)
        if match and len(match.group("dl")) <= DATELINE_MAX_CHARS:
            return block.start, match.end()
    return (block.start, stamp.end()) if stamp else None


_INLINE_MARKER = re.compile(
    r"(?<=[.!?”\"])\s+(?P<m>(?:baca|simak|lihat)\s+(?:juga|pula)|read (?:more|also)|also read|see also)\s*:\s*",
    re.IGNORECASE,
)
_TITLE_TOKEN = re.compile(r"\S+")


def inline_clutter(text: str, block: Block) -> list[tuple[int, int]]:
    """Spans of "Baca juga: <headline>" run into a paragraph (the page lost its line break).

    The headline is the run of capitalised words (and the function words of ``langid.tsv`` between them)
    after the marker; it ends at "!" or "?", and when it runs straight into the next sentence its last run
    of capitalised words is left to that sentence (its subject).
    """
    from .langid import function_words

    small = function_words(max_weight=1.0)
    spans = []
    for marker in _INLINE_MARKER.finditer(text, block.start, block.end):
        tokens = list(_TITLE_TOKEN.finditer(text, marker.end(), block.end))
        title_end, last_break, ended = marker.end(), marker.end(), False
        for n, tok in enumerate(tokens):
            word = tok.group().strip("\"“”'‘’,:;()")
            connective = word.islower() and word in small
            if word and not (word[0].isupper() or word[0].isdigit()) and not connective:
                break  # the next sentence has begun
            title_end = tok.end()
            if tok.group()[-1] in "!?":
                ended = True
                break
            if connective or tok.group()[-1] in ",:;" or n == 0:
                last_break = tok.end()
        else:
            ended = True
        end = title_end if ended else last_break
        spans.append((marker.start("m"), end))
    return spans
