"""One asset resolver for the source tree, an installed package and a pyinstaller bundle.

Every path to a data file goes through `AssetResolver`, so the game finds its
`assets/` and `maps/` wherever it runs. Loaded images are cached per resolver
(no module-level cache: two games in one process, as tests make, stay apart).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pygame

from game.core.errors import AssetMissing, ContentError

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


class AssetResolver:
    """Resolves names under the data root and caches decoded images."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._images: dict[str, pygame.Surface] = {}

    @classmethod
    def discover(cls) -> AssetResolver:
        return cls(find_data_root())

    @property
    def maps_dir(self) -> Path:
        return self.root / "maps"

    def path(self, relative: str) -> Path:
        """Absolute path of `relative` (e.g. "assets/ui/cursor.png"); must exist."""
        full = self.root / relative
        if not full.exists():
            raise AssetMissing(f"missing asset: {relative} (looked in {self.root})")
        return full

    def image(self, relative: str) -> pygame.Surface:
        """A loaded image with alpha, cached. Needs a display mode set (pygame rule)."""
        cached = self._images.get(relative)
        if cached is None:
            path = self.path(relative)
            try:
                cached = pygame.image.load(str(path))
            except (pygame.error, OSError) as err:
                raise AssetMissing(f"cannot read image {relative}: {err}") from None
            if pygame.display.get_surface() is not None:
                cached = cached.convert_alpha()
            self._images[relative] = cached
        return cached

    def text(self, relative: str) -> str:
        try:
            return self.path(relative).read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            raise ContentError(f"{relative} is not UTF-8 text: {err}") from None

    def json(self, relative: str) -> Any:
        try:
            return json.loads(self.text(relative))
        except json.JSONDecodeError as err:
            raise ContentError(
                f"{relative}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}"
            ) from None

    def clear_cache(self) -> None:
        """Forget decoded images (F5 reload picks up edited files)."""
        self._images.clear()
