"""`Spawn`: a named place where the player can appear (the object's Name field)."""

from __future__ import annotations

from game.core.errors import ContentError
from game.world.loader import values
from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext, centre
from game.world.model import MapData, Spawn


def parse_spawn(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    ref = ctx.ref(obj)
    if not obj.name:
        raise ContentError(f"{ref}: a Spawn needs a Name")
    if obj.name in data.spawns:
        raise ContentError(f"{ref}: spawn name '{obj.name}' is used twice")
    x, y = centre(obj)
    data.spawns[obj.name] = Spawn(obj.name, x, y, values.facing(obj.properties, ref), ref)
