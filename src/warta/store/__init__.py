"""The warta database (DuckDB): schema and migrations, the batch writer, cross-article merging, queries.

See docs/store.md for the tables and what every column means.
"""

from .schema import SCHEMA_VERSION, TABLES, migrate
from .writer import Coded, Reject, Store, connect

__all__ = ["SCHEMA_VERSION", "TABLES", "Coded", "Reject", "Store", "connect", "migrate"]
