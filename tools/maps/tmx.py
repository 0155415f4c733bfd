"""Read a .tmx as plain data with ElementTree: what the linter needs and pytmx hides.

pytmx loads an unknown tile id, a missing tile image or an object template
without a word; here every cell keeps its raw gid, every tileset its gid range
and image, every object its template (resolved the way Tiled resolves it:
template values first, the instance's own attributes and properties over them)
and every property its declared Tiled type. Problems found while reading are
kept in `TmxMap.problems` instead of raising, so one run reports them all.
"""

from __future__ import annotations

import base64
import gzip
import struct
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from game.core.errors import ContentError
from game.world.loader.reading_json import is_json_map, read_json_tree

GID_MASK = 0x0FFFFFFF  # the top bits of a gid are flip flags


@dataclass(frozen=True)
class Prop:
    name: str
    type: str  # Tiled type: string, int, float, bool, color, file, object, class
    value: str
    enum: str = ""  # propertytype (custom enum) when Tiled wrote one


@dataclass
class Tileset:
    firstgid: int
    source: str  # as written in the map ("" when embedded)
    path: Path | None
    name: str = ""
    tilecount: int = 0
    tile_size: tuple[int, int] = (0, 0)
    image: Path | None = None  # one-image tileset
    tile_images: dict[int, Path] = field(default_factory=dict)  # collection tilesets
    tile_props: dict[int, dict[str, Prop]] = field(default_factory=dict)
    error: str = ""

    def has(self, gid: int) -> bool:
        return self.firstgid <= gid < self.firstgid + max(self.tilecount, 1)


@dataclass
class TileLayer:
    name: str
    width: int
    height: int
    gids: list[int]  # row-major, flip flags removed
    visible: bool = True
    when: str = ""  # its `when` condition: there (and solid) only while it holds


