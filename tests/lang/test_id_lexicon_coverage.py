"""Indonesian lexicon breadth (issue #12): the entries added by the coverage audit by CAMEO code, one sentence
of our own per entry group with the event it must give, and the wrong senses each entry keeps out.

The audit lists, for every code of the CAMEO codebook, warta's Indonesian entries (src/warta/lang/id/events.tsv
and light_verbs.tsv); rows it added sit in the section "Coverage audit by CAMEO code" of events.tsv."""

from __future__ import annotations

import pytest

from warta.pipeline.pipeline import extract


def triples(text: str) -> set[tuple[str | None, str, str | None]]:
    result = extract(text, language="id", published="2025-06-02")
    return {(e.source.code if e.source else None, e.code, e.target.code if e.target else None) for e in result.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 01 statements: condolences (berbelasungkawa), claiming responsibility (menyatakan bertanggung jawab)
        ("Kelompok ISIS menyatakan bertanggung jawab atas serangan bom di Kabul.", ("IMGMUSISI", "015", "AFG")),
        ("Pemerintah Kanada berbelasungkawa atas tewasnya warga Nepal.", ("CANGOV", "018", "NPLCVL")),
        # 02 appeals: hoping that someone acts, urging talks
        ("Menteri Luar Negeri Jepang berharap Korea Utara segera menghentikan uji coba rudal.", ("JPNGOV", "020", "PRK")),
        ("Pemerintah Norwegia mengharapkan Sudan membuka jalur bantuan.", ("NORGOV", "020", "SDN")),
        # what one hopes to receive from someone stays that someone's act (hoping asks nobody for it)
        ("Palestina berharap mendapat dukungan dari Indonesia.", ("IDN", "051", "PSE")),
        ("Uni Afrika mendorong Ethiopia untuk berunding dengan Eritrea.", ("IGOAFRAFU", "026", "ETH")),
        ("Presiden Prancis mengajak Rusia dan Ukraina berdamai.", ("FRAGOV", "027", "UKR")),
        # 03 intent to meet or negotiate
        ("Pemerintah Kolombia membuka peluang dialog dengan ELN.", ("COLGOV", "036", "COLREB")),
        ("Presiden Filipina membuka pintu bagi perundingan dengan Tiongkok.", ("PHLGOV", "036", "CHN")),
        # 04 consult: chatting, exchanging views, visiting, peace talks
        ("Menteri Luar Negeri Malaysia berbincang dengan Menteri Luar Negeri Singapura.", ("MYSGOV", "040", "SGPGOV")),
        ("Menteri Pertahanan Jepang bertukar pikiran dengan Menteri Pertahanan Australia.", ("JPNGOV", "040", "AUSGOV")),
        ("Presiden Vietnam bertandang ke Laos.", ("VNMGOV", "042", "LAO")),
        ("Presiden Indonesia menjamu Presiden Jepang di Istana Bogor.", ("IDNGOV", "043", "JPNGOV")),
        ("Pemerintah Kolombia menggelar pembicaraan damai dengan ELN.", ("COLGOV", "046", "COLREB")),
        ("Menteri Luar Negeri Indonesia berdiskusi dengan Menteri Luar Negeri Australia.", ("IDNGOV", "040", "AUSGOV")),
        ("Komisi I DPR menggelar rapat kerja dengan Menteri Luar Negeri Indonesia.", ("IDNLEG", "040", "IDNGOV")),
        ("Presiden Turki menyambangi Presiden Azerbaijan di Baku.", ("TURGOV", "042", "AZEGOV")),
        ("Duta Besar Jepang bertamu ke kantor Gubernur Jakarta.", ("JPNGOV", "042", "IDNGOV")),
        ("Presiden Korea Selatan menggelar konferensi video dengan Perdana Menteri Jepang.", ("KORGOV", "040", "JPNGOV")),
        ("Presiden Indonesia melakukan panggilan video dengan Presiden Brasil.", ("IDNGOV", "041", "BRAGOV")),
        ("Presiden Amerika Serikat membuat panggilan telepon kepada Presiden Rusia.", ("USAGOV", "041", "RUSGOV")),
        ("Presiden Amerika Serikat melakukan panggilan dengan Presiden Rusia.", ("USAGOV", "041", "RUSGOV")),
        # 05 diplomatic cooperation: welcoming, thanking (mengucapkan), forming a coalition or an alliance
        ("Presiden Prancis menyambut positif usulan Jerman.", ("FRAGOV", "051", "DEU")),
        ("Rusia menyambut keputusan Turki.", ("RUS", "051", "TUR")),
        ("Pemerintah Indonesia menyambut hangat inisiatif Malaysia.", ("IDNGOV", "051", "MYS")),
        ("Perdana Menteri Kanada mengucapkan terima kasih kepada Jepang.", ("CANGOV", "051", "JPN")),
        ("Perdana Menteri Jepang mengirimkan ucapan selamat kepada Presiden Korea Selatan.", ("JPNGOV", "051", "KORGOV")),
        ("Pemerintah Kanada mengekspresikan dukungan kepada Ukraina.", ("CANGOV", "051", "UKR")),
        ("Mali dan Niger membentuk aliansi pertahanan.", ("MLI", "057", "NER")),
        ("Indonesia dan Vietnam mempererat kerja sama maritim.", ("IDN", "050", "VNM")),
        # 07 aid: pouring funds into
        ("Jerman menggelontorkan dana untuk Ukraina.", ("DEU", "071", "UKR")),
        ("Pemerintah Malaysia mengulurkan bantuan kepada Myanmar.", ("MYSGOV", "070", "MMR")),
        # 08 yield: withdrawing troops, with a count or "mundur" between verb and noun
        ("Rusia menarik 5.000 tentara dari perbatasan Ukraina.", ("RUS", "087", "UKR")),
        # 09 investigate: police and prosecutors "mendalami"
        ("Kepolisian Kenya mendalami peran anggota parlemen Kenya.", ("KENCOP", "090", "KENLEG")),
        # 11 disapprove: an objection or disappointment conveyed to someone
        ("Pemerintah Vietnam menyatakan keberatan kepada China.", ("VNMGOV", "110", "CHN")),
        ("Pemerintah Korea Selatan menyampaikan kekecewaan kepada Jepang.", ("KORGOV", "110", "JPN")),
        # 11 disapprove: questioning, insulting, mocking, jeering, a reprimand to someone
        ("Partai oposisi Malaysia mempertanyakan keputusan pemerintah Malaysia.", ("MYSOPP", "111", "MYSGOV")),
        ("Presiden Filipina menghina Uni Eropa dalam pidatonya.", ("PHLGOV", "111", "IGOEUREEC")),
        ("Pemerintah Korea Utara mengejek Presiden Korea Selatan.", ("PRKGOV", "111", "KORGOV")),
        ("Pemerintah Iran mencemooh Presiden Amerika Serikat.", ("IRNGOV", "111", "USAGOV")),
        ("Presiden Filipina memaki Duta Besar Amerika Serikat.", ("PHLGOV", "111", "USAGOV")),
        ("Presiden Brasil menyerang kebijakan Amerika Serikat dalam pidatonya.", ("BRAGOV", "111", "USA")),
        ("Para pendukung oposisi Brasil mencaci maki Mahkamah Agung Brasil.", ("BRAOPP", "111", "BRAJUD")),
        ("Uni Eropa mengeluarkan teguran keras kepada Hungaria.", ("IGOEUREEC", "111", "HUN")),
        ("Menteri Pertahanan Taiwan dipolisikan oleh partai oposisi Taiwan.", ("TWNOPP", "115", "TWNGOV")),
        # 13 threaten: an ultimatum as a verb
        ("Amerika Serikat mengultimatum Iran.", ("USA", "139", "IRN")),
        ("Pemerintah Jepang mengeluarkan peringatan keras kepada Korea Utara.", ("JPNGOV", "130", "PRK")),
        # 14 protest: staging a protest action, storming a building, throwing stones (melemparkan ... ke, dilempari)
        ("Mahasiswa Bangladesh menggeruduk kantor Perdana Menteri Bangladesh.", ("BGDEDU", "141", "BGDGOV")),
        ("Ratusan mahasiswa Indonesia menggelar aksi di depan Kedutaan Besar Amerika Serikat.", ("IDNEDU", "141", "USAGOV")),
        ("Ratusan buruh Korea Selatan mendemo kantor Presiden Korea Selatan.", ("KORLAB", "141", "KORGOV")),
        ("Mahasiswa Indonesia menjebol pagar gedung DPR.", ("IDNEDU", "145", "IDNLEG")),
        ("Warga Palestina melemparkan batu ke arah tentara Israel.", ("PSECVL", "145", "ISRMIL")),
        ("Tentara Israel dilempari batu oleh warga Palestina.", ("PSECVL", "145", "ISRMIL")),
        # 14 protest sub-codes by what is demanded (none had an entry before the audit)
        ("Buruh Argentina memblokir jalan untuk menuntut kenaikan upah.", ("ARGLAB", "1443", None)),
        ("Petani India memblokir jalan untuk menolak RUU pertanian.", ("INDAGR", "1442", "INDGOV")),
        ("Mahasiswa Sri Lanka mogok makan menuntut presiden mundur.", ("LKAEDU", "1421", None)),
        # 15 force posture: stationing troops
        ("Ukraina menempatkan pasukan di perbatasan dengan Belarus.", ("UKR", "154", "BLR")),
        ("Rusia memperkuat pasukan di perbatasan dengan Finlandia.", ("RUS", "154", "FIN")),
        # 16 reduce relations: suspending talks, recalling an ambassador, expelling an envoy, trade wars
        ("Pemerintah Kolombia menangguhkan pembicaraan damai dengan ELN.", ("COLGOV", "164", "COLREB")),
        ("Kongo memanggil kembali duta besarnya dari Rwanda.", ("COD", "161", "RWA")),
        ("Pemerintah Niger mengusir utusan Prancis.", ("NERGOV", "161", "FRAGOV")),
        ("Amerika Serikat melancarkan perang dagang terhadap China.", ("USA", "163", "CHN")),
        ("Amerika Serikat memulai perang tarif dengan Kanada.", ("USA", "163", "CAN")),
        ("China menghentikan impor makanan laut dari Jepang.", ("CHN", "163", "JPN")),
        # retaliating with tariffs or sanctions is an economic measure; retaliating for an attack stays armed
        ("China membalas tarif Amerika Serikat dengan tarif baru.", ("CHN", "163", "USA")),
        ("Rusia membalas sanksi Uni Eropa.", ("RUS", "163", "IGOEUREEC")),
        ("Iran membalas serangan Israel.", ("IRN", "190", "ISR")),
        # 17 coerce: balloons sent across a border, pushing back a crowd, muzzling, demolishing
        ("Korea Utara menerbangkan balon berisi sampah ke Korea Selatan.", ("PRK", "170", "KOR")),
        ("Polisi Kenya memukul mundur para demonstran.", ("KENCOP", "175", "KENCVL")),
        ("Pemerintah Iran membungkam media oposisi.", ("IRNGOV", "1721", "IRNOPP")),
        ("Pengadilan Rusia mendenda seorang wartawan Rusia.", ("RUSJUD", "172", "RUSMED")),
        ("Pemerintah China menjatuhkan denda kepada seorang aktivis Hong Kong.", ("CHNGOV", "172", "HKGOPP")),
        # 17 arrest: hauled off by police
        ("Polisi Filipina menggelandang seorang wartawan Filipina ke markas polisi.", ("PHLCOP", "173", "PHLMED")),
        # 18 assault: kicking, an acid attack, strangling, a suicide bombing
        ("Seorang tentara India menendang seorang warga Kashmir.", ("INDMIL", "182", "INDCVL")),
        ("Preman Kenya menyiram seorang wartawan Kenya dengan air keras.", ("KENCRM", "182", "KENMED")),
        ("Seorang polisi Nigeria mencekik seorang mahasiswa Nigeria.", ("NGACOP", "182", "NGAEDU")),
        ("Kelompok ISIS menyembelih seorang wartawan Amerika.", ("IMGMUSISI", "1823", "USAMED")),
        ("Seorang militan meledakkan diri di depan kantor polisi Pakistan.", ("PAKREB", "1831", "PAKCOP")),
        # 19 fight: repelling forces, a military intervention
        ("Tentara Ukraina memukul mundur pasukan Rusia.", ("UKRMIL", "190", "RUSMIL")),
        ("Rusia melakukan intervensi militer di Suriah.", ("RUS", "190", "SYR")),
        ("Hizbullah menghujani Israel utara dengan roket.", ("LBNREB", "190", "ISR")),
        ("Turki menggelar aksi militer di Suriah utara.", ("TUR", "190", "SYR")),
        ("Tentara Nigeria menumpas kelompok Boko Haram.", ("NGAMIL", "190", "NGAREB")),
        # 20 mass violence: mass executions
        ("Milisi itu melakukan eksekusi massal terhadap warga sipil Sudan.", ("SDNUAF", "202", "SDNCVL")),
    ],
)
def test_entry_gives_its_code(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "wrong_code"),
    [
        # mendorong without an actor urged to act is to boost or push, no appeal
        ("Kebijakan baru Jepang mendorong pertumbuhan ekonomi.", "02"),
        # what one asks to receive has not been given
        ("Myanmar meminta mendapat bantuan dari China.", "07"),
        # answering a summons (panggilan) is no call
        ("Gubernur Riau memenuhi panggilan KPK.", "04"),
        # welcoming a decision is no hosting of a visit (and no visit by its maker)
        ("Rusia menyambut keputusan Turki.", "04"),
        # attacking a policy is no use of force; destroying an economy is no destruction of property
        ("Presiden Brasil menyerang kebijakan Amerika Serikat dalam pidatonya.", "19"),
        ("Presiden Amerika Serikat ingin menghancurkan ekonomi China.", "17"),
        # flooding a market is no assault; hosting a match is no hosting of a visit
        ("Pemerintah Korea Selatan menyerbu pasar Indonesia.", "19"),
        ("Timnas Indonesia menjamu Jepang dalam laga kualifikasi Piala Dunia.", "04"),
        # winning seats and holding an office are no seizure or occupation of territory
        ("PDIP merebut 110 kursi di DPR.", "19"),
        ("Menteri Luar Negeri Indonesia menduduki jabatan Ketua Dewan Keamanan PBB.", "19"),
        # a military action staged is no protest action
        ("Turki menggelar aksi militer di Suriah utara.", "14"),
        # hoping for an event appeals to nobody named
        ("Presiden Brasil berharap pertemuan itu dapat mengakhiri perang.", "02"),
        # bungkam, kept silent, is no muzzling
        ("Menteri Luar Negeri Peru bungkam saat ditanya wartawan.", "172"),
        # balloons let go into the sky are no harassment
        ("Warga Jakarta menerbangkan balon ke udara.", "17"),
        # raining criticism is no attack; stating that someone else is responsible is no claim of one's own
        ("Partai oposisi Turki menghujani Presiden Turki dengan kritik.", "19"),
        ("Menteri Luar Negeri Israel menyatakan Hamas bertanggung jawab atas serangan itu.", "015"),
        # slaughtering an animal is no killing of an actor
        ("Warga Jakarta menyembelih hewan kurban di Masjid Istiqlal.", "18"),
        # dalam (in) by itself is no investigation
        ("Polisi Kenya berjaga di dalam gedung parlemen Kenya.", "09"),
    ],
)
def test_wrong_sense_gives_no_such_event(text, wrong_code):
    assert not any(code.startswith(wrong_code) for _, code, _ in triples(text))
