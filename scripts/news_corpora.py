"""The shared Indonesian news corpora under ../shared/data/id, read one way for every script.

The corpora (see ../shared/data/id/PROVENANCE.md): IndoNLU bapos_pos-idn (POS-tagged news) and nerp_ner-prosa
(NER, lower case), idner-news-2k (NER with UPOS), IndoLEM nerugm and nerui (NER), UD Indonesian-CSUI
(treebank). Each file holds one word a line, a blank line between sentences, in one of four formats:

- ``bio-pos``: word<TAB>tag, the tag B-/I- + a POS of the UI tagset (bapos);
- ``bio``: word<TAB>BIO entity tag (nerp, nerugm, nerui);
- ``idner``: word UPOS entity-tag, separated by spaces (idner-news-2k);
- ``conllu``: Universal Dependencies (comment lines and multiword-token ranges are passed over).

:func:`read_file` gives each sentence's words and, where the corpus has them, its POS tags and entity tags;
:func:`detokenize` joins a sentence's words back into text as written; :func:`sample_units` draws single
sentences and runs of consecutive sentences (the files keep the order of their articles) to code as text.
Used by lexicon_frequency.py, actor_coverage.py, event_sample.py, trace_news.py and implicit_candidates.py.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "id"


@dataclass(frozen=True)
class CorpusFile:
    corpus: str  # short name: bapos, nerp, idner, nerugm, nerui, csui
    split: str  # train, valid, dev or test (a corpus of one file: train)
    path: str  # under DATA
    fmt: str  # bio-pos | bio | idner | conllu
    cased: bool = True  # False: the text is written in lower case


FILES: tuple[CorpusFile, ...] = (
    CorpusFile("bapos", "train", "indonlu/bapos_pos-idn/train_preprocess.txt", "bio-pos"),
    CorpusFile("bapos", "valid", "indonlu/bapos_pos-idn/valid_preprocess.txt", "bio-pos"),
    CorpusFile("bapos", "test", "indonlu/bapos_pos-idn/test_preprocess.txt", "bio-pos"),
    CorpusFile("nerp", "train", "indonlu/nerp_ner-prosa/train_preprocess.txt", "bio", cased=False),
    CorpusFile("nerp", "valid", "indonlu/nerp_ner-prosa/valid_preprocess.txt", "bio", cased=False),
    CorpusFile("nerp", "test", "indonlu/nerp_ner-prosa/test_preprocess.txt", "bio", cased=False),
    CorpusFile("idner", "train", "ner/idner-news-2k/train.txt", "idner"),
    CorpusFile("idner", "dev", "ner/idner-news-2k/dev.txt", "idner"),
    CorpusFile("idner", "test", "ner/idner-news-2k/test.txt", "idner"),
    CorpusFile("nerugm", "train", "ner/indolem/nerugm/nerugm.txt", "bio"),
    CorpusFile("nerui", "train", "ner/indolem/nerui/nergithub.txt", "bio"),
    CorpusFile("csui", "train", "ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu", "conllu"),
    CorpusFile("csui", "test", "ud/UD_Indonesian-CSUI/id_csui-ud-test.conllu", "conllu"),
)
#: the corpora of running news text one token a line (the treebank's sentences are not in article order)
NEWS = ("bapos", "nerp", "idner", "nerugm", "nerui")


def files(corpora: Iterable[str] | None = None, splits: Iterable[str] | None = None) -> tuple[CorpusFile, ...]:
    """The files of these corpora and splits (default: all), in the order of :data:`FILES`."""
    corpora = None if corpora is None else frozenset(corpora)
    splits = None if splits is None else frozenset(splits)
    return tuple(f for f in FILES if (corpora is None or f.corpus in corpora) and (splits is None or f.split in splits))


@dataclass(frozen=True)
class NewsSentence:
    words: tuple[str, ...]
    pos: tuple[str, ...] | None = None  # the corpus's POS tag a word (UI tagset or UPOS), where it has them
    entities: tuple[str, ...] | None = None  # the BIO entity tag a word (B-PER, I-ORG, O ...), where it has them


# ---- reading ----------------------------------------------------------------------------------------------

def rows(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    """The sentences of a word-a-line file as lists of cells: tab-separated where the line has a tab, else
    space-separated; a blank line (or one with an empty first cell) ends a sentence."""
    block: list[list[str]] = []
    for raw in [*lines, ""]:
        line = raw.rstrip("\n").rstrip("\r")
        cells = [c.strip() for c in line.split("\t")] if "\t" in line else line.split()
        if not cells or not cells[0]:
            if block:
                yield block
            block = []
            continue
        block.append(cells)


def _cell(cells: list[str], i: int, default: str) -> str:
    return cells[i] if len(cells) > i else default


def read(lines: Iterable[str], fmt: str) -> Iterator[NewsSentence]:
    """The sentences of a file in format ``fmt`` (see the module's doc)."""
    for block in rows(lines):
        if fmt == "conllu":
            # comments, multiword-token ranges and empty nodes: the syntactic words are the numbered lines
            block = [c for c in block if len(c) >= 4 and c[0].isdigit()]
            if block:
                yield NewsSentence(tuple(c[1] for c in block), pos=tuple(c[3] for c in block))
        elif fmt == "idner":
            yield NewsSentence(tuple(c[0] for c in block), pos=tuple(_cell(c, 1, "") for c in block),
                               entities=tuple(_cell(c, 2, "O") for c in block))
        elif fmt == "bio-pos":  # the B-/I- prefix of a POS tag marks a multiword unit, not the class
            yield NewsSentence(tuple(c[0] for c in block),
                               pos=tuple(_cell(c, 1, "").split("-", 1)[-1] for c in block))
        elif fmt == "bio":
            yield NewsSentence(tuple(c[0] for c in block), entities=tuple(_cell(c, 1, "O") for c in block))
        else:
            raise ValueError(f"unknown corpus format {fmt!r}")


def read_file(path: Path, fmt: str) -> Iterator[NewsSentence]:
    with Path(path).open(encoding="utf-8", errors="replace") as handle:
        yield from read(handle, fmt)


def sentences(files: Iterable[tuple[str, str]], root: Path = DATA) -> Iterator[tuple[str, NewsSentence]]:
    """(path, sentence) for every sentence of the (path under ``root``, format) files present; a missing file
    is passed over."""
    for name, fmt in files:
        path = root / name
        if path.exists():
            for sentence in read_file(path, fmt):
                yield name, sentence


# ---- text -------------------------------------------------------------------------------------------------

NO_SPACE_BEFORE = frozenset(".,:;!?)]}%")
NO_SPACE_AFTER = frozenset("([{")
QUOTES = frozenset({'"', "''", "``"})
CLITICS = frozenset({"nya", "ku", "mu", "lah", "kah", "pun"})


def glue_clitics(tokens: list[str]) -> list[str]:
    """The IDN corpus splits a clitic off as "harta - nya": written "hartanya"."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "-" and out and i + 1 < len(tokens) and tokens[i + 1].lower() in CLITICS:
            out[-1] += tokens[i + 1]
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


def detokenize(tokens: Iterable[str]) -> str:
    """Tokens joined as written: no space before closing punctuation, none inside quotation marks."""
    tokens = glue_clitics(list(tokens))
    out: list[str] = []
    open_quote = False
    glue_next = False
    for tok in tokens:
        if tok in QUOTES:
            tok = '"'
            if open_quote:
                out.append(tok)
            else:
                out.append(" " + tok if out else tok)
                glue_next = True
            open_quote = not open_quote
            continue
        if not out or glue_next or tok[0] in NO_SPACE_BEFORE:
            out.append(tok)
        else:
            out.append(" " + tok)
        glue_next = tok in NO_SPACE_AFTER
    text = "".join(out).strip()
    return text[0].upper() + text[1:] if text else text


def texts(file: CorpusFile, root: Path = DATA, limit: int | None = None) -> Iterator[str]:
    """The first ``limit`` sentences of a file (default: all) as text."""
    return (detokenize(s.words) for s in islice(read_file(root / file.path, file.fmt), limit))


def first_texts(corpora: dict[str, CorpusFile], limit: int, root: Path = DATA) -> Iterator[tuple[str, list[str]]]:
    """(name, its first ``limit`` sentences as text) for every corpus whose file is present; a missing file is
    one W line on stderr."""
    for name, file in corpora.items():
        if not (root / file.path).exists():
            print(f"W: skipping {name}: {root / file.path} not found", file=sys.stderr)
            continue
        yield name, list(texts(file, root, limit))


# ---- sampling ---------------------------------------------------------------------------------------------

def sample_units(files: Iterable[CorpusFile], root: Path, sentences: int, paragraphs: int, seed: int,
                 min_words: int = 5) -> list[dict]:
    """Single sentences and runs of 3-6 consecutive sentences, drawn evenly from every file present (sentences
    of fewer than ``min_words`` words left out), as {"id", "kind", "text"}; none when no file is present."""
    rng = random.Random(seed)
    by_source: dict[str, list[str]] = {}
    for file in files:
        if (root / file.path).exists():
            by_source[file.path] = [t for t in texts(file, root) if len(t.split()) >= min_words]
    if not by_source:
        return []
    out: list[dict] = []
    per_sent = sentences // len(by_source) + 1
    per_par = paragraphs // len(by_source) + 1
    for rel, sents in sorted(by_source.items()):
        name = rel.split("/")[1]
        picked = rng.sample(range(len(sents)), min(per_sent, len(sents)))
        out += [{"id": f"{name}:s{i}", "kind": "sentence", "text": sents[i]} for i in sorted(picked)]
        for _ in range(per_par):
            size = rng.randint(3, 6)
            start = rng.randrange(0, max(1, len(sents) - size))
            out.append({"id": f"{name}:p{start}-{start + size}", "kind": "paragraph",
                        "text": " ".join(sents[start:start + size])})
    return out
