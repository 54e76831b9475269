"""``warta models path`` / ``warta models info`` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def warta(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warta.cli.main", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_models_path_prints_a_spacy_loadable_directory():
    proc = warta("models", "path", "id")
    assert proc.returncode == 0, proc.stderr
    path = Path(proc.stdout.strip())
    assert path.is_dir() and path.name == "id_core"
    check = subprocess.run([sys.executable, "-c", f"import spacy; print(spacy.load({str(path)!r}).pipe_names)"],
                           capture_output=True, text=True, timeout=120, check=False)
    assert check.returncode == 0, check.stderr
    assert "parser" in check.stdout


def test_models_info_prints_versions_data_and_scores():
    proc = warta("models", "info", "id")
    assert proc.returncode == 0, proc.stderr
    assert "UD_Indonesian-CSUI" in proc.stdout and "spaCy 3." in proc.stdout
    assert "LAS" in proc.stdout


def test_models_path_unknown_language_is_a_usage_error():
    proc = warta("models", "path", "xx")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr


def test_models_commands_are_documented():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "models.md").read_text(encoding="utf-8")
    for command in ("warta models path", "warta models info", "training/reproduce.py"):
        assert command in doc, command
