"""`Sign` / `Inspect`: something the player reads or looks at (a dialogue node)."""

from __future__ import annotations

from game.world.loader import values
from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext, rect_of
from game.world.model import MapData, Sign


def parse_sign(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    ref, props = ctx.ref(obj), obj.properties
    data.signs.append(Sign(rect_of(obj), values.required(props, "dialogue", ref), ref,
                           ctx.when(props, ref)))
