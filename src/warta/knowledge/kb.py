"""Loading the actor knowledge base and looking phrases up in it.

The knowledge base is a phrase index: the normal form of every name, alias, role word and metonym maps to
the entries it may denote. Time-aware entries (people) carry the spell of their role; resolving one needs
the event's date. Files are the TSVs described in ``docs/data-formats.md``; users add their own directory
with ``WARTA_KB_EXTRA`` or :func:`load_knowledge_base(extra=...)`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from .. import codebook
from ..errors import DataFileError
from ..tokens import phrase_key
from ..tsvdata import Row, read_tsv
from .names import VariantIndex, variant_key

DATA_DIR = Path(__file__).parent / "data"

#: CAMEO religion codes, which role words such as "ulama" (MOS) or "uskup" (CHR) carry
RELIGION_CODES = frozenset(
    ["ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO"]
)
_ACTOR_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
#: kinds of entry whose names are also found in their variant spellings (``names.py``); role words and
#: adjectives are common words, and short capital aliases match only as written
NAMED_KINDS = frozenset({"country", "capital", "seat", "milseat", "org", "person", "media"})
#: English adjectives of a country whose plural with -s names its people ("Kenyans", "Pakistanis"); not
#: -ese, -ish or -ch, whose plural is the adjective itself or another word
PEOPLE_PLURAL_ENDINGS = ("an", "i")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """What a phrase may denote.

    ``kind`` is one of country, capital, seat, milseat, adjective, org, person, media, role. For a role,
    ``code`` is the role code alone (``GOV``) and ``person`` says whether it names one person.
    """

    kind: str
    code: str
    name: str
    country: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    person: bool = False
    exact_case: str | None = None  # the alias must appear in exactly this case (AS, RI, US)
    lowercase: bool = False  # written in lower case in the data ("negara-negara Barat"): no capital needed
    #: a phrase that names several actors at once (a PETRARCH code ``[FRO/BIL/SAM]``): its entries share
    #: this key, and a mention of the phrase is one actor per entry, like a coordination
    joint: str | None = None
    before: bool = False  # a role code written before the actor's code (PETRARCH ``[NGO~]``: NGOARN)
    inflects: bool = True  # a role whose plural may be derived (False: its dictionary gave the plural)
    #: the capitalised first word of an institution's name that gives its role ("Dinas Pendidikan", "PT
    #: Sinar Jaya": ``institutions.tsv``); written in lower case, or with no name after it, it is no actor
    names_head: bool = False
    rank: bool = False  # a military or police rank before a name (``ranks.tsv``): a force, but no office
    #: the phrase names the actor only in text of this language: a capital whose Indonesian spelling is a
    #: common Indonesian word (countries.tsv leaves capital_id empty: "baku tembak", "Asmara")
    language: str | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        if self.start and day < self.start:
            return False
        return not (self.end and day > self.end)


def parse_date(value: str, *, end: bool = False) -> dt.date | None:
    """ISO date or year; a year as an end date means its last day."""
    if not value:
        return None
    if not _DATE.match(value):
        raise ValueError(f"not an ISO date or year: {value!r}")
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        if end:
            nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(parts[0], parts[1], 1)
    return dt.date(parts[0], parts[1], parts[2])


def _needs_exact_case(alias: str) -> str | None:
    """Short all-capital aliases (AS, RI, US, UN) are ordinary words in lower case: match them as written."""
    letters = alias.replace(".", "")
    if letters.isupper() and len(letters) <= 4:
        return alias
    return None


class KnowledgeBase:
    """A phrase index over actor entries."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], list[ActorEntry]] = defaultdict(list)
        self.max_len = 1
        self.first_words: dict[str, int] = {}  # first word of a phrase → the longest phrase it starts
        #: names in their variant spellings ("Al-Thani", "el-Sissi"), looked up when the exact phrase is unknown
        self.variants: VariantIndex[ActorEntry] = VariantIndex()
        self.counts: dict[str, int] = defaultdict(int)
        self.country_names: dict[str, str] = {}
        self.sources: list[str] = []
        #: English verb words and their CAMEO event codes from PETRARCH verb dictionaries (``petrarch.py``)
        self.verbs: list[tuple[str, str]] = []
        #: a bare role word ("police", "students") takes the country the article is about; where it is
        #: false, it is an actor of no known country (as PETRARCH's dictionaries code it: ``---COP``)
        self.roles_take_focus_country = True
        #: a bare role phrase that is the own name of a body only some states have ("the Treasury") → them
        self.role_countries: dict[str, frozenset[str]] = {}

    # -- building -----------------------------------------------------------------------------------
    def add(self, phrase: str, entry: ActorEntry) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        if phrase[:1].islower() and entry.kind != "role" and not entry.lowercase:
            entry = replace(entry, lowercase=True)
        bucket = self.index[key]
        if entry not in bucket:
            bucket.append(entry)
        self.max_len = max(self.max_len, len(key))
        self.first_words[key[0]] = max(self.first_words.get(key[0], 0), len(key))
        if entry.kind in NAMED_KINDS and entry.exact_case is None and (
                not entry.lowercase or variant_key(key)[0] == "al") and (  # "el-Sisi" is a name in lower case
                entry.kind != "person" or len(variant_key(key)) > 1):
            # a person's one-word name in another spelling is too often someone else's ("Sari" is not Saree)
            self.variants.add(key, entry)

    def load_dir(self, directory: Path) -> None:
        loaders = {
            "countries.tsv": self._load_countries,
            "organizations.tsv": self._load_organizations,
            "roles.tsv": self._load_roles,
            "media.tsv": self._load_media,
            "institutions.tsv": self._load_institutions,
            "ranks.tsv": self._load_ranks,
        }
        for name, loader in loaders.items():
            path = directory / name
            if path.exists():
                loader(path)
                self.sources.append(str(path))
        people = directory / "people"
        if people.is_dir():
            for path in sorted(people.glob("*.tsv")):
                self._load_people(path)
                self.sources.append(str(path))

    def _load_countries(self, path: Path) -> None:
        for row in read_tsv(path, required=("code", "name_en", "name_id")):
            code = row["code"].upper()
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise row.fail(f"country code must be three capital letters, not {code!r}")
            name = row["name_en"]
            self.country_names[code] = name
            self.counts["countries"] += 1
            for alias in [name, row["name_id"], *row.values("aliases_en"), *row.values("aliases_id")]:
                self.add(alias, ActorEntry("country", code, name, code, exact_case=_needs_exact_case(alias)))
            for alias in row.values("adjectives_en"):
                self.add(alias, ActorEntry("adjective", code, name, code))
                if alias.endswith(PEOPLE_PLURAL_ENDINGS) and " " not in alias:
                    # "Kenyans", "Israelis": the plural of an adjective in -an or -i names the country's people
                    self.add(alias + "s", ActorEntry("org", code + "CVL", name, code))
            for alias in {row["capital_en"], row["capital_id"]} - {""}:
                only = "en" if row["capital_en"] and not row["capital_id"] else None
                self.add(alias, ActorEntry("capital", code + "GOV", alias, code, language=only))
            for alias in row.values("seats"):
                self.add(alias, ActorEntry("seat", code + "GOV", alias, code))
            for alias in row.values("military_seats"):
                self.add(alias, ActorEntry("milseat", code + "MIL", alias, code))

    def _load_organizations(self, path: Path) -> None:
        for row in read_tsv(path, required=("code", "name_en")):
            code = _checked_code(row, row["code"])
            country = row["country"].upper() or None
            name = row["name_en"]
            self.counts["organizations"] += 1
            for alias in [name, row["name_id"], *row.values("aliases")]:
                if alias:
                    self.add(alias, ActorEntry("org", code, name, country, exact_case=_needs_exact_case(alias)))

    def _load_roles(self, path: Path) -> None:
        for row in read_tsv(path, required=("phrase", "language", "role")):
            role = row["role"].upper()
            if not (codebook.is_actor_type(role) or role in RELIGION_CODES):
                raise row.fail(f"unknown role code {role!r}")
            self.counts["roles"] += 1
            person = row["person"] == "1"
            self.add(row["phrase"], ActorEntry("role", role, row["phrase"], None, person=person))
            if row.values("countries"):
                self.role_countries[row["phrase"]] = frozenset(c.upper() for c in row.values("countries"))

    def _load_institutions(self, path: Path) -> None:
        for row in read_tsv(path, required=("head", "language", "role")):
            role = row["role"].upper()
            if not codebook.is_actor_type(role):
                raise row.fail(f"unknown role code {role!r}")
            self.counts["institution_heads"] += 1
            self.add(row["head"], ActorEntry("role", role, row["head"], None, names_head=True))

    def _load_ranks(self, path: Path) -> None:
        for row in read_tsv(path, required=("phrase", "language", "role")):
            role = row["role"].upper()
            if role not in ("MIL", "COP"):
                raise row.fail(f"a rank is of the armed forces (MIL) or the police (COP), not {role!r}")
            self.counts["ranks"] += 1
            self.add(row["phrase"], ActorEntry("role", role, row["phrase"], None, person=True, rank=True))

    def _load_media(self, path: Path) -> None:
        for row in read_tsv(path, required=("name", "code")):
            code = _checked_code(row, row["code"])
            self.counts["media"] += 1
            for alias in [row["name"], *row.values("aliases")]:
                self.add(alias, ActorEntry("media", code, row["name"], code[:3],
                                           exact_case=_needs_exact_case(alias)))

    def _load_people(self, path: Path) -> None:
        for row in read_tsv(path, required=("name", "code", "start")):
            code = _checked_code(row, row["code"])
            try:
                start = parse_date(row["start"])
                end = parse_date(row["end"], end=True)
            except ValueError as err:
                raise row.fail(str(err)) from err
            if start and end and end < start:
                raise row.fail(f"the spell ends ({row['end']}) before it starts ({row['start']})")
            self.counts["people"] += 1
            country = None if code.startswith(("IGO", "NGO", "MNC")) else code[:3]
            entry = ActorEntry("person", code, row["name"], country, start, end, person=True)
            for alias in [row["name"], *row.values("aliases")]:
                self.add(alias, entry)

    # -- looking up ---------------------------------------------------------------------------------
    def lookup(self, key: tuple[str, ...]) -> list[ActorEntry]:
        return self.index.get(key, [])

    def country_name(self, code: str) -> str | None:
        return self.country_names.get(code[:3])

    def stats(self) -> dict[str, int]:
        return dict(self.counts)


