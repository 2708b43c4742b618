#!/usr/bin/env bash
# Install KHCĐS with its test tools into .venv and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,postgres]"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
