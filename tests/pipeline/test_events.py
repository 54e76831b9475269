"""Events end to end on sentences written for these tests: voice, coordination, nominal events,
modality, attribution and dates."""

from warta.pipeline.pipeline import extract


def triples(text: str, published: str = "2025-06-02") -> set[tuple]:
    result = extract(text, language="id", published=published)
    return {(e.source.code, e.code[:2], e.target.code if e.target else None) for e in result.events}


def events(text: str, published: str = "2025-06-02"):
    return extract(text, language="id", published=published).events


def test_active_and_passive_give_the_same_event():
    assert ("ISR", "19", "LBN") in triples("Israel menyerang Lebanon selatan.")
    assert ("ISR", "19", "LBN") in triples("Lebanon diserang Israel pada malam hari.")
    assert ("ISR", "19", "LBN") in triples("Lebanon diserang oleh Israel.")


def test_coordination_gives_one_event_per_actor():
    found = triples("Presiden Venezuela Nicolás Maduro meminta bantuan dari Rusia, Tiongkok, dan Iran.")
    assert {t for _, _, t in found} >= {"RUS", "CHN", "IRN"}


def test_nominal_events_with_genitive_and_preposition():
    assert ("VENGOV", "04", "RUSGOV") in triples("Kunjungan Maduro ke Moskow berlangsung tiga hari.")
    assert ("ISR", "19", "PSE") in triples("Serangan Israel terhadap Palestina terus berlanjut.")


def test_light_verb_hands_its_subject_to_the_event_noun():
    assert ("RUSMIL", "19", "UKR") in triples("Militer Rusia melancarkan serangan terhadap Ukraina.")


def test_mutual_action_of_coordinated_actors():
    found = triples("Rusia dan Venezuela menandatangani perjanjian kerja sama pertahanan.")
    assert ("RUS", "05", "VEN") in found


def test_factuality():
    facts = {e.code[:2]: e.factuality for e in events("Israel tidak menyerang Lebanon.")}
    assert facts.get("19") == "negated"
    assert {e.factuality for e in events("Amerika Serikat akan menyerang Venezuela.")} == {"future"}
    assert {e.factuality for e in events("Jika perundingan gagal, Israel mungkin menyerang Lebanon.")} \
        == {"hypothetical"}


def test_according_to_sets_reported_by_and_is_not_the_source():
    found = events("Menurut Washington Post, Iran mengirim senjata kepada Rusia.")
    assert found and all(e.source.code == "IRN" for e in found)
    assert found[0].reported_by is not None and found[0].reported_by.code == "USAMED"


def test_dates_resolve_against_publication():
    found = events("Tiongkok mengecam Jepang pada Selasa (27/5).", published="2025-06-02")
    assert found and found[0].date == "2025-05-27"
    found = events("Tiongkok mengecam Jepang.", published="2025-06-02")
    assert found and found[0].date == "2025-06-02"


def test_a_sentence_without_a_time_expression_goes_on_in_the_time_the_one_before_set():
    text = ("Judul\n\nTiongkok mengecam Jepang pada Selasa (27/5). Korea Selatan juga mengecam Jepang.\n\n"
            "Rusia mengecam Jepang.")
    dates = {e.source.code: e.date for e in events(text, published="2025-06-02")}
    assert dates["CHN"] == "2025-05-27"
    assert dates["KOR"] == "2025-05-27"  # the same paragraph, the sentence before: its Tuesday
    assert dates["RUS"] == "2025-06-02"  # a new paragraph: the publication date
    # a plan is not dated by the account before it
    found = events("Tiongkok mengecam Jepang pada Selasa (27/5). Korea Selatan akan mengecam Jepang.",
                   published="2025-06-02")
    assert [e.date for e in found if e.source.code == "KOR"] == ["2025-06-02"]


def test_an_undated_event_takes_the_day_the_lead_gives_when_it_is_just_before_publication():
    # published the morning after: the lead's Tuesday dates what the text leaves undated
    text = ("Judul\n\nTiongkok mengecam Jepang pada Selasa (27/5) malam.\n\n"
            "Rusia mengecam Jepang. Korea Selatan akan mengecam Jepang.")
    dates = {e.source.code: e.date for e in events(text, published="2025-05-28")}
    assert dates["CHN"] == dates["RUS"] == "2025-05-27"
    assert dates["KOR"] == "2025-05-27"  # a plan, dated by the day it was announced
    # a lead day a week old says nothing of the day of undated events
    dates = {e.source.code: e.date for e in events(text, published="2025-06-04")}
    assert dates["RUS"] == "2025-06-04"


def test_a_plan_on_a_bare_weekday_is_for_the_coming_one():
    # published on a Saturday: "akan ... pada Senin" is the Monday after, a report "pada Senin" the one before
    assert [e.date for e in events("Menlu Jepang akan mengunjungi Jakarta pada Senin.", published="2024-10-26")] \
        == ["2024-10-28"]
    assert [e.date for e in events("Menlu Jepang mengunjungi Jakarta pada Senin.", published="2024-10-26")] \
        == ["2024-10-21"]


def test_an_event_reported_again_keeps_one_date_whatever_the_sentence_before_says():
    text = "Tiongkok Mengecam Jepang\n\nTiongkok mengecam Korea Selatan pada Selasa (27/5). Tiongkok juga mengecam Jepang."
    found = [e for e in events(text, published="2025-06-02") if e.target.code == "JPN"]
    assert len(found) == 1 and len(found[0].mentions) == 2  # the headline's report and the body's, merged


def test_every_event_explains_itself_with_offsets():
    text = "Judul\n\nPolisi Malaysia menangkap tiga nelayan Indonesia di perairan Johor."
    for e in events(text):
        assert e.rule
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_quote_first_person_is_the_speaker():
    text = "“Kami akan mendukung Palestina,” kata Menteri Luar Negeri Turki Hakan Fidan."
    found = triples(text)
    # the speaker's own side announcing support is the intent to give it (03, pipeline.intentions)
    assert ("TURGOV", "03", "PSE") in found


def test_two_bodies_of_one_state_make_a_domestic_event():
    # a provincial governor criticising a minister: IDNGOV on both sides, two actors, one event
    assert ("IDNGOV", "11", "IDNGOV") in triples("Gubernur Jawa Timur mengkritik kebijakan Menteri Perdagangan.")
    # a word referring back to the source, or a bare country on both sides, is one actor
    assert not any(s == t for s, _, t in triples("Israel mengatakan bahwa mereka membela Israel."))


def test_a_capital_stands_for_the_whole_government_of_its_state():
    # a president travelling to his own capital is no visit: the capital is his government
    from warta.pipeline.pipeline import extract
    found = extract("Macron returned to Paris on Monday.", language="en", published="2025-06-02").events
    assert not any(e.source and e.target and e.source.code == e.target.code for e in found)
