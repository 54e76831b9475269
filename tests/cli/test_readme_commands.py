"""Every command of the README's Use section, run as written on a small corpus the tests write (as
sqlite-utils tests its docs): a README line that stops working fails here.

The block is read from README.md; each line runs in bash in a work directory that holds the files the
line names (article.txt, corpus.jsonl, news/, crawl.warc.gz, corpus/*.jsonl), with ``warta`` on the PATH
as ``source .venv/bin/activate`` puts it. Only what cannot be given literally is substituted: the gold
file (a tiny one written here), the PETRARCH suite (the real one from ../shared, else that line is
skipped) and the server's port (a free one, since 8000 may be taken).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from corpus_files import (
    ARTICLE_EN,
    ARTICLE_ID,
    ARTICLE_ID_2,
    GOLD_ID,
    html_page,
    news_pages,
    write_jsonl,
    write_warc,
)

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PETRARCH2 = REPO.parent / "shared" / "data" / "anchors" / "openeventdata__petrarch2" / "petrarch2" / "data"


def use_block() -> list[str]:
    """The command lines of the first ```sh block under '## Use' (comments and blank lines dropped)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Use\n", 1)[1]
    block = section.split("```sh\n", 1)[1].split("\n```", 1)[0]
    lines = []
    for line in block.splitlines():
        command = re.split(r"\s{2,}#", line, maxsplit=1)[0].strip()
        if command:
            lines.append(re.sub(r"\[([^\]]+)\]", r"\1", command))  # optional [--flags]: given
    return lines


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    (work / "article.txt").write_text(ARTICLE_ID, encoding="utf-8")
    write_jsonl([{"id": "a2", "text": ARTICLE_ID_2, "language": "id", "published": "2025-11-04"},
                 {"id": "en1", "text": ARTICLE_EN, "language": "en", "published": "2025-11-04"}],
                work / "corpus.jsonl")
    (work / "news").mkdir()
    (work / "news" / "menlu.txt").write_text(ARTICLE_ID, encoding="utf-8")
    (work / "news" / "deal.html").write_text(html_page("Maritime deal", ARTICLE_EN.split("\n", 2)[2]),
                                             encoding="utf-8")
    write_warc(work / "crawl.warc.gz", news_pages())
    (work / "corpus").mkdir()
    write_jsonl([{"id": "p1", "text": ARTICLE_ID, "published": "2025-11-03"}], work / "corpus" / "part-1.jsonl")
    write_jsonl([{"id": "p2", "text": ARTICLE_ID_2, "published": "2025-11-04"}], work / "corpus" / "part-2.jsonl")
    write_jsonl([{"id": "g1", "language": "id", "published": "2025-11-03", "text": ARTICLE_ID,
                  "events": GOLD_ID}], work / "gold.jsonl")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "warta"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m warta.cli.main "$@"\n')
    wrapper.chmod(0o755)
    return work


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{work.parent / 'bin'}{os.pathsep}{env['PATH']}"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO / "src"), env.get("PYTHONPATH")) if p)
    return env


def _run(command: str, work: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    proc = subprocess.run(["bash", "-c", command], cwd=work, env=_env(work), capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert proc.returncode == 0, f"{command}\n{proc.stderr[-2000:]}"
    assert "Traceback" not in proc.stderr, command
    return proc


def _serve(command: str, work: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(["bash", "-c", f"exec {command} --port {port}"], cwd=work, env=_env(work),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary", timeout=5) as resp:
                    summary = json.loads(resp.read())
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "the server did not answer within 120 s"
                time.sleep(0.5)
        assert summary["articles"] >= 4 and summary["events"] > 0
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err


def _check_export(work: Path) -> None:
    rows = [line.split("\t") for line in (work / "events.tsv").read_text(encoding="utf-8").splitlines()]
    assert rows and all(len(r) == 61 for r in rows)
    assert all(re.fullmatch(r"\d{8}", r[1]) and re.fullmatch(r"\d{14}", r[59]) for r in rows)  # SQLDATE, DATEADDED
    for fmt, target in (("mentions", "> mentions.tsv"), ("jsonl", "> events.jsonl"), ("csv", "> events.csv"),
                        ("parquet", "-o events.parquet")):
        _run(f"warta export --db events.duckdb --format {fmt} {target}", work)
        assert (work / target.split()[-1]).stat().st_size > 0, fmt


def test_every_command_of_the_readme_use_section_runs(workdir: Path):
    if shutil.which("java") is None:
        pytest.skip("Java is missing (scripts/setup.sh installs it)")
    lines = use_block()
    assert len(lines) >= 13
    ran = []
    for line in lines:
        if line.startswith("source "):  # what it does (warta on the PATH) the fixture does
            assert line == "source .venv/bin/activate"
            continue
        command = line.replace("../shared/gold/dev.jsonl", "gold.jsonl")
        if line.startswith("warta validate-petrarch"):
            if not (PETRARCH2 / "text" / "PETR.UnitTest.records.xml").exists():
                continue  # ../shared is absent
            command = command.replace("PETR.UnitTest.records.xml", str(PETRARCH2 / "text" / "PETR.UnitTest.records.xml"))
            command = command.replace("DIR", str(PETRARCH2 / "dictionaries"))
        if line.startswith("warta serve"):
            _serve(command, workdir)
        else:
            proc = _run(command, workdir)
            if line.startswith("warta extract article.txt"):
                assert json.loads(proc.stdout)["events"]
            if line.startswith("warta eval"):
                assert "F1" in proc.stdout or "f1" in proc.stdout.lower()
            if line.startswith("warta ingest"):
                assert "4 articles added" in proc.stderr, proc.stderr
            if line.startswith("warta export"):
                _check_export(workdir)
            if line.startswith("warta kb lookup"):
                assert "VEN" in proc.stdout
        ran.append(line.split()[1])
    assert (workdir / "events.jsonl").stat().st_size > 0
    assert (workdir / "out" / "events").is_dir()
    assert {"extract", "eval", "ingest", "export", "spark", "serve", "kb", "models"} <= set(ran)
