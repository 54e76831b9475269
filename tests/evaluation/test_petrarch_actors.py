"""Actors as PETRARCH's dictionaries describe them, coded by warta's pipeline: joint codes, agents written
before the country, declared plurals, and the English that composes roles with countries. The dictionaries
and sentences are invented for these tests (Aldoria ``ALD``, Brevia ``BRV``, Corvand ``CRV``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.evaluation.petrarch import Coding, validate_suite

ACTORS = """\
ALDORIA [ALD]
+ALDORIAN
BREVIA [BRV]
CORVAND [CRV]
DUNMARK [DUN]
VANTOR_ [BRVGOV]
THE_TWIN_CITIES [TWA/TWB]
THE_SEALANDS [SEA/SEB]
"""

AGENTS = """\
LAWMAKER [~LEG]
OFFICIAL [~GOV]
MINISTER [~GOV]
DIPLOMAT [~GOV]
POLICE {} [~COP]
AIDWATCH {} [NGO~]
"""

VERBS = """\
--- RESTORE [071] ---
RESTORE
- * DIPLOMATIC TIES [064]

--- WELCOME [041] ---
WELCOME

--- WARN [160] ---
WARN

--- FIGHT [190] ---
FIGHT {FOUGHT}
"""

SENTENCES = {
    "JOINT-01": ("The Twin Cities restored diplomatic ties with the Sealands.",
                 [("TWA", "SEA"), ("TWA", "SEB"), ("TWB", "SEA"), ("TWB", "SEB")], "064"),
    "LIST-01": ("Aldoria, the Twin Cities, Brevia and Corvand welcomed ties with Dunmark.",
                [("ALD", "DUN"), ("TWA", "DUN"), ("TWB", "DUN"), ("BRV", "DUN"), ("CRV", "DUN")], "041"),
    "LIST-02": ("Proud Aldoria, the weary Brevia, and quiet Corvand welcomed ties with Dunmark.",
                [("ALD", "DUN"), ("BRV", "DUN"), ("CRV", "DUN")], "041"),
    "ROLES-01": ("Lawmakers in Aldoria and Brevia welcomed ties with Dunmark.",
                 [("ALDLEG", "DUN"), ("BRVLEG", "DUN")], "041"),
    "ROLES-02": ("Lawmakers and officials in Aldoria and Brevia welcomed ties with Dunmark.",
                 [("ALDLEG", "DUN"), ("BRVLEG", "DUN"), ("ALDGOV", "DUN"), ("BRVGOV", "DUN")], "041"),
    "ROLES-03": ("Aldoria's cautious and weary minister Hembel warned Brevia.", [("ALDGOV", "BRV")], "160"),
    "PREFIX-01": ("Aidwatch Aldoria restored diplomatic ties with Brevia.", [("NGOALD", "BRV")], "064"),
    "PREFIX-02": ("An Aidwatch Aldoria diplomat restored diplomatic ties with Brevia.",
                  [("NGOALDGOV", "BRV")], "064"),
    # modifiers between a possessive and the actor it owns: the owner is not the subject
    "POSSESSOR-01": ("Brevia's first Deputy Envoy Vantor warned Aldoria.", [("BRVGOV", "ALD")], "160"),
    # the members of one joint name do not act on each other (two countries named apart would)
    "JOINT-02": ("The Twin Cities fought on Monday.", [], "190"),
    "PLURAL-01": ("Aldoria restored diplomatic ties with Brevia's polices.", [("ALD", "BRV")], "064"),
    # a role word with no country named is of none known, as PETRARCH codes it ("---" matches "---LEG")
    "BARE-01": ("Aldorian police warned lawmakers.", [("ALDCOP", "---LEG")], "160"),
}


def _records() -> str:
    body = []
    for rid, (text, pairs, code) in SENTENCES.items():
        codings = "\n".join(f'<EventCoding sourcecode="{s}" targetcode="{t}" eventcode="{code}"/>' for s, t in pairs)
        body.append(f'<Sentence date="20100101" id="{rid}" category="ACTOR" sentence="true">\n{codings}\n'
                    f"<Text>\n{text}\n</Text>\n</Sentence>")
    return ("<Validation>\n<Environment>\n<Verbfile>T.verbs.txt</Verbfile>\n<Actorfile>T.actors.txt</Actorfile>\n"
            "<Agentfile>T.agents.txt</Agentfile>\n</Environment>\n<Sentences>\n" + "\n".join(body)
            + "\n</Sentences>\n</Validation>\n")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("suite")
    for name, text in [("T.records.xml", _records()), ("T.actors.txt", ACTORS), ("T.agents.txt", AGENTS),
                       ("T.verbs.txt", VERBS)]:
        (folder / name).write_text(text, encoding="utf-8")
    return validate_suite(folder / "T.records.xml", folder)


@pytest.mark.parametrize("rid", list(SENTENCES))
def test_each_actor_is_composed_as_the_dictionary_says(report, rid: str) -> None:
    result = next(r for r in report.results if r.record.id == rid)
    found = {c for c, _ in result.found}
    text, pairs, code = SENTENCES[rid]
    assert result.hits == len(pairs), (text, found)
    assert not result.extra, (text, result.extra)
    assert {Coding(s, t, code) for s, t in pairs if not t.startswith("---")} <= found


def test_a_joint_code_written_whole_is_matched_by_each_member(tmp_path: Path) -> None:
    # UD-PETRARCH writes the joint actor as one code ("TWA/TWB"); warta codes one actor per member
    records = _records().replace('sourcecode="TWA" targetcode="SEA"', 'sourcecode="TWA/TWB" targetcode="SEA/SEB"')
    records = "\n".join(line for line in records.splitlines()
                        if not ('targetcode="SEB"' in line or ('sourcecode="TWB"' in line and "SEA" in line)))
    for name, text in [("T.records.xml", records), ("T.actors.txt", ACTORS), ("T.agents.txt", AGENTS),
                       ("T.verbs.txt", VERBS)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    joint = next(r for r in validate_suite(tmp_path / "T.records.xml", tmp_path).results
                 if r.record.id == "JOINT-01")
    assert [(e.source, e.target) for e in joint.record.expected] == [("TWA/TWB", "SEA/SEB")]
    assert joint.hits == 1 and not joint.extra


def test_members_of_one_joint_name_do_not_act_on_each_other(report) -> None:
    joint = next(r for r in report.results if r.record.id == "JOINT-02")
    assert joint.found == []
