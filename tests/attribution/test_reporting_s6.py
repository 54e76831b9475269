"""Reporting frames of the sixth session: verbs of saying whose object is always a clause, ..."""

import pytest

import warta


def _reported(text: str, language: str, root: str):
    result = warta.extract(text, language=language, published="2025-06-02")
    return [(e.source.code, e.reported_by.code if e.reported_by else None)
            for e in result.events if e.code.startswith(root)]


@pytest.mark.parametrize("text", [
    "Menteri Luar Negeri Rusia mengatakan serangan Ukraina terhadap Moskow tidak dapat dibiarkan.",
    "Kementerian Luar Negeri Rusia berkata serangan pasukan Ukraina ke Moskow melanggar hukum perang.",
    "Menteri Luar Negeri Rusia menambahkan pasukan Ukraina menyerang Moskow pada Senin malam.",
])
def test_a_noun_after_a_clause_taking_verb_of_saying_opens_the_claim(text):
    # "mengatakan" takes no noun object: the noun after it is the subject of the claimed clause
    assert ("UKR", "RUSGOV") in [(s[:3], rb) for s, rb in _reported(text, "id", "19")]


def test_a_noun_object_of_a_verb_of_stating_is_still_no_claim():
    text = "Presiden Indonesia menyatakan dukungan pemerintah pada Senin. India menyerang Pakistan pada Selasa."
    assert _reported(text, "id", "19") == [("IND", None)]


@pytest.mark.parametrize("text, language", [
    (("Militer Israel mengatakan jet tempurnya menyerang Lebanon pada Senin. "
     "Pernyataan itu menambahkan bahwa Hizbullah menyerang Israel utara."), "id"),
    (("Ketegangan meningkat di perbatasan Lebanon. "
     "Pernyataan kedua dari militer Israel menyebutkan Hizbullah telah menyerang Israel utara dengan roket."), "id"),
    (("The Israeli military said on Monday that its jets hit targets in Lebanon. "
     "The statement added that Hezbollah attacked northern Israel."), "en"),
])
def test_a_statement_as_the_subject_of_a_verb_of_saying_is_its_owners_claim(text, language):
    # "the statement added": the speaker cited before; "a statement from X said": X
    assert ("LBNREB", "ISRMIL") in _reported(text, language, "19")


def test_an_outlet_after_a_postposed_lapor_reports_the_clause():
    assert ("ISR", "IRNMED") in _reported("Israel menyerang Iran pada Jumat, lapor kantor berita IRNA.", "id", "19")


def test_lapor_as_a_plain_verb_is_no_cue():
    assert _reported("Warga akan lapor ke polisi setelah Israel menyerang Iran.", "id", "19") == [("ISR", None)]


def _events(text: str, language: str = "id"):
    result = warta.extract(text, language=language, published="2025-06-02")
    return {(e.source.code, e.code[:2], e.target.code if e.target else None): e.reported_by.code if e.reported_by
            else None for e in result.events}


def test_a_speaker_telling_someone_elses_act_does_not_claim_their_own_narrated_act():
    events = _events("Militer Israel menyerang Lebanon selatan pada Senin. "
                     "“Hizbullah menyerang Israel utara dengan roket,” kata militer Israel.")
    assert events[("ISRMIL", "19", "LBN")] is None
    assert events[("LBNREB", "19", "ISR")] == "ISRMIL"


def test_a_speaker_telling_their_own_act_again_still_claims_the_narrated_one():
    events = _events("Militer Israel menyerang Lebanon selatan pada Senin. "
                     "“Kami menyerang gudang senjata di sana,” kata militer Israel.")
    assert events[("ISRMIL", "19", "LBN")] == "ISRMIL"


@pytest.mark.parametrize("text", [
    ("Sementara itu, Direktur Utama PT Pertamina Nicke Widyawati di Jakarta, Rabu, mengatakan pasukan Ukraina "
    "menyerang Kursk."),
    ("Direktur Utama PT Pertamina Hendra Wijayakusuma dalam keterangan pers di Jakarta, Rabu, mengatakan bahwa pasukan "
    "Ukraina menyerang Kursk."),
])
def test_the_subject_opening_the_sentence_speaks_across_place_and_day_adjuncts(text):
    assert _reported(text, "id", "19") == [("UKRMIL", "IDNBUS")]


