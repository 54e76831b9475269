"""The shipped spaCy pipelines: present, loadable offline, and giving sane analyses through warta.models."""

from __future__ import annotations

import pytest

from warta.errors import UnsupportedLanguageError, WartaError
from warta.models import ModelMissingError, ParsedSentence, load_model, model_info, model_path, parse

spacy = pytest.importorskip("spacy")

# Our own sentences (not from any corpus).
KUNJUNGAN = ["Menteri", "Luar", "Negeri", "Retno", "Marsudi", "mengunjungi", "Kairo", "pada", "Senin",
             "untuk", "membahas", "bantuan", "bagi", "warga", "Gaza", "."]
KECAMAN = ["Pemerintah", "Mesir", "mengecam", "serangan", "itu", "dan", "meminta", "Israel",
           "menghentikan", "operasi", "militernya", "."]


def test_indonesian_model_is_shipped_and_loads_with_spacy():
    path = model_path("id")
    assert (path / "config.cfg").is_file()
    nlp = spacy.load(path)
    for name in ("morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names


def test_load_model_is_cached_per_process():
    assert load_model("id") is load_model("id")


def test_parse_gives_one_analysis_per_word_with_a_tree():
    first, second = parse("id", [KUNJUNGAN, KECAMAN])
    for sentence, words in ((first, KUNJUNGAN), (second, KECAMAN)):
        assert isinstance(sentence, ParsedSentence)
        assert list(sentence.words) == words
        n = len(words)
        assert len(sentence.upos) == len(sentence.lemma) == len(sentence.head) == len(sentence.dep) == n
        assert all(0 <= h < n for h in sentence.head)
        roots = [i for i, h in enumerate(sentence.head) if h == i]
        assert len(roots) == 1 and sentence.dep[roots[0]] == "root"
        assert sentence.root == roots[0]
        for start, end, label in sentence.ents:
            assert 0 <= start < end <= n and label in {"PER", "ORG", "LOC", "EVT"}
    assert first.upos[5] == "VERB" and first.upos[-1] == "PUNCT" and first.upos[7] == "ADP"
    assert second.upos[2] == "VERB" and second.dep[-1] == "punct"
    assert second.root == 2                      # mengecam
    assert second.dep[1] in {"nmod", "flat", "flat:name", "compound"} and second.head[1] == 0
    # the trainable lemmatizer strips meN-/-kan (lemma accuracy 92.5 on CSUI test); warta's own pipeline does
    # not read lemmas. Known misses of the current model: meminta -> "pinta", mengunjungi -> "tgunjungi".
    assert second.lemma[8] == "henti" and first.lemma[10] == "bahas"   # menghentikan, membahas
    assert (3, 5, "PER") in first.ents           # Retno Marsudi
    assert any(label == "LOC" and start <= 14 < end for start, end, label in first.ents)  # Gaza


def test_parse_handles_empty_input_and_odd_words():
    assert parse("id", []) == []
    empty, odd = parse("id", [[], ["  ", "Jakarta"]])
    assert len(empty) == 0 and empty.root is None
    assert len(odd) == 2 and odd.words[1] == "Jakarta"


def test_tokens_view_and_children():
    [sentence] = parse("id", [KECAMAN])
    tokens = sentence.tokens
    assert tokens[2].text == "mengecam" and tokens[2].head == 2
    assert 0 in sentence.children(2)


def test_unknown_language_is_a_warta_error():
    with pytest.raises(UnsupportedLanguageError):
        model_path("xx")
    with pytest.raises(WartaError):
        parse("xx", [["a"]])


def test_missing_model_gives_a_clear_error(monkeypatch, tmp_path):
    from warta import models

    monkeypatch.setattr(models, "MODELS_DIR", tmp_path)
    with pytest.raises(ModelMissingError, match="missing"):
        models.model_path("id")


def test_info_records_data_and_scores():
    info = model_info("id")
    assert info["lang"] == "id"
    names = [d["name"] for d in info["warta"]["data"]["ud"]]
    assert "UD_Indonesian-CSUI" in names
    assert info["size_bytes"] < 30_000_000


def test_shipped_tokenizer_keeps_dates_and_abbreviations_and_splits_clitics():
    nlp = load_model("id")
    words = [t.text for t in nlp.make_doc("Di Jl. Merdeka, Senin (12/5/2025) pukul 10.30 rumahnya dibakar.")]
    assert "12/5/2025" in words and "Jl." in words and "10.30" in words
    assert words[words.index("rumah") + 1] == "nya"


def test_skipping_components():
    [full] = parse("id", [KUNJUNGAN])
    [fast] = parse("id", [KUNJUNGAN], skip={"ner"})
    assert fast.ents == () and fast.head == full.head and fast.upos == full.upos
    with pytest.raises(ValueError):
        parse("id", [KUNJUNGAN], skip={"nonexistent"})


def test_english_model_parses_a_sentence():
    [s] = parse("en", [["The", "Egyptian", "government", "condemned", "the", "attack", "on", "Gaza", "."]])
    assert s.root == 3 and s.upos[3] == "VERB" and s.dep[3] == "root"
    assert s.head[2] == 3 and s.dep[2] == "nsubj"
    assert s.head[5] == 3 and s.dep[5] == "obj"
    assert s.lemma[5] == "attack"
    assert s.ents == ()
