#!/usr/bin/env bash
# Install frontdesk, fill a demo centre (once) and start the window.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if command -v apt-get >/dev/null && ! fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk"; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends fonts-wqy-microhei \
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
    libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 >/dev/null
fi
python3 -m pip install -q --disable-pip-version-check -e .
export FRONTDESK_DB="${FRONTDESK_DB:-$HOME/frontdesk-demo/centre.db}"
if ! python3 -m frontdesk check >/dev/null 2>&1; then
  python3 -m frontdesk demo --units "${DEMO_UNITS:-1200}" --years "${DEMO_YEARS:-3}" --seed 1
fi
exec python3 -m frontdesk
