"""Reading and validating codebook files (``cameo_events.tsv``, ``cameo_actor_types.tsv``).

Every check names the file and line of the offending row, so that a user who edits or extends a file can
find the mistake. The format is documented in ``docs/codebook.md``.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataFileError, UnknownCodeError
from ..tsvdata import Row, read_tsv
from .model import (
    ACTOR_TYPE_KINDS,
    PLOVER_TYPES,
    ROOTS,
    ActorType,
    EventCode,
    quad_class_of_root,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
EVENTS_FILE = "cameo_events.tsv"
ACTOR_TYPES_FILE = "cameo_actor_types.tsv"

#: Rows in the shipped event file: 20 roots and 291 three- and four-digit codes (with 106).
SHIPPED_EVENT_COUNT = 311

#: Environment variable naming directories (separated by ``os.pathsep``) with extension files.
EXTRA_ENV = "WARTA_KB_EXTRA"

_EVENT_COLUMNS = ("code", "name_en", "name_id", "goldstein")
_ACTOR_COLUMNS = ("code", "name_en", "name_id", "kind")
_EVENT_CODE = re.compile(r"\d{2,4}")
_ACTOR_CODE = re.compile(r"[A-Z]{3}")
_PLOVER_MODE = re.compile(r"[a-z][a-z_-]*")


@dataclass(frozen=True, eq=False)
class Codebook:
    """A validated codebook: event codes and actor type codes by code, and the files they came from."""

    events: dict[str, EventCode]
    actor_types: dict[str, ActorType]
    files: tuple[str, ...] = field(default=())

    def event(self, code: str) -> EventCode:
        """The event code ``code``; :class:`UnknownCodeError` if the codebook lacks it."""
        try:
            return self.events[code]
        except (KeyError, TypeError):
            raise UnknownCodeError(
                f"unknown CAMEO event code {code!r}: codes are strings with leading zeros such as '042' "
                "or '0232'; see docs/codebook.md",
                code=code,
            ) from None

    def actor_type(self, code: str) -> ActorType:
        """The actor type ``code``; :class:`UnknownCodeError` if the codebook lacks it."""
        try:
            return self.actor_types[code]
        except (KeyError, TypeError):
            raise UnknownCodeError(
                f"unknown CAMEO actor type code {code!r}: expected three capital letters such as 'GOV' "
                "or 'MIL'; see docs/codebook.md",
                code=code,
            ) from None


def load_codebook(
    path: str | Path | None = None,
    actor_types_path: str | Path | None = None,
    *,
    extra_dirs: Iterable[str | Path] = (),
    expected_count: int | None = None,
) -> Codebook:
    """Read and validate an event file and an actor type file; ``None`` means the shipped file.

    ``extra_dirs`` are directories whose ``cameo_events.tsv`` / ``cameo_actor_types.tsv`` add codes to the
    base files (a code may not be defined twice). ``expected_count`` checks the number of event rows in the
    base file; it defaults to :data:`SHIPPED_EVENT_COUNT` for the shipped file and to no check for a
    user's file. Raises :class:`DataFileError` naming the file and line of the first problem.
    """
    if expected_count is None and path is None:
        expected_count = SHIPPED_EVENT_COUNT
    events_path = Path(path) if path is not None else DATA_DIR / EVENTS_FILE
    actors_path = Path(actor_types_path) if actor_types_path is not None else DATA_DIR / ACTOR_TYPES_FILE
    extras = [Path(d) for d in extra_dirs]
    for directory in extras:
        if not directory.is_dir():
            raise DataFileError(f"extension directory {directory} does not exist or is not a directory")

    event_rows: dict[str, tuple[EventCode, Row]] = {}
    _read_events(events_path, event_rows)
    if expected_count is not None and len(event_rows) != expected_count:
        raise DataFileError(
            f"{events_path}: {len(event_rows)} event codes, expected {expected_count}; "
            "a code is missing or was added (extensions belong in a WARTA_KB_EXTRA directory)"
        )
    actor_rows: dict[str, tuple[ActorType, Row]] = {}
    _read_actor_types(actors_path, actor_rows)
    files = [str(events_path), str(actors_path)]
    for directory in extras:
        if (directory / EVENTS_FILE).is_file():
            _read_events(directory / EVENTS_FILE, event_rows)
            files.append(str(directory / EVENTS_FILE))
        if (directory / ACTOR_TYPES_FILE).is_file():
            _read_actor_types(directory / ACTOR_TYPES_FILE, actor_rows)
            files.append(str(directory / ACTOR_TYPES_FILE))
    _check_hierarchy(events_path, event_rows)
    return Codebook(
        events={code: event for code, (event, _) in sorted(event_rows.items())},
        actor_types={code: actor for code, (actor, _) in sorted(actor_rows.items())},
        files=tuple(files),
    )


def extra_dirs_from_env() -> list[Path]:
    """The extension directories named by ``WARTA_KB_EXTRA`` (empty when it is unset)."""
    value = os.environ.get(EXTRA_ENV, "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


def _read_events(path: Path, seen: dict[str, tuple[EventCode, Row]]) -> None:
    for row in read_tsv(path, required=_EVENT_COLUMNS):
        event = _event_from_row(row)
        if event.code in seen:
            raise row.fail(
                f"duplicate event code {event.code!r} (first defined at {seen[event.code][1].where()})"
            )
        seen[event.code] = (event, row)


def _event_from_row(row: Row) -> EventCode:
    code = row["code"]
    if not _EVENT_CODE.fullmatch(code):
        raise row.fail(f"event code {code!r} must be two to four digits with leading zeros ('042', '0232')")
    root = code[:2]
    if root not in ROOTS:
        raise row.fail(f"event code {code!r} has unknown root {root!r}: roots run from 01 to 20")
    for column in ("name_en", "name_id"):
        if not row[column]:
            raise row.fail(f"event code {code!r} has an empty {column}")
    try:
        score = float(row["goldstein"])
    except ValueError:
        raise row.fail(f"event code {code!r}: goldstein {row['goldstein']!r} is not a number") from None
    if not math.isfinite(score) or not -10.0 <= score <= 10.0:
        raise row.fail(f"event code {code!r}: goldstein {score} is outside -10.0 .. 10.0")
    plover_type, plover_mode = row["plover_type"], row["plover_mode"]
    if plover_type and plover_type not in PLOVER_TYPES:
        raise row.fail(
            f"event code {code!r}: unknown plover_type {plover_type!r}; "
            f"expected one of {', '.join(sorted(PLOVER_TYPES))} or empty"
        )
    if plover_mode and not plover_type:
        raise row.fail(f"event code {code!r}: plover_mode {plover_mode!r} given without a plover_type")
    if plover_mode and not _PLOVER_MODE.fullmatch(plover_mode):
        raise row.fail(f"event code {code!r}: plover_mode {plover_mode!r} must be a lower-case word")
    return EventCode(
        code=code,
        name_en=row["name_en"],
        name_id=row["name_id"],
        goldstein=score,
        root=root,
        quad_class=quad_class_of_root(root),
        plover_type=plover_type,
        plover_mode=plover_mode,
    )


def _check_hierarchy(path: Path, rows: dict[str, tuple[EventCode, Row]]) -> None:
    """Every root row is present, and every four-digit code has its three-digit parent."""
    missing = [root for root in ROOTS if root not in rows]
    if missing:
        raise DataFileError(
            f"{path}: root code(s) {', '.join(missing)} missing; every root 01-20 needs a row"
        )
    for code, (_, row) in rows.items():
        if len(code) == 4 and code[:3] not in rows:
            raise row.fail(f"event code {code!r} has no parent code {code[:3]!r}")


def _read_actor_types(path: Path, seen: dict[str, tuple[ActorType, Row]]) -> None:
    for row in read_tsv(path, required=_ACTOR_COLUMNS):
        code = row["code"]
        if not _ACTOR_CODE.fullmatch(code):
            raise row.fail(f"actor type code {code!r} must be three capital letters ('GOV')")
        if code in seen:
            raise row.fail(f"duplicate actor type code {code!r} (first defined at {seen[code][1].where()})")
        for column in ("name_en", "name_id"):
            if not row[column]:
                raise row.fail(f"actor type code {code!r} has an empty {column}")
        if row["kind"] not in ACTOR_TYPE_KINDS:
            raise row.fail(
                f"actor type code {code!r}: kind {row['kind']!r} must be one of "
                f"{', '.join(sorted(ACTOR_TYPE_KINDS))}"
            )
        seen[code] = (ActorType(code, row["name_en"], row["name_id"], row["kind"]), row)
