"""Coverage of the Indonesian event lexicon, organised by the CAMEO codebook.

For every code of the codebook (../shared CAMEO.eventcodes.txt) it lists how many entries of
src/warta/lang/id/events.tsv give that code and which patterns they are, so that a reviewer growing the lexicon
(docs/data-formats.md, "Growing the lexicon from general sources") sees which codes have no Indonesian wording
yet. Cues that code an event by themselves (cues.tsv, kind ``evaluation``: calling an act illegal criticises its
doer) are listed under their code, marked ``cue:``. Light verbs (light_verbs.tsv) carry no code of their own:
they hand over to the event noun's entry.

    python scripts/lexicon_coverage.py [--missing] [--lexicon PATH] [--codebook PATH]

Prints one line per code: code, number of entries, description, the first patterns; then a summary line.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from warta.pipeline.events import EVALUATION_CODE
from warta.tsvdata import read_tsv

CODEBOOK = REPO.parent / "shared" / "data" / "anchors" / "moxious__gdelt" / "data" / "CAMEO.eventcodes.txt"
EVENTS = REPO / "src" / "warta" / "lang" / "id" / "events.tsv"
CUES = REPO / "src" / "warta" / "lang" / "id" / "cues.tsv"
#: cue kinds that make an event of their own, and its code
CUE_CODES = {"evaluation": EVALUATION_CODE}
#: the codebook file fuses code 106 onto the end of the 1056 line (erratum noted in ANNOTATION.md)
FUSED = {"106": "Demand withdrawal"}


def codebook(path: Path) -> list[tuple[str, str]]:
    """(code, description) for every event code of three or four digits, in the codebook's order."""
    codes = []
    text = path.read_text(encoding="latin-1")
    for line in text.splitlines()[1:]:
        code, _, description = line.partition("\t")
        if code.strip().isdigit() and len(code.strip()) >= 3:
            codes.append((code.strip(), description.split("106:")[0].strip()))
    known = {code for code, _ in codes}
    codes += [(code, name) for code, name in FUSED.items() if code not in known and f"{code}:" in text]
    return sorted(codes, key=lambda pair: (pair[0][:2], pair[0].ljust(4, "0"), len(pair[0])))


def coverage(codes: list[tuple[str, str]], lexicon: Path, cues: Path | None = None) -> list[tuple[str, str, list[str]]]:
    """(code, description, patterns of the entries giving it, then ``cue:`` words) for every code."""
    patterns: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(lexicon, required=("pattern", "forms", "code", "target", "note")):
        patterns[row["code"]].append(row["pattern"])
    for row in read_tsv(cues, required=("word", "kind")) if cues is not None and cues.exists() else []:
        if row["kind"] in CUE_CODES:
            patterns[CUE_CODES[row["kind"]]].append(f"cue:{row['word']}")
    return [(code, description, patterns.get(code, [])) for code, description in codes]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--missing", action="store_true", help="list only the codes without an entry")
    parser.add_argument("--lexicon", type=Path, default=EVENTS)
    parser.add_argument("--codebook", type=Path, default=CODEBOOK)
    args = parser.parse_args(argv)
    for path in (args.codebook, args.lexicon):
        if not path.exists():
            print(f"W-LEX02 missing file {path}", file=sys.stderr)
            return 2
    rows = coverage(codebook(args.codebook), args.lexicon, CUES if args.lexicon == EVENTS else None)
    for code, description, patterns in rows:
        if args.missing and patterns:
            continue
        shown = ", ".join(patterns[:8]) + (f" (+{len(patterns) - 8})" if len(patterns) > 8 else "")
        print(f"{code:<5} {len(patterns):>3}  {description[:48]:<48}  {shown}")
    empty = sum(1 for _, _, patterns in rows if not patterns)
    print(f"{len(rows)} codes, {len(rows) - empty} with an entry, {empty} without")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
