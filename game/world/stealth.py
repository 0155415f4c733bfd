"""Stealth rules: what a guard sees and how suspicion grows.

Kept apart from drawing and from the scene so the rules can be tested with
plain numbers, and so the cone a player sees on screen is built from the very
rays the guard "looks" along (`sight_polygon` and `sees` share `cast`): if a
wall hides you on screen, it hides you from the guard.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from game.world.collision import Box, CollisionWorld
from game.world.model import Facing

Point = tuple[float, float]
RAY_STEP = 4.0  # pixels between the samples of a sight ray
CONE_RAYS = 15  # rays across a drawn cone


@dataclass(frozen=True)
class SightRules:
    """The numbers of one stealth scene (per second unless named otherwise).

    The meter runs from 0 (unnoticed) to 1 (caught). Seen while moving with the
    head up fills it in about a second and a half up close; holding "head down"
    halves every rise; straying from the person followed adds to it even unseen;
    out of sight and close behind, it drains.
    """

    reach: float = 88.0  # pixels a guard sees
    half_angle: float = math.radians(32)
    seen_moving: float = 0.8
    seen_still: float = 0.35
    straying: float = 0.3
    falling: float = 0.25
    head_down_factor: float = 0.5
    assist_factor: float = 1.0  # the Settings assist: 0.5 halves every rise
    near_bonus: float = 0.6  # up to +60% at the guard's feet

    def assisted(self) -> SightRules:
        return SightRules(self.reach, self.half_angle, self.seen_moving, self.seen_still,
                          self.straying, self.falling, self.head_down_factor, 0.5,
                          self.near_bonus)


def blocked(collision: CollisionWorld, x: float, y: float) -> bool:
    """A wall or solid object stands at (x, y)."""
    return not collision.box_free(Box(x - 1, y - 1, 2, 2))


def cast(collision: CollisionWorld, origin: Point, angle: float, reach: float) -> float:
    """How far a ray from `origin` at `angle` (radians) goes before a wall."""
    dx, dy = math.cos(angle), math.sin(angle)
    travelled = RAY_STEP
    while travelled <= reach:
        if blocked(collision, origin[0] + dx * travelled, origin[1] + dy * travelled):
            return max(0.0, travelled - RAY_STEP)
        travelled += RAY_STEP
    return reach


def facing_angle(facing: Facing) -> float:
    fx, fy = facing.vector
    return math.atan2(fy, fx)


def sees(collision: CollisionWorld, eye: Point, facing: Facing, target: Point,
         rules: SightRules) -> bool:
    """The target is inside the cone and no wall stands between."""
    dx, dy = target[0] - eye[0], target[1] - eye[1]
    distance = math.hypot(dx, dy)
    if distance > rules.reach:
        return False
    if distance < 1:
        return True
    off = (math.atan2(dy, dx) - facing_angle(facing) + math.pi) % (2 * math.pi) - math.pi
    if abs(off) > rules.half_angle:
        return False
    return cast(collision, eye, math.atan2(dy, dx), distance) >= distance - RAY_STEP


def sight_polygon(collision: CollisionWorld, eye: Point, facing: Facing,
                  rules: SightRules) -> list[Point]:
    """The cone as a polygon (eye first), each ray cut where a wall stops it."""
    centre = facing_angle(facing)
    points: list[Point] = [eye]
    for i in range(CONE_RAYS):
        angle = centre - rules.half_angle + 2 * rules.half_angle * i / (CONE_RAYS - 1)
        length = cast(collision, eye, angle, rules.reach)
        points.append((eye[0] + math.cos(angle) * length, eye[1] + math.sin(angle) * length))
    return points


@dataclass(frozen=True)
class Guard:
    """Where a guard stands and looks this step."""

    name: str
    eye: Point
    facing: Facing


@dataclass(frozen=True)
class Moment:
    """What the player does this step."""

    at: Point
    moving: bool
    head_down: bool
    leader: Point | None  # the person followed, if any
    distance: float  # how far from the leader is still "with" them


@dataclass
class Suspicion:
    """The meter and who is looking, advanced one logic step at a time."""

    rules: SightRules
    value: float = 0.0
    watchers: tuple[str, ...] = ()
    straying: bool = False

    @property
    def full(self) -> bool:
        return self.value >= 1.0

    def step(self, collision: CollisionWorld, guards: Iterable[Guard], now: Moment,
             dt: float = 1 / 60) -> float:
        """Advance the meter by one step; returns the new value (0..1)."""
        rules = self.rules
        watching = [g for g in guards if sees(collision, g.eye, g.facing, now.at, rules)]
        self.watchers = tuple(g.name for g in watching)
        self.straying = now.leader is not None and math.dist(now.at, now.leader) > now.distance
        rise = 0.0
        for guard in watching:
            near = 1.0 - min(1.0, math.dist(guard.eye, now.at) / rules.reach)
            base = rules.seen_moving if now.moving else rules.seen_still
            rise = max(rise, base * (1.0 + rules.near_bonus * near))
        if self.straying:
            rise += rules.straying
        if rise > 0:
            if now.head_down:
                rise *= rules.head_down_factor
            self.value += rise * rules.assist_factor * dt
        else:
            self.value -= rules.falling * dt
        self.value = min(1.0, max(0.0, self.value))
        return self.value

