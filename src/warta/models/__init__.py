"""The shipped spaCy pipelines: tags, lemmas, dependency parse and named entities of pre-tokenised sentences.

The pipelines are trained by ``training/`` from openly licensed treebanks and NER corpora (see
``docs/models.md``) and live inside the package (``warta/models/id_core``, ``warta/models/en_core``): nothing
is ever downloaded. Each is loaded once per process (:func:`load_model` caches it) and is a normal spaCy
pipeline directory, so ``spacy.load(model_path("id"))`` works too.

warta has its own tokenizer (with character offsets), so :func:`parse` takes words, not text::

    from warta.models import parse
    [s] = parse("id", [["Presiden", "Rusia", "mengecam", "serangan", "itu", "."]])
    s.upos     # ('PROPN', 'PROPN', 'VERB', 'NOUN', 'DET', 'PUNCT')
    s.head     # index of each word's head in the sentence; the root points to itself
    s.dep      # ('nsubj', 'flat', 'root', 'obj', 'det', 'punct')
    s.ents     # ((0, 2, 'PER'), ...) as (start, end exclusive, label)
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DataFileError, UnsupportedLanguageError

if TYPE_CHECKING:  # spaCy is imported lazily: importing warta must stay cheap
    from spacy.language import Language

__all__ = ["MODELS", "ModelMissingError", "ParsedSentence", "ParsedToken", "iter_parse", "load_model",
           "model_info", "model_path", "parse", "prefer_openblas"]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

MODELS_DIR = Path(__file__).resolve().parent
#: language → directory name of the shipped pipeline
MODELS = {"id": "id_core", "en": "en_core"}
#: file written by training/package.py next to spaCy's meta.json: data versions, licences, test scores
WARTA_META = "warta_model.json"

_LOCK = threading.Lock()
_LOADED: dict[str, Language] = {}


class ModelMissingError(DataFileError):
    """The shipped pipeline of a language is missing or cannot be loaded."""

    code = "W022"


@dataclass(frozen=True, slots=True)
class ParsedToken:
    """One word of a parsed sentence (a view built by :attr:`ParsedSentence.tokens`)."""

    i: int
    text: str
    upos: str
    lemma: str
    feats: str
    head: int
    dep: str


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """The analysis of one pre-tokenised sentence: parallel tuples, one item per input word.

    ``head[i]`` is the index (within the sentence) of word ``i``'s syntactic head; the root's head is its own
    index and its ``dep`` is ``"root"``. Labels are Universal Dependencies (``nsubj``, ``obj``, ``obl``,
    ``flat:name`` ...), tags are UPOS, ``feats`` is the UD FEATS string (``Voice=Pass|...``, ``""`` if none).
    ``ents`` are ``(start, end_exclusive, label)`` word spans, label in ``PER ORG LOC EVT`` for Indonesian
    (empty for a pipeline without NER).
    """

    words: tuple[str, ...]
    upos: tuple[str, ...]
    lemma: tuple[str, ...]
    feats: tuple[str, ...]
    head: tuple[int, ...]
    dep: tuple[str, ...]
    ents: tuple[tuple[int, int, str], ...]

    def __len__(self) -> int:
        return len(self.words)

    @property
    def root(self) -> int | None:
        """Index of the (first) root word, ``None`` for an empty sentence."""
        return next((i for i, h in enumerate(self.head) if h == i), None)

    @property
    def tokens(self) -> tuple[ParsedToken, ...]:
        return tuple(ParsedToken(i, self.words[i], self.upos[i], self.lemma[i], self.feats[i], self.head[i],
                                 self.dep[i]) for i in range(len(self.words)))

    def children(self, i: int) -> list[int]:
        """Indices of the words whose head is word ``i`` (in order)."""
        return [j for j, h in enumerate(self.head) if h == i and j != i]


def _check_language(language: str) -> str:
    if language not in MODELS:
        raise UnsupportedLanguageError(
            f"no shipped parsing model for language {language!r}; available: {', '.join(sorted(MODELS))}")
    return language


def model_path(language: str) -> Path:
    """Directory of the shipped spaCy pipeline of ``language`` (loadable with ``spacy.load()``).

    Raises :class:`ModelMissingError` when the directory is not there (a broken install or a source
    checkout where the models were not built: ``python training/reproduce.py`` rebuilds them).
    """
    path = MODELS_DIR / MODELS[_check_language(language)]
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
        raise ModelMissingError(
            f"the shipped {language!r} parsing model is missing from {path}: reinstall warta, or rebuild it "
            f"with `python training/reproduce.py {language}` in a source checkout")
    return path


def load_model(language: str) -> Language:
    """The spaCy pipeline of ``language``, loaded on first use and then shared by the whole process."""
    _check_language(language)
    nlp = _LOADED.get(language)
    if nlp is not None:
        return nlp
    with _LOCK:
        nlp = _LOADED.get(language)
        if nlp is None:
            path = model_path(language)
            try:
                import spacy

                nlp = spacy.load(path)
            except Exception as err:  # a truncated or incompatible model directory
                raise ModelMissingError(
                    f"cannot load the shipped {language!r} parsing model from {path}: {err}") from err
            prefer_openblas(nlp)
            log.info("loaded %s model from %s (%s)", language, path, ", ".join(nlp.pipe_names))
            _LOADED[language] = nlp
    return nlp


def prefer_openblas(nlp: Language) -> None:
    """Make the pipeline's layers multiply matrices with numpy (OpenBLAS) instead of thinc's BLIS kernels.

    Same weights, same results (to float rounding), but measured 1.5-1.9x faster on our AMD EPYC machines,
    where BLIS falls back to slow kernels (gemm 3x slower than numpy's OpenBLAS). Only this pipeline's
    layers are changed; thinc's process-wide default ops are left alone.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                if isinstance(node.ops, NumpyOps):
                    node.ops = ops


def model_info(language: str) -> dict[str, Any]:
    """spaCy's meta (name, version, spaCy version, components) merged with warta's training record
    (data sources and versions, licences, test scores)."""
    path = model_path(language)
    info: dict[str, Any] = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    extra = path / WARTA_META
    if extra.is_file():
        info["warta"] = json.loads(extra.read_text(encoding="utf-8"))
    info["path"] = str(path)
    info["size_bytes"] = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return info


def _clean(word: str) -> str:
    # spaCy rejects empty words; warta's tokens are never empty, but be safe with whitespace-only ones
    return word if word.strip() else "_"


def parse(language: str, sentences: Sequence[Sequence[str]], *, batch_size: int = 256,
          skip: Collection[str] = ()) -> list[ParsedSentence]:
    """Tag, lemmatise, parse and NER-tag pre-tokenised sentences (one list of words per sentence).

    Returns one :class:`ParsedSentence` per input sentence, in order, with exactly the input's words (the
    pipeline's tokenizer is not used; each list is one sentence, never split). Sentences are processed in
    batches (``nlp.pipe``), so pass many at once. ``skip`` names components not to run, e.g.
    ``skip={"ner"}`` (about a quarter of the time) or ``{"trainable_lemmatizer"}``; their fields are then
    empty (``ents``) or fall back to the word (``lemma``).
    """
    return list(iter_parse(language, sentences, batch_size=batch_size, skip=skip))


def iter_parse(language: str, sentences: Sequence[Sequence[str]], *, batch_size: int = 256,
               skip: Collection[str] = ()) -> Iterator[ParsedSentence]:
    """Lazy form of :func:`parse`."""
    from spacy.tokens import Doc

    nlp = load_model(language)
    unknown = set(skip) - set(nlp.pipe_names)
    if unknown:
        raise ValueError(f"unknown components {sorted(unknown)}; the {language!r} pipeline has {nlp.pipe_names}")

    def docs() -> Iterator[Doc]:
        for words in sentences:
            cleaned = [_clean(w) for w in words]
            n = len(cleaned)
            # one sentence per Doc: the parser respects preset boundaries, so it never splits it
            yield Doc(nlp.vocab, words=cleaned, spaces=[True] * (n - 1) + [False] if n else [],
                      sent_starts=[True] + [False] * (n - 1) if n else [])

    for doc in nlp.pipe(docs(), batch_size=batch_size, disable=list(skip)):
        yield _from_doc(doc)


#: the components that assign word classes, in the order they run
TAGGING_PIPES = ("tok2vec", "tagger", "morphologizer")


def tag_words(language: str, words: Sequence[str]) -> tuple[str, ...]:
    """The UPOS tag of each word of one pre-tokenised sentence, from the shipped pipeline's tagging
    components alone, called directly: for a single sentence, ``nlp.pipe`` with the other components
    disabled costs some fifty times more (it rebuilds the disabled pipeline on every call)."""
    from spacy.tokens import Doc

    nlp = load_model(language)
    doc = Doc(nlp.vocab, words=[_clean(w) for w in words])
    for name in TAGGING_PIPES:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return tuple(token.pos_ or "X" for token in doc)


def _from_doc(doc: Any) -> ParsedSentence:
    """spaCy Doc → ParsedSentence (heads made sentence-relative; a Doc is one sentence here)."""
    upos, lemma, feats, head, dep = [], [], [], [], []
    for token in doc:
        upos.append(token.pos_ or "X")
        lemma.append(token.lemma_ or token.text)
        feats.append(str(token.morph))
        head.append(token.head.i)
        label = token.dep_
        dep.append("root" if label in ("ROOT", "") and token.head.i == token.i else label or "dep")
    ents = tuple((e.start, e.end, e.label_) for e in doc.ents)
    return ParsedSentence(tuple(t.text for t in doc), tuple(upos), tuple(lemma), tuple(feats), tuple(head),
                          tuple(dep), ents)
