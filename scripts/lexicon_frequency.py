"""Frequency audit of the Indonesian event lexicon against broad news text (issue #12).

It reads the Indonesian news sentences under ../shared/data/id (token columns only: IndoNLU bapos_pos-idn and
nerp_ner-prosa, idner-news-2k, IndoLEM nerugm and nerui, UD CSUI), analyses every word with warta's own
morphology (src/warta/lang/id/morphology.py: a root and the affix template that makes the word, found by
GENERATING the forms of candidate roots, as the lexicon matches them) and counts, by corpus frequency:

- the verb and event-noun roots (meN-, di-, ber-, ter-, memper-, with -kan/-i; -an, peN-an, per-an,
  ke-an) that no entry of events.tsv, no light verb and no event-making cue covers: the candidates a
  reviewer reads against the CAMEO codebook;
- for covered roots, how often their entries fire on the corpus (``EventLexicon.match``), so that an
  over-broad entry shows up (a root that fires on most of its tokens in text that is mostly not political).

Roots a reviewer has read and deliberately left out (not events, too ambiguous, verbs of saying, function
words) are listed in scripts/lexicon_frequency_reviewed.tsv (root, decision, reason; docs/data-formats.md) and
marked so, so that the next reviewer does not redo them. The summary line gives the share of corpus verb
tokens (by frequency) whose root the lexicon covers. Writes build/lexicon_frequency.tsv; warta never reads it.

    python scripts/lexicon_frequency.py [--top 60] [--by-named] [--events N] [--out build/lexicon_frequency.tsv]

``--events N`` also runs the whole pipeline on N corpus sentences that name two actors and counts its events
by the entry that gave them (over-broad entries on real news); ``--by-named`` orders the uncovered roots by
their tokens in such sentences.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

import news_corpora  # the one reader of the shared news corpora

from warta.errors import DataFileError
from warta.lang.cues import load_cues
from warta.lang.id import morphology
from warta.lang.lexicon import EventLexicon, head_word, load_event_lexicon
from warta.pipeline.events import load_light_verbs
from warta.tokens import Token, normalise
from warta.tsvdata import read_tsv

SHARED_ID = news_corpora.DATA
APERTIUM = SHARED_ID / "lexicon" / "apertium-ind" / "apertium-ind.ind.dix"
REVIEWED = REPO / "scripts" / "lexicon_frequency_reviewed.tsv"
OUT = REPO / "build" / "lexicon_frequency.tsv"

#: (file under ../shared/data/id, format): the news sentences read, all the shared corpora (news_corpora.py)
CORPORA: tuple[tuple[str, str], ...] = tuple((f.path, f.fmt) for f in news_corpora.FILES)

#: corpus POS tags → the coarse classes the audit needs (UI tagset of bapos, and UPOS)
POS_CLASSES = {"VB": "verb", "VERB": "verb", "NN": "noun", "NOUN": "noun", "NNP": "name", "PROPN": "name"}
#: entity types of the NER files that name a possible actor (person, organisation, place; NERP: PPL, IND, PLC)
NAME_TYPES = frozenset({"PER", "PERSON", "ORG", "ORGANIZATION", "ORGANISATION", "LOC", "LOCATION",
                        "PPL", "IND", "PLC"})
#: the templates a word is analysed under, most affix material first. Left out: the bare root and its
#: headline reading (every word is its own bare root), the prefixless -kan/-i (bagi, lagi, akan) and the agent
#: noun peN- (penyerang is a person, not an event).
VERBAL = ("memper-kan", "memper-i", "diper-kan", "diper-i", "memper-", "diper-", "meN-kan", "meN-i", "di-kan",
          "di-i", "ter-kan", "ber-an", "ber-kan", "meN-", "di-", "ter-", "ber-")
NOMINAL = ("peN-an", "per-an", "ke-an", "-an")
#: prefixes as written before the root, per template prefix (the allomorph is checked by generation)
WRITTEN_PREFIX = {"meN": "me", "peN": "pe", "ber": "be", "ter": "te", "per": "pe", "memper": "mempe",
                  "diper": "dipe", "di": "di", "ke": "ke", "": ""}
#: cue kinds that make an event by themselves (events.py EVALUATION_CODE), and those of attribution: verbs of
#: saying and reporting frame a claim, they are not events (ANNOTATION.md)
EVENT_CUES = ("evaluation",)
ATTRIBUTION_CUES = ("speech", "passive_speech", "report", "announce", "relay", "statement", "according")
DECISIONS = frozenset({"not-event", "ambiguous", "attribution", "function", "light"})
_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


# ---- reading the corpora ----------------------------------------------------------------------------------

def coarse(sentence: news_corpora.NewsSentence) -> list[tuple[str, str | None]]:
    """A corpus sentence as (word, coarse POS or None) pairs: the class of its POS tag where the corpus has
    POS tags; else an entity tag tells a name, and other words' POS is learnt from the tagged files."""
    if sentence.pos is not None:
        return [(w, POS_CLASSES.get(p, "other")) for w, p in zip(sentence.words, sentence.pos)]
    return [(w, "name" if t.split("-", 1)[-1] in NAME_TYPES else None)
            for w, t in zip(sentence.words, sentence.entities or ())]


