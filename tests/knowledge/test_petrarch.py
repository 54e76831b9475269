"""Reading PETRARCH/TABARI dictionaries a user owns, on tiny dictionaries written for these tests in the
format of the field (actors with dated codes, agents with ~codes and plurals, verb blocks)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from warta.errors import DataFileError
from warta.knowledge.kb import DATA_DIR, KnowledgeBase, load_knowledge_base, lookup_name
from warta.knowledge.petrarch import (
    DatedCode,
    load_petrarch_dictionaries,
    parse_code,
    parse_codes,
    petrarch_date,
    read_actor_dictionary,
    read_agent_dictionary,
    read_petrarch_dictionaries,
    read_verb_dictionary,
)
from warta.knowledge.validate import validate

ACTORS = """\
<!-- TEST ACTOR DICTIONARY -->
<!-- a comment that runs
     over two lines [XXX] -->
# a comment line
INDONESIA_ [IDN]
+REPUBLIK_INDONESIA
+RI

BUDI_CONTOH_  # a trailing comment
+PAK_CONTOH
\t[IDNGOV 141020-241020]
\t[IDNELI]
SITI_CONTOH [IDNGOV 050101-100520] [IGOUNODEVWBK 100601-160726] [IDNGOV >20160727]
TEST_MINISTER_ [TSTGOV <100101]
CONTOH_REGIONAL_FORUM_ [IGOSEACRF]
SOME_OUTLET_ [---]
BAD_DATE_PERSON_
\t[IDNGOV 20101340-20111231]
KORAN_CONTOH_ [IDNMED] [IDNBUS]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINIST! = MINISTER, MINISTRY

POLICE {} [~COP] # the plural is the singular
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
SPOKES!PERSON! [~GOV]
!MINIST!_OF_DEFENCE [~GOVMIL]
HUMAN_RIGHTS_BODY [NGO~]
ARMY [~MIL]
GOLDEN_GOOSE [~GGS]
NO_CODE_HERE
"""

VERBS = """\
<!-- TEST VERB DICTIONARY -->
&CURRENCY
+RUPIAH
+DOLLARS

--- APPEAL [020] ---
APPEAL
URGE {URGES URGED URGING} [023]
+ASK_FOR {+ASKED_FOR +ASKS_FOR} [0232]
- * FOR AID [023]
- * &CURRENCY [0231]

--- ACCELERATE [---] ---
HURRY
RUSH [042]

