"""Time expressions: find dates in news text and resolve them against the publication date.

The words (months, weekdays, "kemarin", "bulan lalu" ...) come from ``lang/<code>/dates.tsv``; the code
here is language-neutral. Each expression is resolved to an ISO prefix (``2025-05-07``, ``2025-05``,
``2025``) that should *begin* the true date, so a vague expression gets a coarser value:

- explicit dates (``7 Oktober 2023``, ``07/10/2023``, ``2023-10-07``, ``Mei 2025``, ``tahun 2019``) are
  ``absolute``; numeric dates are day/month as Indonesian news writes them, month/day only when the
  second number cannot be a month (or when the weekday given next to the date says so);
- a day and month without a year (``7 Mei``, ``Selasa (12/5)``) take the most recent such date not after
  the publication date plus seven days (a weekday written next to it picks the year it falls on);
- weekdays take the most recent such day on or before publication (strictly before with a past
  modifier, strictly after with a future one, the same Monday-Sunday week with "ini"/"this");
- ``kemarin``, ``hari ini``, ``tadi malam``/``semalam`` (the previous day: such reports are written the
  morning after), ``dua hari lalu`` give a day;
- week-relative expressions (``minggu lalu``, ``pekan ini``, ``seminggu lalu``) and vague counts
  (``beberapa hari lalu``) give *month* precision: the month that holds the middle of the possible range,
  because no single day can be claimed;
- ``bulan lalu`` and bare months (``pada bulan Mei``, ``Mei lalu``: the most recent May not after the
  publication month, the next one with a future modifier) give a month; ``tahun lalu`` a year.

Prepositions that introduce an expression ("pada", "sejak", "in") are left out of its span; words such as
"hari", "bulan", "tahun", a weekday, parentheses and "awal"/"akhir" belong to it. Without a publication
date, relative expressions are still found but their ``value`` is ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DataFileError, UnsupportedLanguageError
from ..tsvdata import read_tsv

__all__ = ["TimeExpression", "find_publication_date", "find_time_expressions"]

_LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
_KINDS = frozenset(
    [
        "month",
        "month_abbr",
        "weekday",
        "relative",
        "unit",
        "one_unit",
        "number",
        "few",
        "past",
        "future",
        "present",
        "part",
        "prep",
        "daypart",
        "daycue",
        "dayonly",
        "pubcue",
        "docnumber",
    ]
)
_UNITS = frozenset({"day", "week", "month", "year"})
_DIRECTION = {"past": -1, "present": 0, "future": 1}
_YEAR = r"(?:19|20)\d{2}"
_R = r"(?!\w)"


@dataclass(frozen=True)
class TimeExpression:
    """A time expression in a text and what it resolves to.

    ``start``/``end`` index the text passed in; ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as
    ``precision`` says, or ``None`` when it depends on an unknown publication date; ``relation`` is
    ``absolute`` for a date written out with its year, else ``past``, ``present`` or ``future`` relative to
    publication.
    """

    start: int
    end: int
    text: str
    value: str | None
    precision: str
    relation: str


@dataclass(frozen=True)
class _Words:
    """One language's date words by kind (``{kind: {word: value}}``)."""

    by_kind: dict[str, dict[str, str]]

    def of(self, kind: str) -> dict[str, str]:
        return self.by_kind.get(kind, {})

    def modifiers(self, position: str) -> dict[str, int]:
        """Modifier word → direction (-1 past, 0 present, 1 future) for words standing ``before``/``after``."""
        return {
            word: sign
            for kind, sign in _DIRECTION.items()
            for word, where in self.of(kind).items()
            if where == position
        }

    def units(self, unit: str) -> list[str]:
        return [word for word, value in self.of("unit").items() if value == unit]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@cache
