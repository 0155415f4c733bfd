"""Tiled's JSON map format (.tmj / .json) turned into the same XML tree a .tmx holds.

pytmx reads only XML, and many Tiled users save JSON. Tiled writes the two formats
from one model, so a JSON map maps onto TMX elements one to one; converting the tree
(not the file) keeps `reading.py` the only module that knows pytmx, and the map
linter reads the converted tree with its own XML reader. What JSON can hold that we
do not read (infinite maps, JSON tilesets or templates, class-typed properties) is a
`ContentError` naming the map and the feature, never a silent gap.
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from game.core.errors import ContentError

JSON_SUFFIXES = (".tmj", ".json")
MAX_JSON_BYTES = 32 << 20  # a 1000 x 1000 map with a few layers fits easily
MAX_NUMBER = 1 << 30

_MAP_ATTRS = ("version", "tiledversion", "orientation", "renderorder", "width", "height",
              "tilewidth", "tileheight", "nextlayerid", "nextobjectid", "backgroundcolor",
              "class")
_LAYER_ATTRS = ("id", "name", "class", "width", "height", "opacity", "visible", "offsetx",
                "offsety", "parallaxx", "parallaxy", "tintcolor", "locked")
_OBJECT_ATTRS = ("id", "name", "type", "class", "x", "y", "width", "height", "rotation",
                 "gid", "visible", "template")
_TILESET_ATTRS = ("firstgid", "source", "name", "tilewidth", "tileheight", "spacing",
                  "margin", "tilecount", "columns", "class")


def is_json_map(path: Path) -> bool:
    return path.suffix.lower() in JSON_SUFFIXES


def read_json_tree(path: Path) -> ET.Element:
    """The `<map>` element equivalent to the JSON map at `path`."""
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise ContentError(f"{path.name}: the map file is over "
                               f"{MAX_JSON_BYTES >> 20} MB; is it really a map?")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ContentError(f"{path.name}: cannot read map: {err}") from None
    except json.JSONDecodeError as err:
        raise ContentError(f"{path.name}: not valid JSON (line {err.lineno}, column "
                           f"{err.colno}): {err.msg}") from None
    return map_tree(data, path.name)


def map_tree(data: Any, where: str) -> ET.Element:
    """Convert a parsed Tiled JSON map; `where` names the file in messages."""
    if not isinstance(data, dict) or data.get("type", "map") != "map":
        raise ContentError(f"{where}: not a Tiled map (a JSON object with \"type\": \"map\")")
    if data.get("infinite"):
        raise ContentError(f"{where}: infinite maps are not supported; untick Map > Map "
                           "Properties > Infinite and save again")
    root = ET.Element("map")
    _attrs(root, data, _MAP_ATTRS, where)
    _properties(root, data, where)
    for tileset in _list(data, "tilesets", where):
        root.append(_tileset(tileset, where))
    for layer in _list(data, "layers", where):
        root.append(_layer(layer, where))
    return root


def _attrs(element: ET.Element, data: dict[str, Any], names: tuple[str, ...],
           where: str) -> None:
    for name in names:
        if name in data:
            element.set(name, _text(data[name], f"{where}: '{name}'"))


def _text(value: Any, what: str) -> str:
    """A JSON scalar as TMX writes it: booleans 1/0, numbers finite and bounded."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or abs(value) > MAX_NUMBER:
            raise ContentError(f"{what} is {value!r}; numbers must be finite and "
                               f"within {MAX_NUMBER}")
        return repr(value) if isinstance(value, float) and not value.is_integer() \
            else str(int(value))
    if isinstance(value, str):
        return value
    raise ContentError(f"{what} must be a number, a string or true/false, "
                       f"not {type(value).__name__}")