def _checked_code(row: Row, code: str) -> str:
    code = code.strip().upper()
    if not _ACTOR_CODE.match(code):
        raise row.fail(f"actor code must be groups of three capital letters, not {code!r}")
    return code


#: Environment variable naming directories of PETRARCH/TABARI dictionaries (separated by ``os.pathsep``)
PETRARCH_ENV = "WARTA_PETRARCH_DICT"


@cache
def load_knowledge_base(extra: str | None = None, petrarch: str | None = None) -> KnowledgeBase:
    """The shipped knowledge base plus a user's directory (``extra`` or ``$WARTA_KB_EXTRA``), loaded once.

    ``petrarch`` (or ``$WARTA_PETRARCH_DICT``) names directories of PETRARCH/TABARI actor, agent and verb
    dictionaries, separated by ``os.pathsep``, merged after warta's own files (see ``knowledge/petrarch.py``).
    """
    kb = KnowledgeBase()
    kb.load_dir(DATA_DIR)
    extra = extra or os.environ.get("WARTA_KB_EXTRA")
    if extra:
        path = Path(extra)
        if not path.is_dir():
            raise DataFileError(f"WARTA_KB_EXTRA={extra} is not a directory")
        kb.load_dir(path)
    petrarch = petrarch or os.environ.get(PETRARCH_ENV)
    if petrarch:
        from .petrarch import load_petrarch_dictionaries  # it builds on this module

        for part in petrarch.split(os.pathsep):
            if part.strip():
                load_petrarch_dictionaries(part, kb)
    return kb


