"""`Emitter`: a particle effect (a name of assets/data/particles.json) over an area,
running while its `when` holds (fireflies once the box is open, embers by a fire)."""

from __future__ import annotations

import re

from game.core.errors import ContentError
from game.world.loader import values
from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext, centre
from game.world.model import EmitterSpot, MapData

_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}\Z")


def parse_emitter(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    ref, props = ctx.ref(obj), obj.properties
    effect = values.required(props, "effect", ref)
    if not _NAME.match(effect):
        raise ContentError(f"{ref}: effect '{effect}' is not an effect name "
                           "(lower case, like 'fireflies')")
    x, y = centre(obj)
    data.emitters.append(EmitterSpot(effect, x, y, float(obj.width), float(obj.height), ref,
                                     ctx.when(props, ref)))
