#!/usr/bin/env bash
# The test command (README and CI): a fresh virtual environment, the game with its
# test and dev extras, Debian's Tiled where we may install it, then the linters
# (ruff on the whole tree, mypy on the game) and the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# wine64 and MinGW run tools/run_here.cmd under wine's cmd.exe (tests/maps/
# test_run_here_windows.py); without recommends Debian puts wine at /usr/lib/wine/wine64.
has_wine() {
    command -v wine >/dev/null 2>&1 || command -v wine64 >/dev/null 2>&1 ||
        [ -x /usr/lib/wine/wine64 ]
}
has_mingw() { command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; }
if ! command -v tiled >/dev/null 2>&1 || ! command -v xvfb-run >/dev/null 2>&1 ||
        ! has_wine || ! has_mingw; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq </dev/null >/dev/null
        apt-get install -y -qq tiled xvfb xauth </dev/null >/dev/null
        apt-get install -y -qq --no-install-recommends wine64 gcc-mingw-w64-x86-64-win32 \
            </dev/null >/dev/null
    else
        echo "note: Debian's tiled and xvfb (or wine64 and gcc-mingw-w64-x86-64-win32) are" \
             "not installed; the Tiled round-trip tests (or the Windows launcher tests) will skip" >&2
    fi
fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,dev]' </dev/null
.venv/bin/ruff check . </dev/null
.venv/bin/mypy game </dev/null
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
# One worker a core (pytest-xdist): CI's two cores run the suite in about half the time.
exec .venv/bin/python -m pytest -n auto "$@" </dev/null
