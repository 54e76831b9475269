"""Indonesian events stated without a verb of the lexicon (issue #12): idioms and compounds (kontak senjata,
baku hantam, angkat senjata, aksi duduk), travel verbs (bertolak ke, terbang ke), a synonym of meeting
(berjumpa), the figurative senses that must not give force (perang kata-kata, serangan fajar), and headlines
without a verb ("Menlu Australia ke Beijing") or with a speaker before a colon ("Presiden X: ...").

The rows sit in the section "Events stated without a verb of the lexicon" of src/warta/lang/id/events.tsv;
every sentence here is our own."""

from __future__ import annotations

import pytest
from test_id_lexicon_coverage import triples  # (source, code, target) of every event coded in a sentence

from warta.pipeline.pipeline import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 19 fight: a firefight, a brawl between two sides, taking up arms
        ("Prajurit TNI terlibat kontak senjata dengan kelompok separatis di Nduga.", ("IDNMIL", "193", "IDNSEP")),
        ("Pendukung Partai Demokrat terlibat baku hantam dengan pendukung PDIP.", ("IDNPTY", "190", "IDNPTY")),
        ("Tentara India dan tentara China beradu jotos di perbatasan Ladakh.", ("INDMIL", "190", "CHNMIL")),
        ("Prajurit Kopassus melakukan baku pukul dengan anggota Brimob.", ("IDNMIL", "190", "IDNCOP")),
        ("Kelompok separatis mengangkat senjata melawan pemerintah Myanmar.", ("MMRSEP", "190", "MMRGOV")),
        # a crowd brawling with its own police riots (145), as with bentrok
        ("Warga Desa Sukamaju terlibat baku hantam dengan polisi.", ("IDNCVL", "145", "IDNCOP")),
        # trading attacks or fire (the reciprocal ber- of balas)
        ("Israel dan Hizbullah berbalas serangan di perbatasan Lebanon.", ("ISR", "190", "LBNREB")),
        ("Tentara India berbalas tembakan dengan tentara Pakistan di Kashmir.", ("INDMIL", "193", "PAKMIL")),
        # 17 coerce: razing homes; 19: the common misspelling memborbardir
        ("Militer Israel membumihanguskan rumah warga Palestina di Tepi Barat.", ("ISRMIL", "1712", "PSECVL")),
        ("Israel memborbardir Gaza.", ("ISR", "195", "PSE")),
        # mob justice; a forced pick-up by investigators; a parliamentary inquiry; a test firing
        ("Warga main hakim sendiri terhadap polisi yang menabrak anak itu.", ("IDNCVL", "182", "IDNCOP")),
        ("Penyidik KPK menjemput paksa Bupati Pemalang di rumahnya.", ("IDNJUD", "173", "IDNGOV")),
        ("DPR menggulirkan hak angket terhadap pemerintah soal kecurangan pemilu.", ("IDNLEG", "090", "IDNGOV")),
        ("Korea Utara melakukan uji tembak rudal balistik.", ("PRK", "150", None)),
        # light verbs of news: holding (melangsungkan, menghelat) a meeting, waging (mengobarkan) a war
        ("Presiden Indonesia dan Perdana Menteri Malaysia melangsungkan pertemuan di Putrajaya.", ("IDNGOV", "040", "MYSGOV")),
        ("Menteri Pertahanan Jepang menghelat pertemuan dengan Menteri Pertahanan Filipina.", ("JPNGOV", "040", "PHLGOV")),
        ("Kelompok Houthi mengobarkan perang melawan Arab Saudi.", ("YEMREB", "190", "SAU")),
        # 11 and 11x: taking someone to court, needling someone in words
        ("Partai Demokrat memperkarakan Komisi Pemilihan Umum ke Mahkamah Konstitusi.", ("IDNPTY", "115", "IDNGOV")),
        ("Walhi menyeret Pemerintah Indonesia ke meja hijau.", ("IDNENV", "115", "IDNGOV")),
        ("Ketua Umum PDIP menyentil pemerintah soal harga beras.", ("IDNPTY", "111", "IDNGOV")),
        # 16: sanctions aimed with "ke", as headlines write them
        ("AS Jatuhkan Sanksi ke Rusia", ("USA", "163", "RUS")),
        ("Amerika Serikat memberlakukan embargo senjata ke Venezuela.", ("USA", "163", "VEN")),
        # spraying tear gas or a water cannon (the light verb menyemprotkan) is riot control
        ("Polisi Hong Kong menyemprotkan meriam air ke arah demonstran.", ("HKGCOP", "175", "HKGCVL")),
        # 14 protest: a sit-in
        ("Mahasiswa melakukan aksi duduk di depan gedung DPR.", ("IDNEDU", "141", "IDNLEG")),
        # 04 consult: setting off or flying to a country is a visit; berjumpa is meeting
        ("Presiden Joko Widodo bertolak ke Jepang untuk menghadiri KTT G7.", ("IDNGOV", "042", "JPN")),
        ("Presiden Joko Widodo terbang ke Tokyo pada Senin pagi.", ("IDNGOV", "042", "JPNGOV")),
        ("Presiden Joko Widodo berangkat ke Jepang untuk menghadiri KTT G7.", ("IDNGOV", "042", "JPN")),
        ("Presiden Prabowo melakukan kunker ke Papua Nugini.", ("IDNGOV", "042", "PNG")),
        ("Perdana Menteri Jepang berjumpa dengan Presiden Korea Selatan di Seoul.", ("JPNGOV", "040", "KORGOV")),
        # the hurt named by "luka-luka", "luka" or "kritis" before akibat/dalam are the target of the attack noun
        ("Tiga warga luka-luka akibat serangan KKB di Puncak.", ("IDNSEP", "190", "IDNCVL")),
        ("Dua anggota Brimob luka akibat serangan kelompok bersenjata di Intan Jaya.", ("IDNUAF", "190", "IDNCOP")),
        ("Seorang warga Palestina kritis akibat serangan pemukim Israel di Tepi Barat.", ("ISRSET", "190", "PSECVL")),
        # 11 disapprove: a war of words is verbal conflict, not force
        ("Perang kata-kata antara Korea Utara dan Amerika Serikat terus memanas.", ("PRK", "111", "USA")),
    ],
)
def test_event_without_a_lexicon_verb(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # a press conference (jumpa pers) is no meeting
        "Presiden Joko Widodo memberikan keterangan dalam jumpa pers di Istana Merdeka.",
        # pilgrims and a national team travel, they pay no visit of state
        "Ribuan jemaah haji Indonesia berangkat ke Arab Saudi.",
        "Timnas Indonesia berangkat ke Vietnam untuk laga kualifikasi.",
        # an airline flying a route is no visit
        "Maskapai penerbangan Indonesia yang terbang ke Jepang bertambah tahun ini.",
        # the inquiry committee's name launches no inquiry
        "Partai Demokrat menanggapi pernyataan anggota Pansus Hak Angket DPR.",
        # spraying water on a fire is nothing
        "Petugas pemadam kebakaran menyemprotkan air ke arah api.",
        # dragging a car is no lawsuit
        "Polisi menyeret mobil yang mogok ke pinggir jalan.",
        # replying to a letter or a message is no retaliation
        "Presiden Prancis membalas pesan Presiden Rusia.",
        # bertolak belakang (contrary) is no departure
        "Pendapat Presiden Joko Widodo dan DPR bertolak belakang soal anggaran.",
    ],
)
def test_wrong_senses_give_nothing(text: str) -> None:
    assert triples(text) == set()


