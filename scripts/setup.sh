# Sourced by demo.sh and test.sh: the Debian packages the program needs, then the project's own virtual
# environment (.venv) with frontdesk installed into it. A stock Debian 12 or Ubuntu 24.04 refuses
# `pip install` outside a virtual environment (PEP 668), so nothing is installed into the system Python.
# Usage: setup_frontdesk EXTRAS APT_PACKAGE...   (EXTRAS: "" or "test")
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

apt_install() {
  command -v apt-get >/dev/null || { echo "note: no apt-get here; install by hand: $*" >&2; return 0; }
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  if [ -n "$SUDO" ] && ! command -v sudo >/dev/null; then
    echo "These Debian packages are missing and there is no sudo here; as root run:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    echo "then run this script again." >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

QT_RUNTIME_PACKAGES="fonts-wqy-microhei libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libglib2.0-0"

setup_frontdesk() {
  local extras="$1"; shift
  local py="${PYTHON:-python3}"
  command -v "$py" >/dev/null || apt_install python3
  # python3-venv brings ensurepip, which Debian and Ubuntu leave out of the base python3 package.
  if ! "$py" -c 'import ensurepip, venv' 2>/dev/null; then
    local ver; ver=$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    apt_install python3-venv "python${ver}-venv"
  fi
  "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "frontdesk needs Python 3.11 or newer" >&2; exit 1; }
  # shellcheck disable=SC2086
  apt_install $QT_RUNTIME_PACKAGES "$@"
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    rm -rf .venv
    "$py" -m venv .venv
  fi
  VENV_PY="$PWD/.venv/bin/python"
  "$VENV_PY" -m pip install -q --disable-pip-version-check --upgrade "pip>=23" >/dev/null
  "$VENV_PY" -m pip install -q --disable-pip-version-check -e ".${extras:+[$extras]}"
  # Bytecode compiled now, as pip does for an installed package and the .deb ships it: an editable install
  # otherwise compiles every module at each start (about 150 ms of the window's 400), and PYTHONDONTWRITEBYTECODE
  # would keep it from ever being cached. A changed source is still compiled afresh (Python checks the time).
  "$VENV_PY" -m compileall -q -j 0 frontdesk >/dev/null || true
  echo "frontdesk is installed in $PWD/.venv (run it as $PWD/.venv/bin/frontdesk)"
}
