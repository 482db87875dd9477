#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian or Ubuntu machine (into the project's .venv), then run them.
# Without arguments (the whole suite, as CI runs it) it then builds the one-folder program and the .deb, installs
# the .deb and starts the installed program offscreen (packaging/check.sh); FRONTDESK_PACKAGE=0 skips that,
# FRONTDESK_PACKAGE=1 forces it with arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
package="${FRONTDESK_PACKAGE:-}"
[ -z "$package" ] && { [ $# -eq 0 ] && package=1 || package=0; }
if [ "$package" = 1 ]; then
  setup_frontdesk test,build poppler-utils zbar-tools xvfb xauth sqlite3 binutils
else
  setup_frontdesk test poppler-utils zbar-tools xvfb xauth sqlite3
fi
export QT_QPA_PLATFORM=offscreen
set +e
.venv/bin/python -m pytest -q "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then echo "no tests ran"; rc=0; fi
[ "$rc" -ne 0 ] && exit "$rc"
if [ "$package" = 1 ]; then
  FRONTDESK_SKIP_SETUP=1 bash packaging/check.sh
fi
exit 0
