"""Read a Tiled map with pytmx into a `MapSource` (objects through `object_nodes`).

The records it fills live in `map_source`; this module is the reading: the XML tree
(.tmx, or .tmj through `reading_json`), the checks before pytmx allocates anything,
pytmx's parse with the tile layers' cells decoded here, the layers put back in file
order and the objects with their templates filled in and their geometry checked
(finite, sane sizes), so a broken file ends in a `ContentError` naming the map and
object instead of a crash deeper down.
"""

from __future__ import annotations

import binascii
import xml.etree.ElementTree as ET
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pygame
import pytmx
from pytmx.pytmx import unpack_gids

from game.core.errors import ContentError
from game.world.loader.images import ImageCache, image_layer_sources, pytmx_loader
from game.world.loader.layer_tree import LayerInfo, layer_infos, parallax_origin
from game.world.loader.map_source import (
    ImageLayerSource,
    Layer,
    MapSource,
    OtherLayer,
    RawObject,
    TileLayer,
)
from game.world.loader.object_nodes import (
    ObjectNode,
    check_geometry,
    finish,
    node_class,
    take_objects,
)
from game.world.loader.preflight import preflight
from game.world.loader.reading_json import is_json_map, read_json_tree
from game.world.loader.templates import Templates
from game.world.loader.tilesets import inline_tilesets


def read_map(path: Path, images: ImageCache | None = None) -> MapSource:
    """Read `path`; ContentError with a plain reason when the file cannot be used.

    `images` keeps decoded tileset sheets between maps (see loader.images)."""
    if not path.is_file():
        raise ContentError(f"map not found: {path}")
    if pygame.display.get_surface() is None:
        raise RuntimeError("load_map needs pygame.display.set_mode() first (pytmx rule)")
    root = _tree(path)
    preflight(path, root)  # sizes and the files it names, before pytmx allocates or opens them
    if images is None:  # still read a picture named twice (the balcony's sun) once
        images = ImageCache()
    try:
        loader = pytmx_loader(image_layer_sources(root, path), images)
        tmx = _Map(path, root, loader)
    except ContentError:
        raise
    except FileNotFoundError as err:
        missing = err.filename or str(err) or "a file it names"
        raise ContentError(f"{path.name}: missing file {missing}") from None
    except Exception as err:  # pytmx raises many kinds on malformed XML
        raise ContentError(f"{path.name}: cannot read map: {err}") from None
    _check_header(tmx, path)
    templates = Templates(path)
    if tmx.taken is None:
        objects = [_object(obj, group.name or "", templates, path)
                   for group in tmx.objectgroups for obj in group]
    else:
        objects = [_from_node(node, group.name or "", templates, path)
                   for group, nodes in zip(tmx.objectgroups, tmx.taken, strict=True)
                   for node in nodes]
    return MapSource(path=path, width=int(tmx.width), height=int(tmx.height),
                     tile_size=int(tmx.tilewidth), properties=dict(tmx.properties),
                     layers=_layers_in_order(tmx, root, path),
                     objects=objects,
                     _tmx=tmx, parallax_origin=parallax_origin(root, path.name),
                     images=images)


def _tree(path: Path) -> ET.Element:
    """The map's XML tree, for what pytmx does not keep (layer order, group values)."""
    if is_json_map(path):
        return read_json_tree(path)
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as err:
        raise ContentError(f"{path.name}: cannot read map: {err}") from None
    except OSError as err:
        raise ContentError(f"{path.name}: cannot read map: {err.strerror or err}") from None


def _layers_in_order(tmx: Any, root: ET.Element, path: Path) -> list[Layer]:
    """pytmx's layers put back in file order (it lists them by kind), groups folded in."""
    by_kind: dict[str, list[Any]] = {
        "tile": [la for la in tmx.layers if isinstance(la, pytmx.TiledTileLayer)],
        "image": [la for la in tmx.layers if isinstance(la, pytmx.TiledImageLayer)],
        "objects": [la for la in tmx.layers if isinstance(la, pytmx.TiledObjectGroup)],
    }
    layers: list[Layer] = []
    for info in layer_infos(root, path.name):
        found = by_kind[info.kind]
        if info.index >= len(found):
            raise ContentError(f"{path.name}: layer '{info.name}' could not be read")
        layers.append(_layer(found[info.index], info, tmx, path))
    return layers


class _Map(pytmx.TiledMap):
    """pytmx's map, parsed from the tree we already read (.tmx or .tmj alike), with the
    tile layers' cells decoded here: pytmx registers every cell on its own (three
    Python calls a cell, seconds on a 1000x1000 map), where the distinct values of a
    layer are a few dozen. Their pytmx gids are registered before it loads the
    images, so everything after reads the map as if pytmx had done it all."""

    def __init__(self, path: Path, root: ET.Element, loader: Any) -> None:
        self._cells = [_take_cells(node) for node in root.findall(".//layer")]
        # each .tsx parsed once until it changes, and only the entries of tiles used
        inline_tilesets(root, path, _used_tiles(root, self._cells))
        # load_all=False: pytmx would cut and convert every tile of every sheet
        super().__init__(image_loader=loader, load_all=False)
        self.filename = str(path)  # tilesets and images resolve next to the map
        self.taken = take_objects(root, self.custom_types, self.register_gid_check_flags)
        self.parse_xml(root)
        for node in (n for group in self.taken or () for n in group):
            finish(node, self.get_tile_properties_by_gid, self.invert_y)

    def reload_images(self) -> None:
        cells, self._cells = getattr(self, "_cells", []), []
        layers = [la for la in self.layers if isinstance(la, pytmx.TiledTileLayer)]
        for layer, raw in zip(layers, cells, strict=True):
            if raw is not None:
                ours = {value: self.register_gid_check_flags(value) for value in set(raw)}
                flat = [ours[value] for value in raw]
                width = int(layer.width)
                layer.data = [flat[i:i + width] for i in range(0, len(flat), width)]
        super().reload_images()


