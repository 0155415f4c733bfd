"""`Trigger`: runs a dialogue node on touch, on confirm, or as soon as it may."""

from __future__ import annotations

from game.world.loader import values
from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext, rect_of
from game.world.model import MapData, Trigger, TriggerMode

MODES = tuple(m.value for m in TriggerMode)


def parse_trigger(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    ref, props = ctx.ref(obj), obj.properties
    data.triggers.append(Trigger(
        rect=rect_of(obj),
        dialogue=values.required(props, "dialogue", ref),
        mode=TriggerMode(values.choice(props, "mode", MODES, "touch", ref)),
        once=values.flag(props, "once", True),
        when=ctx.when(props, ref),
        ref=ref,
    ))
