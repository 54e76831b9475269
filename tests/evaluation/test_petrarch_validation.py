"""PETRARCH validation suites: reading records, coding them with the suite's own dictionaries, counting.

The records and dictionaries here are written for these tests in the suites' format (an invented world:
Arnor ``ARN``, Gondor ``GON``); the tests that read the real suites skip when ``../shared`` is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.cli.main import main
from warta.errors import InputError
from warta.evaluation.petrarch import (
    Coding,
    SuiteCoder,
    SuiteRecord,
    load_suite_dictionaries,
    parse_records,
    read_records,
    skip_reason,
    suite_lexicon,
    validate_suite,
)
from warta.knowledge.petrarch import NULL_CODE, read_discard_dictionary, read_verb_patterns

RECORDS = """\
<Validation>
<!-- a header comment with <!-- a nested one --> as the real suites have -->
<Environment>
    <Verbfile>TEST.verbs.txt</Verbfile>
    <Actorfile>TEST.actors.txt</Actorfile>
    <Agentfile>TEST.agents.txt</Agentfile>
    <Discardfile>TEST.discards.txt</Discardfile>
    <Include>DEMO AGENT PATTERN ERROR</Include>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="223"></EventCoding>
<Text>
Arnor attacked Gondor on Monday.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))))</Parse>
</Sentence>
<Sentence date="19950101" id="AGENT-01" category="AGENT" sentence="true">
<EventCoding sourcecode="GONGOV" targetcode="ARN" eventcode="064"/>
<Text>
The government of Gondor will restore full diplomatic ties with Arnor.
</Text>
</Sentence>
<Sentence date="19950101" id="PATTERN-01" category="PATTERN" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="033"></EventCoding>
<Text>
Arnor arrived in Gondor.
</Text>
</Sentence>
<Sentence date="19950101" id="PATTERN-02" category="PATTERN" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="030"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="030"></EventCoding>
<Text>
Arnor and Gondor concur that the bridge must be rebuilt.
</Text>
</Sentence>
<Sentence date="19950101" id="PATTERN-03" category="PATTERN" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="081"></EventCoding>
<Text>
Arnor concurred with Gondor.
</Text>
</Sentence>
<Sentence date="19950101" id="PATTERN-06" category="PATTERN" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="112"></EventCoding>
<Text>
Arnor denounced the raid by Gondor in the hills.
</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950101" id="PATTERN-04" category="PATTERN" sentence="true">
<EventCoding sourcecode="ARN" targetcode="---" eventcode="223"></EventCoding>
<Text>
Arnor attacked at dawn.
</Text>
</Sentence>
<Config option="require_dyad" value="TRUE"></Config>
<Sentence date="19950101" id="PATTERN-05" category="PATTERN" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>
Arnor attacked at dawn.
</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-02" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>
Arnor approved the budget.
</Text>
</Sentence>
<Sentence date="19950101" id="DISCARD-01" category="ERROR" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>
Arnor attacked Gondor in a baseball game.
</Text>
</Sentence>
<Sentence date="19950101" id="ERROR-02" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>
Arnor attacked Gondor.
</Text>
</Sentence>
<Sentence date="19950101" id="PARSING-01" category="PARSING" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="223"></EventCoding>
<Text>
Arnor attacked Gondor.
</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-03" category="DEMO" evaluate="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="223"></EventCoding>
<Text>
Arnor attacked Gondor.
</Text>
</Sentence>
</Sentences>
</Validation>
"""

ACTORS = """\
<!-- TEST ACTORS -->
ARNOR_ [ARN]
+ARNORIAN
GONDOR [GON]
"""

AGENTS = """\
GOVERNMENT [~GOV]
"""

VERBS = """\
&TIETYPES
+DIPLOMATIC
+ECONOMIC

&NEGAUX
+DID N'T
+WILL NOT

--- ATTACK  [223]  ---
ATTACK
- SAID * [111]

--- RESTORE  [071] ---
RESTORE
- * &TIETYPES TIES [064]

--- QUARREL  [121]  ---
QUARREL
- &NEGAUX * OVER WATER  [904]
- NEVER_*  [905]
- * (ABOUT FISHING)  [110]
- * {FISHING RIGHTS}  [111]
- BUDGET

--- STRIKE  [223]  ---
STRIKE {STRUCK}
- + WAS * DOWN IN $  [224]

--- DENOUNCE  [122]  ---
DENOUNCE
- * (RAID BY)  [112]

--- CONCUR  [081]  ---
CONCUR
- % *  [030:030]

--- ARRIVE  [032:033]  ---
ARRIVE

