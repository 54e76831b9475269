"""The CAMEO codebook: event codes, their names, Goldstein scores, QuadClass and PLOVER mapping, and the
CAMEO actor type codes.

The shipped files (``codebook/data/*.tsv``) and any extension files in the ``WARTA_KB_EXTRA`` directories
are read and validated once per process, on first use::

    >>> from warta import codebook
    >>> codebook.event_code("0232").name_en
    'Appeal for military aid'
    >>> codebook.quad_class("190"), codebook.goldstein("190")
    (4, -10.0)

``load_codebook(path)`` validates a user's own file without touching the process-wide codebook.
See ``docs/codebook.md`` for the file format and the rules.
"""

from __future__ import annotations

import functools

from .loader import SHIPPED_EVENT_COUNT, Codebook, extra_dirs_from_env, load_codebook
from .model import (
    PLOVER_TYPES,
    QUAD_CLASS_NAMES,
    ROOTS,
    ActorType,
    EventCode,
    quad_class,
    root_of,
)

__all__ = [
    "PLOVER_TYPES",
    "QUAD_CLASS_NAMES",
    "ROOTS",
    "SHIPPED_EVENT_COUNT",
    "ActorType",
    "Codebook",
    "EventCode",
    "actor_type",
    "all_actor_types",
    "all_event_codes",
    "default_codebook",
    "event_code",
    "goldstein",
    "is_actor_type",
    "is_event_code",
    "load_codebook",
    "quad_class",
    "root_codes",
    "root_of",
]


@functools.cache
def default_codebook() -> Codebook:
    """The shipped codebook plus the ``WARTA_KB_EXTRA`` extensions, loaded and validated once."""
    return load_codebook(extra_dirs=extra_dirs_from_env())


def event_code(code: str) -> EventCode:
    """The event code ``code`` (``"0232"``); raises :class:`~warta.errors.UnknownCodeError` if unknown."""
    return default_codebook().event(code)


def is_event_code(code: object) -> bool:
    """True when ``code`` is a string naming a known event code (roots ``"01"`` .. ``"20"`` included)."""
    return isinstance(code, str) and code in default_codebook().events


def all_event_codes(*, include_roots: bool = True) -> list[EventCode]:
    """Every event code in code order (``"01"``, ``"010"``, ``"011"`` ... ``"2042"``)."""
    return [e for e in default_codebook().events.values() if include_roots or not e.is_root]


def root_codes() -> list[EventCode]:
    """The twenty root rows, ``"01"`` .. ``"20"``."""
    return [e for e in default_codebook().events.values() if e.is_root]


def goldstein(code: str) -> float:
    """The Goldstein score of a known event code; raises :class:`~warta.errors.UnknownCodeError`."""
    return event_code(code).goldstein


def actor_type(code: str) -> ActorType:
    """The actor type ``code`` (``"GOV"``); raises :class:`~warta.errors.UnknownCodeError` if unknown."""
    return default_codebook().actor_type(code)


def is_actor_type(code: object) -> bool:
    """True when ``code`` is a known three-letter actor type code."""
    return isinstance(code, str) and code in default_codebook().actor_types


def all_actor_types() -> list[ActorType]:
    """Every actor type code, in code order."""
    return list(default_codebook().actor_types.values())
