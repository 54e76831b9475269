"""Checking knowledge files: schema, duplicates, date ranges and codes, with every problem at once.

Loading stops at the first bad row (:class:`~warta.errors.DataFileError`); validating reads on and reports
every problem as ``file:line: error|warning: message``, so that a user who edits or extends a file (or a
directory for ``WARTA_KB_EXTRA``, or PETRARCH dictionaries) can fix them all in one go. Errors are what
would make warta reject or misread the file; warnings are what is probably, not certainly, a mistake.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import codebook
from ..errors import DataFileError
from ..lang.lexicon import NULL_CODE
from ..tokens import normalise, phrase_key
from ..tsvdata import Row, read_tsv
from .kb import _ACTOR_CODE, DATA_DIR, RELIGION_CODES, parse_date
from .petrarch import dictionary_kind, read_petrarch_dictionaries
from .places import PLACE_KINDS

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
#: First code groups that are not countries: international and transnational actors.
INTERNATIONAL_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS", "INT"})
#: CAMEO's region codes, actors in their own right ("the West" is WST)
REGION_CODES = frozenset(
    ["AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MEA", "MDT", "NAF", "NAM", "PGS", "SAF", "SAM", "SAS", "SEA", "SCN", "WAF", "WEU", "WST"]
)
ROLE_EXTRA = frozenset({"REL"})  # clergy of an unnamed faith, as the Phoenix agents use it


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: where, how bad, what."""

    path: str
    line: int | None
    severity: str  # error | warning
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


class _Report:
    def __init__(self, countries: set[str]) -> None:
        self.problems: list[Problem] = []
        self.countries = countries

    def error(self, row: Row, message: str) -> None:
        self.problems.append(Problem(row.path, row.line, "error", message))

    def warning(self, row: Row, message: str) -> None:
        self.problems.append(Problem(row.path, row.line, "warning", message))

    def rows(self, path: Path, required: tuple[str, ...]) -> Iterator[Row]:
        """The rows of a file; a schema error (missing column, ragged row) is reported and ends the file."""
        try:
            yield from read_tsv(path, required=required)
        except DataFileError as err:
            where, _, message = err.message.partition(": ")
            file, _, line = where.rpartition(":")
            if file and line.isdigit():
                self.problems.append(Problem(file, int(line), "error", message))
            else:
                self.problems.append(Problem(str(path), None, "error", err.message))

    def actor_code(self, row: Row, code: str, *, what: str = "actor code") -> bool:
        """Groups of three capital letters whose first group is a country or an international prefix."""
        if not _ACTOR_CODE.match(code):
            self.error(row, f"{what} {code!r} must be groups of three capital letters")
            return False
        if code[:3] not in self.countries and code[:3] not in INTERNATIONAL_PREFIXES | REGION_CODES:
            self.error(row, f"{what} {code!r}: unknown country code {code[:3]!r} (see countries.tsv)")
            return False
        return True


def _role_known(code: str) -> bool:
    return codebook.is_actor_type(code) or code in RELIGION_CODES or code in ROLE_EXTRA


def _first_seen(report: _Report, seen: dict, key: object, row: Row, message: str,
                severity: str = "error") -> None:
    if key in seen:
        text = f"{message} (first at line {seen[key].line})"
        (report.error if severity == "error" else report.warning)(row, text)
    else:
        seen[key] = row


# -- one checker per kind of file ---------------------------------------------------------------------
def _countries(report: _Report, path: Path) -> None:
    codes: dict = {}
    iso2: dict = {}
    phrases: dict[tuple[str, ...], tuple[str, Row]] = {}
    for row in report.rows(path, ("code", "iso2", "name_en", "name_id")):
        code = row["code"]
        if not (len(code) == 3 and code.isalpha() and code.isupper()):
            report.error(row, f"country code {code!r} must be three capital letters")
        _first_seen(report, codes, code, row, f"duplicate country code {code!r}")
        if row["iso2"]:
            _first_seen(report, iso2, row["iso2"], row, f"duplicate iso2 {row['iso2']!r}")
        for column in ("name_en", "name_id"):
            if not row[column]:
                report.error(row, f"country {code!r} has an empty {column}")
        names = [row["name_en"], row["name_id"], *row.values("aliases_en"), *row.values("aliases_id")]
        for name in names:
            key = phrase_key(name)
            other = phrases.get(key)
            if other is not None and other[0] != code:
                report.warning(row, f"name {name!r} also names {other[0]} (line {other[1].line})")
            elif key:
                phrases[key] = (code, row)


