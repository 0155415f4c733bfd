"""Tiled features the game does not draw as Tiled shows them: a warning for each.

The game draws layer and group opacity, tints, tile-layer offsets, flipped tiles and
parallax like Tiled (tests/world/test_render_parity.py). What it does not, a map
maker should hear about before a playtest: the editor would show one thing and the
game another. Read from the map's XML tree (a .tmj through the game's converter).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.errors import ContentError
from game.world.loader.reading_json import is_json_map, read_json_tree
from tools.maps.context import Project, Report
from tools.maps.tmx import TmxMap

NEWER_LAYER_ATTRS = {
    "repeatx": "repeats its image across the map (Tiled 1.10)",
    "repeaty": "repeats its image down the map (Tiled 1.10)",
    "mode": "has a blend mode (Tiled 1.11)",
}


def check_render(project: Project, tmx: TmxMap, report: Report) -> None:
    where = project.rel(tmx.path)
    if tmx.problems:
        return
    root = _tree(tmx.path)
    if root is None:
        return
    if root.get("backgroundcolor"):
        report.warn(where, "map properties", "has a background colour, which the game does "
                    "not draw (outside the map it shows the palette's ink)")
    _walk(root, where, report, grouped_offset=False)
    for ts in tmx.tilesets:
        node = _tileset_node(root, ts.firstgid, ts.path)
        if node is not None and node.find("tileoffset") is not None:
            report.warn(where, f"tileset '{ts.name}'", "has a drawing offset (Tileset > "
                        "Tile Offset), which the game does not apply")


def _walk(node: ET.Element, where: str, report: Report, grouped_offset: bool) -> None:
    for child in node:
        if child.tag not in ("layer", "imagelayer", "objectgroup", "group"):
            continue
        what = f"layer '{child.get('name', '')}'"
        for attr, words in NEWER_LAYER_ATTRS.items():
            if child.get(attr) not in (None, "0", "normal"):
                report.warn(where, what, f"{words}, which the game does not draw")
        moved = grouped_offset or _float(child, "offsetx") != 0 or _float(child, "offsety") != 0
        if child.tag == "group":
            _walk(child, where, report, moved)
        elif child.tag == "layer" and (_float(child, "parallaxx", 1) != 1
                                       or _float(child, "parallaxy", 1) != 1):
            report.warn(where, what, "is a tile layer with parallax: the game draws it "
                        "behind (or, above 'sprites', over) all other tiles of its side, and "
                        "its animated tiles hold still; use an image layer for a backdrop")
        elif child.tag == "objectgroup":
            _check_object_layer(child, what, where, report, moved)


def _check_object_layer(node: ET.Element, what: str, where: str, report: Report,
                        moved: bool) -> None:
    if moved:
        report.warn(where, what, "is moved by a layer offset: the game places objects "
                    "where their own x and y say, so they stand elsewhere than Tiled shows")
    styled = _float(node, "opacity", 1) < 1 or node.get("tintcolor")
    if styled and any(o.get("gid") for o in node.findall("object")):
        report.warn(where, what, "has an opacity or tint, which the game does not apply "
                    "to its tile objects (props)")
    for obj in node.findall("object"):
        if obj.find("text") is not None:
            name = f" '{obj.get('name')}'" if obj.get("name") else ""
            report.warn(where, f"object {obj.get('id', '?')}{name}", "is a text object, which the "
                        "game does not draw (use a Sign for words in the world)")


def _tree(path: Path) -> ET.Element | None:
    try:
        return read_json_tree(path) if is_json_map(path) else ET.parse(path).getroot()
    except (OSError, ET.ParseError, ContentError):
        return None  # reported by the reader


def _tileset_node(root: ET.Element, firstgid: int, path: Path | None) -> ET.Element | None:
    for node in root.findall("tileset"):
        if node.get("firstgid") != str(firstgid):
            continue
        if not node.get("source"):
            return node
        try:
            return ET.parse(path).getroot() if path is not None else None
        except (OSError, ET.ParseError):
            return None
    return None


def _float(node: ET.Element, attr: str, default: float = 0.0) -> float:
    try:
        return float(node.get(attr, default))
    except ValueError:
        return default