def _used_tiles(root: ET.Element, cells: list[list[int] | None]) -> set[int] | None:
    """The Tiled gids (without flip bits) of the map's cells and tile objects; None
    when a layer was left to pytmx, whose cells are not known here."""
    if any(raw is None for raw in cells):
        return None
    used = {value & 0x0FFFFFFF for raw in cells if raw is not None for value in set(raw)}
    for obj in root.iter("object"):
        gid = obj.get("gid")
        if gid:
            try:
                used.add(int(gid) & 0x0FFFFFFF)
            except ValueError:
                return None  # pytmx reports it
    return used


def _take_cells(layer: ET.Element) -> list[int] | None:
    """The layer's cells as Tiled gids, its <data> emptied for pytmx; None leaves an
    unusual layer (chunks, <tile> elements, another compression) to pytmx."""
    data = layer.find("data")
    if data is None or len(data) or data.get("compression") not in (None, "zlib", "gzip"):
        return None
    encoding, text = data.get("encoding"), (data.text or "").strip()
    try:
        if encoding == "csv":  # pytmx's `int` a cell, but each distinct text parsed once
            parts = text.split(",")
            number = {part: int(part) for part in set(parts)}
            cells = [number[part] for part in parts]
        else:
            cells = unpack_gids(text, encoding, data.get("compression"))
    except (ValueError, TypeError, OSError, zlib.error, binascii.Error):
        return None  # pytmx reports it
    if cells is None or len(cells) != int(layer.get("width", 0)) * int(layer.get("height", 0)):
        return None
    data.text, data.attrib = "", {"encoding": "base64"}  # decodes to no cells
    return cells


def object_class(obj: Any) -> str:
    """The object's class: Tiled 1.9+ writes `class`, Tiled 1.8 writes `type`."""
    value = _attribute(obj, "class") or _attribute(obj, "type") or ""
    return str(value)


def _attribute(obj: Any, name: str) -> Any:
    """`getattr(obj, name, None)`, without the exception for an absent name: pytmx
    answers one with its property of that name, or raises an AttributeError with a
    message formatted for nobody (three a map object, most of reading one)."""
    attrs = getattr(obj, "__dict__", None)
    if not isinstance(obj, pytmx.TiledElement) or attrs is None or name in attrs \
            or hasattr(type(obj), name):
        return getattr(obj, name, None)
    properties = attrs.get("properties")
    return properties.get(name) if isinstance(properties, dict) else None


def _check_header(tmx: Any, path: Path) -> None:
    """What preflight leaves to pytmx's reading: the tile shape."""
    if tmx.tilewidth != tmx.tileheight:
        raise ContentError(
            f"{path.name}: tiles must be square (got {tmx.tilewidth}x{tmx.tileheight})")


def _layer(layer: Any, info: LayerInfo, tmx: Any, path: Path) -> Layer:
    name = layer.name or ""
    if isinstance(layer, pytmx.TiledTileLayer):
        if (layer.width, layer.height) != (tmx.width, tmx.height):
            raise ContentError(f"{path.name}: layer '{name}' is {layer.width} x "
                               f"{layer.height} tiles but the map is {tmx.width} x "
                               f"{tmx.height}")
        return TileLayer(name, info.visible, info.opacity, layer,
                         dict(getattr(layer, "properties", None) or {}), info.offset,
                         info.parallax, info.tint)
    if isinstance(layer, pytmx.TiledImageLayer) and layer.source:
        return ImageLayerSource(
            name=name, visible=info.visible, source=str(layer.source), offset=info.offset,
            parallax=info.parallax, opacity=info.opacity, properties=dict(layer.properties),
            tint=info.tint)
    return OtherLayer(name, info.visible)


def _object(obj: Any, group: str, templates: Templates, path: Path) -> RawObject:
    raw = RawObject(
        id=int(obj.id), name=str(obj.name or ""), cls=object_class(obj), group=group,
        x=obj.x, y=obj.y, width=obj.width, height=obj.height, gid=int(obj.gid or 0),
        points=tuple((p.x, p.y) for p in _attribute(obj, "points") or ()),
        properties=dict(obj.properties))
    return _templated(raw, _attribute(obj, "template"), templates, path)


def _from_node(node: ObjectNode, group: str, templates: Templates, path: Path) -> RawObject:
    attrs = node.attrs
    raw = RawObject(
        id=int(attrs.get("id", 0)), name=str(attrs.get("name") or ""),
        cls=node_class(node), group=group, x=node.x, y=node.y, width=node.width,
        height=node.height, gid=node.gid, points=node.points,
        properties=dict(node.properties))
    return _templated(raw, attrs.get("template"), templates, path)


def _templated(raw: RawObject, source: Any, templates: Templates, path: Path) -> RawObject:
    template = templates.get(str(source), raw.id) if source else None
    if template is not None:
        props = dict(template.properties)
        props.update(raw.properties)
        raw = replace(raw, cls=raw.cls or template.cls or template.type,
                      name=raw.name or template.name, width=raw.width or template.width,
                      height=raw.height or template.height, properties=props)
    check_geometry(raw, path)
    return raw
