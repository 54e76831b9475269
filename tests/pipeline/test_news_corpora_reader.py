"""The one reader of the shared Indonesian news corpora (scripts/news_corpora.py), on small files written for
this test in each of its four formats."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "news_corpora.py"
_spec = importlib.util.spec_from_file_location("news_corpora", SCRIPT)
corpora = importlib.util.module_from_spec(_spec)
sys.modules["news_corpora"] = corpora  # its dataclasses look their module up
_spec.loader.exec_module(corpora)

BIO_POS = "Nelayan\tB-NN\nmenolak\tB-VB\nproyek\tB-NN\nitu\tB-PR\n.\tB-Z\n\nHarga\tB-NN\nnaik\tB-VB\n"
BIO = "Bupati\tO\nSarmin\tB-PER\nmeninjau\tO\nDesa\tB-LOC\nWaru\tI-LOC\n\n"
IDNER = "Koperasi PROPN B-ORG\r\nmembantah VERB O\r\n\r\nWarga NOUN O\r\nprotes VERB O\r\n"
CONLLU = ("# text = Mereka membelinya\n1\tMereka\tmereka\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
          "2-3\tmembelinya\t_\t_\t_\t_\t_\t_\t_\t_\n2\tmembeli\tbeli\tVERB\t_\t_\t0\troot\t_\t_\n"
          "3\tnya\tia\tPRON\t_\t_\t2\tobj\t_\t_\n\n")


def test_each_format_gives_words_and_the_tags_the_corpus_has():
    first, second = corpora.read(BIO_POS.splitlines(keepends=True), "bio-pos")
    assert first.words == ("Nelayan", "menolak", "proyek", "itu", ".")
    assert first.pos == ("NN", "VB", "NN", "PR", "Z") and first.entities is None
    assert second.words == ("Harga", "naik")  # the last sentence needs no blank line after it
    (bio,) = corpora.read(BIO.splitlines(keepends=True), "bio")
    assert bio.entities == ("O", "B-PER", "O", "B-LOC", "I-LOC") and bio.pos is None
    spaced = list(corpora.read(IDNER.splitlines(keepends=True), "idner"))  # CRLF line ends
    assert [s.words for s in spaced] == [("Koperasi", "membantah"), ("Warga", "protes")]
    assert spaced[0].pos == ("PROPN", "VERB") and spaced[0].entities == ("B-ORG", "O")
    (ud,) = corpora.read(CONLLU.splitlines(keepends=True), "conllu")
    assert ud.words == ("Mereka", "membeli", "nya")  # the syntactic words, not the written range
    assert ud.pos == ("PRON", "VERB", "PRON")


def test_words_are_joined_as_written():
    words = ["warga", "menolak", "harga", "-", "nya", ",", "kata", "``", "Rudi", "''", "(", "35", ")", "."]
    assert corpora.detokenize(words) == 'Warga menolak harganya, kata "Rudi" (35).'


def test_files_are_chosen_by_corpus_and_split():
    train = corpora.files(corpora.NEWS, ["train"])
    assert [f.corpus for f in train] == ["bapos", "nerp", "idner", "nerugm", "nerui"]
    assert [f.split for f in corpora.files(["idner"])] == ["train", "dev", "test"]
    assert not any(f.cased for f in corpora.files(["nerp"]))


def test_sentences_and_units_of_the_files_present(tmp_path, capsys):
    one = corpora.CorpusFile("mine", "train", "a/news.txt", "bio-pos")
    missing = corpora.CorpusFile("gone", "train", "b/none.txt", "bio")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "news.txt").write_text("\n".join([BIO_POS] * 4), encoding="utf-8")
    assert [n for n, _ in corpora.sentences([(one.path, one.fmt), (missing.path, "bio")], tmp_path)] == \
        ["a/news.txt"] * 8
    got = list(corpora.first_texts({"mine": one, "gone": missing}, 3, tmp_path))
    assert got == [("mine", ["Nelayan menolak proyek itu.", "Harga naik", "Nelayan menolak proyek itu."])]
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("W: skipping gone")
    units = corpora.sample_units([one, missing], tmp_path, sentences=2, paragraphs=1, seed=3, min_words=3)
    assert units == corpora.sample_units([one], tmp_path, sentences=2, paragraphs=1, seed=3, min_words=3)
    assert [u["kind"] for u in units] == ["sentence"] * 3 + ["paragraph"] * 2
    assert all(u["id"].startswith("news.txt:") for u in units)  # named by the file's folder below the root
    assert all("Harga naik" not in u["text"] for u in units if u["kind"] == "sentence")  # too short
    assert corpora.sample_units([missing], tmp_path, 2, 1, 3) == []
