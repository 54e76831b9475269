"""Actors of Indonesian news that the knowledge base does not list by name, found by the class they belong to
(session 6, issue #12): institutions by the head of their name, unit and ministry words, and bodies news names
by acronym. Sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.pipeline.pipeline import load_pipeline
from warta.records import Article


def actors_of(text: str, published: str = "2025-06-02") -> list[tuple[str | None, str]]:
    nlp = load_pipeline("id")
    doc = nlp.make_doc(Article("t", text, "id", published))
    nlp.components[0](doc)
    return [(m.code, m.text) for s in doc.sentences for m in doc.actors.get(s.index, [])]


@pytest.mark.parametrize(("text", "code", "span"), [
    # a regional office, its name joined by "dan", then the province that places it
    ("Dinas Pertanian dan Peternakan Kabupaten Sleman membagikan bibit kepada petani.", "IDNGOV",
     "Dinas Pertanian dan Peternakan Kabupaten"),
    ("Badan Pengelola Air Minum menaikkan tarif bulan depan.", "IDNGOV", "Badan Pengelola Air Minum"),
    # a parliament's own body composes with the parliament named after it
    ("Badan Legislasi DPR menunda pembahasan rancangan itu.", "IDNLEG", "Badan Legislasi DPR"),
    ("Fakultas Ilmu Budaya menggelar diskusi terbuka.", "IDNEDU", "Fakultas Ilmu Budaya"),
    ("Institut Teknologi Sumatera menjalin kerja sama dengan pemerintah daerah.", "IDNEDU", "Institut Teknologi"),
    # a company by its legal form; a known surname inside its name does not make it a person's
    ("PT Sinar Abadi Perkasa Tbk digugat oleh para pemasoknya.", "IDNBUS", "PT Sinar Abadi Perkasa Tbk"),
    ("Harian Suara Rakyat memuat bantahan itu.", "IDNMED", "Harian Suara Rakyat"),
    ("Komisi III DPR memanggil jaksa agung pekan depan.", "IDNLEG", "Komisi III DPR"),
    ("Gugatan itu ditolak PN Jakarta Barat.", "IDNJUD", "PN Jakarta"),
])
def test_an_institution_is_an_actor_by_the_head_of_its_name(text: str, code: str, span: str) -> None:
    assert any(found == code and got.startswith(span) for found, got in actors_of(text))


@pytest.mark.parametrize("text", [
    "Mobil dinas itu dibakar oleh orang tak dikenal.",  # "dinas" as a common word
    "Bank itu tutup sejak pagi.",  # no name after the head
    "Para petani mengeluhkan harga pupuk di badan jalan.",
])
def test_the_head_word_alone_is_no_actor(text: str) -> None:
    assert not any(span.lower().startswith(("dinas", "bank", "badan")) for _, span in actors_of(text))


def test_a_foreign_article_gives_its_agency_its_own_country() -> None:
    found = actors_of("Pemerintah Malaysia mengumumkan rencana itu. Badan Pengurusan Bencana Negara Malaysia "
                      "mengerahkan tim penyelamat.")
    assert any(code == "MYSGOV" and span.startswith("Badan") for code, span in found)


@pytest.mark.parametrize(("text", "code"), [
    ("Kemenhub melarang kapal itu berlayar.", "IDNGOV"),
    ("Kemenkumham membantah tuduhan tersebut.", "IDNGOV"),
    ("Polresta Malang menangkap dua tersangka.", "IDNCOP"),
    ("Kapolresta Malang Budi Santoso memimpin penggerebekan itu.", "IDNCOP"),
    ("Kodim Sleman mengerahkan prajurit untuk membantu korban banjir.", "IDNMIL"),
    ("Dandim setempat meninjau lokasi longsor.", "IDNMIL"),
    ("Kajati Jawa Timur menahan bekas kepala desa itu.", "IDNJUD"),
    ("Dekan fakultas itu menolak tuduhan plagiat.", "IDNEDU"),
    ("BPBD mengevakuasi warga dari bantaran sungai.", "IDNGOV"),
])
def test_unit_and_ministry_words(text: str, code: str) -> None:
    assert actors_of(text)[0][0] == code


@pytest.mark.parametrize(("text", "code"), [
    ("Kompolnas meminta polisi mengusut kasus itu.", "IDNGOV"),
    ("PPATK membekukan rekening yayasan tersebut.", "IDNGOV"),
    ("KPAI mengecam hukuman fisik di sekolah itu.", "IDNHRI"),
    ("IDI menolak rancangan undang-undang kesehatan.", "IDNHLH"),
    ("Telkom menggugat mitra usahanya.", "IDNBUS"),
    ("HMI menggelar unjuk rasa di depan gedung DPRD.", "IDNEDU"),
])
def test_bodies_named_by_acronym(text: str, code: str) -> None:
    assert actors_of(text)[0][0] == code


@pytest.mark.parametrize(("text", "code", "span"), [
    # after a common noun, a capitalised institution is a name, not the kind of thing the noun is
    ("Panitia bentukan Dewan Perwakilan Rakyat memanggil direksi bank itu.", "IDNLEG", "Dewan Perwakilan Rakyat"),
    ("Surat itu dikirim kepada pimpinan Badan Pengawas Pemilu Kabupaten.", "IDNGOV", "Badan Pengawas Pemilu"),
    # a ministry named by its field stays a ministry
    ("Kementerian Badan Usaha Milik Negara mengganti direksi perusahaan itu.", "IDNGOV", "Kementerian Badan"),
    ("Dewan Pengupahan Kota menolak usulan serikat buruh.", "IDNGOV", "Dewan Pengupahan"),
])
def test_named_institutions_in_context(text: str, code: str, span: str) -> None:
    assert any(found == code and got.startswith(span) for found, got in actors_of(text))


def test_a_lower_case_role_after_a_noun_still_only_describes_it() -> None:
    assert not any(code and code.endswith("REF") for code, _ in actors_of("Mereka membangun kamp pengungsi baru."))


def test_the_democrats_are_the_party_of_the_country_the_article_is_about() -> None:
    # Indonesian news about Indonesia: the Indonesian party
    assert ("IDNPTY", "Demokrat") in actors_of("Demokrat menolak usulan kenaikan tarif listrik.")
    # about the United States: its Democrats and Republicans, also after a role word ("Senator dari ...")
    found = actors_of("Kongres AS memperdebatkan anggaran. Senator dari Demokrat menolak rancangan itu, "
                      "sementara Partai Republik mendukungnya.")
    assert ("USAPTY", "Senator dari Demokrat") in found
    assert ("USAPTY", "Partai Republik") in found


@pytest.mark.parametrize(("text", "code", "span"), [
    ("Kombes Hadi Pranoto menambahkan bahwa kedua pelaku melawan petugas.", "IDNCOP", "Kombes Hadi Pranoto"),
    ("Letkol Arif Wibowo memimpin pencarian korban.", "IDNMIL", "Letkol Arif Wibowo"),
    ("Menhub Rudi Hartawan meninjau pelabuhan itu.", "IDNGOV", "Menhub Rudi Hartawan"),
])
def test_a_rank_or_a_minister_abbreviation_before_a_name(text: str, code: str, span: str) -> None:
    assert (code, span) in actors_of(text)


@pytest.mark.parametrize(("text", "span"), [
    ("Kapolda Sulawesi Selatan Irjen Hadi Pranoto mengatakan pelaku sudah ditahan.",
     "Kapolda Sulawesi Selatan Irjen Hadi Pranoto"),
    ("Kepala Kepolisian Daerah Maluku, Irjen Hadi Pranoto, mengatakan pelaku sudah ditahan.",
     "Kepala Kepolisian Daerah Maluku, Irjen Hadi Pranoto"),
])
def test_an_office_and_the_ranked_name_after_it_are_one_person(text: str, span: str) -> None:
    found = actors_of(text)
    assert found[0] == ("IDNCOP", span)
    # and the name alone later in the article is the same officer
    assert actors_of(text + " Hadi menambahkan bahwa penyelidikan berlanjut.")[-1][0] == "IDNCOP"


def test_two_offices_listed_stay_two_people() -> None:
    found = actors_of("Menteri Luar Negeri, Menteri Pertahanan Rudi Hartawan mengecam serangan itu.")
    assert len([c for c, _ in found if c == "IDNGOV"]) == 2


@pytest.mark.parametrize(("text", "code"), [
    ("Ikatan Bidan Kabupaten menolak aturan baru itu.", "IDNNGO"),
    ("Asosiasi Pedagang Pasar Tradisional memprotes kenaikan retribusi.", "IDNNGO"),
    ("Konsulat Jenderal Korea Selatan di Surabaya mengeluarkan peringatan.", "KORGOV"),  # no army general
    ("Mahasiswa Unair berunjuk rasa di depan kantor gubernur.", "IDNEDU"),
])
def test_associations_consulates_and_universities(text: str, code: str) -> None:
    assert actors_of(text)[0][0] == code


@pytest.mark.parametrize("text", [
    "Partai itu menyiapkan calon Gubernur untuk tahun depan.",
    "Warga antre untuk memberikan suara dalam pemilihan Presiden kemarin.",
])
def test_a_capitalised_title_after_a_noun_still_only_describes_it(text: str) -> None:
    assert not any(code == "IDNGOV" for code, _ in actors_of(text))
