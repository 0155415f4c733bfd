"""Where the game's data folder is, found without importing pygame.

The command line checks names against small data files (the flight's stage list)
before the game starts, so finding the folder must stay import-light; the asset
resolver (`game.core.assets`) uses the same search. The installed package's file
list is read only when no nearer folder has the data (it costs more than the rest
of a start).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from game.core.errors import AssetMissing

DATA_ENV = "RED_SUN_DATA"
SHARE_NAME = "red-sun-over-daxam"
DIST_NAME = "red-sun-over-daxam"
MARKER = "daxam.tiled-project"  # a file every data folder's maps/ holds


def candidate_roots() -> list[Path]:
    """Every folder `find_data_root` may look in, in order (see `_near_roots`)."""
    return _near_roots() + _installed_roots()


def _near_roots() -> list[Path]:
    """Folders that may hold `assets/` and `maps/`, most specific first.

    1. `$RED_SUN_DATA` (a packager or a test may point anywhere);
    2. a pyinstaller bundle: `sys._MEIPASS`, and the folder of the executable
       (one-folder builds keep data next to it, so map makers can edit maps there);
    3. the source tree or an editable install: the parent of the `game` package;
    4. a regular install: `<prefix>/share/red-sun-over-daxam`, where pip put it: found
       through the installed package's file list (a plain `pip install` on Debian
       installs under /usr/local, not `sys.prefix`), then `sys.prefix`, then the user
       base of `pip install --user` (~/.local).
    """
    roots: list[Path] = []
    env = os.environ.get(DATA_ENV)
    if env:
        roots.append(Path(env))
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        roots.append(Path(meipass))
        roots.append(Path(sys.executable).resolve().parent)
    roots.append(Path(__file__).resolve().parents[2])
    return roots


def _is_data_root(root: Path) -> bool:
    return (root / "assets").is_dir() and (root / "maps").is_dir()


def _installed_roots() -> list[Path]:
    """Where a regular install keeps the data (asked only when no nearer folder has it:
    reading the package's file list costs more than the rest of a start)."""
    import site

    roots: list[Path] = []
    installed = _installed_share()
    if installed is not None:
        roots.append(installed)
    roots.append(Path(sys.prefix) / "share" / SHARE_NAME)
    roots.append(Path(site.getuserbase()) / "share" / SHARE_NAME)
    return roots


def _installed_share() -> Path | None:
    """The data folder an installed (non-editable) package recorded in its file list."""
    from importlib import metadata

    try:
        files = metadata.distribution(DIST_NAME).files or []
    except metadata.PackageNotFoundError:
        return None
    for entry in files:
        parts = entry.parts
        if len(parts) >= 3 and parts[-3:] == (SHARE_NAME, "maps", MARKER):
            return Path(str(entry.locate())).resolve().parent.parent
    return None


def find_data_root(roots: list[Path] | None = None) -> Path:
    """The first candidate that has both `assets/` and `maps/`."""
    if roots is None:
        near = _near_roots()
        found = next((r for r in near if _is_data_root(r)), None)
        if found is not None:
            return found
        roots = near + _installed_roots()
    tried = roots
    for root in tried:
        if _is_data_root(root):
            return root
    listing = ", ".join(str(r) for r in tried)
    raise AssetMissing(f"cannot find the game's assets/ and maps/ folders (looked in {listing})")
