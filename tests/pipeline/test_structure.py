"""Structure: headline, subheads, body and clutter lines, on articles written for these tests."""

from __future__ import annotations

import pytest

from warta.pipeline.structure import Block, dateline_span, inline_clutter, match_clutter, segment, title_of

ARTICLE = """Menlu Bertemu Mitranya di Bandung, Bahas Kerja Sama Pangan

Foto: Humas Kemlu/Rina Kartika
Menteri Luar Negeri saat menyambut tamunya di Gedung Sate
BANDUNG, KABARKITA.com - Menteri Luar Negeri menerima kunjungan mitranya dari Laos pada Selasa (4/3/2025).
Kedua menteri membahas kerja sama pangan dan pendidikan.

Baca juga: Presiden Resmikan Bendungan Baru di Jawa Barat

Perluasan Beasiswa
Pemerintah akan menambah beasiswa untuk mahasiswa Laos mulai tahun depan, kata juru bicara.
Penulis: Dewi Lestari
Editor : Agus Salim
Ikuti berita terbaru kami di Google News
Copyright © 2025 KabarKita. All rights reserved.
Berita Terkait
Gubernur Tinjau Banjir di Pesisir Utara
Harga Beras Turun Jelang Panen Raya
"""


def blocks_by_text(text: str, blocks: list[Block]) -> dict[str, Block]:
    return {text[b.start : b.end]: b for b in blocks}


@pytest.fixture(scope="module")
def article() -> tuple[str, dict[str, Block]]:
    blocks = segment(ARTICLE, "id")
    return ARTICLE, blocks_by_text(ARTICLE, blocks)


def test_offsets_are_the_stripped_lines() -> None:
    blocks = segment(ARTICLE, "id")
    lines = [line.strip() for line in ARTICLE.splitlines() if line.strip()]
    assert [ARTICLE[b.start : b.end] for b in blocks] == lines


def test_headline_and_title(article: tuple[str, dict[str, Block]]) -> None:
    text, by = article
    assert by["Menlu Bertemu Mitranya di Bandung, Bahas Kerja Sama Pangan"].kind == "headline"
    assert title_of(text, segment(text)) == "Menlu Bertemu Mitranya di Bandung, Bahas Kerja Sama Pangan"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Foto: Humas Kemlu/Rina Kartika", "credit"),
        ("Menteri Luar Negeri saat menyambut tamunya di Gedung Sate", "caption"),
        ("Baca juga: Presiden Resmikan Bendungan Baru di Jawa Barat", "readmore"),
        ("Penulis: Dewi Lestari", "byline"),
        ("Editor : Agus Salim", "editor"),
        ("Ikuti berita terbaru kami di Google News", "social"),
        ("Copyright © 2025 KabarKita. All rights reserved.", "copyright"),
        ("Berita Terkait", "related"),
        ("Gubernur Tinjau Banjir di Pesisir Utara", "related"),
        ("Harga Beras Turun Jelang Panen Raya", "related"),
    ],
)
def test_clutter_lines(article: tuple[str, dict[str, Block]], line: str, reason: str) -> None:
    block = article[1][line]
    assert (block.kind, block.reason) == ("clutter", reason)


def test_body_and_subhead(article: tuple[str, dict[str, Block]]) -> None:
    _, by = article
    assert by["Kedua menteri membahas kerja sama pangan dan pendidikan."].kind == "body"
    assert by["Perluasan Beasiswa"].kind == "subhead"
    body = [b for b in by.values() if b.kind == "body"]
    assert len(body) == 3 and all(b.reason == "" for b in body)


def test_dateline_span(article: tuple[str, dict[str, Block]]) -> None:
    text, by = article
    block = next(b for t, b in by.items() if t.startswith("BANDUNG"))
    assert block.kind == "body"
    start, end = dateline_span(text, block)
    assert text[start:end] == "BANDUNG, KABARKITA.com - "
    assert dateline_span(text, by["Kedua menteri membahas kerja sama pangan dan pendidikan."]) is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Jakarta (ANTARA) - Presiden membuka sidang.", "Jakarta (ANTARA) - "),
        ("WASHINGTON (Reuters) - The Senate passed the bill.", "WASHINGTON (Reuters) - "),
        ("Surabaya, Warta Timur – Polisi menahan dua orang.", "Surabaya, Warta Timur – "),
        ("date 2024-02-01 kabarkita.com, MEDAN - Banjir melanda.", "date 2024-02-01 kabarkita.com, MEDAN - "),
    ],
)
def test_dateline_forms(opening: str, dateline: str) -> None:
    block = segment(opening + "\n")[0]
    start, end = dateline_span(opening, block)
    assert opening[start:end] == dateline


