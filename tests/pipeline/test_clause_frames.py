"""Indonesian clause structure: passives without "oleh", relative clauses, and the wordy phrasing of
machine translation, on sentences written for these tests."""

from warta.pipeline.pipeline import extract


def triples(text: str, language: str = "id") -> set[tuple]:
    result = extract(text, language=language, published="2025-06-02")
    return {(e.source.code, e.code[:2], e.target.code if e.target else None) for e in result.events}


def test_a_thing_reacted_to_in_the_passive_stands_for_whoever_put_it_forward():
    # "N yang di-V X di-V Y": Y reacts to what X proposed, even when N is no event noun
    assert ("RUS", "12", "FRA") in triples("Draf resolusi yang diajukan Prancis diveto Rusia.")
    assert ("ISR", "12", "EGY") in triples("Rencana damai yang disusun Mesir ditolak oleh Israel.")


def test_a_decision_of_someone_after_dari_is_theirs_to_carry_out():
    # "keputusan dari X untuk V": X does V, as in "keputusan X untuk V"
    found = triples("Ini adalah keputusan dari pemerintah Jepang untuk memberikan bantuan kemanusiaan kepada Filipina.")
    assert ("JPNGOV", "07", "PHL") in found
