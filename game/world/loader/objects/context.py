"""What every object parser may use: the map's size, its tiles and palette, and the
flag types that `when` conditions are checked against."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pygame

from game.world.conditions import Condition, compile_condition
from game.world.loader.map_source import RawObject, Tile
from game.world.model import ObjectRef


@dataclass(frozen=True)
class ParseContext:
    map_name: str
    width: int  # tiles
    height: int
    tile_size: int
    palette: dict[str, tuple[int, int, int]]
    tile: Callable[[int], Tile | None]
    file_gid: Callable[[int], int]  # the id a map maker sees in the .tmx
    flag_types: Mapping[str, str] | None = None  # None: conditions are only parsed
    # Each distinct `when` text is parsed and checked once a map: a landed ship is a
    # hundred props sharing one condition. Only conditions that compiled are kept, so
    # a bad one still names the first object that carries it.
    _conditions: dict[str, Condition] = field(default_factory=dict, repr=False,
                                               compare=False)

    def ref(self, obj: RawObject) -> ObjectRef:
        return ObjectRef(self.map_name, obj.id, obj.name)

    def when(self, props: dict[str, Any], ref: ObjectRef) -> Condition:
        """The object's `when` property, compiled (empty: always)."""
        text = str(props.get("when", "") or "")
        condition = self._conditions.get(text)
        if condition is None:
            condition = self._conditions[text] = compile_condition(text, ref, self.flag_types)
        return condition


def rect_of(obj: RawObject) -> pygame.Rect:
    return pygame.Rect(round(obj.x), round(obj.y), round(obj.width), round(obj.height))


def centre(obj: RawObject) -> tuple[float, float]:
    """Middle of a box, or the point itself for a point object."""
    if obj.width or obj.height:
        return obj.x + obj.width / 2, obj.y + obj.height / 2
    return float(obj.x), float(obj.y)