# -- looking a name up, as `warta kb lookup` does ----------------------------------------------------------
def role_languages(kb: KnowledgeBase) -> dict[tuple[str, ...], set[str]]:
    """The languages of each role word, from the ``roles.tsv`` files the knowledge base was loaded from."""
    languages: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for source in kb.sources:
        if Path(source).name == "roles.tsv":
            for row in read_tsv(source, required=("phrase", "language")):
                languages[phrase_key(row["phrase"])].add(row["language"])
    return languages


def lookup_name(name: str, *, day: dt.date | None = None, language: str | None = None,
                kb: KnowledgeBase | None = None) -> list[ActorEntry]:
    """The entries a name may denote, as the actor finder sees them: short capital aliases (``AS``, ``UN``)
    only as written, people only in a spell that holds on ``day`` (all spells without a day), role words
    only of ``language`` (all without one). Best first: people, media, organisations, countries, metonyms,
    adjectives, roles; a person's spells latest first."""
    kb = kb if kb is not None else load_knowledge_base()
    key = phrase_key(name)
    order = ["person", "media", "org", "country", "seat", "milseat", "capital", "adjective", "role"]
    entries = []
    languages = role_languages(kb) if language else {}
    for entry in kb.lookup(key) or kb.variants.lookup(key):
        if entry.exact_case is not None and name.replace(" ", "") != entry.exact_case.replace(" ", ""):
            continue
        if not entry.valid_on(day):
            continue
        if language and entry.kind == "role" and language not in languages.get(key, {language}):
            continue
        entries.append(entry)
    entries.sort(key=lambda e: (order.index(e.kind) if e.kind in order else len(order),
                                -(e.start or dt.date.min).toordinal()))
    return entries


