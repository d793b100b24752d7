#!/bin/sh
# Put Picture Book Studio in the desktop's menus: the launcher, the AppStream entry, the icons and the .storybook
# file type, for this user (~/.local/share) or under PREFIX (e.g. PREFIX=/usr/local as root).
#   packaging/install-desktop.sh            install
#   packaging/install-desktop.sh --remove   take them out again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.picturebookstudio.Studio
share=${PREFIX:+$PREFIX/share}
share=${share:-${XDG_DATA_HOME:-$HOME/.local/share}}

files() {
  echo "$here/$id.desktop applications/$id.desktop"
  echo "$here/$id.metainfo.xml metainfo/$id.metainfo.xml"
  echo "$here/$id-mime.xml mime/packages/$id.xml"
  (cd "$here/icons" && find hicolor -type f) | while read -r icon; do echo "$here/icons/$icon icons/$icon"; done
}

if [ "${1:-}" = "--remove" ]; then
  files | while read -r _ target; do rm -f "$share/$target"; done
  echo "removed from $share"
else
  files | while read -r source target; do
    mkdir -p "$(dirname "$share/$target")"
    cp "$source" "$share/$target"
  done
  echo "installed into $share"
fi
# Refresh the caches where the tools exist; a desktop without them reads the files directly.
if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime" >/dev/null; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database "$share/applications" 2>/dev/null || true; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true; fi