def _words(language: str) -> _Words:
    """Read and check ``lang/<language>/dates.tsv`` once per process."""
    path = _LANG_DIR / language / "dates.tsv"
    if not path.is_file():
        raise UnsupportedLanguageError(f"no date words for language {language!r}: add {path}")
    by_kind: dict[str, dict[str, str]] = {}
    for row in read_tsv(path, required=("word", "kind", "value")):
        kind, word, value = row["kind"], _norm(row["word"]), row["value"]
        if kind not in _KINDS:
            raise row.fail(f"unknown kind {kind!r}; use one of {', '.join(sorted(_KINDS))}")
        if not word:
            raise DataFileError(f"{row.where()}: empty word")
        numeric = {"month": range(1, 13), "month_abbr": range(1, 13), "weekday": range(7)}
        if kind in numeric and not (value.isdigit() and int(value) in numeric[kind]):
            raise row.fail(f"{kind} {word!r} needs a number in {numeric[kind]}, not {value!r}")
        if kind in {"unit", "one_unit"} and value not in _UNITS:
            raise row.fail(f"unit {word!r} needs one of {', '.join(sorted(_UNITS))}")
        if kind in _DIRECTION and value not in {"before", "after"}:
            raise row.fail(f"modifier {word!r} needs the value 'before' or 'after'")
        if kind in {"relative", "number", "few"} and not re.fullmatch(r"-?\d+", value):
            raise row.fail(f"{kind} {word!r} needs an integer value, not {value!r}")
        by_kind.setdefault(kind, {})[word] = value
    return _Words(by_kind)


@cache
def time_words(language: str) -> frozenset[str]:
    """Single words that name a time ("siang", "hari", "pekan", "Senin", "Maret"): "siang ini" before a verb is
    when, not who."""
    words = _words(language)
    return frozenset(word for kind in ("unit", "daypart", "weekday", "month", "relative")
                     for word in words.of(kind) if " " not in word)


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between their words."""
    phrases = sorted(set(words), key=len, reverse=True)
    if not phrases:
        return r"(?!x)x"
    return "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in phrases)


# --------------------------------------------------------------------------- date arithmetic


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _weekday_date(weekday: int, published: dt.date, direction: int | None) -> dt.date:
    """The weekday relative to ``published``: on/before (None), before (-1), after (1), same week (0)."""
    if direction == 0:
        return published + dt.timedelta(days=weekday - published.weekday())
    back = (published.weekday() - weekday) % 7
    if direction == -1 and back == 0:
        back = 7
    if direction == 1:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - dt.timedelta(days=back)


def _day_without_year(
    month: int, day: int, published: dt.date, direction: int | None, weekday: int | None
) -> dt.date | None:
    """Choose the year of a day and month: see the module docstring."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None and any(c.weekday() == weekday for c in candidates):
        matching = [c for c in candidates if c.weekday() == weekday]
        near = [c for c in matching if -330 <= (c - published).days <= 90]
        if near:
            return near[0]
    if direction == 1:
        later = [c for c in candidates if c >= published]
        return later[0] if later else None
    limit = published + dt.timedelta(days=0 if direction == -1 else 7)
    earlier = [c for c in candidates if c <= limit]
    return earlier[-1] if earlier else None


def _month_without_year(month: int, published: dt.date, direction: int | None) -> tuple[int, int]:
    if direction == 0:
        return published.year, month
    if direction == 1:
        return (published.year, month) if month >= published.month else (published.year + 1, month)
    return (published.year, month) if month <= published.month else (published.year - 1, month)


# --------------------------------------------------------------------------- the grammar


@dataclass
class _Match:
    """What a pattern's resolver says about one regex match."""

    value: str | None
    precision: str
    direction: int | None  # how the words relate it to publication, when no date is known
    absolute: bool = False


_Resolver = Callable[["_Grammar", "re.Match[str]", str, "dt.date | None"], "_Match | None"]


