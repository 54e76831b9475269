"""Indonesian intents and refusals (session 9): a cooperative act after a noun of readiness or plan, after a verb
of wanting, or after a refusal is the intent (03x) or the rejection (12x), not the act; on sentences written
for these tests."""

from warta.pipeline.pipeline import extract


def coded(text: str) -> list:
    return extract(text, language="id", published="2025-10-20").events


def events(text: str) -> set[tuple]:
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in coded(text)}


def test_a_noun_of_readiness_or_plan_makes_the_act_after_untuk_its_owners_intent():
    # "menyatakan kesiapan untuk V": the subject of the statement is the one ready
    assert events("Pemerintah Thailand menyatakan kesiapan untuk berunding dengan Kamboja.") == {
        ("THAGOV", "036", "KHM")}
    # the owner between the noun and "untuk"
    assert events("Niat Korea Utara untuk berdialog dengan Korea Selatan disampaikan lewat kantor berita.") == {
        ("PRK", "036", "KOR")}
    assert ("CHN", "036", "TWN") in events("Rencana China untuk menggelar pembicaraan dengan Taiwan mendapat tanggapan.")
    # the intent is expressed now
    assert [e.factuality for e in coded("Pemerintah Thailand menyatakan kesiapan untuk berunding dengan Kamboja.")] \
        == ["asserted"]


def test_a_willingness_word_over_a_light_verb_act_takes_that_acts_target():
    # "bersedia/kesediaan untuk memberikan bantuan kepada X": the aid's receiver is the target of the offer
    assert events("Pemerintah China bersedia memberikan bantuan kepada Pakistan.") == {("CHNGOV", "033", "PAK")}
    assert events("Pemerintah China menyatakan kesediaannya untuk memberikan bantuan kepada Pakistan.") == {
        ("CHNGOV", "033", "PAK")}


def test_a_verb_of_wanting_makes_its_subjects_cooperative_act_an_intent():
    assert events("Perdana Menteri India Narendra Modi ingin memperkuat hubungan dagang dengan Indonesia.") == {
        ("INDGOV", "030", "IDN")}
    # a planned trip stays a trip, in the future
    found = coded("Presiden Prabowo berencana mengunjungi Tokyo bulan depan.")
    assert [(e.code[:2], e.factuality) for e in found] == [("04", "future")]


def test_ending_a_war_others_fight_is_still_only_wished():
    # a third party's wish to end a war is no intent of its own to de-escalate
    assert not any(code.startswith("03") or code.startswith("08") for _, code, _ in events(
        "Pertemuan itu digelar setelah keinginan Presiden Brasil untuk mengakhiri perang Rusia-Ukraina."))


def test_a_refused_cooperative_act_is_the_rejection_of_that_act():
    # "enggan V": reluctance to withdraw is refusing to de-escalate (1246), made when said
    found = coded("Rusia enggan menarik pasukannya dari wilayah Ukraina.")
    assert [(e.source.code, e.code, e.target.code, e.factuality) for e in found] == [
        ("RUS", "1246", "UKR", "asserted")]
    # a negated will: "tidak mau bertemu" rejects a meeting (125)
    assert events("Presiden Zelensky tidak mau bertemu dengan Presiden Putin di Moskow.") == {
        ("UKRGOV", "125", "RUSGOV")}
    # "menolak untuk V": the act refused is aimed at whom it would be, and is coded once
    assert events("Junta Myanmar menolak untuk bekerja sama dengan ASEAN.") == {("MMRGOV", "120", "IGOSEAASN")}
    # the plain willingness still offers
    assert events("Presiden Zelensky bersedia bertemu dengan Presiden Putin.") == {("UKRGOV", "036", "RUSGOV")}