@dataclass
class MapObject:
    id: int
    name: str
    cls: str  # `class` (Tiled 1.9+) or `type` (1.8)
    layer: str
    x: float
    y: float
    width: float
    height: float
    props: dict[str, Prop]
    shape: str = "rect"  # rect, point, ellipse, polygon, polyline, tile
    points: list[tuple[float, float]] = field(default_factory=list)  # absolute pixels
    template: str = ""

    @property
    def label(self) -> str:
        return f"object {self.id}" + (f" '{self.name}'" if self.name else "")

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass
class TmxMap:
    path: Path
    width: int = 0
    height: int = 0
    tile_size: int = 16
    infinite: bool = False
    props: dict[str, Prop] = field(default_factory=dict)
    tilesets: list[Tileset] = field(default_factory=list)
    tile_layers: list[TileLayer] = field(default_factory=list)
    objects: list[MapObject] = field(default_factory=list)
    image_sources: list[tuple[str, Path]] = field(default_factory=list)  # (layer, image)
    # ("layer" or "imagelayer", name, properties) of every tile and image layer
    layer_props: list[tuple[str, str, dict[str, Prop]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # unreadable parts, in plain words
    class_attribute: bool = False  # some object has `class=` (Tiled 1.9 style)

    def tileset_of(self, gid: int) -> Tileset | None:
        """The tileset whose range holds `gid` (the one with the highest firstgid <= gid)."""
        best = None
        for ts in self.tilesets:
            if ts.firstgid <= gid and (best is None or ts.firstgid > best.firstgid):
                best = ts
        return best

    def tile_props(self, gid: int) -> dict[str, Prop]:
        ts = self.tileset_of(gid)
        return ts.tile_props.get(gid - ts.firstgid, {}) if ts else {}

    @property
    def spawn_names(self) -> list[str]:
        return [o.name for o in self.objects if o.cls == "Spawn"]


def read_tmx(path: Path) -> TmxMap:
    """Parse `path`; a missing or malformed file gives a map with one problem."""
    tmx = TmxMap(path=path)
    try:
        root = read_json_tree(path) if is_json_map(path) else ET.parse(path).getroot()
    except FileNotFoundError:
        tmx.problems.append("the file does not exist")
        return tmx
    except ET.ParseError as err:
        tmx.problems.append(f"the file is not valid XML ({err})")
        return tmx
    except ContentError as err:  # a JSON map the game cannot read either
        tmx.problems.append(str(err).split(": ", 1)[-1])
        return tmx
    tmx.width = int(root.get("width", "0"))
    tmx.height = int(root.get("height", "0"))
    tmx.tile_size = int(root.get("tilewidth", "16"))
    tmx.infinite = root.get("infinite") == "1"
    if root.get("tilewidth") != root.get("tileheight"):
        tmx.problems.append("tiles must be square")
    if root.get("orientation", "orthogonal") != "orthogonal":
        tmx.problems.append(f"orientation '{root.get('orientation')}' is not orthogonal")
    tmx.props = read_props(root)
    for node in root.findall("tileset"):
        tmx.tilesets.append(_read_tileset(node, path.parent))
    _read_layers(root, tmx, path.parent)
    return tmx


def read_props(node: ET.Element) -> dict[str, Prop]:
    props: dict[str, Prop] = {}
    holder = node.find("properties")
    if holder is None:
        return props
    for p in holder.findall("property"):
        value = p.get("value")
        if value is None:
            value = p.text or ""
        name = p.get("name", "")
        props[name] = Prop(name, p.get("type", "string"), value, p.get("propertytype", ""))
    return props


def _read_tileset(node: ET.Element, base: Path) -> Tileset:
    firstgid = int(node.get("firstgid", "1"))
    source = node.get("source", "")
    ts = Tileset(firstgid, source, (base / source).resolve() if source else None)
    if source:
        assert ts.path is not None
        try:
            node = ET.parse(ts.path).getroot()
        except FileNotFoundError:
            ts.error = f"tileset file {source} does not exist"
            return ts
        except ET.ParseError as err:
            ts.error = f"tileset file {source} is not valid XML ({err})"
            return ts
        base = ts.path.parent
    ts.name = node.get("name", "")
    ts.tilecount = int(node.get("tilecount", "0"))
    ts.tile_size = (int(node.get("tilewidth", "0")), int(node.get("tileheight", "0")))
    image = node.find("image")
    if image is not None and image.get("source"):
        ts.image = (base / image.get("source", "")).resolve()
    for tile in node.findall("tile"):
        tid = int(tile.get("id", "0"))
        ts.tile_props[tid] = read_props(tile)
        timg = tile.find("image")
        if timg is not None and timg.get("source"):
            ts.tile_images[tid] = (base / timg.get("source", "")).resolve()
    if ts.image is None and ts.tile_images:
        ts.tilecount = max(ts.tilecount, max(ts.tile_images) + 1)
    return ts


def _read_layers(parent: ET.Element, tmx: TmxMap, base: Path) -> None:
    for node in parent:
        if node.tag in ("layer", "imagelayer"):
            tmx.layer_props.append((node.tag, node.get("name", ""), read_props(node)))
        if node.tag == "layer":
            tmx.tile_layers.append(_read_tile_layer(node, tmx))
        elif node.tag == "objectgroup":
            layer_name = node.get("name", "")
            for obj in node.findall("object"):
                tmx.objects.append(_read_object(obj, layer_name, base, tmx))
        elif node.tag == "imagelayer":
            image = node.find("image")
            if image is not None and image.get("source"):
                tmx.image_sources.append(
                    (node.get("name", ""), (base / image.get("source", "")).resolve()))
        elif node.tag == "group":
            _read_layers(node, tmx, base)


def _read_tile_layer(node: ET.Element, tmx: TmxMap) -> TileLayer:
    name = node.get("name", "")
    width, height = int(node.get("width", "0")), int(node.get("height", "0"))
    when = read_props(node).get("when")
    layer = TileLayer(name, width, height, [], node.get("visible", "1") != "0",
                      when.value.strip() if when is not None else "")
    data = node.find("data")
    if data is None:
        return layer
    if data.find("chunk") is not None:
        tmx.problems.append(f"layer '{name}' is infinite (chunked); the game needs a fixed size")
        return layer
    encoding, compression = data.get("encoding", ""), data.get("compression", "")
    try:
        if encoding == "csv":
            raw = [int(v) for v in (data.text or "").replace("\n", "").split(",") if v.strip()]
        elif encoding == "base64":
            raw = _base64_gids(data.text or "", compression)
        else:
            raw = [int(t.get("gid", "0")) for t in data.findall("tile")]
    except (ValueError, OSError, zlib.error, struct.error) as err:
        tmx.problems.append(f"layer '{name}' has unreadable tile data ({err})")
        return layer
    if len(raw) != width * height:
        tmx.problems.append(f"layer '{name}' has {len(raw)} cells, expected {width * height}")
    layer.gids = [g & GID_MASK for g in raw]
    return layer


def _base64_gids(text: str, compression: str) -> list[int]:
    blob = base64.b64decode(text.strip())
    if compression == "zlib":
        blob = zlib.decompress(blob)
    elif compression == "gzip":
        blob = gzip.decompress(blob)
    elif compression:
        raise ValueError(f"compression '{compression}' is not supported; use CSV")
    return list(struct.unpack(f"<{len(blob) // 4}I", blob))


def _read_object(node: ET.Element, layer: str, base: Path, tmx: TmxMap) -> MapObject:
    template_src = node.get("template", "")
    attrs: dict[str, str] = {}
    props: dict[str, Prop] = {}
    shape_node = node
    if template_src:
        tnode = _template_object(base / template_src)
        if tnode is None:
            tmx.problems.append(f"object {node.get('id')} uses template {template_src}, "
                                "which cannot be read")
        else:
            attrs.update(tnode.attrib)
            props.update(read_props(tnode))
            shape_node = tnode
    attrs.update(node.attrib)
    props.update(read_props(node))
    tmx.class_attribute |= "class" in node.attrib
    if any(node.find(t) is not None for t in ("point", "ellipse", "polygon", "polyline")):
        shape_node = node
    x, y = float(attrs.get("x", "0")), float(attrs.get("y", "0"))
    obj = MapObject(
        id=int(attrs.get("id", "0")), name=attrs.get("name", ""),
        cls=attrs.get("class", "") or attrs.get("type", ""), layer=layer, x=x, y=y,
        width=float(attrs.get("width", "0")), height=float(attrs.get("height", "0")),
        props=props, template=template_src)
    if "gid" in attrs:
        obj.shape = "tile"
        obj.y -= obj.height  # tile objects are anchored at their bottom-left
    for tag in ("point", "ellipse"):
        if shape_node.find(tag) is not None:
            obj.shape = tag
    for tag in ("polygon", "polyline"):
        poly = shape_node.find(tag)
        if poly is not None:
            obj.shape = tag
            obj.points = [(x + float(a), y + float(b)) for a, b in
                          (pt.split(",") for pt in poly.get("points", "").split())]
            xs, ys = [p[0] for p in obj.points], [p[1] for p in obj.points]
            obj.x, obj.y = min(xs), min(ys)
            obj.width, obj.height = max(xs) - min(xs), max(ys) - min(ys)
    return obj


def _template_object(path: Path) -> ET.Element | None:
    try:
        root = ET.parse(path).getroot()
    except (FileNotFoundError, ET.ParseError):
        return None
    return root.find("object")
