#!/usr/bin/env bash
# The play command (README): a virtual environment with the game installed, then the game.
# Extra arguments go to the game, e.g. `bash tools/play.sh --map palace_hall`.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/red-sun "$@"
