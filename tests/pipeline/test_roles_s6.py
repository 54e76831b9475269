"""Role codes of actors already found (issue #12, L2): which role and whose country, on sentences written
for these tests."""

from test_actor_roles_r2 import codes, triples  # the same probes: actor codes, (source, code, target)

from warta.pipeline.pipeline import extract


def test_a_place_after_a_title_is_the_seat_of_the_office():
    # "Gubernur <province>", "Kapolda <province>", "Wali Kota <city>": the office of that place, whose
    # country it is, even when another country was named first; the place is no person's name
    assert codes("Investor Jepang meminta kepastian kepada Gubernur Sulawesi Utara.") == ["JPNBUS", "IDNGOV"]
    assert codes("Investor Jepang meminta kepastian kepada Kapolda Jawa Timur.") == ["JPNBUS", "IDNCOP"]
    assert ("JPNGOV", "040", "IDNGOV") in triples("Duta Besar Jepang bertemu dengan Gubernur Jawa Barat di Bandung.")
    # the holder's name may follow the place
    assert codes("Pengusaha Korea Selatan menemui Wali Kota Surabaya Andi Wiratama.") == ["KORBUS", "IDNGOV"]


def test_the_unnamed_doer_of_a_passive_charge_or_trial_is_the_courts():
    # arrests go to the police, but charging, trying and jailing to the courts and prosecutors
    assert ("IDNCOP", "173", "IDNOPP") in triples("Tiga aktivis ditangkap karena menghina presiden.")
    assert ("IDNJUD", "173", "IDNOPP") in triples("Tiga aktivis diadili karena menghina presiden.")
    assert ("IDNJUD", "173", "IDNELI") in triples("Mantan menteri itu didakwa menerima suap.")
    assert ("MMRJUD", "173", "MMRMED") in triples("Dua jurnalis Myanmar dipenjara selama tujuh tahun.")
    english = extract("Three Malaysian activists were charged with sedition.", language="en", published="2025-06-02")
    assert [(e.source.code, e.code) for e in english.events] == [("MYSJUD", "173")]


def test_the_unnamed_doer_of_a_passive_arrest_is_of_the_place_named_after_it():
    # foreigners arrested "di <place>": that place's police, not their own country's
    assert ("IDNCOP", "173", "MYSCVL") in triples("Tiga warga Malaysia ditangkap di Jakarta.")
    assert ("MYSCOP", "173", "IDNCVL") in triples("Dua warga Indonesia ditangkap di Johor Bahru karena membawa narkoba.")
    # a court named as the place: that country's courts
    assert ("USAJUD", "173", "MEXGOV") in triples("Dua pejabat Meksiko itu didakwa di pengadilan Amerika Serikat bulan lalu.")


def test_smugglers_from_a_country_are_that_countrys():
    # "penyelundup (narkoba) dari X" inside a clause: criminals who come from X, not of the agent's country
    assert codes("Polisi Malaysia menangkap dua penyelundup dari Indonesia.") == ["MYSCOP", "IDNCRM"]
    assert ("USAMIL", "1712", "COLCRM") in triples("Militer AS menghancurkan kapal penyelundup narkoba dari Kolombia.")
    # troops "dari X" after a verb of moving stay the agent's own
    assert "SYRMIL" not in codes("Turki menarik pasukannya dari Suriah.")


def test_leaders_of_a_region_are_the_regions_bloc():
    # "pemimpin Eropa/Barat": the region's code (EUR, WST), not a person named "Eropa" of the article's country
    assert ("EUR", "111", "RUS") in triples("Para pemimpin Eropa mengecam serangan Rusia terhadap Kyiv.")
    assert ("UKRGOV", "040", "EUR") in triples("Zelensky akan bertemu dengan para pemimpin Eropa di Brussel.")
    assert ("WST", "111", "IRN") in triples("Pemimpin Barat mengecam uji coba rudal Iran.")


def test_an_organisation_after_hostages_or_victims_holds_or_harmed_them():
    # "sandera Hamas", "tahanan KPK", "korban KKB": not the organisation's members, and it is an actor too
    assert codes("Polisi memeriksa tiga tahanan KPK.") == ["IDNCOP", "IDNCVL", "IDNJUD"]
    assert codes("Keluarga korban KKB meminta pemerintah bertindak tegas.") == ["IDNCVL", "IDNSEP", "IDNGOV"]
    assert "PSEREBHMS" not in codes("Israel menuntut pembebasan sandera Hamas.")[1:2]
    # members of an organisation still take its code
    assert codes("Juru bicara Hamas menolak tuduhan itu.")[0] == "PSEREBHMS"


def test_the_people_after_a_force_name_whose_force_it_is():
    # "Tentara Rakyat", "Pasukan Rakyat X": an army, not civilians
    assert codes("Pasukan Rakyat Vietnam menggelar latihan bersama.") == ["VNMMIL"]
    assert codes("Tentara Rakyat Korea menembakkan rudal.")[0].endswith("MIL")


def test_a_country_speaks_through_its_government_where_the_government_speaks():
    text = ("Malaysia Kecam Myanmar. Kementerian Luar Negeri Malaysia menyatakan keprihatinan atas kekerasan "
            "terhadap warga sipil. Malaysia juga mengirim bantuan ke Myanmar.")
    found = triples(text)
    # the headline's condemnation is the ministry's, one actor with it
    assert ("MYSGOV", "111", "MMR") in found and ("MYS", "111", "MMR") not in found
    # a deed stays the country's
    assert ("MYS", "070", "MMR") in found
    # a government cited as the source of a claim speaks too
    cited = "Rusia mengecam sanksi baru Uni Eropa. Menurut Kementerian Luar Negeri Rusia, sanksi itu melanggar hukum."
    assert ("RUSGOV", "111", "IGOEUREEC") in triples(cited)
    # with no government of the country speaking, the country stays bare
    assert ("RUS", "111", "IGOEUREEC") in triples("Rusia mengecam sanksi baru Uni Eropa.")


def test_a_titled_name_in_apposition_takes_the_country_of_the_office_before_it():
    # "Juru bicara militer X, <rank> <name>,": the spokesman, X's, even where another country is named more
    text = ("Juru bicara militer Thailand, Mayor Jenderal Surasak Wongdee, menuduh Kamboja melanggar gencatan "
            "senjata. Surasak mengatakan pasukan Kamboja menembakkan roket.")
    assert codes(text) == ["THAMIL", "THAMIL", "KHM", "THAMIL", "KHMMIL"]


def test_an_office_with_its_seat_named_outranks_a_namesake_in_the_knowledge_base():
    # a common name the knowledge base holds for a minister: after "Kapolda <province>" it is the police
    # chief of that province, a namesake, not the minister
    assert codes("Kapolda Jawa Timur Budi Santoso menahan tiga tersangka.")[:1] == ["IDNCOP"]
    # with no office before it the knowledge base's person keeps his own office
    assert codes("Budi Santoso membuka pameran dagang itu.")[:1] == ["IDNGOV"]
