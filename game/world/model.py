"""Our own map model. Only `loader/reading.py` and the records it fills
(`loader/map_source.py`) know pytmx; everything else sees these.

Positions are in pixels. A character's position is the centre of its feet.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pygame

from game.world.conditions import ALWAYS, Condition
from game.world.layers import frame_at


class Facing(enum.Enum):
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    UP = "up"

    @property
    def vector(self) -> tuple[int, int]:
        return FACING_VECTORS[self]

    @property
    def row(self) -> int:
        """Row of this facing in a character sheet (down, left, right, up)."""
        return _SHEET_ROWS[self._value_]  # `_value_`: no descriptor call, every sprite a frame

    @classmethod
    def from_vector(cls, dx: float, dy: float, current: Facing) -> Facing:
        """Facing for a movement; diagonal keeps the current axis if it is part of it."""
        if dx == 0 and dy == 0:
            return current
        if dx and dy:
            if current in (cls.LEFT, cls.RIGHT) and (dx < 0) == (current is cls.LEFT):
                return current
            if current in (cls.UP, cls.DOWN) and (dy < 0) == (current is cls.UP):
                return current
        if abs(dx) > abs(dy):
            return cls.RIGHT if dx > 0 else cls.LEFT
        return cls.DOWN if dy > 0 else cls.UP


_SHEET_ROWS = {"down": 0, "left": 1, "right": 2, "up": 3}
FACING_VECTORS = {
    Facing.DOWN: (0, 1),
    Facing.LEFT: (-1, 0),
    Facing.RIGHT: (1, 0),
    Facing.UP: (0, -1),
}

FACING_NAMES = tuple(f.value for f in Facing)


@dataclass(frozen=True)
class ObjectRef:
    """Where an object came from, for messages a map maker can act on."""

    map_name: str
    object_id: int
    object_name: str

    def __str__(self) -> str:
        label = f" '{self.object_name}'" if self.object_name else ""
        return f"{self.map_name}: object {self.object_id}{label}"


@dataclass(frozen=True)
class Spawn:
    name: str
    x: float
    y: float
    facing: Facing
    ref: ObjectRef


@dataclass(frozen=True)
class Door:
    rect: pygame.Rect
    to_map: str
    to_spawn: str
    transition: str
    ref: ObjectRef
    when: Condition = ALWAYS


@dataclass(frozen=True)
class NPCSpec:
    name: str
    x: float
    y: float
    character: str
    dialogue: str
    facing: Facing
    wander: int  # radius in tiles; 0 stands still
    when: Condition
    ref: ObjectRef
    patrol: tuple[tuple[float, float], ...] = ()  # feet points walked in a loop
    hidden: bool = False  # waits off-stage until a cutscene says <<show>>
    pose: str = ""  # stands in this pose of assets/data/poses.json from the start

@dataclass(frozen=True)
class Sign:
    rect: pygame.Rect
    dialogue: str
    ref: ObjectRef
    when: Condition = ALWAYS


class TriggerMode(enum.Enum):
    TOUCH = "touch"  # walking onto it runs the node
    ACTION = "action"  # pressing confirm while facing/inside it
    AUTO = "auto"  # runs as soon as its condition holds (on map entry, after a flag)


@dataclass(frozen=True)
class Trigger:
    rect: pygame.Rect
    dialogue: str
    mode: TriggerMode
    once: bool
    when: Condition
    ref: ObjectRef


@dataclass(frozen=True)
class Prop:
    """A tile object placed in Tiled: drawn among the characters while `when` holds
    (an opened box, a laid table, a door left ajar). Solid props block walking."""

    x: float  # top-left, pixels
    y: float
    frames: tuple[Any, ...]  # pygame surfaces; one unless the tile is animated
    durations_ms: tuple[int, ...]
    when: Condition
    solid: bool
    ref: ObjectRef
    light: Light | None = None
    item: str = ""  # an item of assets/data/items.json: <<hold>> picks this prop up

    @property
    def bottom(self) -> float:
        return self.y + self.frames[0].get_height()

    def rect(self) -> pygame.Rect:
        return pygame.Rect(self.box)

    @cached_property
    def box(self) -> tuple[int, int, int, int]:
        """Where it is drawn (left, top, width, height): a prop never moves, and the
        renderer asks this of every prop on the map every frame."""
        w, h = self.frames[0].get_size()
        return round(self.x), round(self.y), w, h

    def frame_at(self, ms: int) -> Any:
        return frame_at(self.frames, self.durations_ms, ms)


CROWD_BEHAVIOURS = ("mingle", "face", "cheer", "kneel", "bow")


@dataclass(frozen=True)
class CrowdSpec:
    """A Tiled `Crowd`: `count` background people from `pool` (character ids) filling
    `rect`, idling by `behaviour`, facing the Spawn `focus` where the behaviour faces.
    They never block anyone and take no part in the story beyond being there."""

    name: str
    rect: pygame.Rect
    count: int
    pool: tuple[str, ...]
    behaviour: str
    focus: str  # a Spawn's name, or ""
    seed: int
    when: Condition
    ref: ObjectRef


@dataclass(frozen=True)
class Light:
    x: float
    y: float
    radius: int
    colour: tuple[int, int, int]


@dataclass(frozen=True)
class EmitterSpot:
    """A Tiled `Emitter`: a particle effect of assets/data/particles.json running at
    the centre of its rectangle (spread over it) while `when` holds."""

    effect: str
    x: float
    y: float
    width: float
    height: float
    ref: ObjectRef
    when: Condition = ALWAYS


@dataclass
class MapData:
    """A loaded map: geometry, objects and the drawable layers."""

    name: str
    path: str
    width: int  # tiles
    height: int
    tile_size: int
    title: str
    music: str
    lighting: str
    solid_tiles: list[list[bool]]
    solid_rects: list[pygame.Rect]
    spawns: dict[str, Spawn]
    doors: list[Door]
    npcs: list[NPCSpec]
    signs: list[Sign]
    triggers: list[Trigger]
    lights: list[Light]
    layers: Any = None
    props: list[Prop] = field(default_factory=list)  # renderer-ready layers built by the loader
    properties: dict[str, Any] = field(default_factory=dict)
    ambience: str = ""  # the bed under the music (assets/data/audio.json), "" for none
    emitters: list[EmitterSpot] = field(default_factory=list)
    crowds: list[CrowdSpec] = field(default_factory=list)

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tile_size, self.height * self.tile_size
