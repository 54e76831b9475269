#!/usr/bin/env bash
# Install warta and everything its tests need into .venv (idempotent). Used by the README and by .ci/run.
# Each step says what it does before it starts (a first install takes a few minutes). Debian packages are
# installed only when missing, and only as root: anyone else is told the one command to run first.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

step() { printf 'setup: %s\n' "$*"; }

# Debian packages: command they provide -> package (the Spark runner needs Java 17; the dashboard's browser
# tests need Chromium from Debian, never `playwright install`).
missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    printf 'setup: error: missing Debian packages; run first: sudo apt-get install -y %s\n' "${missing[*]}" >&2
    exit 1
  fi
  step "apt-get update (for ${missing[*]})"
  apt-get update -qq
  step "apt-get install ${missing[*]} (a few hundred MB, the longest step)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  step "Java and Chromium are present"
fi
if [ "${LEXICON_BUILD:-0}" = 1 ] && [ ! -f /usr/share/wordnet/index.verb ]; then
  # WordNet 3.0 for scripts/lexicon_candidates.py only (not needed to run or test warta)
  step "apt-get install wordnet-base (LEXICON_BUILD=1: WordNet 3.0 for the lexicon candidates script)"
  apt-get update -qq && apt-get install -y -qq wordnet-base >/dev/null
fi
if [ ! -x .venv/bin/python ]; then
  step "creating the virtual environment .venv with $("$PYTHON" --version 2>&1)"
  "$PYTHON" -m venv .venv
else
  step "reusing the virtual environment .venv"
fi
step "upgrading pip in .venv"
.venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
step "installing warta with its dev and spark extras into .venv (spaCy, DuckDB, PySpark, Playwright ...)"
.venv/bin/python -m pip install --quiet -e '.[dev,spark]' 2>&1 | grep -v "^WARNING: Location" || true
step "done: $(.venv/bin/warta --version); run it as .venv/bin/warta, or \`source .venv/bin/activate\` for bare \`warta\`"
