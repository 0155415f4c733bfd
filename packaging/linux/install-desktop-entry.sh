#!/bin/sh
# Adds Red Sun over Daxam to your applications menu (Linux): writes a desktop entry
# for the game in this folder into ~/.local/share/applications. Run it again after
# moving the folder; delete red-sun-over-daxam.desktop there to remove the entry.
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\"$here/RedSunOverDaxam\"|" \
    -e "s|^Icon=.*|Icon=$here/RedSunOverDaxam.png|" \
    -e "s|^StartupWMClass=.*|Path=$here|" \
    "$here/red-sun-over-daxam.desktop" > "$apps/red-sun-over-daxam.desktop"
echo "added $apps/red-sun-over-daxam.desktop"
