"""How many of the people and organisations that broad Indonesian news names get an actor code.

The NER corpora under ../shared/data/id (indolem nerugm and nerui, idner-news-2k, indonlu nerp_ner-prosa: news
sentences with gold PER/ORG/LOC spans, none of them from a gold event set) are run through warta's real
Indonesian actor recognition (the sentence's tokens, then :class:`warta.pipeline.actors.ActorFinder`), one
sentence per document. Every gold ORG and PER mention is then

- ``coded``: a warta actor with a code overlaps it;
- ``uncoded``: warta found an actor there but could give it no code;
- ``missed``: no warta actor touches it.

Mentions are grouped by their head: an organisation by its first word ("Kementerian", "Polda", "Universitas",
"PT"), a person by the word before the name (a title such as "Menteri" or "Kapolda", a speech verb such as
"kata", or ``<start>``), with frequencies. Warta actors that name something (an organisation, a person, a
country ...) where the corpus marks no entity at all are listed as false actors; bare role words
("polisi", "mahasiswa") are common nouns that NER does not mark and are counted apart.

    python scripts/actor_coverage.py [--corpus NAME ...] [--top N] [--examples N] [--limit N]

nerp_ner-prosa is written in lower case, so names that need a capital are not found there: its figures
are printed apart and are not part of the total.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

import news_corpora  # the one reader of the shared news corpora

from warta.pipeline.actors import ActorFinder
from warta.pipeline.doc import ActorMention, Doc, Sentence
from warta.records import Article
from warta.tokens import tokenize

DATA = news_corpora.DATA
#: corpus name here → the shared corpus read (news_corpora.FILES: its files, whether its text keeps capitals)
CORPORA: dict[str, str] = {"nerugm": "nerugm", "nerui": "nerui", "idner-news-2k": "idner", "nerp": "nerp"}
#: the corpora's entity labels, by what they are
LABELS = {"PER": "PER", "PERSON": "PER", "PPL": "PER", "ORG": "ORG", "ORGANIZATION": "ORG", "IND": "ORG",
          "LOC": "LOC", "LOCATION": "LOC", "PLC": "LOC"}
#: kinds of warta actor that are not a name written in the text
UNNAMED_KINDS = frozenset({"role", "pronoun", "definite", "possessive", "group_pronoun", "both"})


@dataclass(frozen=True)
class Entity:
    label: str  # PER, ORG, LOC, or the corpus's own label for other kinds (EVT, TIME ...)
    first: int  # word index in the sentence
    last: int  # inclusive


@dataclass(frozen=True)
class Tagged:
    words: tuple[str, ...]
    entities: tuple[Entity, ...]


def tagged(words: Iterable[str], tags: Iterable[str]) -> Tagged:
    return Tagged(tuple(words), tuple(spans(list(tags))))


def read_bio(lines: Iterable[str], column: int) -> Iterator[Tagged]:
    """Sentences of a BIO file (news_corpora.rows): one word a line with its tag in ``column`` (tab- or
    space-separated), a blank line between sentences."""
    for block in news_corpora.rows(lines):
        yield tagged((c[0] for c in block), (c[column] if len(c) > column else "O" for c in block))


def spans(tags: list[str]) -> Iterator[Entity]:
    """Entities of a BIO tag sequence (an I- without its B- opens an entity too)."""
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if prefix == "I" and name == label:
            continue
        if label is not None:
            yield Entity(LABELS.get(label, label), start, i - 1)
        start, label = (i, name) if prefix in ("B", "I") and name else (None, None)


@dataclass
class Outcome:
    entity: Entity
    text: str
    head: str
    status: str  # coded | uncoded | missed
    code: str | None
    sentence: str = ""


def code_sentence(finder: ActorFinder, tagged: Tagged) -> tuple[list[Outcome], list[ActorMention], str]:
    """Warta's actors for one corpus sentence, each gold PER/ORG mention's outcome, and the actors that
    overlap no entity of the corpus."""
    text, offsets = "", []
    for word in tagged.words:
        if text:
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    doc = Doc(article=Article(id="s", text=text, language="id"), published=None, language="id", text=text)
    doc.sentences.append(Sentence(0, 0, len(text), tokenize(text), "body"))
    finder(doc)
    actors = doc.actors.get(0, [])  # "di Kementerian X" is recognised too, as the place of an act
    outcomes = []
    for e in tagged.entities:
        if e.label not in ("PER", "ORG"):
            continue
        lo, hi = offsets[e.first][0], offsets[e.last][1]
        over = [m for m in actors if m.start < hi and lo < m.end]
        coded = [m for m in over if m.code]
        status = "coded" if coded else "uncoded" if over else "missed"
        head = _head(tagged.words, e)
        outcomes.append(Outcome(e, text[lo:hi], head, status, coded[0].code if coded else None, text))
    spans_ = [(offsets[e.first][0], offsets[e.last][1]) for e in tagged.entities]
    false = [m for m in actors if m.code and not any(m.start < hi and lo < m.end for lo, hi in spans_)]
    return outcomes, false, text


def _head(words: tuple[str, ...], e: Entity) -> str:
    """An organisation's first word; the word before a person's name (its title or the verb that
    introduces it)."""
    if e.label == "ORG":
        return _fold(words[e.first])
    return _fold(words[e.first - 1]) if e.first > 0 else "<start>"


def _fold(word: str) -> str:
    """One spelling per head: acronyms as written, other words capitalised ("kementerian" → "Kementerian")."""
    return word if word.isupper() and len(word) > 1 else word[:1].upper() + word[1:].lower()


def load_finder() -> ActorFinder:
    """The actor component of the real Indonesian pipeline."""
    from warta.pipeline.pipeline import load_pipeline

    pipeline = load_pipeline("id")
    return next(c for c in pipeline.components if isinstance(c, ActorFinder))


def run(finder: ActorFinder, sentences: Iterable[Tagged]) -> tuple[list[Outcome], list[tuple[ActorMention, str]]]:
    outcomes: list[Outcome] = []
    false: list[tuple[ActorMention, str]] = []
    for tagged in sentences:
        got, wrong, text = code_sentence(finder, tagged)
        outcomes.extend(got)
        false.extend((m, text) for m in wrong)
    return outcomes, false


def summary(outcomes: list[Outcome]) -> dict[str, tuple[int, int, int]]:
    """Label → (coded, uncoded, missed)."""
    out: dict[str, tuple[int, int, int]] = {}
    for label in ("ORG", "PER"):
        counts = Counter(o.status for o in outcomes if o.entity.label == label)
        out[label] = (counts["coded"], counts["uncoded"], counts["missed"])
    return out


def report(name: str, outcomes: list[Outcome], false: list[tuple[ActorMention, str]], top: int,
           examples: int) -> None:
    print(f"\n=== {name}")
    for label, (coded, uncoded, missed) in summary(outcomes).items():
        total = coded + uncoded + missed
        share = coded / total if total else 0.0
        print(f"{label}: {coded}/{total} coded ({share:.1%}), {uncoded} found without a code, {missed} missed")
    for label in ("ORG", "PER"):
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for o in outcomes:
            if o.entity.label == label:
                groups[o.head].append(o)
        ranked = sorted(groups.items(), key=lambda kv: -sum(o.status != "coded" for o in kv[1]))
        print(f"\n{label} by head ({'first word' if label == 'ORG' else 'word before the name'}), "
              f"most uncoded first: head  not-coded/total  codes given  | examples not coded")
        for head, items in ranked[:top]:
            bad = [o for o in items if o.status != "coded"]
            if not bad:
                break
            codes = Counter(o.code for o in items if o.code).most_common(3)
            shown = "; ".join(sorted({o.text for o in bad})[:examples])
            print(f"  {head:<18} {len(bad):>4}/{len(items):<4} {' '.join(f'{c}:{n}' for c, n in codes):<32} | {shown}")
    named = [(m, t) for m, t in false if m.kind not in UNNAMED_KINDS]
    roles = [(m, t) for m, t in false if m.kind in UNNAMED_KINDS]
    print(f"\nfalse actors (a named actor where the corpus marks no entity): {len(named)}; "
          f"role words and anaphors, which NER does not mark: {len(roles)}")
    for (text, code), n in Counter((m.text, m.code) for m, _ in named).most_common(top):
        print(f"  {n:>4}  {text!r} → {code}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="default: all")
    parser.add_argument("--top", type=int, default=40, help="rows per table")
    parser.add_argument("--examples", type=int, default=4, help="examples per head")
    parser.add_argument("--limit", type=int, default=0, help="at most this many sentences per corpus")
    parser.add_argument("--show", metavar="HEAD", help="print the sentences where mentions of this head are "
                        "not coded, instead of the tables")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"W701 the NER corpora are not here: {DATA}", file=sys.stderr)
        return 2
    finder = load_finder()
    cased: list[Outcome] = []
    for name in args.corpus or sorted(CORPORA):
        files = news_corpora.files([CORPORA[name]])
        keeps_case = all(f.cased for f in files)
        sentences = [tagged(s.words, s.entities) for f in files for s in news_corpora.read_file(DATA / f.path, f.fmt)]
        if args.limit:
            sentences = sentences[: args.limit]
        outcomes, false = run(finder, sentences)
        if args.show:
            for o in outcomes:
                if o.head == _fold(args.show) and o.status != "coded":
                    print(f"{name}\t{o.status}\t{o.text}\t{o.sentence}")
            continue
        report(f"{name} ({len(sentences)} sentences{'' if keeps_case else ', lower case'})", outcomes, false,
               args.top, args.examples)
        if keeps_case:
            cased.extend(outcomes)
    print("\n=== total of the corpora in their own case")
    for label, (coded, uncoded, missed) in summary(cased).items():
        total = coded + uncoded + missed
        print(f"{label}: {coded}/{total} coded ({coded / total if total else 0:.1%}), {uncoded} without a code, "
              f"{missed} missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
