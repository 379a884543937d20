#!/bin/sh
# Add Daleel to the desktop's application menu for the current user (Linux).
# Run from the unpacked app folder: ./install-linux.sh  (nothing is copied but the menu entry
# and the icon; the app itself stays where it is, e.g. on the USB stick).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
mkdir -p "$apps"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$here/_internal/assets/icons/daleel-$size.png" "$icons/${size}x${size}/apps/daleel.png"
done
sed "s|^Exec=.*|Exec=\"$here/daleel\"|" "$here/daleel.desktop" > "$apps/daleel.desktop"
echo "Daleel is now in the applications menu ($apps/daleel.desktop)."
