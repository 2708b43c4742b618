#!/usr/bin/env bash
# Install KHCĐS into .venv, fill a demo data folder and open the program on it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
DATA=${KHCDS_DATA_DIR:-$HOME/.local/share/khcds-demo}
.venv/bin/khcds --data-dir "$DATA" demo
exec .venv/bin/khcds --data-dir "$DATA" "$@"
