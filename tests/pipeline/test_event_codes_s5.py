"""Indonesian CAMEO roots: which code a sentence gets, on sentences written for these tests."""

from warta.pipeline.pipeline import extract


def triples(text: str) -> set[tuple]:
    result = extract(text, language="id", published="2025-06-02")
    return {(e.source.code, e.code, e.target.code if e.target else None) for e in result.events}


def test_declining_comment_and_claiming_responsibility_need_no_target():
    # 011 and 015 are statements of the source alone: kept without an addressee
    assert ("MYSGOV", "011", None) in triples("Pemerintah Malaysia menolak berkomentar tentang kasus itu.")
    assert ("IRNMIL", "015", None) in triples("Militer Iran mengaku bertanggung jawab atas ledakan di pelabuhan.")
    # a code that needs a target is still dropped without one
    assert triples("Pemerintah Malaysia menolak usulan itu.") == set()


def test_an_act_denied_right_after_the_verb_of_denial_is_a_denial():
    # "membantah/menyangkal (terlibat dalam) ACT": a denial about the act (016), towards its target
    found = triples("Vietnam membantah terlibat dalam serangan terhadap Kamboja.")
    assert ("VNM", "016", "KHM") in found and not any(c == "190" for _, c, _ in found)
    assert ("VNM", "016", "KHM") in triples("Vietnam menyangkal menyerang Kamboja.")
    # the act itself, and a "bahwa" clause with its own subject, stay the act
    assert ("VNM", "190", "KHM") in triples("Vietnam menyerang Kamboja.")
    # "pasukannya": the denier's own troops (VNMMIL), the act still Vietnam's at L1
    assert ("VNMMIL", "190", "KHM") in triples("Vietnam membantah bahwa pasukannya menyerang Kamboja.")


def test_the_act_an_ultimatum_demands_has_not_happened():
    # "memberi ultimatum kepada X untuk ACT": the ultimatum (139) is the event, not the act it asks for
    found = triples("Turki memberikan ultimatum kepada Yunani untuk membebaskan para nelayan.")
    assert ("TUR", "139", "GRC") in found and not any(c.startswith("084") for _, c, _ in found)
    # a warning about another's threat keeps that threat
    assert ("RUS", "130", "FIN") in {(s, c[:3], t) for s, c, t in
                                     triples("Presiden Swedia memperingatkan ancaman Rusia terhadap Finlandia.")}


def test_a_blockade_lifted_on_what_goes_to_a_place_is_eased_for_that_place():
    # "mencabut/melonggarkan blokade N ke X": the blockade was on X (0872)
    assert ("EGY", "0872", "PSE") in triples("Mesir mencabut blokade bantuan ke Gaza.")
    assert ("EGY", "0872", "LBY") in triples("Mesir melonggarkan blokade bahan bakar ke Libya.")


def test_corruption_or_war_crimes_investigated_at_a_body_or_place_name_it():
    # "menyelidiki (dugaan) korupsi/kejahatan perang di X": X is what is investigated
    assert ("IDNJUD", "091", "IDNGOV") in triples("KPK menyelidiki dugaan korupsi di Kementerian Agama.")
    assert ("IGOUNO", "094", "MMR") in triples(
        "PBB membentuk tim untuk menyelidiki dugaan kejahatan perang di Myanmar.")


def test_an_act_only_wished_for_is_no_event():
    # "keinginan/niat X untuk ACT": the act is wished, not done
    found = triples("Pertemuan itu digelar setelah keinginan Presiden Prancis untuk mengakhiri perang Rusia-Ukraina.")
    assert not any(c.startswith("087") for _, c, _ in found)
    # the act done, and an act after the "untuk" of a deployment, stay events
    assert ("FRAGOV", "087", "UKR") in triples("Presiden Prancis mengakhiri perang Ukraina.")
    assert ("RUS", "190", "UKR") in triples("Rusia mengirim pasukan untuk menyerang Ukraina.")


def test_the_aim_of_talks_is_no_event():
    # "negosiasi/perundingan untuk ACT": what the talks are meant to reach has not happened
    found = triples("Presiden Prancis membuka jalur negosiasi untuk mengakhiri perang Ukraina.")
    assert not any(c.startswith("087") for _, c, _ in found)


def test_cooperating_by_doing_an_act_together_is_material_cooperation():
    # "bekerja sama (untuk) menangkap/menyerang ...": law-enforcement (063) or military (062) cooperation
    assert ("MYSCOP", "063", "THACOP") in triples(
        "Polisi Malaysia dan Thailand bekerja sama menangkap penyelundup narkoba.")
    assert ("MYSMIL", "062", "THAMIL") in triples(
        "Militer Malaysia dan Thailand bekerja sama untuk menyerang kelompok pemberontak.")
    # cooperation of no stated kind stays 050
    assert ("MYS", "050", "THA") in triples("Malaysia bekerja sama dengan Thailand.")
    assert ("MYS", "050", "THA") in triples("Malaysia dan Thailand bekerja sama memperkuat hubungan.")