--- MEET [040:040] ---
MEET {MEETS MET MEETING}
CONVENE [999]
"""


@pytest.fixture()
def dictionaries(tmp_path: Path) -> Path:
    (tmp_path / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "Test.agents.txt").write_text(AGENTS, encoding="utf-8")
    (tmp_path / "Test.verbs.txt").write_text(VERBS, encoding="utf-8")
    (tmp_path / "Test.discards.txt").write_text("+SPORTS\n", encoding="utf-8")
    return tmp_path


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.load_dir(DATA_DIR)
    return kb


def test_dates_as_petrarch_reads_them():
    assert petrarch_date("141020") == dt.date(2014, 10, 20)
    assert petrarch_date("970101") == dt.date(1997, 1, 1)  # YY > 30 is 19YY
    assert petrarch_date("20160727") == dt.date(2016, 7, 27)
    for bad in ("2004017", "20101340", "1410", "14102x"):
        with pytest.raises(ValueError):
            petrarch_date(bad)


def test_codes_and_restrictions():
    assert parse_code("IDN") == DatedCode("IDN")
    assert parse_code("idngov >060901") == DatedCode("IDNGOV", dt.date(2006, 9, 1), None)
    assert parse_code("USAGOV <010120") == DatedCode("USAGOV", None, dt.date(2001, 1, 19))
    assert parse_code("IGOUNO  970101-061231") == DatedCode("IGOUNO", dt.date(1997, 1, 1), dt.date(2006, 12, 31))
    assert parse_code("---") == DatedCode(None)
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_code("IDNGOV 100101-090101")
    with pytest.raises(ValueError, match="three letters"):
        parse_code("IDNGO")


def test_joint_codes_name_several_actors_at_once():
    assert parse_codes("TWA/twb") == [DatedCode("TWA", joint="TWA/TWB"), DatedCode("TWB", joint="TWA/TWB")]
    assert parse_codes("TWA/TWB >20100101") == [DatedCode("TWA", dt.date(2010, 1, 1), None, "TWA/TWB"),
                                                DatedCode("TWB", dt.date(2010, 1, 1), None, "TWA/TWB")]
    assert parse_codes("IDN") == [DatedCode("IDN")]
    with pytest.raises(ValueError, match="several actors"):
        parse_code("TWA/TWB")
    with pytest.raises(ValueError, match="three letters"):
        parse_codes("TWA/---")


def test_joint_actors_and_agent_syntax_reach_the_knowledge_base(tmp_path: Path):
    (tmp_path / "Twin.actors.txt").write_text("TWIN_CITIES [TWA/TWB]\nTWINLAND [TWL]\n", encoding="utf-8")
    (tmp_path / "Twin.agents.txt").write_text(
        "AIDWATCH {} [NGO~]\nPOLICE {} [~COP]\nWARDEN {WARDENS} [~JUD]\nMINISTER [~GOV]\n", encoding="utf-8")
    kb = KnowledgeBase()
    kb.country_names["TWL"] = "Twinland"
    load_petrarch_dictionaries(tmp_path, kb)
    twins = lookup_name("Twin Cities", kb=kb)
    assert [(e.code, e.joint) for e in twins] == [("TWA", "TWA/TWB"), ("TWB", "TWA/TWB")]
    assert lookup_name("Twinland", kb=kb)[0].joint is None
    roles = {p: lookup_name(p, kb=kb)[0] for p in ("aidwatch", "police", "warden", "minister")}
    assert roles["aidwatch"].before and not roles["police"].before
    # a plural given in braces (or none, {}) is the only one; without braces it is derived
    assert not roles["police"].inflects and not roles["warden"].inflects and roles["minister"].inflects


def test_actor_dictionary(dictionaries: Path):
    warnings: list[str] = []
    actors = {a.phrases[0]: a for a in read_actor_dictionary(dictionaries / "Test.actors.txt", warnings)}
    assert "XXX" not in str(actors)  # inside a multi-line comment
    assert actors["INDONESIA"].phrases == ["INDONESIA", "REPUBLIK INDONESIA", "RI"]
    budi = actors["BUDI CONTOH"]
    assert budi.phrases == ["BUDI CONTOH", "PAK CONTOH"]
    assert budi.codes == [DatedCode("IDNGOV", dt.date(2014, 10, 20), dt.date(2024, 10, 20)), DatedCode("IDNELI")]
    assert len(actors["SITI CONTOH"].codes) == 3  # several codes on one line
    assert actors["SOME OUTLET"].codes == [DatedCode(None)]
    assert "BAD DATE PERSON" not in actors  # its only code had a bad date
    assert any("Test.actors.txt:18:" in w and "20101340" in w for w in warnings), warnings


def test_actors_join_the_knowledge_base_with_their_date_ranges(dictionaries: Path):
    kb = _kb()
    counts = load_petrarch_dictionaries(dictionaries, kb)
    assert counts["people"] == 3 and counts["countries"] == 1 and counts["organizations"] == 2

    def code(name: str, day: dt.date) -> list[str]:
        return [e.code for e in lookup_name(name, day=day, kb=kb) if e.kind == "person"]

    # an undated code next to dated ones holds before, between and after them
    assert code("Pak Contoh", dt.date(2020, 1, 1)) == ["IDNGOV"]
    assert code("Pak Contoh", dt.date(2010, 1, 1)) == ["IDNELI"]
    assert code("Pak Contoh", dt.date(2025, 1, 1)) == ["IDNELI"]
    assert code("Siti Contoh", dt.date(2012, 1, 1)) == ["IGOUNODEVWBK"]
    assert code("Siti Contoh", dt.date(2020, 1, 1)) == ["IDNGOV"]
    assert code("Siti Contoh", dt.date(2010, 5, 25)) == []  # between spells, no default
    assert code("Test Minister", dt.date(2009, 12, 31)) == ["TSTGOV"]
    assert code("Test Minister", dt.date(2010, 1, 1)) == []
    org = [e for e in lookup_name("Contoh Regional Forum", kb=kb) if e.kind == "org"]
    assert [(e.code, e.country, e.name) for e in org] == [("IGOSEACRF", None, "Contoh Regional Forum")]
    outlet = [e for e in lookup_name("Koran Contoh", kb=kb) if e.kind == "org"]
    assert {e.code for e in outlet} == {"IDNMED", "IDNBUS"} and outlet[0].country == "IDN"
    assert lookup_name("Some Outlet", kb=kb) == []  # [---]: no code


def test_warta_entries_stay_first(dictionaries: Path):
    kb = _kb()
    before = [e.code for e in lookup_name("Indonesia", kb=kb)]
    load_petrarch_dictionaries(dictionaries, kb)
    after = [e.code for e in lookup_name("Indonesia", kb=kb)]
    assert after[: len(before)] == before
    # a three-letter acronym matches only in capitals
    assert any(e.code == "IDN" for e in lookup_name("RI", kb=kb))
    assert not any(e.kind == "country" for e in lookup_name("ri", kb=kb))


def test_agent_dictionary(dictionaries: Path):
    warnings: list[str] = []
    agents = {a.phrase: a for a in read_agent_dictionary(dictionaries / "Test.agents.txt", warnings)}
    assert agents["POLICE"].code == "COP" and "POLICES" not in agents
    assert agents["ATTORNEYS GENERAL"].code == "JUD" and agents["ATTORNEYS GENERAL"].plural
    assert {"SPOKESMAN", "SPOKESMEN", "SPOKESWOMAN", "SPOKESWOMEN"} <= set(agents)
    assert agents["MINISTER OF DEFENCE"].code == "GOVMIL"
    assert agents["MINISTRY OF DEFENCE"].code == "GOVMIL"
    assert agents["HUMAN RIGHTS BODY"].prefix and agents["HUMAN RIGHTS BODY"].code == "NGO"
    assert agents["ARMIES"].code == "MIL"  # regular plural: Y → IES
    assert any("GGS" in w for w in warnings)  # unknown role, loaded with a warning
    assert any("NO_CODE_HERE" in w and ":11:" in w for w in warnings)


def test_agents_become_role_words(dictionaries: Path):
    kb = _kb()
    load_petrarch_dictionaries(dictionaries, kb)
    spokesman = [e for e in lookup_name("spokesman", kb=kb) if e.kind == "role"]
    assert ("GOV", True) in {(e.code, e.person) for e in spokesman}
    police = [e for e in lookup_name("police", kb=kb) if e.kind == "role"]
    assert all(e.code == "COP" for e in police) and not police[-1].person


def test_verb_dictionary(dictionaries: Path):
    warnings: list[str] = []
    words, patterns = read_verb_dictionary(dictionaries / "Test.verbs.txt", warnings)
    pairs = {(w.phrase, w.code) for w in words}
    assert ("appeal", "020") in pairs  # the block's code
    assert {("urge", "023"), ("urged", "023"), ("urging", "023")} <= pairs  # its own code and forms
    assert {("ask for", "0232"), ("asked for", "0232")} <= pairs  # a multi-word verb
    assert ("rush", "042") in pairs and not any(p == "hurry" for p, _ in pairs)  # [---]: no code
    assert {("meet", "040"), ("met", "040")} <= pairs  # PETRARCH 2's paired code: the first
    assert not any(p in ("rupiah", "dollars") for p, _ in pairs)  # a synset, not verbs
    assert patterns == 2
    assert any("'999'" in w and "Test.verbs.txt:" in w for w in warnings)


def test_directory_reading_skips_other_files(dictionaries: Path):
    found = read_petrarch_dictionaries(dictionaries)
    assert [Path(f).name for f in found.files] == ["Test.actors.txt", "Test.agents.txt", "Test.verbs.txt"]
    assert [Path(f).name for f in found.skipped] == ["Test.discards.txt"]


def test_load_knowledge_base_takes_petrarch_directories(dictionaries: Path, monkeypatch):
    kb = load_knowledge_base.__wrapped__(None, str(dictionaries))
    assert kb.stats()["petrarch_actors"] == 6
    assert ("appeal", "020") in kb.verbs
    assert kb.stats()["countries"] == load_knowledge_base().stats()["countries"]  # shipped still there
    monkeypatch.setenv("WARTA_PETRARCH_DICT", str(dictionaries))
    kb = load_knowledge_base.__wrapped__()
    assert next(e.code for e in lookup_name("Pak Contoh", day=dt.date(2020, 1, 1), kb=kb)) == "IDNGOV"


def test_a_path_without_dictionaries_is_an_error(tmp_path: Path):
    with pytest.raises(DataFileError, match="no PETRARCH dictionary"):
        read_petrarch_dictionaries(tmp_path)
    with pytest.raises(DataFileError, match="does not exist"):
        read_petrarch_dictionaries(tmp_path / "missing")


def test_validate_reports_dictionary_problems_with_file_and_line(dictionaries: Path):
    problems = validate(dictionaries)
    assert problems and all(p.severity == "warning" for p in problems)
    assert any(p.path.endswith("Test.actors.txt") and p.line == 18 for p in problems)
