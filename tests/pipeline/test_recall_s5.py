"""Indonesian recall: constructions the coder used to miss, on sentences written for these tests."""

from warta.pipeline.pipeline import extract


def triples(text: str) -> set[tuple]:
    result = extract(text, language="id", published="2025-06-02")
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in result.events}


def test_a_denied_report_or_claim_is_a_denial_towards_its_owner():
    # "membantah/menyangkal N X" (N a report, claim, finding): the denial answers X, whose words they were
    assert ("KHMGOV", "016", "IGOUNO") in triples("Pemerintah Kamboja membantah laporan PBB.")
    assert ("KHMGOV", "016", "THA") in triples("Pemerintah Kamboja membantah klaim Thailand.")
    assert ("KHMGOV", "016", "NGOHRI") in triples("Pemerintah Kamboja menyangkal temuan Human Rights Watch.")
    # an accusation still makes its owner the accuser as before
    assert ("THA", "112", "KHMGOV") in triples("Pemerintah Kamboja membantah tudingan Thailand.")
