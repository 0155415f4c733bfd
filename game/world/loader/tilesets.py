"""External tilesets read once, not once a map.

pytmx parses every `.tsx` a map names each time the map is read, and most rooms
share the palace's tilesets. Here each file is parsed once until it changes (keyed
by path, size and modification time, so F5 after an edit in Tiled sees it) and put
into the map's tree as an embedded tileset, its pictures' paths made relative to
the map exactly as pytmx makes them; pytmx then reads the same tileset it would
have read from the file.
"""

from __future__ import annotations

import copy
import os
import xml.etree.ElementTree as ET
from pathlib import Path

_PARSED: dict[tuple[str, str, int, int], ET.Element | None] = {}


def inline_tilesets(root: ET.Element, map_path: Path) -> None:
    """Replace each `<tileset source="x.tsx">` under `root` by its (cached) content.
    A file that cannot be read is left for pytmx to report."""
    for index, node in enumerate(root):
        source = node.get("source") if node.tag == "tileset" else None
        if not source or not source.lower().endswith(".tsx"):
            continue
        tileset = _tileset(map_path.parent / source, source)
        if tileset is not None:
            inline = copy.copy(tileset)  # its own attributes; children shared, never changed
            inline.set("firstgid", node.get("firstgid", "1"))
            root[index] = inline


def _tileset(tsx: Path, source: str) -> ET.Element | None:
    try:
        stat = os.stat(tsx)
    except OSError:
        return None
    key = (str(tsx), source, stat.st_size, stat.st_mtime_ns)
    if key not in _PARSED:
        _PARSED[key] = _read(tsx, os.path.dirname(source))
    return _PARSED[key]


def _read(tsx: Path, folder: str) -> ET.Element | None:
    try:
        root = ET.parse(tsx).getroot()
    except (ET.ParseError, OSError):
        return None
    # pytmx also moves a tile's `path` value next to the .tsx; leave such files to it.
    for tile in root.iter("tile"):
        if tile.get("path") is not None or any(
                prop.get("name") == "path" for prop in tile.iter("property")):
            return None
    for image in root.iter("image"):
        picture = image.get("source")
        if picture:
            image.set("source", os.path.join(folder, picture))
    return root
