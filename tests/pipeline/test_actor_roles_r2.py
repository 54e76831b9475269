"""Role-word actors, unknown people with a role and headline actors, on sentences written for these tests."""

from warta.pipeline.pipeline import extract, load_pipeline
from warta.records import Article


def codes(text: str, published: str = "2025-06-02") -> list[str | None]:
    nlp = load_pipeline("id")
    doc = nlp.make_doc(Article("t", text, "id", published))
    nlp.components[0](doc)
    return [m.code for s in doc.sentences for m in doc.actors.get(s.index, [])]


def triples(text: str, published: str = "2025-06-02") -> set[tuple]:
    result = extract(text, language="id", published=published)
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None)
            for e in result.events}


def test_a_bare_former_official_belongs_to_the_articles_country():
    # "mantan menteri" with no country named: a former official (ELI) of the country the article is about
    assert "IDNELI" in codes("Kejaksaan memeriksa seorang mantan menteri kemarin.")
    assert ("IDNJUD", "173", "IDNELI") in triples("KPK menahan mantan menteri itu di Jakarta.")
    assert "IDNELI" in codes("KPK Tahan Mantan Menteri Perikanan di Jakarta")


def test_counted_unnamed_people_are_civilians_of_the_place():
    # "N orang" after a verb: unnamed people, civilians of the country named last
    assert ("MYSCOP", "173", "MYSCVL") in triples("Polisi Malaysia menangkap tiga orang di sebuah gudang.")
    # a longer role phrase still wins over the bare word
    assert "IDNUAF" in codes("Sekelompok orang bersenjata menyerang pos desa itu.")


def test_a_role_word_right_before_a_place_takes_the_places_country():
    # "pemerintah provinsi <province>": the province's country, not the country named earlier
    text = "Duta Besar Korea Selatan menyerahkan bantuan kepada pemerintah Provinsi Bali."
    assert ("KORGOV", "070", "IDNGOV") in triples(text)


def test_bare_victims_belong_to_the_country_that_was_struck():
    found = triples("Pasukan Rusia menyerang Ukraina timur dan menewaskan lima warga.")
    assert any(c.startswith("19") and t == "UKRCVL" for _, c, t in found)
    assert not any(t == "RUSCVL" for _, _, t in found)


def test_bare_environmental_activists_take_the_articles_country():
    assert "IDNENV" in codes("Pengadilan membebaskan dua aktivis lingkungan pekan lalu.")


def test_a_bare_role_word_takes_the_country_ending_its_noun_phrase():
    # "nakhoda kapal ikan <country>": the master of that country's fishing boat
    found = codes("Penjaga pantai Malaysia menahan nakhoda kapal ikan Thailand di perairan Kedah.")
    assert "THACVL" in found and "MYSCVL" not in found


def test_a_title_before_a_national_force_keeps_the_forces_country():
    # "Panglima" + the Indonesian armed forces' acronym: Indonesian, even in an article about another country
    assert codes("Panglima TNI bertemu dengan Kepala Angkatan Bersenjata Filipina di Manila.")[:2] == \
        ["IDNMIL", "PHLMIL"]


def test_a_role_word_after_an_office_owns_it():
    # "kantor partai", "markas polisi": the party's office, the police headquarters, not a description
    assert "IDNCOP" in codes("Massa menyerang markas polisi di Wamena.")
    assert any(t == "IDNPTY" for _, _, t in triples("Para demonstran membakar kantor partai di Medan."))


def test_possessive_anaphors_refer_to_the_actor_named_before():
    # "negaranya" (his country): the country of the titled person before it; "kelompoknya": his group
    assert codes("Menteri Luar Negeri Peru, Ana Torres, menyatakan negaranya akan mengecam Chile.")[:2] == \
        ["PERGOV", "PER"]
    assert codes("Juru bicara Hamas, Ali Karim, mengatakan kelompoknya siap berunding.")[:2] == \
        ["PSEREBHMS", "PSEREBHMS"]


def test_a_spokesman_of_an_armed_wing_speaks_for_the_movement():
    assert codes("Juru bicara sayap militer Hamas, Ali Karim, mengatakan kelompoknya siap berunding.")[0] == \
        "PSEREBHMS"
