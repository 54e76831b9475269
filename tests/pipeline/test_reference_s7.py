"""Session 7 (s7coref): Indonesian actors named by reference — definite noun phrases, "sang" + title,
plural pronouns for a list, the reflexive "dirinya", subjects left out. Sentences written for these tests."""

import pytest

from warta.pipeline.pipeline import extract, load_pipeline
from warta.records import Article


def triples(text: str) -> set[tuple]:
    result = extract(text, language="id", published="2025-06-02")
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in result.events}


def actors_of(text: str, sentence: int) -> list[tuple[str, str | None]]:
    pipeline = load_pipeline("id")
    doc = pipeline.make_doc(Article(id="r", text=text, language="id", published="2025-06-02"))
    pipeline.components[0](doc)
    return [(m.text, m.code) for m in doc.actors[sentence]]


# -- definite noun phrases: "kementerian itu", "pasukan tersebut" --------------------------------------
def test_a_ministry_phrase_takes_up_the_ministry_not_a_person_named_after_it():
    text = ("Kementerian Luar Negeri Indonesia memanggil duta besar Australia. Kementerian tersebut juga "
            "mengecam Israel.")
    assert ("IDNGOV", "111", "ISR") in triples(text)
    assert ("AUSGOV", "111", "ISR") not in triples(text)


def test_a_force_phrase_takes_up_the_force_named_before():
    assert ("RUSMIL", "190", "POL") in triples(
        "Pasukan Rusia menggempur Kharkiv pada Senin. Pasukan tersebut juga menyerang Polandia.")


# -- "sang" + a title: the holder of that title named before ------------------------------------------
def test_sang_presiden_is_the_president_named_before():
    text = ("Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang di Istana Bogor. Dalam pertemuan "
            "itu, sang presiden mengecam Korea Utara.")
    assert ("IDNGOV", "111", "PRK") in triples(text)
    assert ("JPNGOV", "111", "PRK") not in triples(text)
    assert ("sang presiden", "IDNGOV") not in actors_of(text, 1)  # the title alone, not the article
    assert ("presiden", "IDNGOV") in actors_of(text, 1)


# -- "mereka" for a list of actors --------------------------------------------------------------------
def test_they_after_a_listed_subject_stands_for_every_member():
    got = triples("Mali, Niger dan Burkina Faso keluar dari ECOWAS. Mereka kemudian mengecam Prancis.")
    assert {("MLI", "111", "FRA"), ("NER", "111", "FRA"), ("BFA", "111", "FRA")} <= got


def test_they_in_the_sentence_of_a_listed_subject():
    got = triples("Mesir dan Qatar mengatakan mereka mengecam serangan Israel terhadap Gaza.")
    assert {("EGY", "111", "ISR"), ("QAT", "111", "ISR")} <= got


def test_a_list_that_is_not_the_subject_is_not_taken_up_whole():
    # the list of members of an organisation is no subject: "mereka" keeps its one referent
    text = ("Para pengunjuk rasa menyerbu kantor Uni Afrika, yang anggotanya antara lain Kenya dan Uganda. "
            "Di sana, mereka membakar bendera Kenya.")
    assert not any(source == "UGA" for source, _, _ in triples(text))


def test_his_side_is_one_side_even_after_a_list():
    # "pihaknya" is the speaker's own side, never the list it was named in
    got = triples("Jepang dan Korea Selatan menggelar pertemuan. Menurut Jepang, pihaknya mengecam Korea Utara.")
    assert ("KOR", "111", "PRK") not in got


# -- the reflexive "dirinya": the subject of its sentence ----------------------------------------------
def test_the_reflexive_is_the_first_person_of_its_sentence_not_the_last():
    text = ("Kanselir Jerman Olaf Scholz mengusulkan sebuah foto bersama antara dirinya, Presiden Prancis "
            "Emmanuel Macron dan Perdana Menteri Italia.")
    assert ("dirinya", "DEUGOV") in actors_of(text, 0)


def test_the_reflexive_after_a_saying_verb_is_the_speaker():
    text = "Perdana Menteri Malaysia Anwar Ibrahim mengatakan dirinya mendukung Palestina."
    assert ("dirinya", "MYSGOV") in actors_of(text, 0)
    assert ("MYSGOV", "051", "PSE") in triples(text)


def test_the_reflexive_is_bound_in_its_own_sentence():
    # an unnamed doer: "dirinya" takes no person of the sentence before
    text = "Presiden Filipina berkunjung ke Jakarta. Seorang pelaku bom meledakkan dirinya di depan sebuah gereja."
    assert all(code != "PHLGOV" for _, code in actors_of(text, 1))


def test_jati_dirinya_is_a_noun_not_a_reflexive():
    text = "Menteri Pertahanan Jepang tiba di Manila, kata seorang pejabat yang tidak mau disebut jati dirinya."
    assert not any(name == "dirinya" for name, _ in actors_of(text, 0))


# -- a pronoun opening the sentence after a quote goes on with the quote's speaker ---------------------
@pytest.mark.parametrize("text, wanted, unwanted", [
    (('"Kamboja terus memasang ranjau di perbatasan," kata juru bicara militer Thailand. Mereka juga menuduh '
     "Kamboja melanggar gencatan senjata."), ("THAMIL", "112", "KHM"), ("KHM", "112", "KHM")),
    ('"Serangan itu harus dihentikan," ujar Kementerian Luar Negeri Mesir. Mereka juga mengecam Amerika Serikat.',
     ("EGYGOV", "111", "USA"), None),
    (('"Presiden Rusia Vladimir Putin harus bertanggung jawab," kata Menteri Luar Negeri Inggris David Lammy. Ia '
     "juga mengecam Iran."), ("GBRGOV", "111", "IRN"), ("RUSGOV", "111", "IRN")),
])
def test_a_pronoun_after_a_quote_is_its_speaker_not_an_actor_inside_it(text, wanted, unwanted):
    got = triples(text)
    assert wanted in got
    assert unwanted not in got


# -- "negara itu" as a subject: the subject country of the sentence before -----------------------------
def test_the_country_phrase_continues_the_subject_not_the_object_before_it():
    got = triples("Israel menyerang Gaza pada Selasa. Negara itu juga menyerang Lebanon.")
    assert ("ISR", "190", "LBN") in got
    assert ("PSE", "190", "LBN") not in got
