"""The error catalogue.

Every error the library raises is a :class:`WartaError` with a stable code (``W001`` ...) and a message that
tells the user what to do. The library never prints or exits: the CLI and the HTTP API turn these into a
one-line message or one JSON error shape.
"""

from __future__ import annotations


class WartaError(Exception):
    """Base class: ``code`` is stable, ``str(err)`` is a one-line message for users."""

    code = "W000"

    def __init__(self, message: str, **context: object) -> None:
        super().__init__(message)
        self.message = message
        self.context = context

    def __str__(self) -> str:
        return f"{self.code} {self.message}"


class InputError(WartaError):
    """The input cannot be read: empty, binary, malformed."""

    code = "W001"


class EmptyInputError(InputError):
    code = "W002"


class BinaryInputError(InputError):
    code = "W003"


class InputTooLargeError(InputError):
    code = "W004"


class MalformedRecordError(InputError):
    code = "W005"


class UnsupportedLanguageError(WartaError):
    code = "W010"


class DataFileError(WartaError):
    """A shipped or user-supplied data file (lexicon, knowledge base, codebook) is invalid."""

    code = "W020"


class UnknownCodeError(WartaError):
    code = "W021"


class GoldFileError(WartaError):
    code = "W030"


class StoreError(WartaError):
    code = "W040"


class StoreLockedError(StoreError):
    """Another process holds the database (DuckDB allows one writer process per file)."""

    code = "W041"


class SchemaVersionError(StoreError):
    """The database was written by a newer warta (its schema version is unknown to this one)."""

    code = "W042"


class ExportError(WartaError):
    code = "W043"


class SourceError(InputError):
    """A source given on the command line cannot be read at all (missing, unreadable, unknown kind)."""

    code = "W044"


class SparkError(WartaError):
    """The Spark runner cannot start (no PySpark, no Java) or its job failed."""

    code = "W045"


class ServerError(WartaError):
    """The server cannot start: the address is refused or cannot be listened on (port in use ...)."""

    code = "W046"
