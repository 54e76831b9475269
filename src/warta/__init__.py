"""warta: Indonesian and English news → CAMEO-coded events, with the evidence for every event.

>>> import warta
>>> result = warta.extract("Rusia menyerang Ukraina.", language="id", published="2025-01-02")
"""

from __future__ import annotations

import logging

from .errors import WartaError
from .records import Actor, Article, ArticleResult, Event, Location, Mention, Quote

try:  # the version lives in pyproject.toml only
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("warta")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
    __version__ = "0+unknown"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def extract(text: str, *, language: str | None = None, published: str | None = None,
            id: str | None = None) -> ArticleResult:
    """Code one article's text as events. See :func:`warta.pipeline.pipeline.extract`."""
    from .pipeline.pipeline import extract as _extract

    return _extract(text, language=language, published=published, id=id)


def load_pipeline(language: str):
    """The pipeline for a language, loaded once per process; ``pipe(articles)`` codes many."""
    from .pipeline.pipeline import load_pipeline as _load

    return _load(language)


__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Event",
    "Location",
    "Mention",
    "Quote",
    "WartaError",
    "__version__",
    "extract",
    "load_pipeline",
]
