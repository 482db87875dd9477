#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian or Ubuntu machine (into the project's .venv), then run
# them, then the checks beside them: ruff (lint) and mypy (types of core, store, services, sync), configured in
# pyproject.toml. Any of the three failing makes the run red.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
setup_frontdesk test poppler-utils zbar-tools xvfb xauth sqlite3
export QT_QPA_PLATFORM=offscreen
set +e
.venv/bin/python -m pytest -q "$@"
rc=$?
if [ "$rc" -eq 5 ]; then echo "no tests ran"; rc=0; fi
echo "ruff check"
.venv/bin/python -m ruff check frontdesk tests bench scripts
lint=$?
echo "mypy"
.venv/bin/python -m mypy
types=$?
set -e
if [ "$rc" -ne 0 ]; then exit "$rc"; fi
if [ "$lint" -ne 0 ] || [ "$types" -ne 0 ]; then exit 1; fi
exit 0
