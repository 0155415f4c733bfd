"""Checks on a map's raw XML before pytmx reads it.

pytmx allocates every layer from the header's size and opens every file the map
names; a header of 100000 x 100000 tiles runs out of memory, and a missing
tileset or picture comes back as "missing file None" or an SDL message. Reading
the header and the file names ourselves first keeps those cases to one plain
sentence in the map maker's own words.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.errors import ContentError
from game.world.loader.tilesets import parse_tileset_file

MAX_MAP_TILES = 1000  # a side; the largest story map is far smaller
MAX_TILE_SIZE = 256


def preflight(path: Path, root: ET.Element) -> None:
    """ContentError naming the file and the problem, or None if pytmx may read it.
    `root` is the map's `<map>` element (read from the .tmx, or made from a .tmj)."""
    if root.tag != "map":
        raise ContentError(f"{path.name}: cannot read map: the file is not a Tiled map "
                           f"(its first element is <{root.tag}>)")
    _check_size(path, root)
    for tileset in root.iter("tileset"):
        source = tileset.get("source")
        if source:
            _check_tileset_file(path, path.parent / source, source)
        else:
            _check_images(path, tileset, path.parent, f"tileset '{tileset.get('name', '')}'")
    for layer in root.iter("imagelayer"):
        image = layer.find("image")
        source = image.get("source") if image is not None else None
        if source and not (path.parent / source).is_file():
            raise ContentError(f"{path.name}: image layer '{layer.get('name', '')}' shows "
                               f"{source}, which does not exist")


def _check_size(path: Path, root: ET.Element) -> None:
    for what, key, top in (("width", "width", MAX_MAP_TILES),
                           ("height", "height", MAX_MAP_TILES),
                           ("tile width", "tilewidth", MAX_TILE_SIZE),
                           ("tile height", "tileheight", MAX_TILE_SIZE)):
        text = root.get(key, "")
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not 1 <= value <= top:
            raise ContentError(f"{path.name}: map {what} {text!r} must be a whole number "
                               f"from 1 to {top}")


def _check_tileset_file(map_path: Path, tsx: Path, written: str) -> None:
    if not tsx.is_file():
        raise ContentError(f"{map_path.name}: tileset {written} does not exist")
    try:
        root = parse_tileset_file(tsx)  # parsed once until it changes; pytmx gets it too
    except ET.ParseError as err:
        raise ContentError(f"{map_path.name}: tileset {written} cannot be read: {err}") from None
    except OSError as err:
        raise ContentError(f"{map_path.name}: tileset {written} cannot be read: "
                           f"{err.strerror or err}") from None
    _check_images(map_path, root, tsx.parent, f"tileset {written}")


def _check_images(map_path: Path, tileset: ET.Element, folder: Path, label: str) -> None:
    for image in tileset.iter("image"):
        source = image.get("source")
        if source and not (folder / source).is_file():
            raise ContentError(f"{map_path.name}: {label} needs the picture {source}, "
                               "which does not exist")
