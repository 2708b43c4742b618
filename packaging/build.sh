#!/usr/bin/env bash
# Build the KHCĐS bundle (dist/khcds/) from the committed spec, repeatably.
#
#   bash packaging/build.sh            # clean build venv in build/venv, then PyInstaller
#   KHCDS_BUILD_VENV=.venv bash packaging/build.sh   # reuse an existing venv instead
#
# The build venv is made anew each time and holds the program and PyInstaller
# only (pip install -e .[packaging] under packaging/constraints.txt), so test
# tools or packages installed by hand never slip into the bundle. Then it prints
# the bundle's size and runs its smoke test (KHCDS_SKIP_SMOKE=1 to skip).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${KHCDS_BUILD_VENV:-build/venv}
export PYTHONHASHSEED=0            # same module order, same archive, build after build
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}

if [ -z "${KHCDS_BUILD_VENV:-}" ]; then
  rm -rf "$VENV"                   # a new venv each time: only what pyproject + constraints say
fi
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
  -c packaging/constraints.txt -e ".[packaging]"

"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/khcds.spec

echo "bundle: dist/khcds ($(du -sh dist/khcds | cut -f1) unpacked, $(find dist/khcds -type f | wc -l) files)"
if [ "${KHCDS_SKIP_SMOKE:-0}" != 1 ]; then
  "$VENV/bin/python" packaging/smoke_test.py dist/khcds/khcds
fi
