"""Attribution rules of the seventh session (test sentences written by the team)."""

import pytest

import warta


def _reported(text: str, root: str, language: str = "id"):
    result = warta.extract(text, language=language, published="2025-06-02")
    return [(e.source.code, e.reported_by.code if e.reported_by else None)
            for e in result.events if e.code.startswith(root)]


@pytest.mark.parametrize("text, root, doer", [
    (("Indonesia mengecam Israel atas serangan di Gaza pada Senin. "
     "Polisi Indonesia mengatakan bahwa unjuk rasa di Jakarta berlangsung damai."), "11", "IDN"),
    (("Malaysia mendesak Myanmar menghentikan kekerasan di Rakhine. "
     "Seorang warga Malaysia mengatakan bahwa bantuan sudah dikirim ke pengungsi."), "02", "MYS"),
])
def test_a_bare_countrys_speech_act_is_not_claimed_by_its_police_or_citizens(text, root, doer):
    # a country speaks through its government: its police or a citizen speaking elsewhere is no account of it
    assert _reported(text, root) == [(doer, None)]


def test_a_bare_countrys_speech_act_is_claimed_by_its_government_speaking():
    text = ("Indonesia mengecam Israel atas serangan di Gaza pada Senin. "
            "Menteri Luar Negeri Indonesia mengatakan bahwa serangan itu melanggar hukum internasional.")
    assert _reported(text, "11") == [("IDNGOV", "IDNGOV")]


@pytest.mark.parametrize("text, root, source, speaker", [
    (("Kepala Kepolisian Indonesia menyatakan ketika pasukan tiba di lokasi, kelompok separatis sudah membakar "
     "sekolah."), "17", "IDNSEP", "IDNCOP"),
    ("Menteri Pertahanan Rusia menyatakan setelah Ukraina menyerang Kursk, pasukan Rusia membalas.", "19", "UKR",
     "RUSGOV"),
])
def test_a_fronted_clause_after_a_verb_of_stating_opens_the_reported_clause(text, root, source, speaker):
    # "menyatakan" may take a noun object ("menyatakan dukungan"), but a subordinator after it opens a clause
    assert (source, speaker) in _reported(text, root)


@pytest.mark.parametrize("text, root, source, speaker", [
    (("Juru bicara militer Israel berbicara di Tel Aviv. Israel, katanya, akan terus menyerang Gaza sampai Hamas "
     "menyerah."), "19", "ISR", "ISRMIL"),
    (("Menteri Luar Negeri Indonesia berbicara kepada wartawan di Jakarta. Pemerintah Indonesia, kata dia, mendukung "
     "langkah Malaysia mengusir diplomat Myanmar."), "05", "IDNGOV", "IDNGOV"),
])
def test_a_frame_inserted_after_the_subject_claims_the_clause_it_interrupts(text, root, source, speaker):
    # "X, kata dia, VERB ...": the cue stands between the subject and its predicate
    assert (source, speaker) in _reported(text, root)


def test_a_frame_after_a_full_clause_does_not_claim_what_follows_the_speaker():
    text = "Israel menyerang Gaza pada Senin, kata Menteri Luar Negeri Indonesia, di sela pertemuan di Jakarta."
    assert _reported(text, "19") == [("ISR", "IDNGOV")]


@pytest.mark.parametrize("text, outlet", [
    ("Pasukan Israel menyerang Gaza pada Senin, kata sumber keamanan kepada Reuters.", "GBRMED"),
    ("Pasukan Israel menyerang Gaza pada Senin, kata seorang sumber di kementerian kepada AFP.", "FRAMED"),
])
def test_an_unnamed_source_after_the_clause_is_relayed_by_the_outlet_it_told(text, outlet):
    # ANNOTATION: an unnamed source gives null, a named outlet relaying it gives the outlet
    assert _reported(text, "19") == [("ISRMIL", outlet)]


def test_a_named_speaker_after_the_clause_stays_the_source_of_the_claim_it_told_an_outlet():
    text = "Pasukan Israel menyerang Gaza pada Senin, kata Kementerian Kesehatan Palestina kepada AFP."
    assert ("ISRMIL", "PSEGOV") in _reported(text, "19")


@pytest.mark.parametrize("text, speaker", [
    ("Israeli jets struck Gaza overnight, two security sources told Reuters.", "GBRMED"),
    ("Israeli jets struck Gaza overnight, the Palestinian health ministry told AFP.", "PSEGOV"),
    ("Israel's defence minister spoke on Monday. Israeli jets struck Gaza overnight, he told Reuters.", "ISRGOV"),
])
def test_a_clause_then_its_teller_addressing_an_outlet(text, speaker):
    # the teller's claim (the outlet is no actor of it), or the outlet's when the teller is unnamed
    assert _reported(text, "19", "en") == [("ISR", speaker)]


def _quotes(text: str, language: str = "id"):
    result = warta.extract(text, language=language, published="2025-06-02")
    return [(q.text, q.speaker.code if q.speaker else None) for q in result.quotes]


@pytest.mark.parametrize("text", [
    ("Presiden Rusia berbicara di Moskow. Usai bertemu Presiden Tiongkok, Presiden Rusia berkata, “Kami akan terus "
    "bekerja sama dengan Tiongkok.”"),
    ("Presiden Rusia berbicara di Moskow. Saat menyinggung NATO, Presiden Rusia mengatakan: “Kami akan terus "
    "bekerja sama dengan Tiongkok.”"),
])
def test_a_verb_of_saying_after_a_fronted_clause_opens_the_quote_after_it(text):
    # "..., X berkata, “...”": not a post-posed "X said" closing the fronted clause before it
    assert _quotes(text) == [("Kami akan terus bekerja sama dengan Tiongkok.", "RUSGOV")]


@pytest.mark.parametrize("text, language, words, speaker", [
    ("Menteri Luar Negeri Tiongkok menilai langkah Filipina “sangat berbahaya bagi perdamaian kawasan.”", "id",
     "sangat berbahaya bagi perdamaian kawasan.", "CHNGOV"),
    ("Kantor berita Xinhua menyebut latihan militer itu sebagai “ancaman nyata bagi seluruh kawasan.”", "id",
     "ancaman nyata bagi seluruh kawasan.", "CHNMED"),
    ("China's foreign ministry called the Philippine move “a dangerous provocation in the region.”", "en",
     "a dangerous provocation in the region.", "CHNGOV"),
])
def test_words_quoted_after_a_verb_of_naming_are_its_subjects(text, language, words, speaker):
    # "X menilai Y “...”", "X menyebut Y sebagai “...”", "X called Y “...”": what X says of Y
    assert _quotes(text, language) == [(words, speaker)]


@pytest.mark.parametrize("text, speaker", [
    (("Amerika Serikat menuduh Kanada gagal menghentikan narkoba, sebuah argumen yang disebut Perdana Menteri Kanada "
     "“sama sekali tidak masuk akal.”"), "CANGOV"),
    ("Keputusan itu dinilai Menteri Luar Negeri Tiongkok “sangat berbahaya bagi perdamaian kawasan.”", "CHNGOV"),
    ("Keputusan itu disebut “sangat berbahaya bagi perdamaian kawasan.”", None),
])
def test_words_quoted_after_a_passive_verb_of_naming_are_its_agents(text, speaker):
    # "yang disebut X “...”": the agent right after the passive verb; with none, no one is named
    assert [s for _, s in _quotes(text)] == [speaker]