class _Grammar:
    """The compiled patterns of one language and the helpers their resolvers share."""

    def __init__(self, words: _Words) -> None:
        self.words = words
        self.pre = words.modifiers("before")
        self.post = words.modifiers("after")
        months, abbrs = words.of("month"), words.of("month_abbr")
        self.months = {w: int(v) for w, v in {**abbrs, **months}.items()}
        self.weekdays = {w: int(v) for w, v in words.of("weekday").items()}
        self.units = words.of("unit")
        self.ambiguous = set(self.weekdays) & set(self.units)
        self.counts = {w: int(v) for w, v in {**words.of("number"), **words.of("few")}.items()}
        self.docnumber = re.compile(
            rf"(?<!\w)(?:{_alt(words.of('docnumber'))})\s*\d+[\w/.-]*\s*$", re.IGNORECASE
        )
        f = {
            "prep": rf"(?:(?P<prep>{_alt(words.of('prep'))})\s+)?",
            "part": rf"(?:(?P<part>{_alt(words.of('part'))})(?:\s+|(?<=-)))?",
            "cue": rf"(?:(?P<cue>{_alt(words.of('daycue'))})\s+)?",
            "modpre": rf"(?:(?P<modpre>{_alt(self.pre)})\s+)?",
            "modsuf": rf"(?:\s+(?P<modsuf>{_alt(self.post)}){_R})?",
            "daypart": rf"(?:\s+(?:{_alt(words.of('daypart'))}){_R})?",
            "yearrel": rf"(?:\s+(?:(?P<yrelpre>{_alt(self.pre)})\s+(?:{_alt(words.units('year'))})"
            rf"|(?:{_alt(words.units('year'))})\s+(?P<yrelpost>{_alt(self.post)})){_R})?",
            "wd": rf"(?P<wd>{_alt(self.weekdays)}){_R}",
            "mfull": rf"(?P<month>{_alt(months)}){_R}",
            "many": rf"(?P<month>(?:{_alt(months)}){_R}|(?:{_alt(abbrs)}){_R}\.?)",
            "munit": rf"(?:(?:{_alt(words.units('month'))})\s+)?",
            "yunit": rf"(?:(?P<yunit>{_alt(words.units('year'))})\s+)?",
            "unit": rf"(?P<unit>{_alt(self.units)}){_R}",
            "count": rf"(?P<count>{_alt(self.counts)}|\d{{1,3}})",
            "one": rf"(?P<one>{_alt(words.of('one_unit'))})",
            "rel": rf"(?P<rel>{_alt(words.of('relative'))}){_R}",
            "year": rf"(?P<year>{_YEAR}){_R}",
            "day": r"(?<![\w/.,:-])(?P<day>\d{1,2})(?:st|nd|rd|th)?",
        }
        f["wcue"] = f["cue"].replace("?P<cue>", "?P<wcue>")
        wdpre = r"(?:%(wcue)s%(wd)s%(daypart)s\s*,?\s*)?(?:(?P<open>\()\s*)?"
        close = r"(?(open)\s*\))"
        sources: list[tuple[str, _Resolver]] = [
            (
                r"(?<![\w/.-])(?P<year>" + _YEAR + r")(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
                r"(?![\d/]|[-.]\d)",
                _iso,
            ),
            (
                wdpre + r"(?<![\w/.,:-])(?P<d1>\d{1,2})(?P<sep>[/.-])(?P<d2>\d{1,2})"
                r"(?:(?P=sep)(?P<year>" + _YEAR + r"|\d{2}))?(?![\w/]|[.,:-]\d)" + close,
                _numeric,
            ),
            (
                wdpre
                + r"%(cue)s%(day)s(?:\s*[-–]\s*\d{1,2})?\s+(?:of\s+)?%(many)s(?:\s*,?\s*%(year)s)?"
                + close
                + r"%(yearrel)s%(modsuf)s",
                _day_month,
            ),
            (
                wdpre + r"%(modpre)s%(many)s\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\w|[.,:]\d)"
                r"(?:\s*,?\s*%(year)s)?" + close + r"%(yearrel)s%(modsuf)s",
                _day_month,
            ),
            (r"%(part)s%(munit)s%(many)s\s*,?\s*%(year)s", _month_year),
            (r"%(part)s(?P<munit>%(munit)s)%(modpre)s%(mfull)s%(yearrel)s%(modsuf)s", _month_bare),
            (r"%(part)s%(yunit)s%(year)s(?:\s*[-–/]\s*(?:" + _YEAR + r"|\d{2})(?!\w))?", _year),
            (r"\((?P<year>" + _YEAR + r")\s*[-–]\s*" + _YEAR + r"\)", _year),
            (r"%(part)s%(cue)s%(modpre)s%(wd)s%(daypart)s%(modsuf)s", _weekday),
            (r"(?P<dayonly>" + _alt(words.of("dayonly")) + r")\s+(?P<day>\d{1,2})(?![\w/]|[.,:-]\d|\s+(?:"
             + _alt({**months, **abbrs}) + r")" + _R + r")", _day_only),
            (r"%(rel)s%(daypart)s", _relative),
            (r"%(part)s%(modpre)s%(unit)s%(modsuf)s", _unit_relative),
            (r"(?:%(count)s\s+%(unit)s|%(one)s(?!\w))\s+(?P<modsuf>" + _alt(self.post) + r")(?!\w)", _ago),
        ]
        self.patterns = [
            (re.compile(r"(?<!\w)" + f["prep"] + "(?P<body>" + (src % f) + ")", re.IGNORECASE), resolver)
            for src, resolver in sources
        ]

    # helpers for resolvers
    def direction(self, m: re.Match[str], *groups: str) -> int | None:
        for group in groups:
            word = m.groupdict().get(group)
            if word:
                table = self.pre if group.endswith("pre") else self.post
                return table.get(_norm(word))
        return None

    def capitalised(self, m: re.Match[str], group: str) -> bool:
        return m.group(group) is None or m.group(group)[0].isupper()

    def month(self, m: re.Match[str]) -> int:
        return self.months[_norm(m["month"]).rstrip(".")]

    def weekday(self, m: re.Match[str]) -> int | None:
        word = m.groupdict().get("wd")
        return None if word is None else self.weekdays[_norm(word)]

    def year_shift(self, m: re.Match[str]) -> int | None:
        return self.direction(m, "yrelpre", "yrelpost")