def _list(data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ContentError(f"{where}: '{key}' must be a list of objects")
    return items


def _properties(element: ET.Element, data: dict[str, Any], where: str) -> None:
    props = data.get("properties")
    if not props:
        return
    if not isinstance(props, list):
        raise ContentError(f"{where}: 'properties' must be a list (Tiled 1.2 or newer)")
    node = ET.SubElement(element, "properties")
    for prop in props:
        if not isinstance(prop, dict) or not isinstance(prop.get("name"), str):
            raise ContentError(f"{where}: every property needs a name")
        name, kind = prop["name"], str(prop.get("type", "string"))
        if kind == "class":
            raise ContentError(f"{where}: property '{name}' is a class; class-typed "
                               "properties are not supported, use plain values")
        child = ET.SubElement(node, "property", name=name)
        if kind != "string":
            child.set("type", kind)
        if "propertytype" in prop:
            child.set("propertytype", str(prop["propertytype"]))
        value = prop.get("value", "")
        child.set("value", ("true" if value else "false") if kind == "bool"
                  else _text(value, f"{where}: property '{name}'"))


def _tileset(data: dict[str, Any], where: str) -> ET.Element:
    source = str(data.get("source", ""))
    if source.lower().endswith((".tsj", ".json")):
        raise ContentError(f"{where}: tileset {source} is a JSON tileset; use the .tsx "
                           "tilesets in assets/tilesets/ (Map > Add External Tileset)")
    node = ET.Element("tileset")
    _attrs(node, data, _TILESET_ATTRS, where)
    if source:
        return node
    label = f"{where}: tileset '{data.get('name', '')}'"
    if "image" in data:
        ET.SubElement(node, "image", source=str(data["image"]),
                      width=_text(data.get("imagewidth", 0), label),
                      height=_text(data.get("imageheight", 0), label))
    for tile in _list(data, "tiles", label):
        node.append(_tile(tile, label))
    return node


def _tile(data: dict[str, Any], where: str) -> ET.Element:
    node = ET.Element("tile", id=_text(data.get("id", 0), f"{where}: tile id"))
    if "type" in data or "class" in data:
        node.set("type", str(data.get("type") or data.get("class")))
    _properties(node, data, where)
    if "image" in data:
        ET.SubElement(node, "image", source=str(data["image"]),
                      width=_text(data.get("imagewidth", 0), where),
                      height=_text(data.get("imageheight", 0), where))
    frames = _list(data, "animation", where)
    if frames:
        animation = ET.SubElement(node, "animation")
        for frame in frames:
            ET.SubElement(animation, "frame",
                          tileid=_text(frame.get("tileid", 0), f"{where}: frame"),
                          duration=_text(frame.get("duration", 0), f"{where}: frame"))
    if "objectgroup" in data:
        node.append(_layer(data["objectgroup"], where))
    return node


def _layer(data: dict[str, Any], where: str) -> ET.Element:
    kind = data.get("type")
    label = f"{where}: layer '{data.get('name', '')}'"
    tags = {"tilelayer": "layer", "objectgroup": "objectgroup", "imagelayer": "imagelayer",
            "group": "group"}
    if kind not in tags:
        raise ContentError(f"{label} has unknown type {kind!r}")
    node = ET.Element(tags[str(kind)])
    _attrs(node, data, _LAYER_ATTRS, label)
    if kind == "imagelayer":
        _attrs(node, data, ("repeatx", "repeaty"), label)
    _properties(node, data, label)
    if kind == "tilelayer":
        node.append(_data(data, label))
    elif kind == "objectgroup":
        _attrs(node, data, ("color", "draworder"), label)
        for obj in _list(data, "objects", label):
            node.append(_object(obj, label))
    elif kind == "imagelayer" and data.get("image"):
        image = ET.SubElement(node, "image", source=str(data["image"]))
        if "transparentcolor" in data:
            image.set("trans", str(data["transparentcolor"]).lstrip("#"))
    elif kind == "group":
        for child in _list(data, "layers", label):
            node.append(_layer(child, where))
    return node


def _data(data: dict[str, Any], label: str) -> ET.Element:
    if "chunks" in data:
        raise ContentError(f"{label}: chunked (infinite) layers are not supported")
    cells = data.get("data", [])
    encoding = data.get("encoding", "csv")
    if encoding == "base64":
        node = ET.Element("data", encoding="base64")
        if data.get("compression"):
            node.set("compression", str(data["compression"]))
        node.text = str(cells)
        return node
    if not isinstance(cells, list) or not all(
            isinstance(c, int) and not isinstance(c, bool) and 0 <= c < 1 << 32 for c in cells):
        raise ContentError(f"{label}: 'data' must be a list of tile ids")
    node = ET.Element("data", encoding="csv")
    node.text = ",".join(str(c) for c in cells)
    return node


def _object(data: dict[str, Any], where: str) -> ET.Element:
    node = ET.Element("object")
    label = f"{where}: object {data.get('id', '?')}"
    _attrs(node, data, _OBJECT_ATTRS, label)
    template = str(data.get("template", ""))
    if template.lower().endswith((".tj", ".json")):
        raise ContentError(f"{label}: template {template} is a JSON template; use the .tx "
                           "templates in maps/templates/")
    _properties(node, data, label)
    if data.get("point"):
        ET.SubElement(node, "point")
    if data.get("ellipse"):
        ET.SubElement(node, "ellipse")
    for shape in ("polygon", "polyline"):
        if shape in data:
            points = data[shape]
            if not isinstance(points, list) or not all(isinstance(p, dict) for p in points):
                raise ContentError(f"{label}: '{shape}' must be a list of points")
            text = " ".join(f"{_text(p.get('x', 0), label)},{_text(p.get('y', 0), label)}"
                            for p in points)
            ET.SubElement(node, shape, points=text)
    if "text" in data:
        label_node = ET.SubElement(node, "text")
        words = data["text"]
        label_node.text = str(words.get("text", "")) if isinstance(words, dict) else ""
    return node
