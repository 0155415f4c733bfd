"""`Door`: walking into it takes the player to another map's spawn."""

from __future__ import annotations

from game.world.loader import values
from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext, rect_of
from game.world.model import Door, MapData

TRANSITIONS = ("fade", "none")


def parse_door(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    ref, props = ctx.ref(obj), obj.properties
    data.doors.append(Door(
        rect=rect_of(obj),
        to_map=values.required(props, "to_map", ref),
        to_spawn=values.required(props, "to_spawn", ref),
        transition=values.choice(props, "transition", TRANSITIONS, "fade", ref),
        ref=ref,
        when=ctx.when(props, ref),
    ))
