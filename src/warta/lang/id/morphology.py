"""Indonesian derivational morphology for lexicon matching.

The event lexicon lists roots (``serang``, ``kunjung``, ``tanda tangan``); this module generates the surface
forms of a root under an affix template (``meN-`` → *menyerang*, ``di-i`` → *dikunjungi*, ``peN-an`` →
*penandatanganan*) and normalises a token for lookup (clitics *-nya -lah -kah -pun -ku -mu* stripped,
reduplication *serang-menyerang* undone). Generation is more reliable than stemming: the matcher is one
dictionary look-up per token, and an entry can say exactly which derivations it means (``temu`` as
*bertemu* and *pertemuan* but not *menemukan*).
"""

from __future__ import annotations

from dataclasses import dataclass

VOWELS = "aeiou"

#: templates and what they make of a predicate: voice and part of speech
TEMPLATES: dict[str, tuple[str, str]] = {
    "0": ("bare", "noun"),
    "0v": ("headline", "verb"),  # a bare root used as a verb, as headlines write them: "Israel serang Gaza"
    "meN-": ("active", "verb"),
    "meN-kan": ("active", "verb"),
    "meN-i": ("active", "verb"),
    "di-": ("passive", "verb"),
    "di-kan": ("passive", "verb"),
    "di-i": ("passive", "verb"),
    "ter-": ("passive", "verb"),
    "ter-kan": ("passive", "verb"),
    "ber-": ("active", "verb"),
    "ber-an": ("active", "verb"),
    "ber-kan": ("active", "verb"),
    "memper-": ("active", "verb"),
    "memper-kan": ("active", "verb"),
    "memper-i": ("active", "verb"),
    "diper-": ("passive", "verb"),
    "diper-kan": ("passive", "verb"),
    "diper-i": ("passive", "verb"),
    "-an": ("nominal", "noun"),
    "peN-an": ("nominal", "noun"),
    "per-an": ("nominal", "noun"),
    "ke-an": ("nominal", "noun"),
    "peN-": ("agent", "noun"),
    "-kan": ("active", "verb"),
    "-i": ("active", "verb"),
}

#: shorthand form classes used in the lexicon's ``forms`` column
FORM_CLASSES: dict[str, tuple[str, ...]] = {
    "v": ("meN-", "meN-kan", "meN-i", "di-", "di-kan", "di-i", "ter-", "ber-",
          "memper-", "memper-kan", "memper-i", "diper-", "diper-kan", "diper-i"),
    "n": ("-an", "peN-an", "per-an", "ke-an"),
}

CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")


def expand_forms(spec: str) -> tuple[str, ...]:
    """``"v|-an"`` → the affix templates it names, in a stable order."""
    out: list[str] = []
    for part in (p.strip() for p in spec.split("|")):
        if not part:
            continue
        names = FORM_CLASSES.get(part, (part,))
        for name in names:
            if name not in TEMPLATES:
                raise ValueError(f"unknown affix template {name!r}")
            if name not in out:
                out.append(name)
    # headlines drop the prefix: "Bebaskan", "Kunjungi" stand for membebaskan, mengunjungi, and
    # "Israel serang Gaza" for menyerang (a reading the argument finder only accepts right after a subject)
    for full, bare in (("meN-kan", "-kan"), ("meN-i", "-i"), ("meN-", "0v")):
        if full in out and bare not in out and not (bare == "0v" and "0" in out):
            out.append(bare)
    return tuple(out)


#: closing diphthongs: one syllable at the end of a root (pan-tai, pu-lau, am-boi)
DIPHTHONGS = ("ai", "au", "oi")


def _syllables(root: str) -> int:
    """Every vowel is a syllable's nucleus (na-ik, ku-at, ma-af, kla-im: menaikkan, menguat, memaafkan,
    mengklaim), except the second of a closing diphthong at the end of the root."""
    count = sum(1 for ch in root if ch in VOWELS)
    return count - 1 if count > 1 and root.endswith(DIPHTHONGS) else count


