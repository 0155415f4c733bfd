"""`NPC`: a character placed on the map, with what they say and how they move."""

from __future__ import annotations

import math
from typing import Any

from game.core.errors import ContentError
from game.world.loader import values
from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext, centre
from game.world.model import MapData, NPCSpec, ObjectRef

MAX_WANDER = 64  # tiles
MAX_PATROL_POINTS = 64


def parse_npc(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    ref, props = ctx.ref(obj), obj.properties
    x, y = centre(obj) if obj.width else (obj.x, obj.y)
    character = values.required(props, "character", ref)
    data.npcs.append(NPCSpec(
        name=obj.name or character,
        x=x,
        y=y,
        character=character,
        dialogue=str(props.get("dialogue", "")),
        facing=values.facing(props, ref),
        wander=values.whole(props, "wander", 0, ref, high=MAX_WANDER),
        when=ctx.when(props, ref),
        ref=ref,
        patrol=patrol(props.get("patrol", ""), ctx, ref),
        hidden=values.flag(props, "hidden", False),
        pose=str(props.get("pose", "") or "").strip(),
    ))


def patrol(text: Any, ctx: ParseContext, ref: ObjectRef) -> tuple[tuple[float, float], ...]:
    """`patrol` = "x,y; x,y; ..." in tiles: a guard's round, walked in a loop."""
    points: list[tuple[float, float]] = []
    ts = ctx.tile_size
    for part in str(text or "").split(";"):
        if not part.strip():
            continue
        try:
            tx, ty = (float(v) for v in part.split(","))
        except ValueError:
            raise ContentError(f"{ref}: patrol point {part.strip()!r} should be 'x,y' in "
                               "tiles, points separated by ';'") from None
        if not (math.isfinite(tx) and math.isfinite(ty)
                and 0 <= tx < ctx.width and 0 <= ty < ctx.height):
            raise ContentError(f"{ref}: patrol point ({tx:g}, {ty:g}) is off the map")
        points.append((tx * ts + ts / 2, ty * ts + ts - 2))
    if len(points) == 1:
        raise ContentError(f"{ref}: a patrol needs at least two points")
    if len(points) > MAX_PATROL_POINTS:
        raise ContentError(f"{ref}: a patrol has at most {MAX_PATROL_POINTS} points")
    return tuple(points)