def knowledge_stats(kb: KnowledgeBase | None = None) -> dict[str, int | dict[str, int]]:
    """Counts per kind of knowledge, as ``warta kb stats`` prints them.

    ``countries``, ``organizations``, ``roles``, ``media`` and ``people`` count rows (``people``: spells in a
    role); ``people_distinct`` counts names, ``international_organizations`` the organisations with an
    international code (IGO, NGO, IMG, MNC), ``roles_by_language`` the role words of each language, and
    ``places`` the gazetteer's places (``places_by_kind`` per kind). Loaded PETRARCH dictionaries add
    ``petrarch_actors``, ``petrarch_agents`` and ``petrarch_verbs``.
    """
    from .places import load_gazetteer  # the gazetteer builds on this module

    kb = kb if kb is not None else load_knowledge_base()
    people: set[str] = set()
    international: set[tuple[str, str]] = set()
    for entries in kb.index.values():
        for entry in entries:
            if entry.kind == "person":
                people.add(entry.name)
            elif entry.kind == "org" and entry.code.startswith(("IGO", "NGO", "IMG", "MNC")):
                international.add((entry.code, entry.name))
    by_language: dict[str, int] = defaultdict(int)
    for languages in role_languages(kb).values():
        for language in languages:
            by_language[language] += 1
    gazetteer = load_gazetteer()
    stats: dict[str, int | dict[str, int]] = {
        "countries": kb.counts["countries"],
        "organizations": kb.counts["organizations"],
        "international_organizations": len(international),
        "roles": kb.counts["roles"],
        "roles_by_language": dict(sorted(by_language.items())),
        "people": kb.counts["people"],
        "people_distinct": len(people),
        "media": kb.counts["media"],
        "places": len(gazetteer),
        "places_by_kind": gazetteer.counts(),
    }
    for key in ("petrarch_actors", "petrarch_agents", "petrarch_verbs"):
        if kb.counts.get(key):
            stats[key] = kb.counts[key]
    return stats
