"""Candidate entries for the Indonesian event lexicon, grown from general sources rather than from articles.

The link, built once and reviewed by hand (see docs/data-formats.md, "Indonesian event lexicon"):

    PETRARCH2 verb dictionary block (English verbs, default CAMEO code)
      -> Princeton WordNet 3.0 verb synsets of those English verbs
      -> WordNet Bahasa Indonesian lemmas of those synsets
      -> the Indonesian root and affix template that make each lemma (warta's own morphology, by generation)

A synset is kept for a block only when it is one of the first senses of the block's verbs AND at least two
verbs of the block share it (or the block has a single verb and the synset is its first sense): the
intersection picks the sense PETRARCH2 meant (ATTACK and ASSAIL share "attack in speech" only if both are
listed together). The output is a TSV of candidates to review, never loaded by warta itself; entries are
copied into src/warta/lang/id/events.tsv by hand after review, each noting its source.

Needs the Debian package ``wordnet-base`` (WordNet 3.0, /usr/share/wordnet) and ../shared; run:

    python scripts/lexicon_candidates.py [--out build/lexicon_candidates.tsv] [--senses 3]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from warta.lang.id.morphology import TEMPLATES, generate

SHARED = REPO.parent / "shared" / "data"
PETRARCH = SHARED / "anchors/openeventdata__petrarch2/petrarch2/data/dictionaries/CAMEO.2.0.txt"
WN_BAHASA = SHARED / "id/lexicon/wordnet-bahasa/wn-data-ind.tab"
WORDNET = Path("/usr/share/wordnet")
EVENTS = REPO / "src/warta/lang/id/events.tsv"

BLOCK = re.compile(r"^---\s+(\S+)\s+\[(\d{3,4})\]\s+---")
#: templates tried when reducing a WordNet Bahasa lemma to root + template (longest affixes first)
TRY_TEMPLATES = ("memper-kan", "memper-i", "diper-kan", "diper-i", "memper-", "diper-", "meN-kan", "meN-i",
                 "di-kan", "di-i", "ter-kan", "ber-an", "peN-an", "per-an", "ke-an", "meN-", "di-", "ter-",
                 "ber-", "-an")
PREFIXES = ("memper", "diper", "menge", "meng", "meny", "mem", "men", "me", "di", "ter", "ber", "be",
            "penge", "peng", "peny", "pem", "pen", "pe", "per", "ke", "")
SUFFIXES = ("kan", "an", "i", "")


def petrarch_blocks(path: Path) -> list[tuple[str, str, list[str]]]:
    """(block name, default code, English verbs) for every verb block with a code of its own."""
    blocks: list[tuple[str, str, list[str]]] = []
    current = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        match = BLOCK.match(raw)
        if raw.startswith("---"):
            current = (match.group(1), match.group(2), []) if match else None
            if current:
                blocks.append(current)
            continue
        if current is None or not raw.strip() or raw[0] in "-#&+ ":
            continue
        word = raw.split("#", 1)[0].split("{", 1)[0].split()
        if word:
            current[2].append(word[0].lower())
    return blocks


def wordnet_senses(path: Path) -> dict[str, list[str]]:
    """English verb lemma -> its WordNet 3.0 synset offsets, most frequent sense first."""
    senses: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        n_synsets, n_pointers = int(parts[2]), int(parts[3])
        senses[parts[0]] = parts[6 + n_pointers: 6 + n_pointers + n_synsets]
    return senses


def wordnet_glosses(path: Path) -> dict[str, str]:
    glosses = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith(" ") and "|" in line:
            offset, gloss = line.split(" ", 1)[0], line.split("|", 1)[1].strip()
            glosses[offset] = gloss
    return glosses


def bahasa_lemmas(path: Path) -> dict[str, list[str]]:
    """Verb synset offset -> Indonesian lemmas (WordNet Bahasa)."""
    out: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == "ind:lemma" and parts[0].endswith("-v"):
            out[parts[0][:-2]].append(parts[2].strip().replace("_", " "))
    return out


def bahasa_words(path: Path) -> set[str]:
    """Every one-word lemma of WordNet Bahasa, any part of speech: the attested roots."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == "ind:lemma" and " " not in parts[2].strip():
            words.add(parts[2].strip().lower())
    return words


