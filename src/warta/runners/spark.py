"""``warta spark``: the same pipeline on Apache Spark, for corpora one machine cannot code in time.

Inputs (JSONL, Parquet with a text column, WARC) become one DataFrame of articles; duplicates (same
content hash) are dropped; ``mapInArrow`` codes each partition with the pipeline loaded once per executor
Python process (:func:`warta.pipeline.pipeline.load_pipeline` is cached per process); events, mentions
and rejects are written as Parquet, events and mentions partitioned by ``date`` (the event's day,
``YYYY-MM-DD``, or ``unknown``). Column schemas are those of docs/spark.md.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError, SparkError
from ..io.readers import BadRecord
from ..io.sources import Item, expand_paths, kind_of
from ..records import Article

ARTICLE_COLUMNS = ("locator", "content_hash", "id", "text", "language", "published", "url", "title", "outlet",
                   "bad")
ARTICLE_SCHEMA = ", ".join(f"{c} string" for c in ARTICLE_COLUMNS)
EVENT_SCHEMA = (
    "locator string, article_hash string, article_id string, url string, published string, "
    "event_id string, seq int, code string, base_code string, root_code string, quad_class int, "
    "goldstein double, source_code string, source_country string, source_name string, "
    "target_code string, target_country string, target_name string, factuality string, "
    "reported_by_code string, event_date string, date string, location_name string, rule string, "
    "mentions_json string, error_code string, reason string, kind string"
)
MENTION_SCHEMA = "array<struct<sentence:int,start:int,end:int,text:string>>"


def _arrow_schema(ddl: str):
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int32(), "double": pa.float64()}
    return pa.schema([(name, types[kind]) for name, kind in (f.split() for f in ddl.split(", "))])


def _batch(rows: list[dict[str, Any]], ddl: str):
    import pyarrow as pa

    schema = _arrow_schema(ddl)
    return pa.RecordBatch.from_pylist([{n: r.get(n) for n in schema.names} for r in rows], schema=schema)


def _article_row(item: Item | BadRecord, locator: str | None = None) -> dict[str, Any]:
    if isinstance(item, BadRecord):
        return {"locator": locator or (f"{item.source}:{item.line}" if item.line else item.source),
                "bad": item.reason}
    a = item.article
    return {"locator": item.locator, "content_hash": a.content_hash, "id": a.id, "text": a.text,
            "language": a.language, "published": a.published, "url": a.url, "title": a.title,
            "outlet": a.outlet, "bad": None}


def parse_jsonl_lines(batches: Iterator[Any]) -> Iterator[Any]:
    """mapInArrow: JSONL lines (``path``, ``value``) → article rows."""
    import hashlib

    from ..errors import InputError
    from ..io.readers import article_from_record

    for batch in batches:
        rows = []
        for path, line in zip(batch.column("path").to_pylist(), batch.column("value").to_pylist(), strict=True):
            if not line or not line.strip():
                continue
            locator = f"{path}#{hashlib.sha1(line.encode('utf-8')).hexdigest()[:12]}"
            try:
                rows.append(_article_row(Item(locator, article_from_record(json.loads(line), path, 0))))
            except json.JSONDecodeError as err:
                rows.append({"locator": locator, "bad": f"not valid JSON ({err.msg})"})
            except InputError as err:
                rows.append({"locator": locator, "bad": err.message.split(": ", 1)[-1]})
        yield _batch(rows, ARTICLE_SCHEMA)


def parse_warc_files(batches: Iterator[Any]) -> Iterator[Any]:
    """mapInArrow: whole WARC files (``path``, ``content``) → article rows."""
    from ..io.warc import iter_warc_stream

    for batch in batches:
        paths, contents = batch.column("path").to_pylist(), batch.column("content").to_pylist()
        rows = [_article_row(item) for path, content in zip(paths, contents, strict=True)
                for item in iter_warc_stream(io.BytesIO(content), path)]
        yield _batch(rows, ARTICLE_SCHEMA)


def code_articles(batches: Iterator[Any], language: str | None = None) -> Iterator[Any]:
    """mapInArrow: article rows → one row per event (or one reject row per bad article)."""
    from ..store.writer import Reject, _date
    from .work import code_item

    for batch in batches:
        rows = []
        for rec in batch.to_pylist():
            if rec.get("bad"):
                rows.append({"locator": rec["locator"], "error_code": "W001", "reason": rec["bad"],
                             "kind": "reject"})
                continue
            article = Article(rec["id"], rec["text"], rec["language"], rec["published"], rec["url"],
                              rec["title"], rec["outlet"])
            outcome = code_item(Item(rec["locator"], article), language)
            if isinstance(outcome, Reject):
                rows.append({"locator": outcome.locator, "error_code": outcome.error_code,
                             "reason": outcome.reason, "kind": "reject"})
                continue
            res = outcome.result
            published = res.article.published
            rows.append({"locator": rec["locator"], "article_hash": rec["content_hash"],
                         "article_id": res.article.id, "url": res.article.url, "published": published,
                         "kind": "article"})
            for seq, e in enumerate(res.events):
                day = _date(e.date) or _date(published)
                rows.append({
                    "locator": rec["locator"], "article_hash": rec["content_hash"], "article_id": res.article.id,
                    "url": res.article.url, "published": published,
                    "event_id": f"{rec['content_hash'][:16]}-{seq}", "seq": seq, "code": e.code,
                    "base_code": e.code[:3], "root_code": e.code[:2], "quad_class": e.quad_class,
                    "goldstein": float(e.goldstein),
                    "source_code": e.source.code if e.source else None,
                    "source_country": e.source.country if e.source else None,
                    "source_name": e.source.name if e.source else None,
                    "target_code": e.target.code if e.target else None,
                    "target_country": e.target.country if e.target else None,
                    "target_name": e.target.name if e.target else None,
                    "factuality": e.factuality,
                    "reported_by_code": e.reported_by.code if e.reported_by else None,
                    "event_date": e.date, "date": day.isoformat() if day else "unknown",
                    "location_name": e.location.name if e.location else None, "rule": e.rule,
                    "mentions_json": json.dumps([m.to_dict() for m in e.mentions], ensure_ascii=False),
                    "kind": "event",
                })
        yield _batch(rows, EVENT_SCHEMA)


def spark_session(master: str | None = "local[*]", app: str = "warta"):
    """A SparkSession whose Python workers run this interpreter (so they can import warta)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkError("PySpark is not installed: pip install 'warta[spark]'") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.appName(app).config("spark.ui.enabled", "false").config("spark.sql.execution.arrow.pyspark.enabled", "true") \
        .config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):  # few, long tasks: one pipeline load per Python worker
        builder = builder.config("spark.sql.shuffle.partitions", str(os.cpu_count() or 2))
    try:
        session = builder.getOrCreate()
        session.sparkContext.setLogLevel("ERROR")
        return session
    except Exception as err:  # noqa: BLE001 - Java missing, port in use ...: one line for the user
        raise SparkError(f"cannot start Spark ({str(err).splitlines()[0]}); is Java 17 installed?") from None


