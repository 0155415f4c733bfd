"""Put maps in Tiled's own file layout: `python -m tools.maps.tidy [maps...]`.

Maps laid out by hand or by an older writer change on their first save in Tiled
(property order, indentation), which buries the real edit in a noisy diff. This
re-saves each map through Tiled itself (headless), next to the original so relative
tileset and template paths stay as they are, and reports the maps it changed. Run it
once after merging map edits; `tools/maps/tmx_writer.py` already writes this layout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def tidy(path: Path) -> bool:
    """Re-save `path` through Tiled; True when its bytes changed."""
    if shutil.which("tiled") is None:
        raise SystemExit("tidy: Tiled is not installed (Debian/Ubuntu: apt-get install tiled)")
    temp = path.with_name(f".{path.stem}.tidy{path.suffix}")
    with tempfile.TemporaryDirectory() as runtime:
        os.chmod(runtime, 0o700)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": runtime}
        run = subprocess.run(["tiled", "--export-map", "tmx", str(path), str(temp)], env=env,
                             capture_output=True, text=True, timeout=120)
    if run.returncode != 0 or not temp.is_file():
        temp.unlink(missing_ok=True)
        raise SystemExit(f"tidy: Tiled could not save {path}: {run.stderr.strip()}")
    changed = temp.read_bytes() != path.read_bytes()
    if changed:
        temp.replace(path)
    else:
        temp.unlink()
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.maps.tidy",
                                     description="Re-save maps in Tiled's own layout.")
    parser.add_argument("maps", nargs="*", type=Path, help="maps (default: maps/*.tmx)")
    ns = parser.parse_args(argv)
    paths = ns.maps or sorted((ROOT / "maps").glob("*.tmx"))
    for path in paths:
        if tidy(path.resolve()):
            print(f"re-laid out {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
