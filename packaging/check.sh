#!/usr/bin/env bash
# Build the one-folder program and the .deb (packaging/build.sh), install the .deb and start the installed
# program offscreen: --version, every command's --help against the source's, a small demo centre, every page
# rendered with `shot`, a work order (QR code) and the monthly report (charts) printed. Fails on any step.
# As root with CI set, the .deb is installed for real with apt-get (its Depends resolved) and removed again;
# elsewhere it is installed with dpkg into a throwaway root under build/. Time per step is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
start=$SECONDS
step() { echo "[packaging $((SECONDS - start)) s] $*"; }
quiet() { "$@" > "$WORK/out" 2>&1 || { cat "$WORK/out"; echo "failed: $*" >&2; return 1; }; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-check.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
step "build"
DEB_COMPRESS="${DEB_COMPRESS:--Zgzip -z1}" bash packaging/build.sh
VERSION=$(.venv/bin/python -c 'import frontdesk; print(frontdesk.__version__)')
DEB=$(ls dist/frontdesk_"${VERSION}"_*.deb)

if [ "$(id -u)" -eq 0 ] && [ -n "${CI:-}" ] && command -v apt-get >/dev/null; then
  trap 'rm -rf "$WORK"; DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq --purge frontdesk >/dev/null 2>&1 || true' EXIT
  step "apt-get install ./$DEB"
  DEBIAN_FRONTEND=noninteractive quiet apt-get install -y -qq "./$DEB"
  PROGRAM=/usr/bin/frontdesk
  REMOVE=1
else
  step "dpkg -i into a throwaway root"
  ROOT="$PWD/build/deb-root"
  rm -rf "$ROOT"; mkdir -p "$ROOT/var/lib/dpkg/info" "$ROOT/var/lib/dpkg/updates"; touch "$ROOT/var/lib/dpkg/status"
  quiet dpkg --root="$ROOT" --force-depends --force-not-root --force-script-chrootless -i "$DEB"
  PROGRAM="$ROOT/usr/bin/frontdesk"
  REMOVE=0
fi
test -x "$PROGRAM"
dpkg-deb -c "$DEB" > "$WORK/contents"          # (not piped into grep -q: an early exit breaks the pipe)
grep -q "./usr/share/applications/frontdesk.desktop" "$WORK/contents"
grep -q "./usr/share/icons/hicolor/256x256/apps/frontdesk.png" "$WORK/contents"

export HOME="$WORK/home" FRONTDESK_DB="$WORK/centre.db"
mkdir -p "$HOME"
step "frontdesk --version"
"$PROGRAM" --version | tee "$WORK/version"
[ "$(wc -l < "$WORK/version")" -eq 3 ] && grep -qx "frontdesk $VERSION" "$WORK/version"

step "--help of every command against the source"
.venv/bin/python packaging/command_paths.py > "$WORK/commands"
while read -r -a cmd; do
  echo "== frontdesk ${cmd[*]}"; "$PROGRAM" "${cmd[@]}" --help
done < "$WORK/commands" > "$WORK/help.built"
.venv/bin/python packaging/command_paths.py --helps > "$WORK/help.source"
diff -u "$WORK/help.source" "$WORK/help.built"
echo "--help compared for $(wc -l < "$WORK/commands") commands"

step "demo centre, every page, a work order and the monthly report"
quiet "$PROGRAM" demo --units 40 --years 1 --seed 3
for page in $(.venv/bin/python -c 'from frontdesk.ui import pages; print(" ".join(k for k, _ in pages.available()))'); do
  "$PROGRAM" shot --page "$page" --out "$WORK/$page.png" >/dev/null
  test -s "$WORK/$page.png"
done
# a repair ticket (a work order is printed for repairs and complaints, never for an inquiry)
ticket=$("$PROGRAM" ticket list --json | .venv/bin/python -c 'import json, sys; print(next(t["number"] for t in json.load(sys.stdin) if t["type"] == "repair" and t["status"] != "cancelled"))')
"$PROGRAM" print work-order --ticket "$ticket" --out "$WORK/work-order.pdf" >/dev/null
"$PROGRAM" report monthly --month "$(date +%Y-%m)" --out "$WORK/monthly.pdf" >/dev/null
test -s "$WORK/work-order.pdf" && test -s "$WORK/monthly.pdf"

if [ "$REMOVE" = 1 ]; then
  step "apt-get remove frontdesk (the user's data stays)"
  DEBIAN_FRONTEND=noninteractive quiet apt-get remove -y -qq --purge frontdesk
  test ! -e /usr/bin/frontdesk && test -s "$FRONTDESK_DB"
fi
step "done: $DEB installed and started"
