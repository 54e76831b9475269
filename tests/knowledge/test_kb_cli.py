"""``warta kb lookup|stats|validate`` as a user meets them: real subprocesses, real files."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def warta(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta.cli.main", "kb", *args], check=False,
                          capture_output=True, text=True, timeout=180, env=env)


def test_lookup_a_person_on_a_date():
    proc = warta("lookup", "Maduro", "--date", "2025-11-01", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["actors"][0]["code"] == "VENGOV"
    assert data["actors"][0]["name"] == "Nicolás Maduro"
    assert all(a["kind"] == "person" for a in data["actors"])


def test_lookup_text_output_shows_codes_and_places():
    proc = warta("lookup", "Moskow")
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"^capital\s+RUSGOV\s+Moskow", proc.stdout, re.MULTILINE)
    assert re.search(r"^place\s+RUS\s+Moscow \(capital", proc.stdout, re.MULTILINE)


def test_lookup_role_words_by_language():
    assert "GOV" in warta("lookup", "menteri luar negeri", "--language", "id").stdout
    proc = warta("lookup", "menteri luar negeri", "--language", "en")
    assert proc.returncode == 1 and "matches nothing" in proc.stderr


def test_lookup_bad_date_is_a_one_line_error():
    proc = warta("lookup", "Maduro", "--date", "1 Nov 2025")
    assert proc.returncode == 1
    assert proc.stderr.startswith("warta: error: W001 --date must be YYYY-MM-DD")
    assert "Traceback" not in proc.stderr


def test_stats_json_counts_every_kind():
    proc = warta("stats", "--json")
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout)
    for kind in ("countries", "organizations", "roles", "people", "media", "places"):
        assert stats[kind] > 0, kind
    assert stats["countries"] >= 249 and stats["media"] >= 150 and stats["places"] >= 1000


def test_validate_the_shipped_files_prints_file_line_messages():
    proc = warta("validate")
    assert re.search(r"\d+ error\(s\), \d+ warning\(s\)", proc.stderr)
    assert "0 error(s), 0 warning(s)" in proc.stderr and proc.returncode == 0, proc.stderr
    for line in proc.stdout.splitlines():
        assert re.match(r"^/.+\.(tsv|txt):\d+: (error|warning): ", line), line


def test_validate_a_users_directory(tmp_path: Path):
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "local.tsv").write_text(
        "name\taliases\tcode\tstart\tend\trole\n"
        "Budi Contoh\t\tIDNGOV\t2024-01-01\t2023-01-01\tBupati\n"      # inverted
        "Ani Contoh\t\tXYZGOV\t2024-01-01\t\tBupati\n"                 # unknown country
        "Ani Contoh\t\tIDNGOV\t2020-01-01\t2021-01-01\tBupati\n"
        "Ani Contoh\t\tIDNGOV\t2020-01-01\t2021-01-01\tBupati\n"       # duplicate
        "Dedi Contoh\t\tIDNGOV\t2020-01-01\t2022-01-01\tBupati\n"
        "Dedi Contoh\t\tIDNLEG\t2021-01-01\t\tAnggota DPRD\n",         # overlapping: a warning
        encoding="utf-8")
    (tmp_path / "roles.tsv").write_text(
        "phrase\tlanguage\trole\tperson\tnote\nbupati\tid\tGOV\t1\tregent\nbupati\tid\tGOV\t1\tregent\n"
        "kepala suku\tid\tXXX\t1\tchief\n", encoding="utf-8")
    proc = warta("validate", str(tmp_path))
    assert proc.returncode == 1
    out = proc.stdout
    local = tmp_path / "people" / "local.tsv"
    assert f"{local}:2: error: inverted date range" in out
    assert f"{local}:3: error: actor code 'XYZGOV': unknown country code 'XYZ'" in out
    assert f"{local}:5: error: duplicate spell of 'Ani Contoh'" in out
    assert f"{local}:7: warning: overlapping date ranges" in out
    assert f"{tmp_path / 'roles.tsv'}:3: error: duplicate role word 'bupati'" in out
    assert f"{tmp_path / 'roles.tsv'}:4: error: unknown role code 'XXX'" in out
    quiet = warta("validate", "-q", str(tmp_path))
    assert "warning" not in quiet.stdout


def test_validate_a_clean_file_exits_0(tmp_path: Path):
    path = tmp_path / "places.tsv"
    path.write_text("name\taliases\tcountry\tlat\tlon\tkind\tpopulation\nDesa Contoh\t\tIDN\t-7.1\t110.2\tcity\t\n",
                    encoding="utf-8")
    proc = warta("validate", str(path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 error(s), 0 warning(s)" in proc.stderr


def test_validate_a_missing_path():
    proc = warta("validate", "/nonexistent/kb")
    assert proc.returncode == 1
    assert "/nonexistent/kb: error: no such file or directory" in proc.stdout


def test_commands_are_documented():
    doc = (REPO / "docs" / "knowledge.md").read_text(encoding="utf-8")
    for command in ("warta kb lookup", "warta kb stats", "warta kb validate", "WARTA_KB_EXTRA",
                    "WARTA_PETRARCH_DICT", "places.tsv"):
        assert command in doc, command
