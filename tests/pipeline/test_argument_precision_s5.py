"""Indonesian argument selection and event filtering on real-news shapes: background clauses, the content
of someone's statement, generic and hypothetical subjects, on sentences written for these tests."""

from warta.pipeline.pipeline import extract, load_pipeline
from warta.records import Article


def triples(text: str, language: str = "id") -> set[tuple]:
    result = extract(text, language=language, published="2025-06-02")
    return {(e.source.code, e.code[:2], e.target.code if e.target else None) for e in result.events}


def actors(text: str) -> dict[str, str | None]:
    """The actors the actor finder resolves in a one-sentence text: text -> code."""
    pipeline = load_pipeline("id")
    doc = pipeline.make_doc(Article(id="t", text=text, language="id", published="2025-06-02"))
    pipeline.components[0](doc)
    return {m.text: m.code for m in doc.actors.get(0, [])}


def test_a_clause_opened_by_sejak_has_its_own_subject():
    # "A kacau sejak B meng-V C": B, not the main clause's A, did it; a bare role word after "sejak"
    # is the subject, not a noun it modifies
    found = triples("Bolivia bergolak sejak tentara menggulingkan presiden terpilih dalam kudeta.")
    assert ("BOLMIL", "18", "BOLGOV") in found
    assert not any(s == "BOL" for s, _, _ in found)
    assert ("IDNSEP", "19", "IDNMIL") in triples("KKB terus menyerang pasukan TNI sejak 2019.")