def corpus(root: Path = SHARED_ID, files: Iterable[tuple[str, str]] = CORPORA
           ) -> Iterator[tuple[str, list[tuple[str, str | None]]]]:
    """(file, sentence) for every sentence of the corpora present; a missing file is skipped."""
    for name, sentence in news_corpora.sentences(files, root):
        yield name, coarse(sentence)


# ---- morphology: a word → its root and template ----------------------------------------------------------

def apertium_roots(path: Path = APERTIUM) -> tuple[frozenset[str], frozenset[str]]:
    """(verb roots, all lemmas) of the Apertium Indonesian dictionary, read at run time when present: they
    decide between the readings generation allows (menteri is a noun, not meN- + teri)."""
    if not path.exists():
        return frozenset(), frozenset()
    verbs, lemmas = set(), set()
    for m in re.finditer(r'<e lm="([^"]+)"[^>]*>(.*?)</e>', path.read_text(encoding="utf-8")):
        if m.group(1)[:1].isupper():
            continue  # a proper name: berusia is ber- + usia, not ber- + Rusia
        lemma = normalise(m.group(1))
        if " " in lemma or not _WORD.match(lemma):
            continue
        lemmas.add(lemma)
        if "__vblex" in m.group(2):
            verbs.add(lemma)
    return frozenset(verbs), frozenset(lemmas)


#: a word's reading: warta's own morphology.Analysis (root, template)
Reading = morphology.Analysis


class Analyser:
    """Reads a word as root + template by generation: candidate roots are cut from the word and kept only
    when warta's morphology generates the word from them under that template. Known verb roots (the
    lexicon's heads, Apertium's verbs) beat other known lemmas; a word that is a lemma itself and has no
    verb-root reading stays bare."""

    def __init__(self, verb_roots: frozenset[str], lemmas: frozenset[str]) -> None:
        self.verb_roots = verb_roots
        self.lemmas = lemmas | verb_roots
        self._cache: dict[str, Reading | None] = {}

    def candidates(self, word: str) -> list[Reading]:
        out = []
        for template in VERBAL + NOMINAL:
            prefix, _, suffix = template.partition("-")
            written = WRITTEN_PREFIX[prefix]
            if not word.startswith(written) or (suffix and not word.endswith(suffix)):
                continue
            middle = word[len(written): len(word) - len(suffix)]
            roots = {lead + middle[cut:] for cut in range(4) for lead in ("", "k", "p", "t", "s")}
            for root in sorted(roots):
                if len(root) >= 3 and root in self.lemmas and word in morphology.generate(root, template):
                    out.append(Reading(root, template))
        return out

    def analyse(self, word: str) -> Reading | None:
        """The reading of a word under a verbal or nominal template, or None (a bare word)."""
        if word in self._cache:
            return self._cache[word]
        found = self.candidates(word)
        # the longest verb root wins: menilai is meN- + nilai, not meN-i + nila
        verbs = sorted((r for r in found if r.root in self.verb_roots), key=lambda r: -len(r.root))
        if verbs:
            best: Reading | None = verbs[0]
        elif found and word not in self.lemmas and found[0].template in VERBAL:
            best = found[0]
        else:
            best = None
        self._cache[word] = best
        return best


# ---- what the lexicon covers -----------------------------------------------------------------------------

