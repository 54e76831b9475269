"""English inflectional morphology for lexicon matching.

The English event lexicon lists a verb's base form (``attack``, ``meet``, ``call for``) or an event noun
(``invasion``, ``talks``); this module generates the surface forms of a head word under a template (``s``
→ *attacks*, ``ed`` → *attacked* / *met*, ``ing`` → *attacking*, ``nouns`` → *invasions*) and normalises a
token for look-up (possessive *'s* stripped, hyphenated compounds joined or split). It provides the same
interface as :mod:`warta.lang.id.morphology`: ``TEMPLATES``, ``FORM_CLASSES``, ``expand_forms``,
``generate`` and ``normalise``.

Spelling follows the regular rules (*agree* → *agreed*, *deny* → *denied*, *try* → *tries*, *stop* →
*stopped*, *panic* → *panicked*); a final consonant is doubled only in one-syllable words and in the
words of :data:`DOUBLE_FINAL` (*commit* → *committed*, but *visit* → *visited*). Irregular verbs are data:
``irregular_verbs.tsv`` next to this module.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ...tsvdata import read_tsv

VOWELS = "aeiou"
IRREGULAR_VERBS = Path(__file__).parent / "irregular_verbs.tsv"

#: templates and what they make of a predicate: voice and part of speech. A past form is a
#: "participle": the argument finder reads it as passive only after a form of "be" or "get".
TEMPLATES: dict[str, tuple[str, str]] = {
    "0": ("active", "verb"),  # base form: attack, meet (after will, to, did not; present plural)
    "s": ("active", "verb"),  # third person singular present: attacks, meets
    "ed": ("participle", "verb"),  # past tense and past participle: attacked, met, taken
    "ing": ("active", "verb"),  # present participle and gerund: attacking, meeting
    "noun": ("nominal", "noun"),  # an event noun as listed: invasion, talks, ceasefire
    "nouns": ("nominal", "noun"),  # its plural: invasions, ceasefires
}

#: shorthand form classes used in the lexicon's ``forms`` column
#: a noun pattern's second word inflects as a noun only: "drone attacks" is the event noun, "drones attacked"
#: a subject and its verb (read by the lexicon compiler)
COMPOUND_NOUNS_INFLECT_AS_NOUNS = True

FORM_CLASSES: dict[str, tuple[str, ...]] = {
    "v": ("0", "s", "ed", "ing"),
    "n": ("noun", "nouns"),
}

#: words of more than one syllable that double their final consonant, mostly for a stressed final
#: syllable (commit → committed; kidnap → kidnapped by convention); every other word of more than one
#: syllable keeps it single (visit → visited)
DOUBLE_FINAL = frozenset({
    "abet", "acquit", "admit", "allot", "annul", "befit", "begin", "commit", "compel", "concur",
    "confer", "control", "debar", "defer", "deter", "embed", "emit", "enrol", "enthral", "equip",
    "excel", "expel", "extol", "forbid", "forget", "impel", "incur", "infer", "instil", "occur", "omit",
    "outbid", "outrun", "overrun", "patrol", "permit", "prefer", "propel", "rebel", "recommit", "recur",
    "refer", "regret", "remit", "repel", "resubmit", "submit", "transfer", "transmit", "upset",
    "kidnap", "worship",
})

#: nouns whose plural is not the regular one
IRREGULAR_PLURALS: dict[str, str] = {
    "crisis": "crises",
    "thesis": "theses",
    "analysis": "analyses",
    "man": "men",
    "woman": "women",
    "child": "children",
}

#: possessive endings a token may carry
_POSSESSIVES = ("'s", "'")
#: prefixes that change what a hyphenated compound means: its last part is not looked up alone
#: ("post-protest", "anti-war", "pro-government"); other compounds are ("counter-protest", "re-arrest")
_MEANINGFUL_PREFIXES = frozenset({"post", "pre", "anti", "non", "pro", "ex", "semi", "self", "mid", "well",
                                  "so", "would", "must", "near", "long"})


def expand_forms(spec: str) -> tuple[str, ...]:
    """``"v|noun"`` → the templates it names, in a stable order."""
    out: list[str] = []
    for part in (p.strip() for p in spec.split("|")):
        if not part:
            continue
        for name in FORM_CLASSES.get(part, (part,)):
            if name not in TEMPLATES:
                raise ValueError(f"unknown form template {name!r}")
            if name not in out:
                out.append(name)
    return tuple(out)


@cache
def irregular_verbs() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Irregular verbs from the data file: base → (past forms, past participles)."""
    table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for row in read_tsv(IRREGULAR_VERBS, required=("base", "past", "participle")):
        base = row["base"].strip().lower()
        if not base or base in table:
            raise row.fail(f"empty or repeated base form {base!r}")
        table[base] = (tuple(v.lower() for v in row.values("past")),
                       tuple(v.lower() for v in row.values("participle")))
    return table


