"""Write Tiled 1.8 .tmx maps from code: a scaffold for new maps.

Used once to lay out a new map from an ASCII plan (legend: character -> tile
name as declared in the tileset's `name` properties); after that the .tmx is the
source of truth and is edited in Tiled. Output is byte for byte what Tiled 1.8
itself writes (CSV layers, `type` on objects, properties sorted by name, object
children indented one space deeper, empty object layers closed in one tag, attribute
values in double quotes), so the first save in Tiled changes nothing
(tests/maps/test_writer_layout.py).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

TILESETS_REL = "../assets/tilesets"


@dataclass
class Tileset:
    name: str  # file stem in assets/tilesets
    firstgid: int
    names: dict[str, int]  # tile name -> local id
    tilecount: int

    @classmethod
    def read(cls, tilesets_dir: Path, stem: str, firstgid: int) -> Tileset:
        root = ET.parse(tilesets_dir / f"{stem}.tsx").getroot()
        names: dict[str, int] = {}
        for tile in root.findall("tile"):
            for prop in tile.iter("property"):
                if prop.get("name") == "name":
                    names[prop.get("value", "")] = int(tile.get("id", "0"))
        return cls(stem, firstgid, names, int(root.get("tilecount", "0")))


@dataclass
class MapObject:
    kind: str  # Tiled class/type: Spawn, Door, NPC, ...
    name: str
    x: float
    y: float
    width: float = 0
    height: float = 0
    properties: dict[str, str | int | bool | float] = field(default_factory=dict)
    point: bool = False


@dataclass
class Layer:
    name: str
    rows: list[list[int]]  # gids


@dataclass
class ObjectLayer:
    name: str
    objects: list[MapObject]


@dataclass
class MapPlan:
    width: int
    height: int
    tilesets: list[Tileset]
    layers: list[Layer | ObjectLayer]
    properties: dict[str, str] = field(default_factory=dict)
    image_layers: list[tuple[int, str, str, float, float]] = field(default_factory=list)

    def gid(self, tile_name: str) -> int:
        for ts in self.tilesets:
            if tile_name in ts.names:
                return ts.firstgid + ts.names[tile_name]
        raise KeyError(f"no tileset has a tile named {tile_name!r}")


class Canvas:
    """One tile layer of a plan being painted by tile name (the map scaffolds)."""

    def __init__(self, plan: MapPlan, name: str) -> None:
        self.plan = plan
        self.name = name
        self.rows = [[0] * plan.width for _ in range(plan.height)]

    def put(self, x: int, y: int, tile: str) -> None:
        if 0 <= x < self.plan.width and 0 <= y < self.plan.height:
            self.rows[y][x] = self.plan.gid(tile) if tile else 0

    def fill(self, x: int, y: int, w: int, h: int, tile: str) -> None:
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self.put(xx, yy, tile)

    def layer(self) -> Layer:
        return Layer(self.name, self.rows)


def obj(kind: str, name: str, tx: float, ty: float, w: float = 1, h: float = 1,
        **props: str | int | bool | float) -> MapObject:
    """An object placed and sized in tiles (16 px)."""
    return MapObject(kind, name, tx * 16, ty * 16, w * 16, h * 16, dict(props))


def load_tilesets(tilesets_dir: Path, stems: list[str]) -> list[Tileset]:
    result: list[Tileset] = []
    gid = 1
    for stem in stems:
        ts = Tileset.read(tilesets_dir, stem, gid)
        result.append(ts)
        gid += ts.tilecount
    return result


def grid_from_ascii(
    plan: MapPlan, rows: list[str], legend: dict[str, str | None]
) -> list[list[int]]:
    """Turn an ASCII plan into gids; legend maps characters to tile names (None: empty)."""
    grid: list[list[int]] = []
    for y in range(plan.height):
        row = rows[y] if y < len(rows) else ""
        out: list[int] = []
        for x in range(plan.width):
            ch = row[x] if x < len(row) else " "
            name = legend.get(ch)
            out.append(plan.gid(name) if name else 0)
        grid.append(out)
    return grid


def _attr(value: str) -> str:
    """An attribute value as Qt's XML writer (Tiled) quotes it: always double quotes."""
    return '"' + escape(value, {'"': "&quot;", "\n": "&#10;", "\t": "&#9;"}) + '"'


