"""Places: the embedded gazetteer and where each event happened.

The gazetteer (``knowledge/data/places.tsv``, built by ``scripts/build_places.py``; format in
``docs/knowledge.md``) holds countries, capitals, cities of 100,000 inhabitants or more, seas, straits,
regions, territories, the provinces of Indonesia and a few landmarks, under their English and Indonesian
names. No external service is asked anything.

:class:`EventPlaces` is a pipeline component: for every predicate it looks for a place in the predicate's
clause introduced by a locative preposition ("di Jalur Gaza", "ke Moskow", "dekat perbatasan Ukraina",
"in the West Bank") and, failing that, takes the target's own place when the target is a place metonym
("Kremlin", "Moskow" as the Russian government). Results go to ``doc.locations`` (``id(predicate)`` →
:class:`~warta.records.Location`), which the merge step copies onto the events.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataFileError
from ..lang.cues import load_cues
from ..records import Location
from ..tokens import Token, phrase_key, tokenize
from ..tsvdata import read_tsv
from .kb import DATA_DIR, _needs_exact_case
from .names import VariantIndex

if TYPE_CHECKING:  # the pipeline imports the knowledge base, not the other way round
    from ..pipeline.doc import ActorMention, Doc, Predicate

PLACES_FILE = "places.tsv"
#: apostrophes a romanised name may carry (soft sign, glottal stop) that running text usually leaves out
TRANSLITERATION_MARKS = frozenset("’ʹʼ")
_DROP_MARKS = str.maketrans("", "", "".join(TRANSLITERATION_MARKS))
PLACE_COLUMNS = ("name", "aliases", "country", "lat", "lon", "kind", "population")

#: Kinds of place and how they rank when one name denotes several places (lower first): a country before a
#: region of the same name, a region before a city ("Bengkulu" the province before the city), then by
#: population.
KIND_RANK = {
    "country": 0, "territory": 1, "province": 1, "region": 1, "sea": 1, "ocean": 1, "strait": 1, "gulf": 1,
    "canal": 1, "peninsula": 1, "island": 1, "continent": 2, "capital": 2, "landmark": 2, "city": 3,
}
PLACE_KINDS = frozenset(KIND_RANK)

#: Capitalised common nouns that open the title of a kind of place before its name, though their first word is
#: also a town's name: "Negara Bagian Texas" is a federal state called Texas, not the town of Negara in Bali.
PLACE_TITLES = frozenset({("negara", "bagian")})
#: Prepositions that introduce the place of an event, per language.
LOCATIVES = {
    "id": frozenset({"di", "ke", "dekat", "menuju"}),
    "ms": frozenset({"di", "ke", "dekat", "menuju"}),
    "en": frozenset({"in", "at", "to", "near", "into", "inside", "outside"}),
}
#: Words that may stand between the preposition and the place name ("di kota Gaza", "di wilayah utara
#: Suriah", "in the northern city of Kharkiv").
FILLERS = {
    "id": frozenset({
        "kota", "ibu", "kabupaten", "provinsi", "wilayah", "kawasan", "daerah", "perairan", "pulau",
        "desa", "kecamatan", "negara", "negeri", "sekitar", "dekat", "utara", "selatan", "timur",
        "barat", "tenggara", "laut", "daya", "bagian", "perbatasan", "luar", "dalam", "tengah",
        "pusat", "pinggiran", "pesisir", "lepas", "pantai", "markas", "gedung", "istana",
    }),
    "en": frozenset({
        "the", "city", "of", "province", "region", "northern", "southern", "eastern", "western",
        "central", "capital", "town", "village", "near", "outside", "coast", "waters", "off",
        "border", "territory", "state",
    }),
}
FILLERS["ms"] = FILLERS["id"]
#: Words that make a name a building or venue. A place name right after one ("Gedung Nusantara", "Hotel
#: Indonesia", "Kedutaan Besar Jepang", "Palace of Westminster") or just before one in the same name
#: ("Bogor Palace", "Jakarta Convention Center") names the building, not where the event happened: an
#: embassy named after a country stands in another, a hall named after the archipelago stands in the
#: capital. A building the gazetteer knows by its whole name ("Gedung Putih") is still a place. News in
#: Indonesian uses English venue names too, so both languages' words count in every language.
BUILDING_WORDS = frozenset({
    "gedung", "istana", "hotel", "stadion", "wisma", "balai", "masjid", "gereja", "pura", "vihara",
    "klenteng", "kedutaan", "kedubes", "konsulat", "museum", "aula", "auditorium", "gelanggang", "graha",
    "menara", "building", "palace", "hall", "stadium", "arena", "tower", "center", "centre", "mosque",
    "church", "cathedral", "temple", "embassy", "consulate",
})
#: Words that may stand between a building word and the place that names it ("Kedutaan Besar Jepang",
#: "Balai Kota Bandung", "Embassy of Japan").
BUILDING_LINKS = frozenset({"besar", "kota", "jenderal", "of", "the"})
#: Capitalised words that may stand between a place and the building word after it ("Jakarta International
#: Convention Center").
MAX_NAME_WORDS = 3
MAX_FILLERS = 3
#: Clause boundaries: punctuation, and words that start a new clause (the cue lists' ``boundary`` words
#: are added where the language has a cue list).
PUNCT_BOUNDARY = frozenset({";", ":", "(", ")", "“", "”", '"', "—", "–", ".", "?", "!"})
#: Actor kinds that name a place standing for an actor (a capital or seat of government).
METONYM_KINDS = frozenset({"capital", "seat", "milseat"})


@dataclass(frozen=True, slots=True)
class Place:
    """One place of the gazetteer."""

    name: str
    country: str | None
    lat: float
    lon: float
    kind: str
    population: int | None = None

    @property
    def rank(self) -> tuple[int, int]:
        return (KIND_RANK.get(self.kind, 9), -(self.population or 0))

    def to_location(self) -> Location:
        return Location(self.name, self.country, self.lat, self.lon)


class Gazetteer:
    """A phrase index over places: the normal form of every name and alias → the places it may denote."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], list[tuple[Place, str | None]]] = defaultdict(list)
        self.places: list[Place] = []
        self.max_len = 1
        self.first_words: dict[str, int] = {}  # first word of a name → the longest name it starts
        self.sources: list[str] = []
        #: names in their variant spellings ("Deir ez-Zor", "Djakarta"), looked up when the exact name is unknown
        self.variants: VariantIndex[Place] = VariantIndex()

    def __len__(self) -> int:
        return len(self.places)

    def add(self, phrase: str, place: Place) -> None:
        """Index ``place`` under ``phrase`` (short all-capital aliases such as AS or NTB match only as written)."""
        key = phrase_key(phrase)
        if not key:
            return
        bucket = self.index[key]
        item = (place, _needs_exact_case(phrase))
        if item not in bucket:
            bucket.append(item)
            bucket.sort(key=lambda pair: pair[0].rank)
        self.max_len = max(self.max_len, len(key))
        self.first_words[key[0]] = max(self.first_words.get(key[0], 0), len(key))
        if item[1] is None:
            self.variants.add(key, place)

    def load_file(self, path: str | Path) -> None:
        """Add the places of a file in the ``places.tsv`` format; :class:`DataFileError` names a bad row."""
        for row in read_tsv(path, required=("name", "country", "lat", "lon", "kind")):
            kind = row["kind"]
            if kind not in PLACE_KINDS:
                raise row.fail(f"unknown kind of place {kind!r}; expected one of {', '.join(sorted(KIND_RANK))}")
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
                population = int(row["population"]) if row["population"] else None
            except ValueError:
                raise row.fail("lat and lon must be decimal numbers and population a whole number") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise row.fail(f"coordinates out of range: {lat}, {lon}")
            place = Place(row["name"], row["country"].upper() or None, lat, lon, kind, population)
            self.places.append(place)
            for phrase in [row["name"], *row.values("aliases")]:
                self.add(phrase, place)
                if TRANSLITERATION_MARKS.intersection(phrase):
                    # "Ryazan’", "Arkhangel’sk": GeoNames keeps the soft sign of a Russian name, news drops it
                    self.add(phrase.translate(_DROP_MARKS), place)
        self.sources.append(str(path))

    # -- looking up -------------------------------------------------------------------------------------
    def lookup(self, name_tokens: str | Sequence[str] | Sequence[Token]) -> list[Place]:
        """The places a name may denote, best first (``"Laut China Selatan"``, ``("moskow",)`` or tokens).

        Given tokens, a short all-capital alias matches only as written ("AS", not "as"); given a string or
        normal forms, case is not checked.
        """
        if isinstance(name_tokens, str):
            tokens: Sequence[Token] | None = tokenize(name_tokens)
            key = tuple(t.norm for t in tokens)
        elif name_tokens and isinstance(name_tokens[0], Token):
            tokens = name_tokens  # type: ignore[assignment]
            key = tuple(t.norm for t in tokens)
        else:
            tokens = None
            key = tuple(name_tokens)  # type: ignore[arg-type]
        found = []
        for place, exact in self.index.get(key, []):
            if exact is not None and tokens is not None and "".join(t.text for t in tokens) != \
                    exact.replace(" ", ""):
                continue
            if place not in found:
                found.append(place)
        if not found and key not in self.index:
            found = sorted(self.variants.lookup(key), key=lambda place: place.rank)
        return found

    def match_at(self, tokens: Sequence[Token], i: int, *, capitalised: bool = True) -> tuple[Place, int] | None:
        """The longest place name starting at token ``i``: the best place and the index of its last token.

        With ``capitalised`` the name must start with a capital letter or a digit, as names do in running text.
        """
        if i >= len(tokens) or not tokens[i].is_word:
            return None
        if capitalised and not (tokens[i].is_capitalised or tokens[i].text[0].isdigit()):
            return None
        longest = self.first_words.get(tokens[i].norm, 0)
        for length in range(min(longest, len(tokens) - i), 0, -1):
            places = self.lookup(tokens[i : i + length])
            if places:
                if length == 1 and tuple(t.norm for t in tokens[i : i + 2]) in PLACE_TITLES:
                    return self.match_at(tokens, i + 2, capitalised=capitalised)  # the name after the title
                return places[0], i + length - 1
        if capitalised and not (len(tokens[i].text) > 1 and tokens[i].text.isupper()):
            # an acronym is no variant spelling of a name ("HAM", human rights, is not Hamm)
            hit = self.variants.match_at(tokens, i)
            if hit is not None:
                return min(hit[0], key=lambda place: place.rank), hit[1]
        return None

    def counts(self) -> dict[str, int]:
        """Places per kind."""
        counts: dict[str, int] = defaultdict(int)
        for place in self.places:
            counts[place.kind] += 1
        return dict(sorted(counts.items()))