def test_credit_chain_caption_and_english_clutter() -> None:
    text = (
        "Leaders agree to expand trade talks\n\n"
        "Jane Doe / Agency One / EPA\n"
        "The two prime ministers during the summit in Hanoi\n"
        "By John Smith\n"
        "The leaders agreed on Monday to open talks on a trade pact, officials said.\n"
        "Advertisement\n"
        "Scroll to continue with content\n"
        "Read more: Markets rally after the summit\n"
        "John Smith is a reporter covering Asian politics for the paper.\n"
    )
    by = blocks_by_text(text, segment(text, "en"))
    assert by["Leaders agree to expand trade talks"].kind == "headline"
    assert by["Jane Doe / Agency One / EPA"].reason == "credit"
    assert by["The two prime ministers during the summit in Hanoi"].reason == "caption"
    assert by["By John Smith"].reason == "byline"
    assert by["Advertisement"].reason == "ad"
    assert by["Scroll to continue with content"].reason == "ad"
    assert by["Read more: Markets rally after the summit"].reason == "readmore"
    assert by["John Smith is a reporter covering Asian politics for the paper."].reason == "bio"
    assert by["The leaders agreed on Monday to open talks on a trade pact, officials said."].kind == "body"


def test_bio_pattern_only_counts_in_the_tail() -> None:
    text = (
        "Reporter detained in the capital\n\n"
        "Sam Lee is a reporter for a local paper who was detained on Friday.\n"
        "Police said the detention was lawful and would be reviewed.\n"
    )
    kinds = [b.kind for b in segment(text, "en")]
    assert kinds == ["headline", "body", "body"]


def test_datelines_alone_and_labels_are_clutter() -> None:
    text = (
        "Polisi Bubarkan Unjuk Rasa di Depan Balai Kota\n"
        "Nasional\n"
        "Senin, 3 Maret 2025 14:20 WIB\n"
        "Polisi membubarkan unjuk rasa di depan balai kota pada Senin siang.\n"
        "Tautan sumber\n"
    )
    reasons = [(b.kind, b.reason) for b in segment(text)]
    assert reasons == [("headline", ""), ("clutter", "section"), ("clutter", "dateline"), ("body", ""),
                       ("clutter", "source")]


def test_caption_with_credit_inline_and_no_headline() -> None:
    text = (
        "Warga mengungsi ke balai desa, Rabu (5/2/2025). (Foto: Dok. BPBD)\n"
        "Garut - Ratusan warga mengungsi setelah banjir merendam tiga desa.\n"
    )
    blocks = segment(text)
    assert [(b.kind, b.reason) for b in blocks] == [("clutter", "caption"), ("body", "")]
    assert title_of(text, blocks) is None


def test_inline_readmore_span() -> None:
    text = "Hujan turun sejak pagi. Baca juga: Timnas Menang Besar! Pelatih meminta pemain tetap fokus.\n"
    (start, end), = inline_clutter(text, segment(text)[0])
    assert text[start:end] == "Baca juga: Timnas Menang Besar!"
    # run into the next sentence: its last capitalised words are left to that sentence (its subject)
    text = "Hujan turun. Baca Juga: Banjir Rendam Tiga Desa di Garut Bupati meminta warga waspada.\n"
    (start, end), = inline_clutter(text, segment(text)[0])
    assert text[start:end] == "Baca Juga: Banjir Rendam Tiga Desa di"


def test_match_clutter_is_conservative() -> None:
    assert match_clutter("Simak juga video berikut ini") == "readmore"
    assert match_clutter("Presiden meminta semua pihak menahan diri.") is None
    assert match_clutter("Akses warga ke saluran irigasi terputus akibat banjir.") is None
