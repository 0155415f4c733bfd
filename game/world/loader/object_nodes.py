"""Map objects read from their XML as pytmx reads them, without pytmx's objects.

pytmx builds a `TiledObject` for every object: it sets each attribute on it and checks
each property's name with `hasattr`, which for a name the object lacks formats an
error message and raises it; the slums' 180 objects took 3 ms there and 2 ms more to
be read back. Here the same casts (pytmx's `types`), the same property parser
(`parse_properties`), the same polygon sizes and the same tile ids (registered in the
order pytmx registers them) come straight from the elements, which are then taken
out of the tree, so pytmx reads empty object layers. A map where the two could
differ is left whole to pytmx: a property named like one of pytmx's attributes (which
pytmx refuses), a value that does not cast, objects inside a tileset.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytmx
from pytmx.pytmx import parse_properties, prop_type, types

from game.core.errors import ContentError

_CAST_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError)
MAX_OBJECT_SIZE = 1 << 16  # pixels; a polygon or box wider than this is a mistake
_NUMBERS = frozenset({float, int})  # a position's usual types (a bool takes the long way)


@dataclass
class ObjectNode:
    """One object as pytmx would hold it once its map is parsed (see `finish`)."""

    attrs: dict[str, Any]  # the element's attributes, cast as pytmx casts them
    properties: dict[str, Any]
    x: float
    y: float
    width: float
    height: float
    gid: int  # pytmx's number for the tile (0: not a tile object)
    points: tuple[tuple[float, float], ...]  # map pixels


def take_objects(root: ET.Element, customs: dict[str, Any],
                 register: Callable[[int], int]) -> list[list[ObjectNode]] | None:
    """The objects of each object layer in pytmx's order (`.//objectgroup`), taken
    out of `root`; None leaves `root` as it was, for pytmx to read."""
    groups = root.findall(".//objectgroup")
    if any(tileset.find(".//objectgroup") is not None for tileset in root.iter("tileset")):
        return None  # pytmx would count a tile's collision shapes among the layers
    try:
        read = [[_node(obj, customs) for obj in group.findall("object")] for group in groups]
    except _CAST_ERRORS:
        return None
    nodes = [node for group in read for node in group]
    if any(node is None for node in nodes):
        return None
    for group in groups:
        group[:] = [child for child in group if child.tag != "object"]
    taken = [[node for node in group if node is not None] for group in read]
    for node in (node for group in taken for node in group):
        if node.gid:  # before the tilesets, as pytmx registers them
            node.gid = register(node.gid)
    return taken


def finish(node: ObjectNode, tile_properties: Callable[[int], dict[str, Any] | None],
           invert_y: bool) -> None:
    """What pytmx does to a tile object once the tilesets are read: the tile's
    properties under the object's own, and y moved from the bottom to the top."""
    if not node.gid:
        return
    tile = tile_properties(node.gid)
    if tile:
        for key in tile:
            node.properties.setdefault(key, tile[key])
    if invert_y:
        node.y -= node.height


def node_class(node: ObjectNode) -> str:
    """As `reading.object_class` reads a pytmx object: the `class` attribute, else a
    property of that name, else the `type` attribute."""
    attrs = node.attrs
    value = (attrs["class"] if "class" in attrs else node.properties.get("class")) \
        or attrs.get("type") or ""
    return str(value)


def _node(obj: ET.Element, customs: dict[str, Any]) -> ObjectNode | None:
    attrs = {key: types[key](value) for key, value in obj.items()}
    properties = _properties(obj, customs)
    if not _reserved().isdisjoint(properties) or not attrs.keys().isdisjoint(properties):
        return None
    x, y = attrs.get("x", 0), attrs.get("y", 0)
    width, height = attrs.get("width", 0), attrs.get("height", 0)
    points: tuple[tuple[float, float], ...] = ()
    raw = None
    for shape in ("polygon", "polyline"):  # pytmx lets a polyline win
        found = obj.find(shape)
        if found is not None:
            raw = tuple(tuple(map(float, p.split(","))) for p in found.attrib["points"].split())
    if raw:
        x1: float = 0  # an int, as in pytmx, unless a point moves it
        x2: float = 0
        y1: float = 0
        y2: float = 0
        for px, py in raw:
            x1, x2, y1, y2 = min(x1, px), max(x2, px), min(y1, py), max(y2, py)
        width, height = abs(x1) + abs(x2), abs(y1) + abs(y2)
        points = tuple((p[0] + x, p[1] + y) for p in raw)
    return ObjectNode(attrs, properties, x, y, width, height, int(attrs.get("gid", 0)),
                      points)


def check_geometry(obj: Any, path: Path) -> None:
    """Finite numbers and sane sizes, so nothing later rounds a NaN or loops forever."""
    def label() -> str:  # only for an error: a map has hundreds of objects
        return f"{path.stem}: object {obj.id}" + (f" '{obj.name}'" if obj.name else "")

    x, y, w, h, top = obj.x, obj.y, obj.width, obj.height, MAX_OBJECT_SIZE
    if type(x) in _NUMBERS and type(y) in _NUMBERS and type(w) in _NUMBERS \
            and type(h) in _NUMBERS and not obj.points and -top <= x <= top \
            and -top <= y <= top and 0 <= w <= top and 0 <= h <= top:
        return  # the common case at a glance (NaN and infinities fail the ranges)
    values = [("x", obj.x), ("y", obj.y), ("width", obj.width), ("height", obj.height)]
    values += [("a point", v) for point in obj.points for v in point]
    for what, value in values:
        if not isinstance(value, (int, float)) or not math.isfinite(value) \
                or abs(value) > MAX_OBJECT_SIZE:
            raise ContentError(f"{label()}: {what} is {value!r}; positions and sizes must "
                               f"be numbers within {MAX_OBJECT_SIZE} pixels")
    if obj.width < 0 or obj.height < 0:
        raise ContentError(f"{label()}: width and height cannot be negative "
                           f"(got {obj.width:g} x {obj.height:g})")


def _properties(node: ET.Element, customs: dict[str, Any]) -> dict[str, Any]:
    """pytmx's `parse_properties`, step for step without its spare look-ups; a property
    of a custom class goes to pytmx's own."""
    found: dict[str, Any] = {}
    for holder in node.findall("properties"):
        for prop in holder.findall("property"):
            kind, name, value = prop.get("type"), prop.get("name"), prop.get("value")
            if kind == "class":
                return dict(parse_properties(node, customs))
            found[name] = value or prop.text  # type: ignore[index]  # pytmx's None key
            if kind is not None:
                found[name] = prop_type[kind](value)  # type: ignore[index]
    return found


@cache
def _reserved() -> frozenset[str]:
    """The names `hasattr` finds on a new `TiledObject` before its properties are set
    (its attributes and its class's); pytmx refuses a property named like one."""
    blank = pytmx.TiledObject(None, ET.Element("object"), None)
    return frozenset(vars(blank)) | frozenset(dir(pytmx.TiledObject))