def test_both_sides_opening_a_sentence_are_the_pair_joined_just_before():
    # "... antara X dan Y. Kedua belah pihak saling V": the pair of the sentence before, not the two
    # actors the article names most
    found = triples("Rusia menuduh Prancis. Rusia mengecam Prancis lagi. Ketegangan meningkat akibat "
                    "perang antara Armenia dan Azerbaijan. Kedua belah pihak saling menyerang.")
    attacks = {(s[:3], t[:3]) for s, c, t in found if c == "19" and t}
    assert attacks and attacks <= {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_slogan_or_title_in_quotes_is_no_event():
    # "poster bertuliskan "V X"", "diskusi bertajuk "..."": written words, not acts of the bearer
    assert triples('Pengunjuk rasa di Bamako membawa spanduk bertuliskan "Hancurkan NATO" dan '
                   '"Usir Prancis dari Mali".') == set()
    assert triples('Mahasiswa menggelar diskusi bertajuk "Menolak Intervensi Asing" di Jakarta.') == set()
    assert ("MLICVL", "11", "IGOWSTNAT") in triples("Pengunjuk rasa di Bamako mengecam NATO.")
    assert triples('Students screened a documentary titled "Sanctions Against Cuba" in Havana.',
                   language="en") == set()


def test_an_agreement_whose_possibility_is_discussed_is_not_made():
    # "membahas kemungkinan/rencana N antara A dan B": the agreement is the topic of talks, not signed
    assert not any(c == "05" for _, c, _ in triples(
        "Pertemuan di Ankara itu membahas kemungkinan kesepakatan damai antara Armenia dan Azerbaijan."))
    assert not any(c == "06" for _, c, _ in triples(
        "Kedua menteri membahas rencana kerja sama militer antara Filipina dan Jepang."))
    # an agreement between two parties stated outright is still theirs
    assert ("ARM", "05", "AZE") in triples("Armenia dan Azerbaijan menandatangani kesepakatan damai di Washington.") or \
        ("AZE", "05", "ARM") in triples("Armenia dan Azerbaijan menandatangani kesepakatan damai di Washington.")


def test_a_pronoun_in_a_denied_accusation_is_the_one_who_denies():
    # "X membantah tuduhan Y bahwa mereka V Z": "mereka" is X, the accused, not Y named just before it
    found = triples("Uganda membantah tuduhan lama Sudan Selatan bahwa mereka mendukung pemberontak.")
    assert any(s == "UGA" and c == "05" for s, c, _ in found)
    assert not any(s == "SSD" and c == "05" for s, c, _ in found)
    found = triples("Presiden Uganda membantah tuduhan Presiden Sudan Selatan bahwa ia mendukung pemberontak.")
    assert any(s == "UGAGOV" and c == "05" for s, c, _ in found)


def test_bare_civilians_take_the_country_of_their_place_past_an_aside():
    # "N warga sipil, termasuk ..., di Provinsi P, C": the civilians are C's, the place unknown to the
    # gazetteer placed by the country after its comma
    found = triples("Serangan udara Rusia menewaskan sedikitnya lima warga sipil, termasuk seorang anak, "
                    "di Provinsi Sumy, Ukraina.")
    assert not any(t == "RUSCVL" for _, _, t in found)
    for text in ("Pasukan Azerbaijan menembak tiga warga sipil di Provinsi Syunik, Armenia.",
                 "Pasukan Azerbaijan menembak tiga warga sipil, termasuk seorang petani, di Provinsi Syunik, Armenia."):
        assert ("AZEMIL", "19", "ARMCVL") in triples(text)


def test_a_list_closed_by_its_coordinator_does_not_run_on_after_a_comma():
    # "... terhadap A dan B, C meng-V": C, right before the verb, is the subject, not the list before it
    found = triples("Berbicara sehari setelah Trump mengumumkan sanksi terhadap Brasil dan Kolombia, "
                    "Petro mengumumkan tarif atas impor AS.")
    assert ("COLGOV", "16", "USA") in found
    assert not any(s in ("BRA", "COL") for s, _, _ in found)


def test_a_place_of_another_actors_act_is_no_target():
    # "X meng-V ... sebagai balasan atas serangan Y di P": P is where Y struck, not what X hit
    found = triples("Milisi Hizbullah menembakkan roket ke arah kapal-kapal yang berlayar di perairan itu "
                    "sebagai balasan atas serangan Israel di Suriah.")
    assert not any(s == "LBNREB" and t == "SYR" for s, _, t in found)
    # the doer's own agent phrase does not block its place: "serangan udara X menewaskan ... di P"
    assert any(s == "RUS" and c == "19" and t and t.startswith("UKR") for s, c, t in triples(
        "Menurut pemerintah Ukraina, serangan udara Rusia menewaskan 12 orang di Kharkiv."))


def test_a_quotation_opened_after_a_comma_holds_no_argument_of_the_verb_before():
    # "X memperingatkan, “... bagi Y ...”": the quoted words are what was said, Y no addressee of X's
    found = triples('Juru bicara PBB memperingatkan, “Musim dingin akan berat bagi warga sipil di Gaza.”')
    assert not any(s == "IGOUNO" and t == "PSECVL" for s, _, t in found)
    # a quoted phrase inside the clause still leaves the target after it
    assert ("PRKGOV", "13", "KOR") in triples("Pemerintah Korea Utara mengancam “balasan keras” terhadap Korea Selatan.")


def test_reported_words_with_a_subject_of_their_own_do_not_fall_back_on_the_speaker():
    # "X mengungkapkan para pelaku/pihak-pihak tersebut ... saat melakukan aksi unjuk rasa": the
    # reported clause has its own (uncoded) subject; the speaker did not demonstrate
    for text in ("Kapolres Bogor mengungkapkan para pelaku datang tanpa kartu pengenal ketika menggelar unjuk rasa.",
                 "Kepala Polda Bali mengatakan kelompok-kelompok tersebut tidak terdaftar ketika berdemonstrasi."):
        assert not any(s.endswith("COP") for s, _, _ in triples(text))
    # with no subject of their own the speaker still acts in them
    assert any(s == "IRNGOV" and c == "13" for s, c, _ in triples(
        "Menteri Luar Negeri Iran mengatakan akan membalas jika Israel menyerang fasilitas nuklir."))


def test_the_object_of_a_verb_of_making_someone_act_is_the_subject_of_the_act():
    # "..., mendorong X untuk V Y": X does V, not the actor of the clause before
    found = triples("Ketegangan meningkat setelah milisi itu merebut kota Baidoa pada Sabtu, mendorong pihak "
                    "berwenang Somalia untuk mengusir duta besar Kenya.")
    assert ("SOMGOV", "16", "KENGOV") in found  # an ambassador is his government (CAMEO GOV)
    assert not any(s == "SOMUAF" and c == "16" for s, c, _ in found)


def test_dpr_in_a_story_about_another_country_is_that_countrys_house():
    # Indonesian news calls a foreign lower house "DPR" and a foreign Democratic Party "Partai Demokrat":
    # with nothing else naming Indonesia, they are the bodies of the country the story is about
    text = ("Presiden Amerika Serikat Donald Trump dimakzulkan oleh DPR pada Rabu waktu setempat, atau Kamis "
            "waktu Indonesia. Partai Demokrat menuduh Trump menghasut penyerbuan gedung Kongres AS. "
            "Senat AS akan menggelar sidang pekan depan.")
    found = triples(text)
    assert any(s == "USALEG" and c == "17" for s, c, _ in found)
    assert any(s == "USAPTY" and c == "11" for s, c, _ in found)
    assert not any(s.startswith("IDN") for s, _, _ in found)
    # in a story about Indonesia they stay Indonesia's
    found = triples("DPR mengkritik Presiden Prabowo Subianto soal anggaran. Partai Demokrat membela pemerintah.")
    assert any(s == "IDNLEG" and c == "11" for s, c, _ in found)


def test_a_relative_clause_in_an_earlier_clause_does_not_hide_a_later_subject():
    # "... menjadi “kota yang mati” setelah X merebutnya dari Y": "yang" belongs to the
    # quoted phrase; X, after "setelah", is the subject, not the speaker
    found = triples("PBB menyatakan bahwa Kadugli berubah menjadi “kota yang mati” setelah pasukan RSF "
                    "merebut kota itu dari tentara Sudan.")
    assert ("SDNUAF", "19", "SDNMIL") in found
    assert not any(s == "IGOUNO" and c == "19" for s, c, _ in found)


def test_in_an_accusation_the_accused_is_who_tries_or_wants_to_act():
    # "X menuduh Y berupaya/ingin meng-V Z": Y would do it, and it is not done yet
    result = extract("Bolivia menuduh Chili berupaya menggulingkan pemerintah La Paz.", language="id",
                     published="2025-06-02")
    coup = [e for e in result.events if e.code.startswith("18")]
    assert coup and all(e.source.code == "CHL" and e.factuality == "future" for e in coup)


def test_a_bare_armed_group_is_of_the_place_named_before_it():
    # "Konsulat X di Erbil diserang oleh milisi bersenjata": the militia is Iraq's, not the article's X
    found = triples("Konsulat Turki di Erbil diserang oleh milisi bersenjata dengan drone.")
    assert any(s == "IRQUAF" and c == "19" and t.startswith("TUR") for s, c, t in found)
    # a state's own forces keep their usual reading
    assert ("TURMIL", "19", "IRQ") in triples("Militer Turki menyerang sebuah desa di Irak utara.") or \
        any(s == "TURMIL" for s, _, _ in triples("Militer Turki menyerang sebuah desa di Irak utara."))


def test_domestic_security_actors_and_crowds():
    # a crowd named by the object word of a pattern keeps its own code ("membubarkan massa aksi")
    assert ("IDNCOP", "17", "IDNCVL") in triples("Aparat kepolisian membubarkan massa aksi di depan gedung DPR.")
    # the police task force in Papua is police
    assert ("IDNCOP", "17", "IDNSEP") in triples("Satgas Damai Cartenz menangkap dua anggota KKB di Intan Jaya.")
    # "operasi militer X": the role word is the pattern's adjective, the country the actor
    assert any(s == "TUR" for s, _, _ in triples("Operasi militer Turki menghantam markas PKK di Irak utara."))


def test_a_bare_role_after_an_event_noun_is_of_the_country_after_dari():
    # "serangan militer (langsung) dari X terhadap Y": X's forces attack, not the forces of the country
    # named in the sentence before
    found = triples("Militer Jepang bersiaga di Laut China Timur. Serangan militer langsung dari Korea Utara "
                    "terhadap Korea Selatan akan dibalas, kata pejabat Jepang.")
    assert ("PRKMIL", "19", "KOR") in found
    assert not any(s == "JPNMIL" and c == "19" for s, c, _ in found)


def test_untuk_before_a_verb_opens_a_purpose_not_a_beneficiary():
    # "V N untuk meng-V2 X": X is the object of V2, not whom V is for
    found = triples("Jerman mendukung latihan pertahanan untuk melindungi Estonia dari ancaman Rusia.")
    assert not any(c == "05" and t == "EST" for _, c, t in found)
    # "bantuan untuk X" still names whom the aid is for
    assert any(t == "UKR" for _, _, t in triples("Jerman mengirim bantuan kemanusiaan untuk Ukraina."))


def test_an_act_given_as_an_example_in_reported_words_is_not_the_speakers():
    # "X menekankan bahwa terjadi kejahatan ..., seperti menyerang rumah sakit": no attack by X
    found = triples("Menlu Malaysia menekankan bahwa di Sudan terjadi kejahatan terhadap kemanusiaan, seperti "
                    "menyerang rumah sakit dan memblokir akses air.")
    assert not any(s == "MYSGOV" and c in ("19", "17") for s, c, _ in found)
    # an example of the subject's own acts in its own clause stays its act
    assert ("RUS", "19", "UKR") in triples("Rusia menyerang banyak kota, termasuk mengebom Kharkiv.")


def test_a_preposition_after_an_event_noun_and_its_owner_belongs_to_the_noun():
    # "V N X terhadap/dari Y": Y is the target of X's N, not of V
    found = triples("Menteri Pertahanan Jepang memperingatkan ancaman Korea Utara terhadap Korea Selatan.")
    assert ("PRK", "13", "KOR") in found
    assert not any(s == "JPNGOV" and t == "KOR" for s, _, t in found)


def test_civilians_killed_in_an_attack_are_not_of_the_attacker():
    # "serangan X ke kamp di P yang menewaskan puluhan warga sipil": X owns the attack; the civilians are of
    # the place struck
    found = actors("Pemerintah Malaysia mengutuk serangan Israel ke kamp pengungsi di Rafah yang menewaskan "
                   "puluhan warga sipil.")
    assert found["warga sipil"] == "PSECVL"
    # a country struck by a verb keeps its civilians
    assert ("SOMREB", "19", "KENCVL") in triples("Milisi Al-Shabaab menyerang Kenya dan menewaskan sepuluh warga.")


def test_the_object_of_a_relative_clause_on_the_subject_is_not_the_next_verbs_subject():
    # "N yang meng-V1 X V2 ...": N does V2, X is only V1's object
    found = triples("Para pengunjuk rasa yang menolak kebijakan pemerintah Serbia bentrok dengan polisi di Beograd.")
    # (a crowd clashing with its own country's police riots: 145)
    assert ("SRBCVL", "14", "SRBCOP") in found
    assert not any(s == "SRBGOV" and c in ("14", "19") for s, c, _ in found)


def test_a_conditional_clause_has_its_own_subject():
    # "X tidak akan tinggal diam jika Y menyerang Z": Y would attack, not the speaker
    result = extract("“Kami tidak akan tinggal diam jika Turki menyerang Siprus,” kata Menteri Pertahanan Yunani.",
                     language="id", published="2025-06-02")
    attacks = [e for e in result.events if e.code.startswith("19")]
    assert attacks and all(e.source.code == "TUR" and e.factuality == "hypothetical" for e in attacks)


def test_kedua_negara_takes_a_country_its_own_sentence_names():
    # "X mengatakan rudal itu dijual ke Iran, sementara kerja sama pertahanan antara kedua negara tumbuh":
    # Iran is one of the two, with the country the article is about; not the speaker's
    text = ("Korea Utara menembakkan rudal. Korea Utara mengecam Korea Selatan. Jepang dan Korea Selatan "
            "memantau situasi. Militer Korea Selatan mengatakan rudal itu mungkin dijual ke Iran, sementara "
            "kerja sama pertahanan antara kedua negara terus tumbuh.")
    pairs = {frozenset((s[:3], t[:3])) for s, c, t in triples(text) if c == "06" and t}
    assert pairs == {frozenset(("PRK", "IRN"))}


def test_a_group_word_before_the_agent_of_a_bare_passive():
    # "N di-V kelompok X": X did it, the group word belongs to its name
    assert ("PHLREB", "18", "IDNCVL") in triples("Tiga warga negara Indonesia diculik kelompok Abu Sayyaf di perairan Sabah.")
    # "WNI" are Indonesian citizens wherever the story is
    assert ("KHMCOP", "17", "IDNCVL") in triples("Polisi Kamboja menangkap lima WNI di Phnom Penh.")


def test_a_street_or_airport_named_after_a_person_is_no_actor():
    # "di Jalan Jenderal Sudirman", "di Bandara Soekarno-Hatta": place names, not the general or presidents
    assert "Jenderal Sudirman" not in actors("Ribuan buruh berunjuk rasa di Jalan Jenderal Sudirman, Jakarta.")
    assert "Soekarno-Hatta" not in actors("Presiden Prabowo tiba di Bandara Soekarno-Hatta.")
    assert all(s is None or s.startswith("IDN") and not s.endswith("GOV")
               for s, _, _ in triples("Massa melempari polisi dengan batu di Jalan Gatot Subroto."))
