"""scripts/setup.sh as a newcomer meets it: it says what it does, and a non-root user missing a Debian
package is told the one command to run instead of an obscure apt-get failure."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _bin_dir(tmp_path: Path, uid: int) -> Path:
    """A PATH with the shell tools the script needs, without java and chromium, and an `id` that says uid."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    fake_id = bin_dir / "id"
    fake_id.write_text(f"#!{shutil.which('bash')}\necho {uid}\n")
    fake_id.chmod(0o755)
    return bin_dir


def test_a_user_who_is_not_root_is_told_what_to_install_first(tmp_path: Path):
    bin_dir = _bin_dir(tmp_path, uid=1000)
    proc = subprocess.run([str(bin_dir / "bash"), str(REPO / "scripts" / "setup.sh")], capture_output=True,
                          text=True, timeout=60, check=False, env={"PATH": str(bin_dir)})
    assert proc.returncode == 1
    assert proc.stderr == ("setup: error: missing Debian packages; run first: "
                           "sudo apt-get install -y openjdk-17-jre-headless chromium\n")


def test_every_step_is_announced_before_it_runs():
    script = (REPO / "scripts" / "setup.sh").read_text(encoding="utf-8")
    commands = [line.strip() for line in script.splitlines()
                if line.strip().startswith(("apt-get", '"$PYTHON" -m venv', ".venv/bin/python -m pip"))]
    assert commands
    lines = [line.strip() for line in script.splitlines()]
    for command in commands:
        before = lines[lines.index(command) - 1]
        assert before.startswith("step "), f"no `step` line announces {command!r}"
