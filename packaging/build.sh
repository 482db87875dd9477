#!/usr/bin/env bash
# Build the one-folder program dist/frontdesk/ (PyInstaller, packaging/frontdesk.spec) and the Debian package
# dist/frontdesk_VERSION_amd64.deb from it. Works on a fresh Debian/Ubuntu machine: installs what it needs
# (Debian packages with apt, PyInstaller into the project's .venv through the `build` extra).
# DEB_COMPRESS: dpkg-deb's compression (default "-Zgzip -z6": every dpkg reads gzip, UOS and Kylin included,
# whose dpkg predates zstd). FRONTDESK_SKIP_SETUP=1: the .venv is already set up (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
if [ -z "${FRONTDESK_SKIP_SETUP:-}" ]; then
  setup_frontdesk build binutils
fi
# PyInstaller ships Python's shared library; Debian's python3 keeps it in a package of its own (libpython3.11).
if ! .venv/bin/python -c 'import os, sys, sysconfig as s; sys.exit(not os.path.exists(os.path.join(
    s.get_config_var("LIBDIR"), s.get_config_var("INSTSONAME"))))'; then
  apt_install "libpython$(.venv/bin/python -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
fi
VERSION=$(.venv/bin/python -c 'import frontdesk; print(frontdesk.__version__)')
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)

echo "Building dist/frontdesk/ (PyInstaller)"
rm -rf dist/frontdesk
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/frontdesk.spec
test -x dist/frontdesk/frontdesk

echo "Building dist/frontdesk_${VERSION}_${ARCH}.deb"
STAGE="build/deb/frontdesk_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/icons/hicolor/48x48/apps" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/frontdesk"
cp -al dist/frontdesk "$STAGE/opt/frontdesk" 2>/dev/null || cp -a dist/frontdesk "$STAGE/opt/frontdesk"
ln -s ../../opt/frontdesk/frontdesk "$STAGE/usr/bin/frontdesk"
install -m 644 packaging/linux/frontdesk.desktop "$STAGE/usr/share/applications/frontdesk.desktop"
install -m 644 resources/icons/frontdesk.png "$STAGE/usr/share/icons/hicolor/256x256/apps/frontdesk.png"
install -m 644 resources/icons/frontdesk-48.png "$STAGE/usr/share/icons/hicolor/48x48/apps/frontdesk.png"
install -m 644 resources/icons/frontdesk.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/frontdesk.svg"
install -m 644 packaging/linux/copyright "$STAGE/usr/share/doc/frontdesk/copyright"
SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" packaging/linux/control > "$STAGE/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$STAGE"
# shellcheck disable=SC2086
dpkg-deb --root-owner-group ${DEB_COMPRESS:--Zgzip -z6} --build "$STAGE" "dist/frontdesk_${VERSION}_${ARCH}.deb" >/dev/null
rm -rf "$STAGE"
echo "Built $PWD/dist/frontdesk/ and $PWD/dist/frontdesk_${VERSION}_${ARCH}.deb" \
     "($(du -sh dist/frontdesk | cut -f1) unpacked, $(du -h "dist/frontdesk_${VERSION}_${ARCH}.deb" | cut -f1) package)"
