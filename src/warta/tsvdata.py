"""Reading the project's data files: UTF-8 TSV with ``#`` comment lines and one header row.

Every data file (codebook, knowledge base, lexicons) uses this one format so that users can extend it with
a spreadsheet or a text editor. Multi-valued cells separate values with ``|``. Errors name the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import DataFileError


@dataclass(frozen=True)
class Row:
    """One data row: its cells by column name, and where it came from (for error messages)."""

    cells: dict[str, str]
    path: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.cells.get(key, "")

    def get(self, key: str, default: str = "") -> str:
        value = self.cells.get(key, "")
        return value if value else default

    def values(self, key: str) -> list[str]:
        """A ``|``-separated cell as a list, blanks dropped."""
        return [v.strip() for v in self.cells.get(key, "").split("|") if v.strip()]

    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def fail(self, message: str) -> DataFileError:
        return DataFileError(f"{self.where()}: {message}")


def read_tsv(path: str | Path, required: tuple[str, ...] = ()) -> Iterator[Row]:
    """Yield the rows of a data file; raise :class:`DataFileError` for a missing column or a ragged row."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise DataFileError(f"cannot read data file {path}: {err.strerror}") from err
    header: list[str] | None = None
    with handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                missing = [c for c in required if c not in header]
                if missing:
                    raise DataFileError(f"{path}:{number}: missing column(s) {', '.join(missing)}")
                continue
            if len(cells) > len(header):
                raise DataFileError(
                    f"{path}:{number}: {len(cells)} cells but the header has {len(header)} columns"
                )
            cells += [""] * (len(header) - len(cells))
            yield Row({h: c.strip() for h, c in zip(header, cells)}, str(path), number)
    if header is None:
        raise DataFileError(f"{path}: no header row")
