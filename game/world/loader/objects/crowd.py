"""`Crowd`: an area filled with background people (see `game.world.crowd`)."""

from __future__ import annotations

from game.core.errors import ContentError
from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext, rect_of
from game.world.model import CROWD_BEHAVIOURS, CrowdSpec, MapData

MAX_CROWD = 200  # people in one area: more is a typo, and a slow frame


def parse_crowd(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    ref, props = ctx.ref(obj), obj.properties
    rect = rect_of(obj)
    if rect.width < 8 or rect.height < 8:
        raise ContentError(f"{ref}: a Crowd must be a rectangle (at least 8 x 8 pixels)")
    if not obj.name:
        raise ContentError(f"{ref}: a Crowd needs a Name (scripts switch it by name)")
    count = _whole(props.get("count", 12), ref, "count", 1, MAX_CROWD)
    pool = tuple(p.strip() for p in str(props.get("pool", "") or "").split(",") if p.strip())
    if not pool:
        raise ContentError(f"{ref}: a Crowd needs a pool of character ids, "
                           "e.g. pool = noble_a, noble_b, servant")
    behaviour = str(props.get("behaviour", "mingle") or "mingle")
    if behaviour not in CROWD_BEHAVIOURS:
        raise ContentError(f"{ref}: behaviour '{behaviour}' is not one of "
                           f"{', '.join(CROWD_BEHAVIOURS)}")
    focus = str(props.get("focus", "") or "").strip()
    data.crowds.append(CrowdSpec(obj.name, rect, count, pool, behaviour, focus,
                                 _whole(props.get("seed", 1), ref, "seed", 0, 1 << 30),
                                 ctx.when(props, ref), ref))


def _whole(value: object, ref: object, name: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value) \
            or not lo <= value <= hi:
        raise ContentError(f"{ref}: {name} must be a whole number from {lo} to {hi}, "
                           f"got {value!r}")
    return int(value)