def _nasal_prefix(root: str, base: str) -> list[str]:
    """meN- / peN- with its allomorphs: ``base`` is ``"me"`` or ``"pe"``. Returns every plausible form
    (loanwords often keep their first consonant: *mengkritik*, *mempengaruhi*, *mensponsori*)."""
    if not root:
        return []
    if _syllables(root) == 1:
        return [base + "nge" + root, base + "m" + root if root[0] in "bp" else base + "n" + root]
    first, rest = root[0], root[1:]
    if root.startswith(("ny", "ng")) or first in "lmnrwy":
        return [base + root]
    if first in VOWELS or first in "gh":
        return [base + "ng" + root]
    if first == "k":
        return [base + "ng" + rest, base + "ngk" + rest]
    if first == "p":
        return [base + "m" + rest, base + "mp" + rest]
    if first in "bfv":
        return [base + "m" + root]
    if first == "t":
        return [base + "n" + rest, base + "nt" + rest]
    if first == "s" and not root.startswith("sy"):
        return [base + "ny" + rest, base + "ns" + rest]
    if first in "dcjz" or root.startswith("sy"):
        return [base + "n" + root]
    return [base + root]


def _ber(root: str, prefix: str) -> list[str]:
    # ber- → be- before r and before a first syllable ending in -er (bekerja); ter- likewise
    if root.startswith("r"):
        return [prefix[:-1] + root]
    if len(root) > 3 and root[1:3] == "er" and root[0] not in VOWELS:
        return [prefix + root, prefix[:-1] + root]
    return [prefix + root]


def _suffix(stem: str, suffix: str) -> str:
    return stem + suffix


def generate(root: str, template: str) -> list[str]:
    """Surface forms of ``root`` (lower case; a multiword root is joined) under one affix template."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown affix template {template!r}")
    if template in ("0", "0v"):
        return [root]
    joined = root.replace(" ", "").replace("-", "")
    prefix, _, suffix = template.partition("-")
    if prefix == "":
        stems = [joined]
    elif prefix == "meN":
        stems = _nasal_prefix(joined, "me")
    elif prefix == "peN":
        stems = _nasal_prefix(joined, "pe")
    elif prefix in ("ber", "ter"):
        stems = _ber(joined, prefix)
    elif prefix == "per":
        stems = _ber(joined, "per")
    elif prefix == "memper":
        stems = ["mem" + s for s in _ber(joined, "per")]
    elif prefix == "diper":
        stems = ["di" + s for s in _ber(joined, "per")]
    else:  # di, ke
        stems = [prefix + joined]
    return [_suffix(s, suffix) for s in stems]


@dataclass(frozen=True)
class Analysis:
    """How a surface token relates to a root: which template made it."""

    root: str
    template: str

    @property
    def voice(self) -> str:
        return TEMPLATES[self.template][0]

    @property
    def pos(self) -> str:
        return TEMPLATES[self.template][1]


def normalise(token: str) -> list[str]:
    """Candidate look-up keys of a token, most literal first: the token itself, without a clitic,
    and the parts of a reduplication (*serang-menyerang*, *tembak-menembak*)."""
    word = token.lower()
    keys = [word]
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        if parts:
            keys.extend(reversed(parts))
    for key in list(keys):
        for clitic in CLITICS:
            if key.endswith(clitic) and len(key) - len(clitic) >= 4:
                keys.append(key[: -len(clitic)])
    seen: set[str] = set()
    return [k for k in keys if not (k in seen or seen.add(k))]


def is_passive_form(word: str) -> bool:
    """A verb in the di- passive ("dilakukan", "dilancarkan"): the agent follows it."""
    return word.startswith("di") and len(word) > 4 and word[2].isalpha()


def looks_verbal(word: str) -> bool:
    """Has the shape of an Indonesian verb: a meN-, di-, ber-, ter- or memper- form."""
    return word.startswith(("me", "di", "ber", "ter", "memper")) and len(word) > 4


def singulars(word: str) -> list[str]:
    """Indonesian marks the plural by reduplication ("negara-negara"), handled by :func:`normalise`."""
    return []
