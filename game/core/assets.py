"""One asset resolver for the source tree, an installed package and a pyinstaller bundle.

Every path to a data file goes through `AssetResolver`, so the game finds its
`assets/` and `maps/` wherever it runs. Loaded images are cached per resolver
(no module-level cache: two games in one process, as tests make, stay apart).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pygame

from game import strict_json
from game.core.data_root import (  # noqa: F401 (re-exported: where the data is looked for)
    DATA_ENV,
    DIST_NAME,
    MARKER,
    SHARE_NAME,
    candidate_roots,
    find_data_root,
)
from game.core.errors import AssetMissing, ContentError


class AssetResolver:
    """Resolves names under the data root and caches decoded images."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._images: dict[str, pygame.Surface] = {}
        self._raw: set[str] = set()  # read before the window opened: converted on next use

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
        """A loaded image with alpha, cached. Before a display mode is set it comes as
        read (the window's icon) and is converted for fast blits on its first use after."""
        cached = self._images.get(relative)
        if cached is None or relative in self._raw:
            if cached is None:
                path = self.path(relative)
                try:
                    cached = pygame.image.load(str(path))
                except (pygame.error, OSError) as err:
                    raise AssetMissing(f"cannot read image {relative}: {err}") from None
            if pygame.display.get_surface() is not None:
                cached = cached.convert_alpha()
                self._raw.discard(relative)
            else:
                self._raw.add(relative)
            self._images[relative] = cached
        return cached

    def text(self, relative: str) -> str:
        try:
            return self.path(relative).read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            raise ContentError(f"{relative} is not UTF-8 text: {err}") from None

    def json(self, relative: str) -> Any:
        try:
            return strict_json.loads(self.text(relative))
        except (json.JSONDecodeError, strict_json.DuplicateKeyError) as err:
            raise ContentError(
                f"{relative}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}"
            ) from None

    def clear_cache(self) -> None:
        """Forget decoded images (F5 reload picks up edited files)."""
        self._images.clear()
        self._raw.clear()
