"""Sentence splitting with offsets, on sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.pipeline.sentences import split_sentences


def texts(text: str, **kwargs: object) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, **kwargs)]  # type: ignore[arg-type]


def test_simple_split_and_offsets() -> None:
    text = "  Hujan turun. Jalan banjir!  Warga mengungsi?  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["Hujan turun.", "Jalan banjir!", "Warga mengungsi?"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Sari dan Prof. Budi tiba di Jl. Merdeka No. 10 pukul 08.30 WIB.",
        "Bantuan itu senilai Rp 1.200 juta, atau 3,5 persen anggaran, untuk beras, gula, dll. yang dibagikan.",
        "Ia menemui J. Biden dan U.S. Rep. Smith di Washington.",
        "Surat ditandatangani a.n. Menteri oleh Ny. Ratna dan H. Ahmad.",
        "Gen. Mark Cole met Sen. Diaz on Jan. 5 in the U.N. building.",
        "Kami menunggu... Akhirnya mereka datang juga.",
    ],
)
def test_no_split(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_quotes_stay_with_their_sentence() -> None:
    text = "“Kami tidak akan mundur.” Pemerintah menolak tuntutan itu."
    assert texts(text) == ["“Kami tidak akan mundur.”", "Pemerintah menolak tuntutan itu."]
    text = '"Setuju?" tanya ketua rapat. Semua mengangguk.'
    assert texts(text) == ['"Setuju?" tanya ketua rapat.', "Semua mengangguk."]


def test_editor_tag_stays_with_the_last_sentence() -> None:
    assert texts("Rapat ditutup. Semua setuju. (rin)") == ["Rapat ditutup.", "Semua setuju. (rin)"]


def test_newline_is_a_hard_boundary() -> None:
    assert texts("Judul tanpa titik\nIsi berita pertama. Isi kedua.") == [
        "Judul tanpa titik", "Isi berita pertama.", "Isi kedua."]


def test_list_number_and_sub_range() -> None:
    text = "Pengantar.\n1. Jaga kebersihan kulit. Ini penting."
    start = text.index("1.")
    assert texts(text, start=start) == ["1. Jaga kebersihan kulit.", "Ini penting."]
    assert split_sentences(text, 0, 10) == [(0, 10)]


def test_english_sentences_split() -> None:
    assert texts("The talks ended on Friday. No deal was reached.", language="en") == [
        "The talks ended on Friday.", "No deal was reached."]


def test_empty() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n  ") == []
