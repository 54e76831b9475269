"""``warta ingest`` as a library function: a corpus into a DuckDB database, on N local processes.

Items are read in a deterministic order, articles already stored (same content hash) are skipped before
any work, the rest are coded (in this process, or in ``workers`` processes that each load the pipeline
once) and written in batches, one transaction each. Results come back in reading order, so a run that is
killed and started again makes exactly the database an uninterrupted run makes.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..io.readers import BadRecord
from ..io.sources import Item, check_sources, expand_paths, iter_sources
from ..store.writer import Coded, Reject, Store
from .work import code_item

log = logging.getLogger(__name__)


@dataclass
class Progress:
    """What a progress callback sees: items done so far, the expected total (if known), seconds."""

    done: int = 0
    total: int | None = None
    elapsed: float = 0.0
    added: int = 0
    rejected: int = 0


@dataclass
class IngestReport:
    read: int = 0           # items read from the sources (articles and bad records)
    added: int = 0          # new articles stored
    known: int = 0          # articles skipped because the database (or this run) already has them
    events: int = 0         # events of the new articles
    undated: int = 0        # new articles with no publication date (given or found in the text)
    rejects: list[Reject] = field(default_factory=list)
    seconds: float = 0.0


ProgressFn = Callable[[Progress], None]


def ingest(sources: list[str], db: str | Path, *, workers: int = 1, language: str | None = None,
           published: str | None = None, batch_size: int = 200, progress: ProgressFn | None = None,
           total: int | None = None) -> IngestReport:
    """Read, code and store a corpus; see the module docstring. Bad records are reported, never raised.
    ``language`` and ``published`` (YYYY-MM-DD) are the defaults for articles that do not give their own."""
    sources = expand_paths(sources)
    check_sources(sources)
    report = IngestReport()
    started = time.perf_counter()
    state = Progress(total=total)
    # Workers are started before the database is opened: a fork then copies a process that has the
    # pipeline loaded and no DuckDB threads, so each worker is ready at once.
    pool = _start_pool(workers, language) if workers > 1 else None
    with contextlib.ExitStack() as stack, Store(db) as store:
        if pool is not None:
            stack.enter_context(pool)
        known = store.known_hashes()

        def fresh() -> Iterator[Item | BadRecord]:
            for item in iter_sources(sources):
                report.read += 1
                if isinstance(item, Item):
                    h = item.article.content_hash
                    if h in known:
                        report.known += 1
                        state.done += 1
                        stored.append(item.locator)
                        continue
                    known.add(h)
                yield item

        coded: list[Coded] = []
        rejects: list[Reject] = []
        stored: list[str] = []  # locators of articles already stored: a reject left there by a past run goes

        def flush() -> None:
            report.added += store.write(coded, rejects, stored=stored)
            coded.clear()
            rejects.clear()
            stored.clear()

        for outcome in _code_all(fresh(), pool, language, published):
            state.done += 1
            if isinstance(outcome, Reject):
                rejects.append(outcome)
                report.rejects.append(outcome)
                state.rejected += 1
            else:
                coded.append(outcome)
                report.events += len(outcome.result.events)
                report.undated += outcome.result.article.published is None
                state.added += 1
            if len(coded) + len(rejects) >= batch_size:
                flush()
            if progress is not None:
                state.elapsed = time.perf_counter() - started
                progress(state)
        flush()
    report.seconds = time.perf_counter() - started
    return report


def _start_pool(workers: int, language: str | None):
    """A pool of worker processes, each with the pipeline loaded once.

    Where the platform can fork, the parent loads the pipeline and forks (before any DuckDB connection
    exists, so no database threads or locks are copied); elsewhere each spawned worker loads its own.
    Workers ignore SIGINT: a Ctrl-C at a terminal reaches the whole process group, and only the parent acts
    on it (it stops reading, keeps the committed batches and ends the pool), so no worker prints a traceback.
    """
    if "fork" in multiprocessing.get_all_start_methods():
        _init_worker(language)
        ctx = multiprocessing.get_context("fork")
        return ctx.Pool(workers, initializer=_ignore_sigint)
    ctx = multiprocessing.get_context("spawn")
    return ctx.Pool(workers, initializer=_init_worker, initargs=(language, True))


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _code_all(items: Iterator[Item | BadRecord], pool, language: str | None,
              published: str | None) -> Iterable[Coded | Reject]:
    work = partial(code_item, language=language, published=published)
    if pool is None:
        yield from map(work, items)
        return
    # Bounded read-ahead: Pool.imap would otherwise pull the whole corpus into its task queue. The pool's
    # feeder thread waits here for room; when the parent stops early (Ctrl-C, an error) ``stop`` lets it
    # go, or ending the pool would wait for it forever.
    chunksize = 8
    window = threading.BoundedSemaphore(pool._processes * chunksize * 4)
    stop = threading.Event()

    def throttled() -> Iterator[Item | BadRecord]:
        for item in items:
            while not window.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield item

    try:
        for outcome in pool.imap(work, throttled(), chunksize=chunksize):
            window.release()
            yield outcome
    finally:
        stop.set()


def _init_worker(language: str | None, worker: bool = False) -> None:
    """Load the pipeline once per worker process, before the first article arrives."""
    if worker:
        _ignore_sigint()
    if language:
        from ..pipeline.pipeline import load_pipeline

        with contextlib.suppress(Exception):  # the error comes back, per article, as a reject
            load_pipeline(language)
    else:
        from ..pipeline.pipeline import load_pipeline, supported_languages

        for lang in supported_languages():
            load_pipeline(lang)