--- APPROVE  [---] ---
APPROVE
- * BUDGET [---]
- * PLAN [080]
"""

DISCARDS = """\
+TYPHOON
BASEBALL
"""


@pytest.fixture
def suite_dir(tmp_path: Path) -> Path:
    for name, text in [("TEST.records.xml", RECORDS), ("TEST.actors.txt", ACTORS), ("TEST.agents.txt", AGENTS),
                       ("TEST.verbs.txt", VERBS), ("TEST.discards.txt", DISCARDS)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_records_are_read_with_their_environment_despite_nested_comments() -> None:
    suite = parse_records(RECORDS)
    assert [r.id for r in suite.records] == ["DEMO-01", "AGENT-01", "PATTERN-01", "PATTERN-02", "PATTERN-03",
                                            "PATTERN-06", "PATTERN-04", "PATTERN-05", "DEMO-02", "DISCARD-01",
                                            "ERROR-02", "PARSING-01", "DEMO-03"]
    # <Config option="require_dyad"> switches apply to the records after them
    assert [r.require_dyad for r in suite.records[5:8]] == [True, False, True]
    assert suite.files == {"verbs": ["TEST.verbs.txt"], "actors": ["TEST.actors.txt"],
                           "agents": ["TEST.agents.txt"], "discards": ["TEST.discards.txt"]}
    first = suite.records[0]
    assert first.expected == [Coding("ARN", "GON", "223")]
    assert first.text == "Arnor attacked Gondor on Monday."
    assert first.date == "1995-01-01"
    assert suite.records[8].noevents and suite.records[9].error == "sentencediscard"
    assert not suite.records[12].evaluate


def test_which_records_are_skipped() -> None:
    suite = parse_records(RECORDS)
    reasons = {r.id: skip_reason(suite, r) for r in suite.records}
    assert reasons["DEMO-01"] is None and reasons["DISCARD-01"] is None
    assert reasons["ERROR-02"] == "expects error bad_input_parse"  # a broken parse tree: warta reads none
    assert reasons["PARSING-01"] == "category not included"
    assert reasons["DEMO-03"] == "evaluate=false"


def test_verb_patterns_keep_the_suites_own_codes(suite_dir: Path) -> None:
    found = read_verb_patterns(suite_dir / "TEST.verbs.txt")
    by = {(p.verb, p.after): (p.code, p.reverse) for p in found.patterns if not p.before}
    assert by[("attack", ())] == ("223", None)  # not a CAMEO code: kept as the suite writes it
    assert by[("restore", (None, "diplomatic", None, "ties"))] == ("064", None)  # synset expanded, gaps
    assert by[("restore", (None, "economic", None, "ties"))] == ("064", None)
    assert by[("arrive", ())] == ("032", "033")  # a paired code: the target acts back
    # a phrase in (...) lets an article stand between its words ("about the fishing"); {...} does not
    assert by[("quarrel", (None, "about", None, "fishing"))] == ("110", None)
    assert by[("quarrel", (None, "fishing", "rights"))] == ("111", None)
    assert by[("approve", ())] == (NULL_CODE, None)
    assert by[("approve", (None, "plan"))] == ("080", None)
    with_before = {(p.verb, p.before, p.after): p.code for p in found.patterns if p.before}
    assert with_before[("attack", ("said", None), ())] == "111"  # "SAID *": a gap may follow "said"
    # a synset before the verb, TreeBank's split contraction joined as warta tokenises it
    assert with_before[("quarrel", ("didn't", None), (None, "over", None, "water"))] == "904"
    assert with_before[("quarrel", ("will", "not", None), (None, "over", None, "water"))] == "904"
    assert with_before[("quarrel", ("never",), ())] == "905"  # NEVER_*: next to the verb
    # "+" (the target) before the verb, "$" (the source) after it: the subject is the target
    assert [p.swapped for p in found.patterns if p.verb == "strike" and p.before] == [True]
    assert found.unsupported == 1  # "- BUDGET": no verb slot


def test_discards(suite_dir: Path) -> None:
    assert read_discard_dictionary(suite_dir / "TEST.discards.txt") == (["typhoon"], ["baseball"])


def test_suite_lexicon_puts_the_suites_verbs_first(suite_dir: Path) -> None:
    verbs = read_verb_patterns(suite_dir / "TEST.verbs.txt")
    alone, reverse, swapped = suite_lexicon(verbs, shipped="none")
    assert {e.pattern for e in alone.entries} >= {"attack", "restore ... diplomatic ... ties", "arrive"}
    assert "approve" not in {e.pattern for e in alone.entries}  # codes nothing by itself
    assert [r.split(" [")[0] for r in swapped] == ["was ... * strike ... down ... in"]  # "+ WAS * DOWN IN $"
    assert sorted(reverse.values()) == ["030", "033"]
    mixed, _, _ = suite_lexicon(verbs, shipped="other-heads")
    heads = {e.pattern.split()[0] for e in mixed.entries if e.note != "suite verb"}
    assert "attack" not in heads and len(mixed.entries) > len(alone.entries)


def test_validation_counts(suite_dir: Path) -> None:
    report = validate_suite(suite_dir / "TEST.records.xml", suite_dir)
    total = report.to_dict()
    assert total["records"] == 10
    assert total["expected"] == 9
    # "A and B concur" (compound subject: each on the other), "A concurred with B" (the plain verb),
    # "the raid by B" (a pattern ending with a preposition has its target after it), "Arnor attacked"
    # with require_dyad off (no target: ---) and, with it on, no event
    assert total["found"] == 9, [(r.record.id, r.found) for r in report.results]
    assert total["extra"] == 0
    assert total["noevent_records"] == 3 and total["false_events"] == 0  # the budget, the discard, dyad
    assert total["categories"]["DEMO"]["expected"] == 1
    assert report.skipped == {"category not included": 1, "evaluate=false": 1,
                              "expects error bad_input_parse": 1}


def test_require_dyad_can_override_the_records_switches(suite_dir: Path) -> None:
    always = validate_suite(suite_dir / "TEST.records.xml", suite_dir, require_dyad="always").to_dict()
    assert always["found"] == 8 and always["false_events"] == 0  # "Arnor attacked at dawn" is not coded
    never = validate_suite(suite_dir / "TEST.records.xml", suite_dir, require_dyad="never").to_dict()
    assert never["found"] == 9 and never["false_events"] == 1  # ... and is coded where the file forbids it
    with pytest.raises(InputError):
        validate_suite(suite_dir / "TEST.records.xml", suite_dir, require_dyad="sometimes")


def test_a_verb_dictionary_codes_verbs_not_their_noun_uses(suite_dir: Path) -> None:
    suite = read_records(suite_dir / "TEST.records.xml")
    loaded = load_suite_dictionaries(suite, suite_dir)
    record = SuiteRecord("N-1", "DEMO", None, "Arnor spoke during a brief surprise attack on Gondor.", [])
    assert SuiteCoder.build(loaded).code(record) == []
    with_nouns = [c for c, _ in SuiteCoder.build(loaded, nouns=True).code(record)]
    assert Coding("ARN", "GON", "223") in with_nouns


def test_cli_json(suite_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate-petrarch", str(suite_dir / "TEST.records.xml"), "--dictionaries", str(suite_dir),
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"expected", "found", "extra", "false_events", "categories"} <= set(data)
    assert {"expected", "found", "extra", "false_events"} <= set(data["categories"]["AGENT"])


def test_cli_table_and_missing_dictionary(suite_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate-petrarch", str(suite_dir / "TEST.records.xml"), "-d", str(suite_dir)]) == 0
    out = capsys.readouterr().out
    assert "all" in out and "PATTERN" in out
    (suite_dir / "TEST.agents.txt").unlink()
    assert main(["validate-petrarch", str(suite_dir / "TEST.records.xml"), "-d", str(suite_dir)]) == 1
    assert "TEST.agents.txt" in capsys.readouterr().err


ANCHORS = Path(__file__).resolve().parents[3] / "shared" / "data" / "anchors"
PETRARCH2 = ANCHORS / "openeventdata__petrarch2" / "petrarch2" / "data"
UNIVERSAL = ANCHORS / "openeventdata__UniversalPetrarch" / "UniversalPetrarch" / "validate"


@pytest.mark.shared
@pytest.mark.skipif(not (PETRARCH2 / "text" / "PETR.UnitTest.records.xml").exists(), reason="../shared absent")
def test_petrarch2_unit_suite_floor() -> None:
    suite = read_records(PETRARCH2 / "text" / "PETR.UnitTest.records.xml")
    assert len(suite.records) == 284
    report = validate_suite(PETRARCH2 / "text" / "PETR.UnitTest.records.xml", PETRARCH2 / "dictionaries")
    total = report.to_dict()
    assert total["expected"] == 355
    assert total["share"] >= 0.81  # measured 0.825 (docs/validation.md): a floor against regressions
    assert total["extra"] <= 44  # measured 39


@pytest.mark.shared
@pytest.mark.skipif(not (UNIVERSAL / "PETR_Validate_records_2_02.xml").exists(), reason="../shared absent")
def test_universal_petrarch_suite_floor() -> None:
    report = validate_suite(UNIVERSAL / "PETR_Validate_records_2_02.xml", UNIVERSAL)
    total = report.to_dict()
    assert total["records"] == 245
    assert total["share"] >= 0.77  # measured 0.790