@cache
def _grammar(language: str) -> _Grammar:
    return _Grammar(_words(language))


# --------------------------------------------------------------------------- resolvers


def _iso(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    try:
        day = dt.date(int(m["year"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return _Match(day.isoformat(), "day", None, absolute=True)


def _numeric(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    if not g.capitalised(m, "wd"):
        return None
    first, second, weekday = int(m["d1"]), int(m["d2"]), g.weekday(m)
    if m["year"] is None and (m["sep"] != "/" or not (m["open"] or m["wd"])):
        return None  # a bare "12/5" is a ratio or a score, not a date
    orders = [(first, second), (second, first)]
    if m["year"] is None:
        if second > 12 or first > 31:
            return None
        return _day_month_resolved(g, m, published, second, first, weekday)
    year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
    days = []
    for day, month in orders:
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not days:
        return None
    chosen = next((d for d in days if weekday is not None and d.weekday() == weekday), days[0])
    return _Match(chosen.isoformat(), "day", None, absolute=True)


def _day_month_resolved(
    g: _Grammar, m: re.Match[str], published: dt.date | None, month: int, day: int, weekday: int | None
) -> _Match | None:
    direction = g.direction(m, "modsuf", "modpre")
    shift = g.year_shift(m)
    if published is None:
        try:
            dt.date(2000, month, day)  # a leap year: 29/2 is a possible date
        except ValueError:
            return None
        return _Match(None, "day", direction)
    if shift is not None:
        try:
            return _Match(dt.date(published.year + shift, month, day).isoformat(), "day", shift)
        except ValueError:
            return None
    chosen = _day_without_year(month, day, published, direction, weekday)
    return None if chosen is None else _Match(chosen.isoformat(), "day", direction)


def _day_month(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    if not (g.capitalised(m, "month") and g.capitalised(m, "wd")):
        return None
    month, day = g.month(m), int(m["day"])
    if not 1 <= day <= 31:
        return None
    if m["year"]:
        try:
            return _Match(dt.date(int(m["year"]), month, day).isoformat(), "day", None, absolute=True)
        except ValueError:
            return None
    return _day_month_resolved(g, m, published, month, day, g.weekday(m))


def _day_only(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    """A day of the month with no month ("pada tanggal 7"): the latest such day on or before
    publication, in its month or the month before (news reports what has happened)."""
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    if published is None:
        return _Match(None, "day", -1)
    for back in (0, 1, 2):
        year, month = _shift_month(published.year, published.month, -back)
        try:
            chosen = dt.date(year, month, day)
        except ValueError:
            continue
        if chosen <= published:
            return _Match(chosen.isoformat(), "day", -1)
    return None


def _month_year(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    if not g.capitalised(m, "month"):
        return None
    return _Match(f"{m['year']}-{g.month(m):02d}", "month", None, absolute=True)


def _month_bare(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    cued = m["prep"] or m["part"] or m["munit"] or m["modpre"] or m["modsuf"] or m["yrelpre"] or m["yrelpost"]
    if not (cued and g.capitalised(m, "month")):
        return None
    month, direction, shift = g.month(m), g.direction(m, "modsuf", "modpre"), g.year_shift(m)
    if published is None:
        return _Match(None, "month", direction if shift is None else shift)
    if shift is not None:
        return _Match(f"{published.year + shift:04d}-{month:02d}", "month", shift)
    year, month = _month_without_year(month, published, direction)
    return _Match(f"{year:04d}-{month:02d}", "month", direction)


def _year(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    groups = m.groupdict()
    if not (m["body"].startswith("(") or groups.get("prep") or groups.get("part") or groups.get("yunit")):
        return None  # "2019 orang" is a count
    if g.docnumber.search(text[max(0, m.start() - 40) : m.start()]):
        return None  # "UU Nomor 12 Tahun 2011" names a law
    return _Match(m["year"], "year", None, absolute=True)


def _weekday(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    if not g.capitalised(m, "wd"):
        return None
    word = _norm(m["wd"])
    if word in g.ambiguous and not m["cue"]:
        before = text[max(0, m.start("wd") - 20) : m.start("wd")].split()
        if (
            m["modsuf"]
            or m["modpre"]
            or (before and (before[-1].lower() in g.counts or before[-1].isdigit()))
        ):
            return None  # "Minggu lalu", "dua minggu": the week, not Sunday
    direction = g.direction(m, "modsuf", "modpre")
    if published is None:
        return _Match(None, "day", -1 if direction is None else direction)
    return _Match(_weekday_date(g.weekdays[word], published, direction).isoformat(), "day", direction)


def _relative(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    offset = int(g.words.of("relative")[_norm(m["rel"])])
    sign = (offset > 0) - (offset < 0)
    if published is None:
        return _Match(None, "day", sign)
    return _Match((published + dt.timedelta(days=offset)).isoformat(), "day", sign)


def _unit_relative(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    direction = g.direction(m, "modsuf", "modpre")
    if direction is None:
        return None
    unit = g.units[_norm(m["unit"])]
    return _offset(unit, direction, published, calendar=True, vague=False)


def _ago(g: _Grammar, m: re.Match[str], text: str, published: dt.date | None) -> _Match | None:
    sign = g.direction(m, "modsuf")
    if not sign:
        return None  # "dua hari ini" is a duration
    if m["one"]:
        unit, count, vague = g.words.of("one_unit")[_norm(m["one"])], 1, False
    else:
        word = _norm(m["count"])
        unit, count = g.units[_norm(m["unit"])], int(word) if word.isdigit() else g.counts[word]
        vague = word in g.words.of("few")
    return _offset(unit, sign * count, published, calendar=False, vague=vague)


def _offset(unit: str, by: int, published: dt.date | None, calendar: bool, vague: bool) -> _Match:
    """``by`` units from publication; ``calendar`` weeks run Monday to Sunday ("minggu lalu")."""
    direction = (by > 0) - (by < 0)
    precision = {"day": "month" if vague else "day", "week": "month"}.get(unit, unit)
    if published is None:
        return _Match(None, precision, direction)
    if unit == "day":
        day = published + dt.timedelta(days=by)
        return _Match(_month_of(day) if vague else day.isoformat(), precision, direction)
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        middle = monday + dt.timedelta(days=7 * by + 3) if calendar else published + dt.timedelta(days=7 * by)
        return _Match(_month_of(middle), "month", direction)  # the middle of a vague week
    if unit == "month":
        year, month = _shift_month(published.year, published.month, by)
        return _Match(f"{year:04d}-{month:02d}", "month", direction)
    return _Match(f"{published.year + by:04d}", "year", direction)


# --------------------------------------------------------------------------- public API


def _relation(found: _Match, published: dt.date | None) -> str:
    if found.absolute:
        return "absolute"
    if found.direction is not None:
        return {-1: "past", 0: "present", 1: "future"}[found.direction]
    if found.value is not None and published is not None:
        now = published.isoformat()[: len(found.value)]
        return "past" if found.value < now else "future" if found.value > now else "present"
    return "past"


def bare_weekday(expression: TimeExpression, language: str = "id") -> bool:
    """The expression is a weekday name alone ("Minggu", "on Sunday" without the preposition), with no date
    or modifier that fixes its week."""
    return _norm(expression.text) in _grammar(language).weekdays


def find_time_expressions(text: str, published: dt.date | None, language: str = "id") -> list[TimeExpression]:
    """Every time expression in ``text``, in order, resolved against ``published`` where needed.

    Overlapping candidates are settled in favour of the longest ("Rabu, 3 Mei 2023" is one
    expression, not a weekday and a date). Raises :class:`~warta.errors.UnsupportedLanguageError` for a
    language without ``dates.tsv``.
    """
    grammar = _grammar(language)
    candidates: list[tuple[int, int, TimeExpression]] = []
    for pattern, resolver in grammar.patterns:
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            found = resolver(grammar, m, text, published)
            if found is None:
                pos = m.start() + 1
                continue
            start, end = m.span("body")
            expr = TimeExpression(
                start, end, text[start:end], found.value, found.precision, _relation(found, published)
            )
            candidates.append((m.start(), m.end(), expr))
            pos = m.end()
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    chosen: list[tuple[int, int, TimeExpression]] = []
    for start, end, expr in candidates:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, expr))
    return [expr for _, _, expr in sorted(chosen, key=lambda c: c[0])]


_HEAD_LINES, _TAIL_LINES = 6, 4
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|\b[A-Z]{2,4}\b|[^\w\s]")
_SEPARATOR = re.compile(r"^\W*?[-–—|]")


def _dateline_date(line: str, cue: re.Pattern[str], language: str) -> dt.date | None:
    """The publication date a header or footer line states, if it states one."""
    for expr in find_time_expressions(line, None, language):
        if expr.relation != "absolute" or expr.precision != "day" or expr.value is None:
            continue
        before, after = line[: expr.start], line[expr.end :]
        announced = cue.search(before) is not None
        lead = len(re.findall(r"\w+", before)) <= 4
        alone = len(_CLOCK.sub(" ", after).split()) <= 1 or _SEPARATOR.match(after) is not None
        in_sentence = bool(before.split()) and _norm(before.split()[-1]) in _words(language).of("prep")
        if announced or (lead and alone and not in_sentence):
            return dt.date.fromisoformat(expr.value)
    return None


def find_publication_date(text: str, language: str = "id") -> dt.date | None:
    """The publication date from an article's dateline, header or footer, or ``None`` when it has none.

    Only the first six and last four non-blank lines are read, and a date counts only when the line is
    about it: a cue word before it ("Published", "diterbitkan", a scraper's ``date`` field), or a short
    lead (a city, a weekday) with nothing after it but a clock time, a time zone or a dash that opens
    the story ("Medan, Jumat, 8 Agustus 2025 - ..."). Dates in the body's sentences are event dates and
    are ignored.
    """
    cue = re.compile(rf"(?<!\w)(?:{_alt(_words(language).of('pubcue'))})\W*(?:\w+\W*)?$", re.IGNORECASE)
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines[:_HEAD_LINES] + lines[_HEAD_LINES:][-_TAIL_LINES:]:
        found = _dateline_date(line[:300], cue, language)
        if found is not None:
            return found
    return None


def month_names(month: int) -> list[str]:
    """The names and abbreviations of a month (1-12) in every language with date words."""
    names: list[str] = []
    for language in ("id", "en"):
        words = _words(language)
        names += [w for kind in ("month", "month_abbr") for w, v in words.of(kind).items() if int(v) == month]
    return names
