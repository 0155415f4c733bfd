"""Reading typed values out of Tiled properties, with errors a map maker can act on.

Every reader names the object (`ObjectRef`) or the place it was asked about, and
every number it returns is finite and in range.
"""

from __future__ import annotations

import math
from typing import Any

from game.core.errors import ContentError
from game.world.model import FACING_NAMES, Facing

DEFAULT_LIGHT_COLOUR = (255, 220, 160)
MAX_LIGHT_RADIUS = 512  # pixels


def required(props: dict[str, Any], key: str, where: object) -> str:
    value = props.get(key)
    if value in (None, ""):
        raise ContentError(f"{where}: missing property '{key}'")
    return str(value)


def choice(props: dict[str, Any], key: str, allowed: tuple[str, ...], default: str,
           where: object) -> str:
    value = str(props.get(key, default) or default)
    if value not in allowed:
        raise ContentError(f"{where}: {key}={value!r} is not one of {', '.join(allowed)}")
    return value


def facing(props: dict[str, Any], where: object) -> Facing:
    return Facing(choice(props, "facing", FACING_NAMES, "down", where))


def whole(props: dict[str, Any], key: str, default: int, where: object,
          low: int = 0, high: int = 1000) -> int:
    """A whole number in low..high (a typo such as 10000 tiles is an error, not a hang)."""
    value = props.get(key, default)
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise ContentError(f"{where}: {key} must be a whole number, not {value!r}") from None
    if not low <= number <= high:
        raise ContentError(f"{where}: {key}={number} must be from {low} to {high}")
    return number


def flag(props: dict[str, Any], key: str, default: bool) -> bool:
    """Tiled bools arrive as True/False, hand-written ones as "true"/"false"."""
    return props.get(key, default) in (True, "true")


def light(value: Any, palette: dict[str, tuple[int, int, int]],
          where: object) -> tuple[int, tuple[int, int, int]]:
    """`light` = "radius,colour": a glow of `radius` pixels in a palette colour."""
    try:
        radius_text, colour_name = str(value).split(",", 1)
        radius = float(radius_text)
    except ValueError:
        raise ContentError(f"{where} has light={value!r}; write 'radius,colour'") from None
    if not math.isfinite(radius) or not 0 < radius <= MAX_LIGHT_RADIUS \
            or not radius.is_integer():
        raise ContentError(f"{where} has light={value!r}; the radius must be a whole "
                           f"number from 1 to {MAX_LIGHT_RADIUS}")
    return int(radius), palette.get(colour_name.strip(), DEFAULT_LIGHT_COLOUR)