def _inputs(spark, paths: list[str]):
    from pyspark.sql import functions as F

    by_kind: dict[str, list[str]] = {}
    try:
        paths = expand_paths(paths)
    except InputError as err:
        raise SparkError(err.message) from None
    for name in paths:
        path = Path(name)
        if not path.exists() and "://" not in name:
            raise SparkError(f"no such input: {name}")
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith((".", "_"))) \
            if path.is_dir() else [path]
        for f in files:
            kind = kind_of(f)
            if kind not in ("jsonl", "parquet", "warc"):
                raise SparkError(f"{f}: the Spark runner reads JSONL, Parquet and WARC files (use `warta ingest` "
                                 "for directories of text and HTML files)")
            by_kind.setdefault(kind, []).append(str(f))
    frames = []
    if "jsonl" in by_kind:
        lines = spark.read.text(by_kind["jsonl"]).withColumn("path", F.input_file_name())
        frames.append(lines.select("path", "value").mapInArrow(parse_jsonl_lines, ARTICLE_SCHEMA))
    if "parquet" in by_kind:
        df = spark.read.parquet(*by_kind["parquet"])
        text = next((c for c in ("text", "content", "body", "maintext") if c in df.columns), None)
        if text is None:
            raise SparkError("the Parquet inputs have no text column (text, content, body or maintext)")
        cols = [F.col(text).alias("text")] + [
            (F.col(c).cast("string") if c in df.columns else F.lit(None).cast("string")).alias(c)
            for c in ("id", "language", "published", "url", "title", "outlet")]
        df = df.select(*cols).withColumn("locator", F.concat(F.input_file_name(), F.lit("@"), F.col("id")))
        df = df.withColumn("published", F.substring("published", 1, 10))
        df = df.withColumn("content_hash", F.sha2(F.col("text"), 256)) \
            .withColumn("bad", F.when(F.col("text").isNull() | (F.trim("text") == ""), F.lit("no \"text\"")))
        df = df.withColumn("id", F.coalesce("id", "content_hash"))
        frames.append(df.select(*ARTICLE_COLUMNS))
    if "warc" in by_kind:
        files = spark.read.format("binaryFile").load(by_kind["warc"]).select("path", "content")
        frames.append(files.mapInArrow(parse_warc_files, ARTICLE_SCHEMA))
    result = frames[0]
    for frame in frames[1:]:
        result = result.unionByName(frame)
    return result


