#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian or Ubuntu machine (into the project's .venv), then run
# them, then the checks beside them: ruff (lint) and mypy (types of core, store, services, sync), configured in
# pyproject.toml. Any of them failing makes the run red.
# Without arguments (the whole suite, as CI runs it) it then runs the quick benchmark, builds the one-folder
# program and the .deb, installs the .deb and starts the installed program offscreen (packaging/check.sh);
# FRONTDESK_PACKAGE=0 skips the packaging step, FRONTDESK_PACKAGE=1 forces it with arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
package="${FRONTDESK_PACKAGE:-}"
[ -z "$package" ] && { [ $# -eq 0 ] && package=1 || package=0; }
if [ "$package" = 1 ]; then
  setup_frontdesk test,build poppler-utils zbar-tools xvfb xauth sqlite3 postgresql binutils
else
  setup_frontdesk test poppler-utils zbar-tools xvfb xauth sqlite3 postgresql
fi
export QT_QPA_PLATFORM=offscreen
set +e
# The whole suite (no arguments, as CI runs it) on every core, up to 4 workers, a test file per worker at a time
# (each worker makes its own session fixtures, the PostgreSQL server included); a chosen selection runs in one.
if [ "$#" -eq 0 ]; then
  .venv/bin/python -m pytest -q -n auto --maxprocesses 4 --dist loadfile
else
  .venv/bin/python -m pytest -q "$@"
fi
rc=$?
if [ "$rc" -eq 5 ]; then echo "no tests ran"; rc=0; fi
echo "ruff check"
.venv/bin/python -m ruff check frontdesk tests bench scripts packaging
lint=$?
echo "mypy"
.venv/bin/python -m mypy
types=$?
set -e
[ "$rc" -ne 0 ] && exit "$rc"
if [ "$lint" -ne 0 ] || [ "$types" -ne 0 ]; then exit 1; fi
# With no arguments (the whole suite, as CI runs it): the benchmark on its small centre, so it cannot rot.
# --check fails on a measure that printed no figure or a store measure without its two floors; no timing is judged.
if [ "$#" -eq 0 ]; then
  .venv/bin/python -m bench --quick --check --out "${TMPDIR:-/tmp}/frontdesk-bench-quick.md"
fi
if [ "$package" = 1 ]; then
  FRONTDESK_SKIP_SETUP=1 bash packaging/check.sh
fi
exit 0
