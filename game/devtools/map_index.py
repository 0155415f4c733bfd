"""Which maps and spawns the debug menu offers: named from the files, read as data.

The menu lists what is on disk when it opens (not at import), and reads only each
map's Spawn names, without tilesets or images, so opening it stays instant.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.errors import ContentError
from game.world.loader import MAP_SUFFIXES
from game.world.loader.reading_json import is_json_map, read_json_tree


def map_names(maps_dir: Path) -> list[str]:
    """Every map in `maps_dir` by the name doors use (a .tmx wins over a .tmj)."""
    if not maps_dir.is_dir():
        return []
    return sorted({p.stem for p in maps_dir.iterdir()
                   if p.is_file() and p.suffix.lower() in MAP_SUFFIXES})


def spawn_names(path: Path) -> list[str]:
    """The map's Spawn names in file order; empty when the file cannot be read."""
    try:
        root = read_json_tree(path) if is_json_map(path) else ET.parse(path).getroot()
    except (OSError, ET.ParseError, ContentError):
        return []
    names: list[str] = []
    for obj in root.iter("object"):
        kind = obj.get("class") or obj.get("type") or _template_class(path, obj.get("template"))
        if kind == "Spawn" and obj.get("name") and obj.get("name") not in names:
            names.append(str(obj.get("name")))
    return names


def _template_class(map_path: Path, source: str | None) -> str:
    """The class an object takes from its .tx template ("" when there is none)."""
    if not source:
        return ""
    try:
        found = ET.parse(map_path.parent / source).getroot().find("object")
    except (OSError, ET.ParseError):
        return ""
    return "" if found is None else (found.get("class") or found.get("type") or "")
