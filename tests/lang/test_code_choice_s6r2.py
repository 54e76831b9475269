"""Indonesian code choice: which CAMEO code a found predicate gets, and whether a code that needs no target
stands without one. Sentences written for these tests."""

from warta.pipeline.pipeline import extract


def _events(text: str) -> set[tuple]:
    result = extract(text, language="id", published="2026-03-02")
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in result.events}


def test_rubber_bullets_at_a_crowd_are_repression_not_an_armed_attack():
    found = _events("Polisi Kenya menembakkan peluru karet ke mahasiswa di Nairobi.")
    assert any(src == "KENCOP" and code == "175" for src, code, _ in found)
    assert not any(code.startswith("19") for _, code, _ in found)


def test_missiles_fired_at_a_place_stay_an_attack():
    found = _events("Tentara Israel menembakkan rudal ke Gaza.")
    assert ("ISRMIL", "190", "PSE") in found


def test_a_denial_with_no_accuser_named_stands_alone():
    found = _events("Pemerintah Malaysia membantah terlibat dalam penyelundupan senjata itu.")
    assert ("MYSGOV", "016", None) in found


def test_a_denial_told_with_and_without_its_target_is_one_event():
    text = ("Polisi Chile Bantah Tangkap Wartawan Argentina\n\n"
            "Kepolisian Chile membantah menangkap seorang wartawan Argentina di Santiago pada Minggu. "
            "Kepolisian Chile juga membantah kabar itu dalam jumpa pers.")
    denials = [e for e in extract(text, language="id", published="2026-03-02").events if e.code == "016"]
    assert len(denials) == 1
    assert denials[0].target is not None


def test_an_accusation_read_as_denied_needs_its_target():
    # the owner of the accusation is the accuser, never the denier: no untargeted denial by it
    found = _events("Myanmar membantah tuduhan lama Bangladesh soal pengungsi.")
    assert not any(src.startswith("BGD") and code == "016" for src, code, _ in found)


def test_an_accusation_with_a_that_clause_is_aimed_at_its_subject():
    found = _events("PBB menuduh bahwa Rwanda mendukung pemberontak di Kongo.")
    assert ("IGOUNO", "112", "RWA") in found


def test_finding_evidence_that_someone_did_wrong_is_an_accusation():
    found = _events("Amnesty International menemukan bukti kuat bahwa militer Myanmar membakar desa-desa.")
    assert any(code == "112" and tgt == "MMRMIL" for _, code, tgt in found)


def test_finding_evidence_with_no_one_blamed_is_no_event():
    assert _events("Polisi menemukan bukti baru di lokasi kejadian.") == set()


def test_reluctant_to_comment_is_declining_to_comment_in_either_verb_form():
    assert any(code == "011" for _, code, _ in _events("Juru bicara Kremlin enggan mengomentari rencana itu."))
    assert any(code == "011" for _, code, _ in _events("Kementerian Luar Negeri Jepang enggan berkomentar."))


def test_demanding_or_asking_a_resignation_with_mengundurkan_diri_is_coded_as_the_demand():
    assert ("PEREDU", "1041", "PERGOV") in _events("Mahasiswa Peru menuntut presiden mengundurkan diri.")
    assert ("SRBCVL", "0241", "SRBGOV") in _events("Para demonstran meminta Presiden Serbia mengundurkan diri.")


def test_refusing_to_resign_is_no_resignation():
    assert not any(code == "0831" for _, code, _ in _events("Presiden Peru menolak mengundurkan diri."))