def test_figurative_attack_and_war_give_no_force() -> None:
    # serangan fajar: money handed to voters at dawn; perang kata-kata: a war of words
    codes = {code for _, code, _ in triples("Bawaslu menemukan dugaan serangan fajar oleh tim sukses calon bupati di Garut.")}
    codes |= {code for _, code, _ in triples("Perang kata-kata antara Korea Utara dan Amerika Serikat terus memanas.")}
    assert not any(code.startswith(("18", "19")) for code in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline that opens with a person, then "ke" and a country or capital, states a visit
        ("Menlu Australia ke Beijing Bahas Perdagangan", ("AUSGOV", "042", "CHNGOV")),
        ("Delegasi Iran ke Wina", ("IRNGOV", "042", "AUTGOV")),
    ],
)
def test_verbless_headline_visit(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ekspor Indonesia ke China Naik",  # a country before "ke": goods, no traveller
        "Warga Gaza ke Mesir",  # civilians arrive; only officials visit
        "Harga Minyak Jepang ke Level Tertinggi",  # a word before the actor: it does not open the headline
    ],
)
def test_verbless_headline_without_a_traveller_gives_no_visit(text: str) -> None:
    assert not any(code == "042" for _, code, _ in triples(text))


def test_the_headline_reading_stays_out_of_the_body() -> None:
    # in the body a verb is written: "ke" alone after a name is no visit there
    text = "Jokowi Bahas Investasi\n\nJAKARTA - Surat Presiden Jokowi ke Jepang dikirim pekan lalu."
    assert ("IDN", "042", "JPN") not in triples(text) and ("IDNGOV", "042", "JPN") not in triples(text)


def test_a_speaker_before_a_headline_colon_reports_its_events() -> None:
    # "X: ..." in a headline frames what follows as X's claim, as "kata X" does in the body; the names
    # before the colon are no dateline to cut
    text = "Presiden Prabowo: Indonesia Kecam Serangan Israel ke Iran\n\nJAKARTA - Presiden berbicara di Istana."
    result = extract(text, language="id", published="2025-06-01")
    condemned = [e for e in result.events if e.code == "111"]
    assert condemned and all(e.reported_by is not None and e.reported_by.code == "IDNGOV" for e in condemned)


def test_a_headline_whose_colon_follows_a_clause_keeps_the_clause() -> None:
    # "Israel Serang Gaza: ..." is a clause, not a dateline: its event is read, in the article's own voice
    text = "Israel Serang Gaza: 20 Warga Tewas\n\nGAZA - Serangan terjadi pada Senin."
    events = extract(text, language="id", published="2025-06-01").events
    assert any(e.code.startswith("19") and e.source.code == "ISR" and e.reported_by is None for e in events)


def test_who_reports_casualties_is_not_their_victim() -> None:
    # the casualties are said inside the government's claim: with no actor among them, the subject search
    # must not run back past the frame to the government (which then "accused" the attacker of hurting it)
    text = "Pemerintah Lebanon menyebutkan bahwa sedikitnya dua belas lainnya cedera akibat serangan Israel pada Minggu malam."
    assert not any(target == "LBNGOV" or source == "LBNGOV" for source, _, target in triples(text))