def lexicon_roots(lexicon: EventLexicon) -> dict[str, set[str]]:
    """Root → the codes of the entries whose head it is (the first word of a multiword head as well)."""
    roots: dict[str, set[str]] = defaultdict(set)
    for entry in lexicon.entries:
        head = normalise(head_word(entry.pattern))
        roots[head].add(entry.code)
        words = entry.pattern.split()
        if len(words) > 1 and head == words[0]:  # a fused compound head: tanda tangan → menandatangani
            roots[normalise(" ".join(words[:2]))].add(entry.code)
    return roots


def reviewed(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """Root → (decision, reason) of the roots a reviewer left out on purpose."""
    path = path or REVIEWED
    if not path.exists():
        return {}
    out = {}
    for row in read_tsv(path, required=("root", "decision", "reason")):
        if row["decision"] not in DECISIONS:
            raise row.fail(f"decision must be one of {', '.join(sorted(DECISIONS))}, not {row['decision']!r}")
        out[normalise(row["root"])] = (row["decision"], row["reason"])
    return out


@dataclass
class RootCount:
    tokens: int = 0
    verb_tokens: int = 0
    named: int = 0  # tokens in a sentence that names two or more possible actors (an interaction)
    after_light: int = 0  # tokens right after a light verb: a noun used as an event ("menyampaikan pidato")
    fires: int = 0
    forms: Counter = field(default_factory=Counter)
    unlisted: Counter = field(default_factory=Counter)  # forms of the root no entry matches
    codes: Counter = field(default_factory=Counter)


@dataclass
class Audit:
    roots: dict[str, RootCount]
    status: dict[str, str]
    sentences: int
    words: int

    def verb_share(self, statuses: tuple[str, ...] = ("covered", "light", "cue")) -> tuple[int, int]:
        """(verb tokens whose root has one of these statuses, all verb tokens)."""
        total = sum(c.verb_tokens for c in self.roots.values())
        hit = sum(c.verb_tokens for r, c in self.roots.items() if self.status.get(r) in statuses)
        return hit, total


def names(sentence: list[tuple[str, str | None]]) -> int:
    """How many names a tagged sentence has: runs of words tagged as names."""
    return sum(1 for i, (_, pos) in enumerate(sentence)
               if pos == "name" and (i == 0 or sentence[i - 1][1] != "name"))


def tokens_of(words: list[str]) -> list[Token]:
    out, pos = [], 0
    for word in words:
        out.append(Token(word, pos, pos + len(word), normalise(word)))
        pos += len(word) + 1
    return out


def learnt_tags(sentences: list[list[tuple[str, str | None]]]) -> dict[str, str]:
    """A word's POS where its file gives none: its most frequent tag in the tagged sentences."""
    tags: dict[str, Counter] = defaultdict(Counter)
    for sentence in sentences:
        for word, pos in sentence:
            if pos is not None:
                tags[normalise(word)][pos] += 1
    return {word: counts.most_common(1)[0][0] for word, counts in tags.items()}


def audit(sentences: Iterable[list[tuple[str, str | None]]], lexicon: EventLexicon, analyser: Analyser,
          light: Iterable[str] = (), event_cues: Iterable[str] = (), attribution: Iterable[str] = (),
          left_out: dict[str, tuple[str, str]] | None = None) -> Audit:
    """Count every verb and event-noun root of the sentences, and the lexicon's matches on them."""
    sentences = list(sentences)
    tags = learnt_tags(sentences)
    light = frozenset(normalise(w) for w in light)

    def root_of(word: str) -> str:
        for key in lexicon.keys(word):
            bucket = lexicon.tiers[0].get(key)
            if bucket is not None:
                return bucket.compiled[0].head
        reading = analyser.analyse(word)
        return reading.root if reading else word

    status: dict[str, str] = {}
    for words, kind in ((light, "light"), (event_cues, "cue")):
        status.update((root_of(normalise(w)), kind) for w in words)
    for word in attribution:
        status.setdefault(root_of(normalise(word)), "attribution")
    status.update((root, "covered") for root in lexicon_roots(lexicon))
    for root in left_out or {}:
        status.setdefault(root, "reviewed")

    roots: dict[str, RootCount] = defaultdict(RootCount)
    words = 0
    for sentence in sentences:
        toks = tokens_of([w for w, _ in sentence])
        interaction = names(sentence) >= 2
        for i, (tok, (_, pos)) in enumerate(zip(toks, sentence)):
            word = tok.norm
            if not _WORD.match(word):
                continue
            words += 1
            pos = pos or tags.get(word)
            if pos == "name":
                continue
            in_lexicon = any(k in lexicon.tiers[0] for k in lexicon.keys(word))
            # the word as it stands, then without a clitic or reduplication (bermasalah is not bermasa + -lah)
            reading = None if in_lexicon else next(
                (r for r in map(analyser.analyse, morphology.normalise(word)) if r is not None), None)
            shaped_verb = in_lexicon or (reading is not None and reading.template in VERBAL)
            verb = pos == "verb" or (pos is None and shaped_verb)
            noun = reading is not None and reading.template in NOMINAL and reading.root in analyser.verb_roots
            # the object of a light verb: its event is the noun's, whatever the noun's shape
            after_light = i > 0 and toks[i - 1].norm in light and pos == "noun"
            if not (verb or noun or in_lexicon or after_light):
                continue
            count = roots[root_of(word) if in_lexicon else (reading.root if reading else word)]
            count.tokens += 1
            count.verb_tokens += verb
            count.named += interaction
            count.after_light += after_light
            count.forms[word] += 1
            if not in_lexicon:
                count.unlisted[word] += 1
        for match in lexicon.match(toks):
            if match.compiled.template == "0v":
                continue  # a bare root read as a verb: the argument finder keeps it only after a subject
            count = roots[match.compiled.head]
            count.fires += 1
            count.codes[match.entry.code] += 1
    return Audit(dict(roots), status, len(sentences), words)


# ---- report ----------------------------------------------------------------------------------------------

#: the columns of the table: ``named`` counts tokens in sentences naming two or more possible actors,
#: ``fires`` the lexicon's matches of the root, ``unlisted`` the forms of a covered root no entry matches
COLUMNS = ("status", "root", "tokens", "verb_tokens", "named", "after_light", "fires", "codes", "forms",
           "unlisted", "note")


def _top(counter: Counter, n: int) -> str:
    return ", ".join(f"{key} {value}" for key, value in counter.most_common(n))


def rows(result: Audit, left_out: dict[str, tuple[str, str]]) -> list[dict[str, str]]:
    """One row (:data:`COLUMNS`) per root, most frequent first."""
    out = []
    for root, count in sorted(result.roots.items(), key=lambda kv: (-kv[1].tokens, kv[0])):
        status = result.status.get(root, "uncovered")
        out.append({"status": status, "root": root, "tokens": str(count.tokens),
                    "verb_tokens": str(count.verb_tokens), "named": str(count.named),
                    "after_light": str(count.after_light),
                    "fires": str(count.fires),
                    "codes": _top(count.codes, 4), "forms": _top(count.forms, 6),
                    "unlisted": _top(count.unlisted, 6) if status == "covered" else "",
                    "note": " ".join(left_out.get(root, ("", ""))).strip()})
    return out


def report(result: Audit, table: list[dict[str, str]], top: int, by_named: bool) -> list[str]:
    """The printed summary: the uncovered roots to review, the covered roots that fire most, the share."""
    uncovered = [r for r in table if r["status"] == "uncovered"]
    if by_named:
        uncovered.sort(key=lambda r: -int(r["named"]))
    lines = ["uncovered roots (root, tokens, verb tokens, tokens in sentences naming two actors, forms):"]
    lines += [f"  {r['root']:<14} {r['tokens']:>6} {r['verb_tokens']:>6} {r['named']:>6}  {r['forms']}"
              for r in uncovered[:top]]
    objects = sorted((r for r in uncovered if int(r["after_light"])), key=lambda r: -int(r["after_light"]))
    lines.append("uncovered nouns after a light verb (root, tokens, tokens after a light verb, forms):")
    lines += [f"  {r['root']:<14} {r['tokens']:>6} {r['after_light']:>6}  {r['forms']}"
              for r in objects[:top]]
    lines.append("covered roots that fire most often (root, tokens, fires, codes):")
    covered = sorted((r for r in table if r["status"] == "covered"), key=lambda r: -int(r["fires"]))
    lines += [f"  {r['root']:<14} {r['tokens']:>6} {r['fires']:>6}  {r['codes']}" for r in covered[:15]]
    hit, total = result.verb_share()
    done, _ = result.verb_share(("covered", "light", "cue", "attribution", "reviewed"))
    lines.append(f"{result.sentences} sentences, {result.words} words; verb tokens whose root the lexicon "
                 f"covers: {hit}/{total} = {hit / max(total, 1):.3f}; "
                 f"covered or reviewed: {done / max(total, 1):.3f}")
    return lines


#: the frame a rule was read through ("id.active+object: "), left out when rules are counted
_FRAME = re.compile(r"^[a-z]{2}\.\S*: ")


def event_rules(texts: Iterable[str], published: str = "2015-01-01") -> tuple[Counter, dict[str, str]]:
    """Run the whole Indonesian pipeline on each text and count the events by the lexicon entry that gave
    them, with one example each: an entry that codes many events in text that names actors but is mostly
    not about politics is read too broadly."""
    from warta.pipeline.pipeline import extract

    counts: Counter = Counter()
    examples: dict[str, str] = {}
    for text in texts:
        for event in extract(text, language="id", published=published).events:
            rule = _FRAME.sub("", event.rule or event.code)
            counts[rule] += 1
            source = event.source.code if event.source else None
            target = event.target.code if event.target else None
            examples.setdefault(rule, f"{source} {event.code} {target} :: {text[:100]}")
    return counts, examples


def actor_sentences(sentences: Iterable[list[tuple[str, str | None]]], n: int) -> list[str]:
    """The first ``n`` sentences that name two or more possible actors, as text; files written in lower
    case (no name the actor finder could read) are passed over."""
    out = []
    for sentence in sentences:
        if len(out) >= n:
            break
        if names(sentence) >= 2 and any(w[:1].isupper() for w, _ in sentence):
            out.append(" ".join(w for w, _ in sentence))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=60, help="uncovered roots to print (default 60)")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="the full table (default build/lexicon_frequency.tsv)")
    parser.add_argument("--by-named", action="store_true",
                        help="order the uncovered roots by their tokens in sentences naming two actors")
    parser.add_argument("--events", type=int, default=0, metavar="N",
                        help="also run the pipeline on N sentences naming two actors; count events by entry")
    parser.add_argument("--reviewed", type=Path, default=None,
                        help="the reviewed list (default scripts/lexicon_frequency_reviewed.tsv)")
    parser.add_argument("--shared", type=Path, default=SHARED_ID, help="../shared/data/id")
    args = parser.parse_args(argv)
    present = [(name, fmt) for name, fmt in CORPORA if (args.shared / name).exists()]
    if not present:
        print(f"W-LEX03 no news corpus under {args.shared} (see PROVENANCE.md there)", file=sys.stderr)
        return 2
    try:
        left_out = reviewed(args.reviewed)
    except DataFileError as err:  # a malformed reviewed list is one coded line
        print(f"W-LEX04 {err}", file=sys.stderr)
        return 2
    cues = load_cues("id")
    verb_roots, lemmas = apertium_roots(args.shared / APERTIUM.relative_to(SHARED_ID))
    lexicon = load_event_lexicon("id")
    analyser = Analyser(verb_roots | frozenset(lexicon_roots(lexicon)), lemmas)
    result = audit((s for _, s in corpus(args.shared, present)), lexicon, analyser,
                   light=load_light_verbs("id"), event_cues=[w for k in EVENT_CUES for w in cues[k]],
                   attribution=[w for k in ATTRIBUTION_CUES for w in cues[k] if " " not in w],
                   left_out=left_out)
    table = rows(result, left_out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        handle.writelines("\t".join(row[c] for c in COLUMNS) + "\n" for row in table)
    print("\n".join(report(result, table, args.top, args.by_named)))
    print(f"{len(present)} corpus files read; full table in {args.out}")
    if args.events:
        texts = actor_sentences((s for _, s in corpus(args.shared, present)), args.events)
        counts, examples = event_rules(texts)
        print(f"events of the pipeline on {len(texts)} sentences naming two actors, by entry "
              f"({sum(counts.values())} in all):")
        for rule, count in counts.most_common(args.top):
            print(f"  {count:>5}  {rule}\n         {examples[rule]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
