#!/usr/bin/env bash
# Install warta and everything its tests need into .venv (idempotent). Used by the README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if ! command -v java >/dev/null 2>&1; then  # the Spark runner and its tests need Java 17
  apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1; then  # the dashboard's browser tests (never `playwright install`)
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
if [ "${LEXICON_BUILD:-0}" = 1 ] && [ ! -f /usr/share/wordnet/index.verb ]; then
  # WordNet 3.0 for scripts/lexicon_candidates.py only (not needed to run or test warta)
  apt-get update -qq && apt-get install -y -qq wordnet-base >/dev/null
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install --quiet -e '.[dev,spark]' 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/warta --version
