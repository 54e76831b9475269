"""Project hygiene: the code lints, every CLI command is documented, the version is in one place."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from warta.cli.main import COMMANDS

REPO = Path(__file__).resolve().parents[1]


def test_every_cli_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"warta {name}" in readme, f"`warta {name}` is not documented in README.md"


def test_every_cli_command_has_help():
    for name in COMMANDS:
        proc = subprocess.run([sys.executable, "-m", "warta.cli.main", name, "--help"],
                              capture_output=True, text=True, timeout=120, check=False)
        assert proc.returncode == 0, proc.stderr
        assert "usage: warta" in proc.stdout


def test_the_code_lints():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(ruff).exists():
        pytest.skip("ruff is not installed")
    proc = subprocess.run([ruff, "check", "src", "tests", "bench", "training", "scripts"], cwd=REPO,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_the_version_lives_in_one_place():
    import warta

    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{warta.__version__}"' in pyproject
    assert warta.__version__ not in (REPO / "src" / "warta" / "__init__.py").read_text(encoding="utf-8")