def run_spark(inputs: list[str], output: str | Path, *, spark=None, master: str | None = "local[*]",
              language: str | None = None, partitions: int | None = None) -> dict[str, int]:
    """Code the inputs on Spark and write ``events/``, ``mentions/`` and ``rejects/`` under ``output``;
    returns row counts."""
    from functools import partial

    from pyspark.sql import functions as F

    spark = spark or spark_session(master)
    out = str(output).rstrip("/")
    staging = f"{out}/_coded"
    try:
        articles = _inputs(spark, inputs)
        good = articles.filter(F.col("bad").isNull()).dropDuplicates(["content_hash"])
        todo = good.unionByName(articles.filter(F.col("bad").isNotNull()))
        if partitions:
            todo = todo.repartition(partitions)
        # The pipeline runs once: coded rows are staged as Parquet, the outputs are derived from them.
        todo.mapInArrow(partial(code_articles, language=language), EVENT_SCHEMA) \
            .write.mode("overwrite").parquet(staging)
        coded = spark.read.parquet(staging)
        events = coded.filter(F.col("kind") == "event")
        events.drop("mentions_json", "error_code", "reason", "kind").write.mode("overwrite") \
            .partitionBy("date").parquet(f"{out}/events")
        mentions = events.select("event_id", "article_hash", "article_id", "url", "date",
                                 F.posexplode(F.from_json("mentions_json", MENTION_SCHEMA)).alias("mention_no", "m")) \
            .select("event_id", "article_hash", "article_id", "url", "date", "mention_no",
                    F.col("m.sentence").alias("sentence"), F.col("m.start").alias("start_char"),
                    F.col("m.end").alias("end_char"), F.col("m.text").alias("text"))
        mentions.write.mode("overwrite").partitionBy("date").parquet(f"{out}/mentions")
        coded.filter(F.col("kind") == "reject").select("locator", "error_code", "reason") \
            .write.mode("overwrite").parquet(f"{out}/rejects")
        kinds = dict(coded.groupBy("kind").count().collect())
        counts = {"articles": kinds.get("article", 0), "events": kinds.get("event", 0),
                  "rejects": kinds.get("reject", 0),
                  "mentions": spark.read.parquet(f"{out}/mentions").count()}
        _remove_tree(spark, staging)
        return counts
    except SparkError:
        raise
    except Exception as err:  # noqa: BLE001 - Py4J/Analysis errors: one line for the user
        first = next((line for line in str(err).splitlines() if line.strip()), type(err).__name__)
        raise SparkError(f"the Spark job failed: {first[:300]}") from None


def _remove_tree(spark, path: str) -> None:
    """Delete a directory through Hadoop's file system (local disk, HDFS or S3 alike)."""
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).delete(hpath, True)