def test_an_actor_after_a_verb_at_the_start_is_no_distant_subject():
    text = "Setelah bertemu Direktur Utama PT Pertamina di Jakarta, Rabu, wartawan mengatakan pasukan Ukraina menyerang Kursk."
    assert _reported(text, "id", "19") == [("UKRMIL", None)]


@pytest.mark.parametrize("opener", ["Pernyataan tersebut disampaikan", "Penegasan itu disampaikan oleh",
                                    "Keterangan itu diungkapkan"])
def test_a_noun_of_saying_pointing_back_makes_the_sentence_before_the_speakers_claim(opener):
    text = ("Kabar dari garis depan\n\nPasukan Rusia menyerang Kharkiv dengan puluhan drone pada Senin malam.\n\n"
            f"{opener} Menteri Luar Negeri Ukraina Andrii Sybiha di Kyiv, Selasa.\n")
    assert ("RUSMIL", "UKRGOV") in _reported(text, "id", "19")


@pytest.mark.parametrize("text, language", [
    (("Rusia menyerang Kyiv dengan puluhan drone semalam, kata pejabat Ukraina pada Minggu, menewaskan sedikitnya "
     "empat warga sipil."), "id"),
    (("Russia attacked Kyiv with dozens of drones overnight, Ukrainian officials said on Sunday, killing at least "
     "four civilians."), "en"),
])
def test_a_participle_after_a_postposed_frame_goes_on_with_the_claim(text, language):
    assert all(rb == "UKRGOV" for source, rb in _reported(text, language, "19") if source.startswith("RUS"))
    assert len(_reported(text, language, "19")) >= 1


@pytest.mark.parametrize("text, language, expected", [
    # a verb of saying after "dan"/"and" has the first verb's subject, not the place named last before it
    (("Menteri Luar Negeri Jepang mengecam latihan militer di perbatasan Korea Selatan dan memperingatkan bahwa "
     "Korea Utara dapat menyerang Korea Selatan."), "id", ("PRK", "JPNGOV")),
    (("Menteri Luar Negeri Jepang mengecam latihan militer di perbatasan Korea Selatan serta mengatakan Korea Utara "
     "telah menyerang Korea Selatan."), "id", ("PRK", "JPNGOV")),
    (("Japan's foreign minister condemned the drills on the border of South Korea and warned that North Korea "
     "could attack South Korea."), "en", ("PRK", "JPNGOV")),
    # the office or spokesperson of the one talked about speaks for them
    (("Perdana Menteri Israel Benjamin Netanyahu berbicara pada Senin.\n\nPasukan Israel akan menyerang Hamas di "
     "Rafah, kata kantornya."), "id", ("ISRMIL", "ISRGOV")),
    (("Perdana Menteri Israel Benjamin Netanyahu berbicara pada Senin.\n\nPasukan Israel akan menyerang Hamas di "
     "Rafah, kata juru bicaranya."), "id", ("ISRMIL", "ISRGOV")),
    (("Israeli Prime Minister Benjamin Netanyahu spoke on Monday.\n\nIsraeli forces will attack Hamas in Rafah, "
     "his office said."), "en", ("ISRMIL", "ISRGOV")),
])
def test_the_speaker_of_a_frame_is_found_through_coordination_and_possessive_offices(text, language, expected):
    assert _reported(text, language, "19") == [expected]


@pytest.mark.parametrize("relay", ["seperti dilaporkan kantor berita resmi Iran, IRNA",
                                   "seperti dilansir kantor berita pemerintah Iran IRNA"])
def test_an_outlet_named_after_the_words_describing_it_relays_the_claim(relay):
    assert ("ISR", "IRNMED") in _reported(f"Israel menyerang Iran pada Jumat, {relay}.", "id", "19")


def test_a_relay_with_no_outlet_after_it_stays_unnamed():
    assert _reported("Israel dilaporkan menyerang Iran pada Jumat.", "id", "19") == [("ISR", None)]


@pytest.mark.parametrize("text, language", [
    ("Menteri Luar Negeri Rusia tidak mengatakan bahwa Ukraina menyerang Moskow.", "id"),
    ("Menteri Luar Negeri Rusia berbicara tanpa menyebutkan bahwa Ukraina menyerang Moskow.", "id"),
    ("Russia's foreign minister did not say that Ukraine attacked Moscow.", "en"),
])
def test_a_negated_verb_of_saying_claims_nothing(text, language):
    assert _reported(text, language, "19") == [("UKR", None)]
