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


def test_hoping_or_wanting_to_talk_or_settle_with_someone_is_an_intent():
    # "berharap/ingin (dapat) berdialog/bertemu dengan X": an intent to meet or negotiate (036);
    # "... menyelesaikan sengketa/konflik dengan X": an intent to settle the dispute (037)
    assert ("THA", "036", "KHM") in triples("Thailand berharap dapat berdialog dengan Kamboja.")
    assert ("KHMGOV", "036", "THAGOV") in triples("Presiden Kamboja ingin bertemu dengan Presiden Thailand.")
    assert ("VNM", "037", "MYS") in triples("Vietnam berharap dapat menyelesaikan sengketa dengan Malaysia.")
    assert ("VNM", "037", "MYS") in triples("Vietnam ingin menyelesaikan konflik dengan Malaysia secara damai.")
    # hoping that another side acts stays an appeal to it; talks held are talks
    # the hoped-for act names the appeal's kind once an adverb between no longer hides it (release: 0253)
    assert ("VNM", "0253", "MYS") in triples("Vietnam berharap Malaysia segera membebaskan nelayannya.")
    assert ("THA", "040", "KHM") in triples("Thailand berdialog dengan Kamboja.")


def test_a_threat_of_tariffs_or_of_staying_away_names_its_target_like_the_act():
    # "ancam tarif ... untuk/pada barang/impor (dari) X": the tariff's target is the threat's target
    assert ("JPN", "1312", "KOR") in triples("Jepang ancam tarif 30% untuk semua barang Korea Selatan.")
    assert ("JPN", "1312", "KOR") in triples("Jepang mengancam akan mengenakan tarif pada impor dari Korea Selatan.")
    # "mengancam tidak (akan) hadir/datang dalam/ke KTT X": a threatened boycott of the host
    assert ("MMRMIL", "1312", "IGOSEAASN") in triples("Junta militer Myanmar mengancam tidak akan datang ke KTT ASEAN.")
    # merely staying away is no event
    assert triples("Presiden Kamboja tidak hadir dalam KTT ASEAN.") == set()


def test_missiles_fired_at_ships_in_a_sea_are_an_attack_not_a_test():
    # "menembakkan rudal ke kapal X di Laut ...": the ships are hit; only "ke laut/perairan" is a test
    found = triples("Kelompok Houthi menembakkan rudal ke kapal-kapal Amerika Serikat di Laut Merah.")
    assert ("YEMREB", "190", "USA") in found and not any(c == "150" for _, c, _ in found)
    assert ("PRK", "150", None) in triples("Korea Utara menembakkan rudal balistik ke perairan Jepang.")
    # "ke arah laut/perairan", towards the sea, is the same test firing
    assert ("PRK", "150", None) in triples("Korea Selatan melaporkan Korea Utara menembakkan dua rudal ke arah laut lepas.")


def test_a_coordinated_phrase_repeating_the_preposition_names_a_further_target():
    # "V N pada X dan M pada Y" (the verb left out of the second phrase): Y is a target too
    found = triples("Jepang mengenakan tarif 20% pada impor dari Korea Selatan dan 10 persen pada "
                    "barang-barang dari China.")
    assert {("JPN", "163", "KOR"), ("JPN", "163", "CHN")} <= found
    # a second verb of its own keeps its own target
    found = triples("Presiden Kamboja bertemu dengan Presiden Thailand dan berbicara dengan Perdana Menteri Vietnam.")
    assert ("KHMGOV", "040", "THAGOV") in found and ("KHMGOV", "040", "VNMGOV") in found


def test_an_attack_that_kills_names_its_victims_as_the_target():
    # "Serangan X menewaskan/melukai N warga Y": the attack noun is the subject of a verb of killing;
    # its object is who the attack hit
    assert ("RUS", "190", "UKRCVL") in triples("Serangan Rusia menewaskan 10 warga sipil Ukraina.")
    found = triples("Serangan drone Rusia melukai lima warga sipil Ukraina.")
    assert any(s == "RUS" and c[:2] == "19" and t == "UKRCVL" for s, c, t in found)


def test_caught_red_handed_names_the_one_arrested():
    # "menangkap tangan X" (operasi tangkap tangan): X is arrested; "tangan" is part of the verb, not X's hand
    assert ("IDNJUD", "173", "IDNGOV") in triples("KPK menangkap tangan Bupati Kolaka Timur.")
    assert ("IDNJUD", "173", "IDNGOV") in triples("Bupati Kolaka Timur ditangkap tangan oleh KPK.")


def test_burning_residents_homes_acts_on_the_residents():
    # "membakar rumah warga": the homes stand for the residents, like "kantor polisi" for the police
    assert ("IDNSEP", "1712", "IDNCVL") in triples("KKB membakar sejumlah rumah warga.")
    # a camp of refugees still describes a place, not the refugees as an actor
    assert ("ISR", "190", "PSE") in triples("Israel menyerang kamp pengungsi di Gaza.")


def test_reporting_someone_to_a_police_unit_or_oversight_body_is_a_complaint():
    # "melaporkan X ke Bareskrim/Kejaksaan/DKPP ...": a criminal or ethics complaint against X (115)
    assert ("IDNOPP", "115", "IDNGOV") in triples("Sejumlah aktivis melaporkan Gubernur Jawa Barat ke Bareskrim Polri.")
    # reporting news to an editor is no complaint
    assert triples("Wartawan melaporkan situasi di Gaza kepada redaksi.") == set()
