"""Tests for warta.pipeline.dates: time expressions and publication dates (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.errors import UnsupportedLanguageError
from warta.pipeline.dates import TimeExpression, find_publication_date, find_time_expressions

# A Wednesday in mid-month, so that week-relative expressions stay inside one month.
PUB = dt.date(2025, 5, 14)


def found(text: str, published: dt.date | None = PUB, language: str = "id") -> list[TimeExpression]:
    exprs = find_time_expressions(text, published, language)
    for expr in exprs:
        assert text[expr.start : expr.end] == expr.text
    return exprs


def one(text: str, published: dt.date | None = PUB, language: str = "id") -> TimeExpression:
    exprs = found(text, published, language)
    assert len(exprs) == 1, exprs
    return exprs[0]


def values(text: str, published: dt.date | None = PUB, language: str = "id") -> list[str | None]:
    return [e.value for e in found(text, published, language)]


# --------------------------------------------------------------------------- Indonesian, absolute dates


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Gedung itu diresmikan pada 7 Oktober 2023 oleh gubernur.", "7 Oktober 2023", "2023-10-07"),
        ("Rapat digelar Senin, 7 Oktober 2024 di Bandung.", "Senin, 7 Oktober 2024", "2024-10-07"),
        ("Surat itu bertanggal 07/10/2023 dan diteken menteri.", "07/10/2023", "2023-10-07"),
        ("Berkas dikirim 2023-10-07 melalui pos.", "2023-10-07", "2023-10-07"),
        ("Unjuk rasa terjadi Rabu (8/1/2025) di depan balai kota.", "Rabu (8/1/2025)", "2025-01-08"),
        ("Tim tiba Minggu(12/1/2025) malam.", "Minggu(12/1/2025)", "2025-01-12"),
        ("Kapal itu berlayar 3 Nov 2024 dari Surabaya.", "3 Nov 2024", "2024-11-03"),
        ("Pameran berlangsung 2-4 Pebruari 2024 di Medan.", "2-4 Pebruari 2024", "2024-02-02"),
    ],
)
def test_full_dates(text: str, span: str, value: str) -> None:
    expr = one(text)
    assert (expr.text, expr.value, expr.precision, expr.relation) == (span, value, "day", "absolute")


def test_month_first_only_when_the_second_number_cannot_be_a_month() -> None:
    assert one("Kunjungan itu berlangsung Senin (01/27/2025).").value == "2025-01-27"
    assert one("Kunjungan itu berlangsung pada 03/04/2025.").value == "2025-04-03"


def test_month_year_and_years() -> None:
    assert (
        one("Pabrik itu ditutup pada Mei 2024.").value,
        one("Pabrik itu ditutup pada Mei 2024.").precision,
    ) == (
        "2024-05",
        "month",
    )
    expr = one("Partai itu berdiri pada tahun 2019 di Jakarta.")
    assert (expr.text, expr.value, expr.precision, expr.relation) == (
        "tahun 2019",
        "2019",
        "year",
        "absolute",
    )
    assert one("Ia menjabat sejak 2014.").text == "2014"
    assert one("Krisis itu (1997-1998) mengguncang Asia.").value == "1997"
    assert one("Harga naik pada akhir November 2023.").value == "2023-11"


# --------------------------------------------------------------------------- Indonesian, relative to publication


def test_day_and_month_take_the_year_from_publication() -> None:
    assert one("Pasukan itu menyeberang pada 7 Mei.").value == "2025-05-07"
    assert one("Perundingan dijadwalkan 18 Mei.").value == "2025-05-18"  # within a week after publication
    assert one("Panen raya dimulai 20 Desember.").value == "2024-12-20"
    expr = one("Rapat kabinet digelar Selasa (13/5).")
    assert (expr.text, expr.value, expr.relation) == ("Selasa (13/5)", "2025-05-13", "past")
    assert one("Kebakaran terjadi pada (11/5) dini hari.").value == "2025-05-11"


def test_day_of_the_month_alone_is_the_latest_such_day_before_publication() -> None:
    # "tanggal N" without a month: this month's N-th if it has passed, else last month's
    assert one("Pada tanggal 9 rombongan menteri tiba di Bangkok.").value == "2025-05-09"
    assert one("Kapal itu ditahan pada tanggal 20, kata petugas.").value == "2025-04-20"
    assert one("Rapat digelar tgl 3 di Surabaya.").text == "tgl 3"
    # with a month it stays one full date; a decimal or a count is not a day
    assert one("Pada tanggal 9 Mei 2025 rombongan tiba.").value == "2025-05-09"
    assert values("Angka inflasi pada tanggal 1,5 persen itu keliru.") == []
    assert one("tanggal 31 lalu", published=dt.date(2025, 5, 14)).value == "2025-03-31"


def test_weekday_next_to_a_day_month_chooses_the_year() -> None:
    # 5 August 2024 was a Monday; 5 August 2025 is a Tuesday.
    assert one("Kantor itu dibuka kembali Senin (5/8).").value == "2024-08-05"


def test_weekdays() -> None:
    assert one("Menteri itu berbicara pada hari Jumat.").value == "2025-05-09"
    assert one("Menteri itu berbicara pada hari Jumat.").text == "hari Jumat"
    assert one("Presiden berangkat Rabu pagi.").value == "2025-05-14"  # the publication day itself
    assert one("Presiden berangkat Rabu lalu.").value == "2025-05-07"
    assert one("Sidang dilanjutkan Jumat depan.").value == "2025-05-16"
    assert one("Sidang dilanjutkan Jumat mendatang.").relation == "future"
    assert one("Warga berkumpul Jumat (9/5) sore.").value == "2025-05-09"


def test_minggu_is_sunday_or_week() -> None:
    assert one("Pawai digelar Minggu pukul 08.30 di alun-alun.").value == "2025-05-11"
    expr = one("Gencatan senjata dimulai minggu lalu.")
    assert (expr.text, expr.value, expr.precision, expr.relation) == (
        "minggu lalu",
        "2025-05",
        "month",
        "past",
    )
    assert one("Minggu depan, tim itu bertanding lagi.").relation == "future"
    assert one("Harga cabai naik minggu ini.").value == "2025-05"
    assert one("Ia pulang hari Minggu lalu.").value == "2025-05-11"
    assert found("Dua Minggu Setelah Banjir") == []


def test_relative_days() -> None:
    assert one("Polisi menangkap dua orang kemarin.").value == "2025-05-13"
    assert one("Harga emas turun hari ini.").value == "2025-05-14"
    assert one("Ledakan terdengar tadi malam.").value == "2025-05-13"
    assert one("Hujan deras turun semalam.").value == "2025-05-13"
    assert one("Ia mengundurkan diri dua hari lalu.").value == "2025-05-12"
    assert one("Ia mengundurkan diri 3 hari yang lalu.").value == "2025-05-11"
    expr = one("Warga mengungsi beberapa hari lalu.")
    assert (expr.value, expr.precision) == ("2025-05", "month")


def test_relative_months_years_and_parts() -> None:
    assert values("Inflasi naik bulan lalu dan turun bulan depan.") == ["2025-04", "2025-06"]
    assert values("Pemilu digelar tahun lalu; sensus tahun depan.") == ["2024", "2026"]
    assert one("Stok menipis pekan ini.").precision == "month"
    assert one("Proyek itu dimulai awal tahun ini.").text == "awal tahun ini"
    assert one("Gaji dibayar akhir bulan lalu.").value == "2025-04"
    assert one("Festival itu diadakan pertengahan Juni.").value == "2024-06"
    assert one("Perjanjian diteken pada bulan Mei.").value == "2025-05"
    assert one("Perjanjian diteken pada bulan Juli.").value == "2024-07"
    assert one("Pemilihan berlangsung Juli mendatang.").value == "2025-07"
    assert one("Kesepakatan itu dicapai Maret lalu.").value == "2025-03"
    assert one("Kesepakatan itu dicapai Maret tahun lalu.").value == "2024-03"


# --------------------------------------------------------------------------- no false positives


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 2019 orang hadir dalam acara itu.",
        "Hal itu diatur dalam UU Nomor 7 Tahun 2017 tentang pemilu.",
        "Rapat dimulai pukul 08.30 dan selesai pukul 10.15.",
        "Tim tuan rumah menang 12/5 dalam hitungan poin.",
        "Skor akhir (2-1) untuk tim tamu.",
        "Perusahaan Meiji dan tokoh bernama Meirina hadir.",
        "Putusan perkara 114/PUU-XX/2022 dibacakan hakim.",
        "Anggaran mencapai Rp 1.250.000 per orang.",
        "Ia tinggal di sana selama dua minggu.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert found(text) == []


def test_bare_month_needs_a_cue() -> None:
    assert found("Tokoh Mei Ling memberi sambutan.") == []
    assert found("Officials said they may 7 times review it.", language="en") == []
    assert found("Theresa May spoke to reporters.", language="en") == []


# --------------------------------------------------------------------------- without a publication date


def test_relative_expressions_without_publication_date() -> None:
    expr = one("Rapat digelar pada hari Jumat.", published=None)
    assert (expr.value, expr.precision, expr.relation) == (None, "day", "past")
    assert one("Sidang dilanjutkan bulan depan.", published=None).relation == "future"
    assert one("Pasukan itu menyeberang pada 7 Mei.", published=None).value is None
    assert one("Pasukan itu menyeberang pada 7 Mei 2024.", published=None).value == "2024-05-07"


# --------------------------------------------------------------------------- English


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("The minister resigned on Tuesday.", "Tuesday", "2025-05-13", "day"),
        ("Talks collapsed last week.", "last week", "2025-05", "month"),
        ("Troops crossed the border yesterday.", "yesterday", "2025-05-13", "day"),
        ("The vote was held on May 7.", "May 7", "2025-05-07", "day"),
        ("The vote was held on 7 May 2024.", "7 May 2024", "2024-05-07", "day"),
        ("Prices fell in March.", "March", "2025-03", "month"),
        ("Exports grew last month.", "last month", "2025-04", "month"),
        ("He was detained two days ago.", "two days ago", "2025-05-12", "day"),
        ("The war began on October 7, 2023.", "October 7, 2023", "2023-10-07", "day"),
        ("The summit ends by the end of this year.", "the end of this year", "2025", "year"),
        ("Protests resumed late Monday.", "late Monday", "2025-05-12", "day"),
        ("A ceasefire is due next Friday.", "next Friday", "2025-05-16", "day"),
    ],
)
def test_english(text: str, span: str, value: str, precision: str) -> None:
    expr = one(text, language="en")
    assert (expr.text, expr.value, expr.precision) == (span, value, precision)


def test_unknown_language() -> None:
    with pytest.raises(UnsupportedLanguageError):
        find_time_expressions("x", PUB, "xx")


# --------------------------------------------------------------------------- publication dates


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Jakarta, Kamis, 12 Juni 2025\nPresiden membuka pameran pada 3 Mei 2024.",
            "id",
            dt.date(2025, 6, 12),
        ),
        ("Judul Berita\nSenin, 03 Nov 2025 14:20 WIB\nIsi berita.", "id", dt.date(2025, 11, 3)),
        ("Headline\nPublished 14 October 2025\nThe council met.", "en", dt.date(2025, 10, 14)),
        ("Judul\n12/06/2025 10:15\nIsi berita.", "id", dt.date(2025, 6, 12)),
        ("BANDUNG, Selasa (4/3/2025) - Hujan deras melanda kota.", "id", dt.date(2025, 3, 4)),
        ("Judul\nIsi berita.\nDiterbitkan: 2 Januari 2024", "id", dt.date(2024, 1, 2)),
    ],
)
def test_publication_date(text: str, language: str, expected: dt.date) -> None:
    assert find_publication_date(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Judul tanpa tanggal\nWarga berkumpul di lapangan.",
        "Pemerintah menyatakan bahwa perang meletus pada 7 Oktober 2023, ketika pasukan menyerbu kota.",
        "JAKARTA - Pada 7 Oktober 2023, pasukan menyerbu kota.",
        "Judul\n"
        + "Kalimat isi.\n" * 12
        + "Kesepakatan diteken 5 Maret 2024 di kantor itu oleh kedua pihak.\n"
        + "Kalimat isi.\n" * 6,
    ],
)
def test_no_publication_date(text: str) -> None:
    assert find_publication_date(text) is None
