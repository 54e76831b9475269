"""The CLI as a user meets it: real files, real subprocesses, one-line errors, no tracebacks."""

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = (
    "Israel serang Gaza lagi\n\n"
    "Militer Israel menyerang sebuah kamp pengungsi di Jalur Gaza pada Selasa (4/3). "
    "Pemerintah Mesir mengecam serangan Israel tersebut.\n"
)


def warta(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta.cli.main", *args], input=stdin,
                          capture_output=True, timeout=120, check=False)


def test_text_file_gives_one_json_object_with_events(tmp_path: Path):
    path = tmp_path / "gaza-1.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = warta("extract", str(path), "--published", "2025-03-05")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert row["article"]["id"] == "gaza-1"
    assert row["article"]["language"] == "id"
    triples = {(e["source"]["code"], e["code"][:2], (e["target"] or {}).get("code")) for e in row["events"]}
    assert ("ISRMIL", "19", "PSE") in triples
    assert ("EGYGOV", "11", "ISR") in triples
    for e in row["events"]:
        for m in e["mentions"]:
            assert ARTICLE[m["start"]:m["end"]] == m["text"]


def test_jsonl_with_a_malformed_line_still_processes_the_rest(tmp_path: Path):
    path = tmp_path / "corpus.jsonl"
    good = {"id": "a", "text": ARTICLE, "published": "2025-03-05", "language": "id"}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "b"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = warta("extract", str(path), "--output", str(out))
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert "corpus.jsonl:2" in err and "corpus.jsonl:3" in err
    assert "Traceback" not in err
    assert [json.loads(x)["article"]["id"] for x in out.read_text().splitlines()] == ["a"]


def test_stdin_text():
    proc = warta("extract", "-", "--language", "id", "--published", "2025-03-05", stdin=ARTICLE.encode())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["article"]["id"] == "stdin"


def _fails_cleanly(proc: subprocess.CompletedProcess, needle: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert needle in err
    assert proc.stdout == b""


def test_empty_file(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("   \n", encoding="utf-8")
    _fails_cleanly(warta("extract", str(path)), "empty")


def test_binary_file(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    _fails_cleanly(warta("extract", str(path)), "binary")


def test_huge_file(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.write(b"Rusia menyerang Ukraina. " * (50 * 1024 * 1024 // 25))
    _fails_cleanly(warta("extract", str(path)), "MB")


def test_missing_file():
    _fails_cleanly(warta("extract", "/nonexistent/x.txt"), "no such file")


def test_unsupported_language(tmp_path: Path):
    path = tmp_path / "fr.txt"
    path.write_text("Le gouvernement français a annoncé mardi une nouvelle loi sur les retraites "
                    "et les syndicats ont appelé à la grève dans tout le pays.", encoding="utf-8")
    _fails_cleanly(warta("extract", str(path)), "language")


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes(ARTICLE.replace("Selasa", "Selasa\u2019").encode("cp1252"))
    proc = warta("extract", str(path), "--published", "2025-03-05")
    assert proc.returncode == 0, proc.stderr
    assert "cp1252" in proc.stderr.decode()


def test_bad_published_date(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    _fails_cleanly(warta("extract", str(path), "--published", "kemarin"), "YYYY-MM-DD")