def _syllables(word: str) -> int:
    count, prev_vowel = 0, False
    for ch in word:
        is_vowel = ch in VOWELS or (ch == "y" and count > 0)
        if is_vowel and not prev_vowel:
            count += 1
        prev_vowel = is_vowel
    if word.endswith("e") and not word.endswith(("ee", "ie", "le")) and count > 1:
        count -= 1  # a silent final e: "seize", "raise"
    return max(count, 1)


def _ends_cvc(word: str) -> bool:
    """Ends consonant-vowel-consonant with a single vowel letter (stop, ban, plan; not seat, fix, play)."""
    if len(word) < 3:
        return False
    c1, v, c2 = word[-3], word[-2], word[-1]
    if c1 == "u" and word[-4:-3] == "q":
        c1 = "q"  # "qu" is a consonant: equip → equipped
    return c1 not in VOWELS and v in VOWELS and c2 not in VOWELS and c2 not in "wxy"


def _doubles(word: str) -> list[bool]:
    """Whether the final consonant doubles before -ed/-ing; both readings for British/American -l."""
    if not _ends_cvc(word):
        return [False]
    if word.endswith("l") and _syllables(word) > 1 and word not in DOUBLE_FINAL:
        return [True, False]  # travelled / traveled, cancelled / canceled
    if _syllables(word) == 1 or word in DOUBLE_FINAL:
        return [True]
    return [False]


def _third_person(word: str) -> str:
    if len(word) > 1 and word.endswith("y") and word[-2] not in VOWELS:
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")) or (word.endswith("o") and word[-2:-1] not in VOWELS):
        return word + "es"
    return word + "s"


def _past(word: str) -> list[str]:
    if word.endswith("e"):
        return [word + "d"]
    if len(word) > 1 and word.endswith("y") and word[-2] not in VOWELS:
        return [word[:-1] + "ied"]
    if word.endswith("ic"):
        return [word + "ked"]
    return [word + word[-1] + "ed" if double else word + "ed" for double in _doubles(word)]


def _present_participle(word: str) -> list[str]:
    if word.endswith("ie"):
        return [word[:-2] + "ying"]
    if word.endswith(("ee", "ye", "oe")) or word == "be":
        return [word + "ing"]
    if word.endswith("e") and len(word) > 2:
        return [word[:-1] + "ing"]
    if word.endswith("ic"):
        return [word + "king"]
    return [word + word[-1] + "ing" if double else word + "ing" for double in _doubles(word)]


def _plural(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word  # already plural (talks, sanctions, hostilities)
    return _third_person(word)


def _inflect(word: str, template: str) -> list[str]:
    if template in ("0", "noun"):
        return [word]
    if template == "nouns":
        return [_plural(word)]
    if template == "s":
        return ["has" if word == "have" else _third_person(word)]
    if template == "ing":
        return _present_participle(word)
    irregular = irregular_verbs().get(word)
    if irregular is not None:
        past, participle = irregular
        return list(dict.fromkeys(past + participle))
    return _past(word)


def generate(root: str, template: str) -> list[str]:
    """Surface forms of ``root`` (a base form, lower case) under one template; in a multiword root the
    first word is inflected (``carry out`` → ``carried out``)."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown form template {template!r}")
    root = " ".join(root.lower().split())
    if not root:
        return []
    head, _, rest = root.partition(" ")
    forms = _inflect(head, template)
    return [f"{f} {rest}" if rest else f for f in dict.fromkeys(forms)]


def normalise(token: str) -> list[str]:
    """Candidate look-up keys of a token, most literal first: the token itself (lower case), without a
    possessive (*Israel's*, *protesters'*), and a hyphenated compound joined (*cease-fire* →
    *ceasefire*) and by its last part (*counter-protest* → *protest*)."""
    word = token.lower().replace("’", "'")
    keys = [word]
    for ending in _POSSESSIVES:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            keys.append(word[: -len(ending)])
            break
    for key in list(keys):
        if "-" in key:
            parts = [p for p in key.split("-") if p]
            if len(parts) > 1:
                keys.append("".join(parts))
                if parts[0] not in _MEANINGFUL_PREFIXES:
                    keys.append(parts[-1])
    seen: set[str] = set()
    return [k for k in keys if not (k in seen or seen.add(k))]


def is_passive_form(word: str) -> bool:
    """English marks the passive with an auxiliary ("was carried out"), not on the verb itself."""
    return False


def looks_verbal(word: str) -> bool:
    """English modifiers come before their noun, so a word before a role word never makes it one."""
    return True


def singulars(word: str) -> list[str]:
    """Singular candidates of an English plural ("ambassadors", "militias", "countries")."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    return out
