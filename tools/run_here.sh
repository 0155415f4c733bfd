#!/bin/sh
# Tiled's "Run game here" on Linux and macOS: `sh tools/run_here.sh MAP [game options]`.
# Runs the game on MAP with the project's own Python (the .venv that tools/play.sh and
# tools/run_tests.sh make) or, in a bundle, with the bundled game beside maps/. It never
# uses a bare `python`: Debian has none, and outside the venv there is no pygame.
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "$#" -lt 1 ]; then
    echo "run_here: usage: sh tools/run_here.sh MAP.tmx [game options]" >&2
    exit 2
fi
map=$1
shift
for py in "$here/.venv/bin/python" "$here/.venv/Scripts/python.exe"; do
    if [ -f "$py" ] && [ -x "$py" ]; then
        cd "$here" && exec "$py" -m game --debug-menu --map "$map" "$@"
    fi
done
# -f as well as -x: a folder is "executable" too, and a macOS build may leave the
# one-folder RedSunOverDaxam/ beside RedSunOverDaxam.app.
for exe in "$here/RedSunOverDaxam" "$here/RedSunOverDaxam.app/Contents/MacOS/RedSunOverDaxam"; do
    if [ -f "$exe" ] && [ -x "$exe" ]; then
        cd "$here" && exec "$exe" --debug-menu --map "$map" "$@"
    fi
done
echo "run_here: found neither $here/.venv nor the bundled game in $here;" \
     "run 'bash tools/play.sh' once in the repository to make the .venv" >&2
exit 1