def _organizations(report: _Report, path: Path) -> None:
    rows: dict = {}
    aliases: dict[tuple[str, ...], tuple[str, Row]] = {}
    for row in report.rows(path, ("code", "name_en")):
        code = row["code"]
        report.actor_code(row, code)
        if row["country"] and row["country"] not in report.countries:
            report.error(row, f"unknown country code {row['country']!r}")
        if not row["kind"]:
            report.warning(row, "empty kind")
        _first_seen(report, rows, (code, normalise(row["name_en"])), row,
                    f"duplicate organisation {row['name_en']!r} {code}")
        for alias in {row["name_en"], row["name_id"], *row.values("aliases")} - {""}:
            key = phrase_key(alias)
            other = aliases.get(key)
            if other is not None and other[0] != code:
                report.warning(row, f"alias {alias!r} also names {other[0]} (line {other[1].line})")
            else:
                aliases[key] = (code, row)


def _roles(report: _Report, path: Path) -> None:
    seen: dict[tuple[str, str], Row] = {}
    for row in report.rows(path, ("phrase", "language", "role")):
        role = row["role"].upper()
        if not _role_known(role):
            report.error(row, f"unknown role code {role!r} (not a CAMEO actor type or religion code)")
        if row["language"] not in ("id", "en", "ms"):
            report.error(row, f"language {row['language']!r} must be id or en")
        if row["person"] not in ("", "0", "1"):
            report.error(row, f"person {row['person']!r} must be 0 or 1")
        key = (" ".join(phrase_key(row["phrase"])), row["language"])
        first = seen.get(key)
        if first is None:
            seen[key] = row
        elif first["role"].upper() == role:
            report.error(row, f"duplicate role word {row['phrase']!r} (first at line {first.line})")
        else:
            report.warning(row, f"role word {row['phrase']!r} is {role} here and {first['role']} at line "
                                f"{first.line}")


def _media(report: _Report, path: Path) -> None:
    names: dict = {}
    for row in report.rows(path, ("name", "code")):
        code = row["code"]
        if report.actor_code(row, code, what="media code") and not code.endswith("MED"):
            report.warning(row, f"media code {code!r} does not end in MED")
        if row["country"] and row["country"] != code[:3]:
            report.warning(row, f"country {row['country']!r} differs from the code's {code[:3]!r}")
        _first_seen(report, names, normalise(row["name"]), row, f"duplicate outlet {row['name']!r}")


@dataclass
class _Spell:
    row: Row
    code: str
    start: dt.date | None
    end: dt.date | None
    precise: bool  # both ends given to the day (or open)


def _people(report: _Report, path: Path, spells: dict[str, list[_Spell]]) -> None:
    for row in report.rows(path, ("name", "code", "start")):
        code = row["code"]
        if not report.actor_code(row, code):
            continue
        if code[:3] not in INTERNATIONAL_PREFIXES and len(code) >= 6 and not _role_known(code[3:6]):
            report.warning(row, f"code {code!r}: {code[3:6]!r} is not a CAMEO role code")
        try:
            start = parse_date(row["start"])
            end = parse_date(row["end"], end=True)
        except ValueError as err:
            report.error(row, str(err))
            continue
        if start is None:
            report.error(row, "empty start: give the date or year the spell began")
        if start and end and end < start:
            report.error(row, f"inverted date range: ends {row['end']} before it starts {row['start']}")
            continue
        precise = len(row["start"]) == 10 and len(row["end"]) in (0, 10)
        spells[normalise(row["name"])].append(_Spell(row, code, start, end, precise))


def _check_spells(report: _Report, spells: dict[str, list[_Spell]]) -> None:
    """Duplicate spells (errors) and overlapping spells with different codes (warnings: people do hold two
    offices at once, but the resolver then picks the later spell) of one person, across all people files."""
    for person in spells.values():
        person.sort(key=lambda s: s.start or dt.date.min)
        for i, a in enumerate(person):
            for b in person[i + 1 :]:
                a_end = a.end or dt.date.max
                if (b.start or dt.date.min) > a_end:
                    break
                where = f"{a.row.path}:{a.row.line}"
                if a.code == b.code and a.start == b.start and a.end == b.end:
                    report.error(b.row, f"duplicate spell of {b.row['name']!r} as {b.code} (first at {where})")
                    continue
                if a.code == b.code or (b.start is not None and b.start == a.end):
                    continue  # the same code, or a hand-over on the day one spell ends and the next begins
                precision = "" if a.precise and b.precise else \
                    "; a spell given by year or month only may just be too coarse"
                report.warning(b.row, f"overlapping date ranges: {b.row['name']!r} is {b.code} from "
                                      f"{b.row['start']} but {a.code} until {a.row['end'] or 'now'} ({where}): "
                                      f"the code on the days in between is ambiguous{precision}")