def _prop_xml(key: str, value: str | int | bool | float, indent: str) -> str:
    if isinstance(value, bool):
        return f'{indent}<property name="{key}" type="bool" value="{str(value).lower()}"/>'
    if isinstance(value, int):
        return f'{indent}<property name="{key}" type="int" value="{value}"/>'
    if isinstance(value, float):
        return f'{indent}<property name="{key}" type="float" value="{value}"/>'
    return f"{indent}<property name={_attr(key)} value={_attr(str(value))}/>"


def _props_xml(props: Mapping[str, str | int | bool | float], indent: str) -> list[str]:
    """A <properties> block as Tiled 1.8 saves it: sorted by name, one space deeper."""
    if not props:
        return []
    return [f"{indent}<properties>",
            *(_prop_xml(k, props[k], indent + " ") for k in sorted(props)),
            f"{indent}</properties>"]


def write_tmx(path: Path, plan: MapPlan) -> Path:
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    next_layer = len(plan.layers) + len(plan.image_layers) + 1
    n_objects = sum(len(layer.objects) for layer in plan.layers if isinstance(layer, ObjectLayer))
    out.append(
        '<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" '
        'renderorder="right-down" '
        f'width="{plan.width}" height="{plan.height}" tilewidth="16" tileheight="16" infinite="0" '
        f'nextlayerid="{next_layer}" nextobjectid="{n_objects + 1}">'
    )
    out.extend(_props_xml(plan.properties, " "))
    for ts in plan.tilesets:
        out.append(f' <tileset firstgid="{ts.firstgid}" source="{TILESETS_REL}/{ts.name}.tsx"/>')
    layer_id = 1
    object_id = 1
    for index, layer in enumerate(plan.layers):
        for img_index, src, name, px, py in plan.image_layers:
            if img_index == index:
                out.append(f' <imagelayer id="{layer_id}" name={_attr(name)} '
                           f'parallaxx="{px}" parallaxy="{py}">')
                out.append(f'  <image source={_attr(src)}/>')
                out.append(" </imagelayer>")
                layer_id += 1
        if isinstance(layer, Layer):
            out.append(f' <layer id="{layer_id}" name={_attr(layer.name)} '
                       f'width="{plan.width}" height="{plan.height}">')
            out.append('  <data encoding="csv">')
            rows = [",".join(str(g) for g in row) for row in layer.rows]
            out.append(",\n".join(rows))
            out.append("</data>")
            out.append(" </layer>")
        else:
            group = f' <objectgroup id="{layer_id}" name={_attr(layer.name)}'
            out.append(group + (">" if layer.objects else "/>"))
            for obj in layer.objects:
                attrs = f'id="{object_id}"'
                if obj.name:
                    attrs += f" name={_attr(obj.name)}"
                if obj.kind:
                    attrs += f" type={_attr(obj.kind)}"
                attrs += f' x="{obj.x:g}" y="{obj.y:g}"'
                if not obj.point:
                    attrs += f' width="{obj.width:g}" height="{obj.height:g}"'
                object_id += 1
                inner = _props_xml(obj.properties, "   ")
                if obj.point:
                    inner.append("   <point/>")
                if inner:
                    out.append(f"  <object {attrs}>")
                    out.extend(inner)
                    out.append("  </object>")
                else:
                    out.append(f"  <object {attrs}/>")
            if layer.objects:
                out.append(" </objectgroup>")
        layer_id += 1
    out.append("</map>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path