@cache
def load_gazetteer(extra: str | None = None) -> Gazetteer:
    """The shipped gazetteer plus ``places.tsv`` of the user's directories (``extra`` or
    ``$WARTA_KB_EXTRA``, several separated by ``os.pathsep``), loaded once per process."""
    gazetteer = Gazetteer()
    gazetteer.load_file(DATA_DIR / PLACES_FILE)
    extra = extra if extra is not None else os.environ.get("WARTA_KB_EXTRA", "")
    for part in extra.split(os.pathsep):
        if not part.strip():
            continue
        directory = Path(part)
        if not directory.is_dir():
            raise DataFileError(f"WARTA_KB_EXTRA={part} is not a directory")
        if (directory / PLACES_FILE).is_file():
            gazetteer.load_file(directory / PLACES_FILE)
    return gazetteer


class EventPlaces:
    """Pipeline component: the place of each predicate, in ``doc.locations`` (``id(pred)`` → Location).

    The place is, in this order: the nearest place after the predicate in its clause introduced by a
    locative preposition ("menyerang ... di Jalur Gaza"); the nearest such place before it in the clause
    ("Di Jenewa, kedua menteri bertemu"); the target's own place when the target is a place standing for
    an actor (a capital or seat of government: "kunjungan ke Moskow", "mengecam Kremlin"). Otherwise none.
    """

    name = "places"

    def __init__(self, language: str, gazetteer: Gazetteer | None = None) -> None:
        self.language = language
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.locatives = LOCATIVES.get(language, LOCATIVES["en"])
        self.fillers = FILLERS.get(language, FILLERS["en"])
        self.boundaries = _boundary_words(language)

    def __call__(self, doc: Doc) -> None:
        locations: dict[int, Location] = {}
        places_by_sentence: dict[int, list[tuple[int, int, Place]]] = {}
        for pred in doc.predicates:
            if pred.sentence not in places_by_sentence:
                places_by_sentence[pred.sentence] = self.find_places(doc.sentences[pred.sentence].tokens)
            place = self.place_of(doc, pred, places_by_sentence[pred.sentence])
            if place is not None:
                locations[id(pred)] = place.to_location()
        doc.locations = locations

    # -- finding places ---------------------------------------------------------------------------------
    def find_places(self, tokens: Sequence[Token]) -> list[tuple[int, int, Place]]:
        """Places introduced by a locative preposition: (index of the preposition, last token, place)."""
        found = []
        for i, tok in enumerate(tokens):
            if tok.norm not in self.locatives:
                continue
            best: tuple[int, int, Place] | None = None  # (length, start, place)
            j = i + 1
            while j < len(tokens) and j - i - 1 <= MAX_FILLERS:
                match = self.gazetteer.match_at(tokens, j)
                if match is not None and not _names_a_building(tokens, j, match[1]):
                    length = match[1] - j + 1
                    if best is None or length >= best[0]:  # longest; on a tie the later (after a filler)
                        best = (length, j, match[0])
                if tokens[j].norm not in self.fillers:
                    break
                j += 1
            if best is not None:
                length, start, place = best
                found.append((i, start + length - 1, place))
        return found

    def place_of(self, doc: Doc, pred: Predicate,
                 places: list[tuple[int, int, Place]]) -> Place | None:
        tokens = doc.sentences[pred.sentence].tokens
        lo, hi = self._clause(tokens, pred.first, pred.last)
        after = [p for p in places if pred.last < p[0] < hi]
        if after:
            return min(after, key=lambda p: p[0])[2]
        before = [p for p in places if lo <= p[0] < pred.first]
        if before:
            return max(before, key=lambda p: p[0])[2]
        for target in pred.targets:
            place = self._metonym_place(doc, target)
            if place is not None:
                return place
        return None

    def _clause(self, tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
        lo = first
        while lo > 0 and not self._is_boundary(tokens[lo - 1]):
            lo -= 1
        hi = last + 1
        while hi < len(tokens) and not self._is_boundary(tokens[hi]):
            hi += 1
        return lo, hi

    def _is_boundary(self, tok: Token) -> bool:
        return tok.text in PUNCT_BOUNDARY or tok.norm in self.boundaries

    def _metonym_place(self, doc: Doc, target: ActorMention) -> Place | None:
        if target.kind not in METONYM_KINDS:
            return None
        tokens = doc.sentences[target.sentence].tokens[target.first : target.last + 1]
        # the mention may include a role word before the place ("pemerintah di Moskow"): try its tail too
        for start in range(len(tokens)):
            places = self.gazetteer.lookup(tokens[start:])
            if places:
                return places[0]
        return None


def _names_a_building(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the place name at ``tokens[first..last]`` is part of a building's name (see
    :data:`BUILDING_WORDS`): a building word before it, across link words, or after it within the same run
    of capitalised words."""
    i = first - 1
    while i >= 0 and tokens[i].norm in BUILDING_LINKS:
        i -= 1
    if i >= 0 and tokens[i].norm in BUILDING_WORDS:
        return True
    for k in range(last + 1, min(last + 2 + MAX_NAME_WORDS, len(tokens))):
        if not (tokens[k].is_word and tokens[k].is_capitalised):
            return False
        if tokens[k].norm in BUILDING_WORDS:
            return True
    return False


def _boundary_words(language: str) -> frozenset[str]:
    """The ``boundary`` words of the language's cue list, where it has one (a broken list still raises)."""
    if not (Path(__file__).resolve().parent.parent / "lang" / language / "cues.tsv").is_file():
        return frozenset()
    return load_cues(language)["boundary"]
