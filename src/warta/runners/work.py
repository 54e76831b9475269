"""The unit of work every runner shares: one corpus item in, a coded article or a reject out.

Runs in worker processes and Spark executors: the pipeline is loaded once per process (by
:func:`warta.pipeline.pipeline.load_pipeline`, cached) and a bad article never raises.
"""

from __future__ import annotations

import dataclasses
import logging

from ..errors import InputError, WartaError
from ..io.readers import BadRecord
from ..io.sources import Item
from ..pipeline.pipeline import detect_language, load_pipeline
from ..store.writer import Coded, Reject

log = logging.getLogger(__name__)


def reject_of(bad: BadRecord) -> Reject:
    locator = f"{bad.source}:{bad.line}" if bad.line else bad.source
    return Reject(locator, bad.code, bad.reason)


def code_item(item: Item | BadRecord, language: str | None = None,
              published: str | None = None) -> Coded | Reject:
    """Code one article (or pass a bad record on as a reject); ``language`` and ``published`` are the
    defaults for articles that do not give their own."""
    if isinstance(item, BadRecord):
        return reject_of(item)
    article = item.article
    try:
        lang = article.language or language or detect_language(article.text)
        if lang == "und":
            raise InputError("cannot identify the language (give --language or a \"language\" field)")
        if lang != article.language or (published and not article.published):
            article = dataclasses.replace(article, language=lang, published=article.published or published)
        result = load_pipeline(lang)(article)
        if item.warnings:
            result = dataclasses.replace(result, warnings=item.warnings + result.warnings)
        return Coded(item.locator, result)
    except WartaError as err:
        return Reject(item.locator, err.code, err.message)
    except Exception as err:  # noqa: BLE001 - one article never stops a corpus; the reason is kept
        log.warning("internal error on %s: %r", item.locator, err)
        return Reject(item.locator, "W000", f"internal error: {type(err).__name__}: {err}")