def analyse(lemma: str, attested: set[str] = frozenset()) -> list[tuple[str, str]]:
    """Every (root, template) pair whose generated form is the lemma's first word (vowel-initial and k-, p-,
    t-, s-initial roots can both fit: *mengirim* from irim or kirim; the reviewer picks); else the bare root."""
    words = lemma.lower().split()
    head, rest = words[0], words[1:]
    found: list[tuple[str, str]] = []
    for prefix in PREFIXES:
        if not head.startswith(prefix):
            continue
        for suffix in SUFFIXES:
            if not head.endswith(suffix) or len(head) - len(prefix) - len(suffix) < 3:
                continue
            stem = head[len(prefix): len(head) - len(suffix)]
            for root in (stem, "k" + stem, "p" + stem, "t" + stem, "s" + stem):
                for template in TRY_TEMPLATES:
                    if head in generate(root, template) and (root, template) not in found:
                        found.append((root, template))
    # prefer roots WordNet Bahasa itself lists as words (kekang over ngekang, cabul over ncabul)
    found = [pair for pair in found if pair[0] in attested] or found
    if not found:
        found.append((head, "0"))
    return [(" ".join([root, *rest]), template) for root, template in found]


def lexicon_heads(path: Path) -> set[str]:
    heads = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("pattern\t"):
            heads.add(line.split("\t", 1)[0])
            heads.add(line.split("\t", 1)[0].split()[0])
    return heads


def candidates(senses_per_verb: int) -> list[dict[str, str]]:
    senses = wordnet_senses(WORDNET / "index.verb")
    glosses = wordnet_glosses(WORDNET / "data.verb")
    bahasa = bahasa_lemmas(WN_BAHASA)
    known = lexicon_heads(EVENTS)
    attested = bahasa_words(WN_BAHASA)
    rows: list[dict[str, str]] = []
    for name, code, verbs in petrarch_blocks(PETRARCH):
        shared: dict[str, set[str]] = defaultdict(set)
        for verb in verbs:
            for offset in senses.get(verb, [])[:senses_per_verb]:
                shared[offset].add(verb)
        for offset, members in shared.items():
            single = len(verbs) == 1 and senses.get(verbs[0], [None])[0] == offset
            if len(members) < 2 and not single:
                continue
            for lemma in bahasa.get(offset, []):
                for root, template in analyse(lemma, attested):
                    rows.append({
                        "root": root, "template": template, "lemma": lemma, "code": code,
                        "block": name, "synset": f"{offset}-v", "english": ",".join(sorted(members)),
                        "known": "yes" if root in known else "", "gloss": glosses.get(offset, "")[:90],
                    })
    # an Indonesian root reached from blocks with different codes is ambiguous: flag it for the reviewer
    codes: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        codes[row["root"]].add(row["code"])
    for row in rows:
        row["codes"] = ",".join(sorted(codes[row["root"]]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "lexicon_candidates.tsv")
    parser.add_argument("--senses", type=int, default=3, help="first N WordNet senses of each English verb")
    args = parser.parse_args(argv)
    for path in (PETRARCH, WN_BAHASA, WORDNET / "index.verb"):
        if not path.exists():
            print(f"W-LEX01 missing source {path} (WordNet 3.0: apt-get install wordnet-base)", file=sys.stderr)
            return 2
    rows = candidates(args.senses)
    columns = ("root", "template", "lemma", "code", "codes", "block", "synset", "english", "known", "gloss")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        out.write("\t".join(columns) + "\n")
        for row in sorted(rows, key=lambda r: (r["code"], r["root"])):
            out.write("\t".join(row[c] for c in columns) + "\n")
    new = {r["root"] for r in rows if not r["known"]}
    print(f"{len(rows)} candidate rows, {len(new)} roots not yet in the lexicon -> {args.out}")
    return 0


if __name__ == "__main__":
    assert set(TRY_TEMPLATES) <= set(TEMPLATES)
    raise SystemExit(main())