def _places(report: _Report, path: Path) -> None:
    seen: dict = {}
    for row in report.rows(path, ("name", "country", "lat", "lon", "kind")):
        if row["kind"] not in PLACE_KINDS:
            report.error(row, f"unknown kind of place {row['kind']!r}")
        if row["country"] and row["country"] not in report.countries:
            report.error(row, f"unknown country code {row['country']!r}")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                report.error(row, f"coordinates out of range: {lat}, {lon}")
        except ValueError:
            report.error(row, "lat and lon must be decimal numbers")
        if row["population"] and not row["population"].isdigit():
            report.error(row, f"population {row['population']!r} must be a whole number")
        _first_seen(report, seen, (normalise(row["name"]), row["country"], row["kind"], row["lat"]), row,
                    f"duplicate place {row['name']!r}")


def _event_lexicon(report: _Report, path: Path) -> None:
    seen: dict = {}
    for row in report.rows(path, ("pattern", "code")):
        if row["code"] != NULL_CODE and not codebook.is_event_code(row["code"]):  # 000: matches, codes nothing
            report.error(row, f"unknown CAMEO event code {row['code']!r}")
        _first_seen(report, seen, (row["pattern"], row["forms"], row["code"]), row,
                    f"duplicate entry {row['pattern']!r} {row['code']}")


def _petrarch(report: _Report, path: Path) -> None:
    try:
        found = read_petrarch_dictionaries(path)
    except DataFileError as err:
        report.problems.append(Problem(str(path), None, "error", err.message))
        return
    for warning in found.warnings:
        where, _, message = warning.partition(": ")
        file, _, line = where.rpartition(":")
        report.problems.append(Problem(file, int(line) if line.isdigit() else None, "warning", message))


CHECKERS: dict[str, Callable[[_Report, Path], None]] = {
    "countries.tsv": _countries,
    "organizations.tsv": _organizations,
    "roles.tsv": _roles,
    "media.tsv": _media,
    "places.tsv": _places,
    "events.tsv": _event_lexicon,
}


def shipped_files() -> list[Path]:
    """Every knowledge file warta ships, and the event lexicons of its languages."""
    files = [DATA_DIR / name for name in CHECKERS if (DATA_DIR / name).is_file()]
    files += sorted((DATA_DIR / "people").glob("*.tsv"))
    files += sorted(LANG_DIR.glob("*/events.tsv"))
    return files


def _files_in(directory: Path) -> list[Path]:
    files = [directory / name for name in CHECKERS if (directory / name).is_file()]
    files += sorted((directory / "people").glob("*.tsv")) if (directory / "people").is_dir() else []
    files += sorted(p for p in directory.glob("*.txt") if dictionary_kind(p))
    return files


def validate(path: str | Path | None = None) -> list[Problem]:
    """Check the shipped files (``path`` ``None``), a directory in warta's or PETRARCH's formats, or one file.

    Country codes are those of the shipped ``countries.tsv`` plus any ``countries.tsv`` being checked.
    """
    if path is None:
        files = shipped_files()
    else:
        path = Path(path)
        if path.is_dir():
            files = _files_in(path)
            if not files:
                return [Problem(str(path), None, "error", "no knowledge file (countries.tsv, people/*.tsv, "
                                                          "places.tsv, *.actors.txt ...) in this directory")]
        elif path.is_file():
            files = [path]
        else:
            return [Problem(str(path), None, "error", "no such file or directory")]
    countries = {row["code"] for row in read_tsv(DATA_DIR / "countries.tsv", required=("code",))}
    for file in files:
        if file.name == "countries.tsv" and file != DATA_DIR / "countries.tsv":
            try:
                countries |= {row["code"] for row in read_tsv(file, required=("code",))}
            except DataFileError:
                pass  # reported by the countries checker
    report = _Report(countries)
    spells: dict[str, list[_Spell]] = defaultdict(list)
    petrarch_done = False
    for file in files:
        if file.suffix == ".txt":
            if not petrarch_done or path is not None and Path(path).is_file():
                _petrarch(report, file.parent if path is not None and Path(path).is_dir() else file)
                petrarch_done = path is not None and Path(path).is_dir()
        elif file.parent.name == "people" or file.name.startswith("people"):
            _people(report, file, spells)
        elif file.name in CHECKERS:
            CHECKERS[file.name](report, file)
        else:
            report.problems.append(Problem(str(file), None, "error",
                                           "unknown kind of file: expected countries.tsv, organizations.tsv, "
                                           "roles.tsv, media.tsv, places.tsv, events.tsv, people/*.tsv or "
                                           "PETRARCH *.txt dictionaries"))
    _check_spells(report, spells)
    return report.problems
