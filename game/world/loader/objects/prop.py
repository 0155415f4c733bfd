"""`Prop`: a tile object drawn among the characters while its `when` holds (an opened
box, a laid table); `solid` props block the way, `light` props glow."""

from __future__ import annotations

import pygame

from game.core.errors import ContentError
from game.world.loader import values
from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext
from game.world.model import Light, MapData, Prop

MAX_PROP_SIZE = 1024  # pixels per side; a scaled-up tile larger than this is a typo


def parse_prop(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    ref, props = ctx.ref(obj), obj.properties
    if not obj.gid:
        raise ContentError(f"{ref}: a Prop must be a tile object (Insert Tile in Tiled)")
    tile = ctx.tile(obj.gid)
    if tile is None:
        raise ContentError(f"{ref}: the tile object's tile (id {ctx.file_gid(obj.gid)}) "
                           "does not exist in any tileset")
    surfaces = tile.frames or (tile.image,)
    durations = tile.durations_ms or (0,)
    size = (round(obj.width), round(obj.height))
    if obj.width and obj.height and size != tile.image.get_size():
        if max(size) > MAX_PROP_SIZE:
            raise ContentError(f"{ref}: a tile object of {size[0]} x {size[1]} pixels is "
                               f"too large (at most {MAX_PROP_SIZE} per side)")
        surfaces = tuple(pygame.transform.scale(s, size) for s in surfaces)
    # Tiled anchors tile objects at their bottom-left corner; pytmx has already moved
    # y to the top (and merged the tile's own properties, such as `solid`, into props).
    light = None
    if props.get("light"):
        w, h = surfaces[0].get_size()
        radius, colour = values.light(props["light"], ctx.palette, ref)
        light = Light(obj.x + w / 2, obj.y + h / 2, radius, colour)
    data.props.append(Prop(float(obj.x), float(obj.y), surfaces, durations,
                           ctx.when(props, ref), values.flag(props, "solid", False), ref,
                           light, item=_item(props, ref)))


def _item(props: dict[str, object], ref: object) -> str:
    """The `item` a script can pick this prop up as (checked by the linter)."""
    item = str(props.get("item", "") or "").strip()
    if item and not item.replace("_", "").isalnum():
        raise ContentError(f"{ref}: item '{item}' is not an item name")
    return item
