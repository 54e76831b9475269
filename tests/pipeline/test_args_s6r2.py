"""Arguments taken from the right clause or phrase, on sentences written for these tests."""

from warta.pipeline.pipeline import extract


def triples(text: str, published: str = "2025-06-02", language: str = "id") -> set[tuple]:
    result = extract(text, language=language, published=published)
    return {(e.source.code, e.code[:3], e.target.code if e.target else None) for e in result.events}


def test_actor_of_a_fronted_occasion_phrase_is_no_subject():
    found = triples("Selama kunjungan Presiden Prabowo, Menteri Luar Negeri Malaysia dan Menteri Luar Negeri "
                    "Thailand menyerang polisi.")
    assert ("MYSGOV", "190", "IDNCOP") in found
    assert ("THAGOV", "190", "IDNCOP") in found
    assert not any(s == "IDNGOV" for s, _, _ in found)


def test_fronted_phrase_after_a_time_adverbial_is_no_patient_of_the_passive():
    text = ("Sebelumnya pada tahun 2019, selama masa jabatan Presiden Prabowo, Menteri Luar Negeri Malaysia "
            "dan pejabat lainnya ditangkap polisi.")
    events = extract(text, language="id", published="2025-06-02").events
    assert any(e.code == "173" and e.target and e.target.code == "MYSGOV" for e in events)
    assert not any(e.target and "Prabowo" in e.target.text for e in events)


def test_fronted_clause_with_its_own_verb_keeps_its_subject():
    # "ketika X menyerang Y, ..." is a clause of X's own, and X goes on acting after its comma
    found = triples("Konflik pecah pada bulan Mei, ketika Hamas menyerang Israel selatan, lalu menyandera "
                    "puluhan warga.")
    assert any(s.startswith("PSE") and c == "190" and t and t.startswith("ISR") for s, c, t in found)
    assert any(s.startswith("PSE") and c.startswith("18") for s, c, _ in found)


def test_preposition_opening_a_fronted_phrase_governs_its_actor():
    found = triples("Kepada Presiden Prabowo, Menteri Luar Negeri Malaysia mengecam serangan Israel.")
    assert not any(s == "IDNGOV" for s, _, _ in found)


def test_fronted_occasion_phrase_names_the_partner_of_the_main_subject():
    found = triples("Dalam percakapan telepon dengan Menteri Luar Negeri Jepang, Menteri Luar Negeri Malaysia "
                    "menekankan pentingnya perdamaian.")
    assert ("MYSGOV", "041", "JPNGOV") in found


def test_fronted_occasion_phrase_skips_an_attribution_before_the_subject():
    found = triples("Dalam percakapan telepon dengan Menteri Luar Negeri Jepang, menurut juru bicara "
                    "kementerian, Menteri Luar Negeri Malaysia menekankan pentingnya perdamaian.")
    assert ("MYSGOV", "041", "JPNGOV") in found


def test_relative_clause_on_the_object_of_an_active_verb_is_not_about_its_subject():
    text = "Mahasiswa Indonesia menentang sanksi yang dijatuhkan oleh ASEAN terhadap Myanmar."
    found = triples(text)
    assert ("IGOSEAASN", "163", "MMR") in found
    assert not any(c == "163" and t == "IDNEDU" for _, c, t in found)
