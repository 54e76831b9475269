"""A number word before the object noun ("mengebom tiga pabrik senjata X") is a count like a digit: it
does not push the object's country out of reach. Sentences written for these tests."""

from warta.pipeline.pipeline import extract


def triples(text: str, published: str = "2025-06-02") -> set[tuple]:
    result = extract(text, language="id", published=published)
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in result.events}


def test_a_spelled_out_count_before_a_two_word_noun_keeps_the_target():
    assert ("DEU", "195", "SYR") in triples("Jerman mengebom dua kilang minyak Suriah kemarin.")
    assert ("DEU", "195", "SYR") in triples("Jerman mengebom dua kilang minyak Suriah.")


def test_a_headline_bare_verb_with_a_counted_object():
    # headline style: a bare verb, a capitalised count and a two-word noun before the owner's country
    assert ("DEU", "195", "SYR") in triples("Jerman Bom Tiga Pabrik Senjata Suriah")


def test_an_event_noun_before_a_count_is_still_the_object():
    # "menyambut baik pembebasan dua ...": the event noun is the object, and its doer (after "oleh") is
    # the target, not the counted people inside it
    found = triples("Australia menyambut baik pembebasan dua wartawan Australia oleh pemerintah Myanmar.")
    assert ("AUS", "051", "MMRGOV") in found
    assert ("AUS", "051", "AUSMED") not in found


def test_the_owner_of_a_rejected_peace_plan_is_the_target():
    # "menolak usulan damai X": the plan's owner, named right after it, is whom the rejection answers
    assert ("PSEREBHMS", "127", "ISR") in triples("Hamas menolak usulan damai Israel.")
    assert ("RUS", "127", "UKR") in triples("Rusia menolak rencana perdamaian Ukraina.")


def test_a_verb_of_disapproval_closing_its_clause_answers_the_act_before_it():
    # "X does something, Y protests": the protest with no object is aimed at the doer of the act before it
    assert ("JPN", "111", "PRK") in triples("Korea Utara Uji Rudal, Jepang Protes")
    assert ("JPN", "111", "PRK") in triples("Korea Utara menguji rudal, Jepang memprotes.")
    # not across sentences, and never at the protester's own side
    assert not any(t == "PRK" for _, c, t in triples("Korea Utara menguji rudal. Jepang memprotes.") if c == "111")


def test_sending_warships_of_a_named_class_is_a_deployment():
    # aircraft carriers, destroyers, submarines and fighter aircraft sent or deployed: a 154 deployment
    assert ("GBR", "154", None) in triples("Inggris mengerahkan kapal selam ke Atlantik Utara.")
    assert ("FRA", "154", "POL") in triples("Prancis mengirim pesawat tempur ke Polandia.")
    assert any(s == "USAMIL" and c == "154" for s, c, _ in triples("Pentagon mengirim tiga kapal perusak ke sana."))
