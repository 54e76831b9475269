"""The codebook's records and the rules that follow from a code alone (its root, its QuadClass).

These are pure functions over strings: they need no data file, so they also work for codes that a user adds
in an extension file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UnknownCodeError

#: The QuadClass of each event root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
#: 4 material conflict.
QUAD_CLASS_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

#: The twenty CAMEO event roots, "01" .. "20".
ROOTS: tuple[str, ...] = tuple(f"{n:02d}" for n in range(1, 21))

#: The sixteen PLOVER event types (PLOVER 2.0 manual).
PLOVER_TYPES: frozenset[str] = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip

#: Kinds of actor type code: a domestic role or sector, or a transnational prefix or organisation.
ACTOR_TYPE_KINDS: frozenset[str] = frozenset({"role", "org"})

_CODE = re.compile(r"\d{2,4}")


@dataclass(frozen=True)
class EventCode:
    """One CAMEO event code with its names, Goldstein score, QuadClass and PLOVER equivalent.

    ``code`` keeps CAMEO's leading zeros (``"0232"``). Root rows (``"01"`` .. ``"20"``) are event codes
    too: they name the root category. ``plover_type`` is empty for roots 01 and 02, which PLOVER drops;
    ``plover_mode`` is empty where the mapping gives no mode.
    """

    code: str
    name_en: str
    name_id: str
    goldstein: float
    root: str
    quad_class: int
    plover_type: str
    plover_mode: str

    @property
    def is_root(self) -> bool:
        """True for the two-digit root rows (``"14"``), False for the codes events carry (``"141"``)."""
        return len(self.code) == 2


@dataclass(frozen=True)
class ActorType:
    """A CAMEO actor type code (``GOV``, ``MIL``, ``IGO`` ...) with its names and kind."""

    code: str
    name_en: str
    name_id: str
    kind: str


def root_of(code: str) -> str:
    """The two-digit root of a CAMEO event code: ``"0232"`` -> ``"02"``, ``"190"`` -> ``"19"``.

    Works on any well-formed code (two to four digits, root 01-20), listed in the codebook or not; raises
    :class:`UnknownCodeError` for anything else.
    """
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise UnknownCodeError(
            f"{code!r} is not a CAMEO event code: expected two to four digits with leading zeros, "
            "such as '042' or '0232'",
            code=code,
        )
    root = code[:2]
    if root not in ROOTS:
        raise UnknownCodeError(
            f"{code!r} is not a CAMEO event code: its root {root!r} is outside 01-20", code=code
        )
    return root


def quad_class_of_root(root: str) -> int:
    """QuadClass of a root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


def quad_class(code: str) -> int:
    """QuadClass of an event code, from its root (see :func:`quad_class_of_root`)."""
    return quad_class_of_root(root_of(code))
