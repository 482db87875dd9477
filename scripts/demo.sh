#!/usr/bin/env bash
# Install frontdesk into the project's .venv, fill a demo centre (once) and start the window.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
setup_frontdesk ""
export FRONTDESK_DB="${FRONTDESK_DB:-$HOME/frontdesk-demo/centre.db}"
if [ ! -f "$FRONTDESK_DB" ] || ! .venv/bin/frontdesk check >/dev/null 2>&1; then
  .venv/bin/frontdesk demo --units "${DEMO_UNITS:-1200}" --years "${DEMO_YEARS:-3}" --seed 1
fi
echo "Demo centre: $FRONTDESK_DB (log in as admin / demo1234)"
exec .venv/bin/frontdesk
