"""External tilesets read once, not once a map.

pytmx parses every `.tsx` a map names each time the map is read, and most rooms
share the palace's tilesets. Here each file is parsed once until it changes (keyed
by path, size and modification time, so F5 after an edit in Tiled sees it) and put
into the map's tree as an embedded tileset, its pictures' paths made relative to
the map exactly as pytmx makes them (preflight checks the same parse); pytmx then
reads the same tileset it would have read from the file.

A map uses a fraction of a shared tileset (the slums 207 of 452 tiles with an entry),
and pytmx parses, registers, cuts and converts every tile that has an entry (its
properties, its animation). Given the tiles the map's cells and tile objects name,
only their entries are kept: a tile the map never shows is never asked for.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Collection
from pathlib import Path

_RAW: dict[tuple[str, int, int], ET.Element] = {}
_EMBEDDED: dict[tuple[int, str], ET.Element | None] = {}  # by id of a kept _RAW tree


def parse_tileset_file(tsx: Path) -> ET.Element:
    """The parsed .tsx, read once until it changes (OSError or ET.ParseError as
    `ET.parse` raises them). Shared: callers must not change it."""
    stat = os.stat(tsx)
    key = (os.fspath(tsx), stat.st_size, stat.st_mtime_ns)
    root = _RAW.get(key)
    if root is None:
        root = _RAW[key] = ET.parse(tsx).getroot()
    return root


def inline_tilesets(root: ET.Element, map_path: Path,
                    used: Collection[int] | None = None) -> None:
    """Replace each `<tileset source="x.tsx">` under `root` by its (cached) content.
    A file that cannot be read is left for pytmx to report. With `used` (Tiled gids,
    no flip bits) a tile's entry is kept only if the map uses the tile."""
    for index, node in enumerate(root):
        source = node.get("source") if node.tag == "tileset" else None
        if not source or not source.lower().endswith(".tsx"):
            continue
        try:
            raw = parse_tileset_file(map_path.parent / source)
        except (OSError, ET.ParseError):
            continue
        folder = os.path.dirname(source)
        key = (id(raw), folder)
        if key not in _EMBEDDED:
            _EMBEDDED[key] = _embedded(raw, folder)
        tileset = _EMBEDDED[key]
        if tileset is not None:
            firstgid = node.get("firstgid", "1")
            root[index] = (_with(tileset, firstgid=firstgid) if used is None
                           else _used_only(tileset, firstgid, used))


def _embedded(raw: ET.Element, folder: str) -> ET.Element | None:
    """`raw` with its sheet's path made relative to the map, as pytmx does; None
    leaves to pytmx a file with tiles of their own pictures or a `path` value
    (pytmx moves those next to the .tsx too)."""
    tiles = list(raw.iter("tile"))
    if any(tile.find("image") is not None or tile.get("path") is not None for tile in tiles) \
            or any(prop.get("name") == "path" for tile in tiles for prop in tile.iter("property")):
        return None
    tileset = _with(raw)
    for index, child in enumerate(tileset):
        picture = child.get("source") if child.tag == "image" else None
        if picture:
            tileset[index] = _with(child, source=os.path.join(folder, picture))
    return tileset


def _used_only(tileset: ET.Element, firstgid: str, used: Collection[int]) -> ET.Element:
    """The embedded tileset with the entries of the tiles in `used` only."""
    try:
        first = int(firstgid)
    except ValueError:
        return _with(tileset, firstgid=firstgid)  # pytmx reports it
    out = ET.Element(tileset.tag, {**tileset.attrib, "firstgid": firstgid})
    out.text, out.tail = tileset.text, tileset.tail
    out.extend(child for child in tileset if _keeps(child, first, used))
    return out


def _keeps(child: ET.Element, first: int, used: Collection[int]) -> bool:
    if child.tag != "tile":
        return True
    try:
        return int(child.get("id", "")) + first in used
    except ValueError:
        return True  # a bad id reaches pytmx, which reports it


def _with(element: ET.Element, **changes: str) -> ET.Element:
    """A new element: `element`'s attributes with `changes`, the same children (never
    changed). `copy.copy` would share the attribute dict with the cached tree."""
    out = ET.Element(element.tag, {**element.attrib, **changes})
    out.text, out.tail = element.text, element.tail
    out.extend(element)
    return out
