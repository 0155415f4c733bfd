"""Reading assets/data/particles.json: one checked `EffectSpec` per effect.

Every number is finite and inside a bound (a typo of 1e9 particles a second is an
error that names the file and the entry, not a frozen game); colours are names
of assets/data/palette.json, so effects keep to the game's palette.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from game.core.datafile import Entry
from game.world.particles import EffectSpec, Rgb

PARTICLES = "assets/data/particles.json"
MAX_CAP = 600  # particles of one emitter alive at once
KEYS = ("about", "rate", "burst", "cap", "life", "area", "vx", "vy", "gravity", "drag",
        "wobble", "size", "colours", "glow", "fade", "twinkle")


def load_effects(data: Any, palette: Mapping[str, Rgb],
                 source: str = PARTICLES) -> dict[str, EffectSpec]:
    """Every effect of the file, by name."""
    root = Entry(source, data).as_object()
    effects: dict[str, EffectSpec] = {}
    for name, entry in root.items():
        effects[name] = _effect(name, entry, palette)
    if not effects:
        raise root.error("no effects")
    return effects


def _pair(entry: Entry, key: str, low: float, high: float,
          default: tuple[float, float] = (0.0, 0.0), ordered: bool = True
          ) -> tuple[float, float]:
    if not entry.has(key):
        return default
    item = entry.get(key)
    values = [e.number(low, high) for e in item.elements(2)]
    if len(values) != 2 or (ordered and values[0] > values[1]):
        raise item.error("expected [lowest, highest]" if ordered else "expected two numbers")
    return values[0], values[1]


def _number(entry: Entry, key: str, low: float, high: float, default: float) -> float:
    return entry.get(key).number(low, high) if entry.has(key) else default


def _switch(entry: Entry, key: str) -> bool:
    if not entry.has(key):
        return False
    value = entry.get(key)
    if not isinstance(value.value, bool):
        raise value.error("expected true or false")
    return bool(value.value)


def _effect(name: str, entry: Entry, palette: Mapping[str, Rgb]) -> EffectSpec:
    entry.as_object(KEYS, required=("life", "colours"))
    colours: list[Rgb] = []
    for item in entry.get("colours").elements(16):
        colour = item.text(32)
        if colour not in palette:
            raise item.error(f"'{colour}' is not a colour of assets/data/palette.json")
        colours.append(palette[colour])
    if not colours:
        raise entry.get("colours").error("at least one colour")
    size = _pair(entry, "size", 1, 4, (1.0, 1.0))
    if size[0] != int(size[0]) or size[1] != int(size[1]):
        raise entry.get("size").error("sizes are whole pixels")
    life = _pair(entry, "life", 0.05, 20)
    if life[0] <= 0:
        raise entry.get("life").error("a particle lives more than 0 seconds")
    return EffectSpec(
        name=name,
        rate=_number(entry, "rate", 0, 400, 0.0),
        burst=round(_number(entry, "burst", 0, MAX_CAP, 0)),
        cap=round(_number(entry, "cap", 1, MAX_CAP, 120)),
        life=life,
        area=_pair(entry, "area", 0, 480, ordered=False),
        vx=_pair(entry, "vx", -300, 300),
        vy=_pair(entry, "vy", -300, 300),
        gravity=_number(entry, "gravity", -400, 400, 0.0),
        drag=_number(entry, "drag", 0, 10, 0.0),
        wobble=_number(entry, "wobble", 0, 40, 0.0),
        size=(int(size[0]), int(size[1])),
        colours=tuple(colours),
        glow=_switch(entry, "glow"),
        fade=_switch(entry, "fade"),
        twinkle=_switch(entry, "twinkle"),
    )
