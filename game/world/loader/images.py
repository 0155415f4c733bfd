"""The pictures a map names, read once.

pytmx reads every picture a map names when it parses the file: each tileset sheet,
and every image layer, which `build_layers` then reads again itself (pytmx numbers
image layers like tiles, so its copy cannot be used). On the balcony, with its
twenty backdrop layers, that was most of the load time. The loader given to pytmx
here skips the image layers, and reads tileset sheets through an `ImageCache` that
the world keeps between maps: walking back into a room does not decode its sheets
again. The cache is keyed by the file's size and modification time, so an F5 reload
after an edit in Tiled sees the new picture.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pygame
from pytmx.util_pygame import handle_transformation, smart_convert

TileLoader = Callable[..., pygame.Surface | None]
MAX_BYTES = 32 << 20  # decoded pixels kept: every sheet and the balcony's 17 backdrops fit


@lru_cache(maxsize=1024)
def real_path(path: str) -> str:
    """`os.path.realpath`, remembered: it asks the file system for every part of the
    path, and a map names the same few pictures every time it is entered."""
    return os.path.realpath(path)


class ImageCache:
    """Decoded pictures by (path, size, mtime); one per world, not global. Callers get
    the cached surface itself and must copy (convert) it before changing it."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self._pictures: dict[tuple[str, int, int], pygame.Surface] = {}
        self._bytes = 0
        self._max = max_bytes

    def __len__(self) -> int:
        return len(self._pictures)

    def picture(self, filename: str) -> pygame.Surface:
        stat = os.stat(filename)
        key = (real_path(filename), stat.st_size, stat.st_mtime_ns)
        image = self._pictures.get(key)
        if image is None:
            image = pygame.image.load(filename)
            size = image.get_width() * image.get_height() * 4
            if self._bytes + size > self._max:
                self._pictures.clear()
                self._bytes = 0
            self._pictures[key] = image
            self._bytes += size
        return image



def image_layer_sources(root: ET.Element, map_path: Path) -> frozenset[str]:
    """The real paths of the pictures the map's image layers show."""
    found = set()
    for layer in root.iter("imagelayer"):
        image = layer.find("image")
        source = image.get("source") if image is not None else None
        if source:
            found.add(real_path(str(map_path.parent / source)))
    return frozenset(found)


def pytmx_loader(skip: frozenset[str], cache: ImageCache | None) -> Callable[..., TileLoader]:
    """An `image_loader` for pytmx: tiles cut from (cached) sheets, image layers skipped."""

    def for_file(filename: str, colorkey: Any = None, **kwargs: Any) -> TileLoader:
        if real_path(filename) in skip:
            return lambda rect=None, flags=None: None
        key = pygame.Color(f"#{colorkey}") if colorkey else None
        sheet = cache.picture(filename) if cache is not None else pygame.image.load(filename)
        pixel_alpha = kwargs.get("pixelalpha", True)

        def tile(rect: Any = None, flags: Any = None) -> pygame.Surface:
            picture = sheet.subsurface(rect) if rect else sheet.copy()
            if flags:
                picture = handle_transformation(picture, flags)
            return smart_convert(picture, key, pixel_alpha)

        return tile

    return for_file
