"""Characters on a map: the player and NPCs differ only in data and controller."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pygame

from game.content_staging import Anchor, PoseDef
from game.world.collision import Box, CollisionWorld, move_feet
from game.world.model import Facing, Prop

log = logging.getLogger(__name__)

FRAME_W, FRAME_H = 16, 32
WALK_SEQUENCE = (1, 2, 3, 2)  # sheet columns of the walk cycle; 0 is idle
STEPS_PER_FRAME = 8  # logic steps each walk frame shows (7.5 frames a second)
FEET_W, FEET_H = 10, 6
PLAYER_SPEED = 1.25  # pixels per logic step (75 px/s)
NPC_SPEED = 0.75


@dataclass
class SpriteSheet:
    """Frames of one character sheet, indexed [facing row][column]."""

    frames: list[list[pygame.Surface]]

    @classmethod
    def from_surface(cls, sheet: pygame.Surface) -> SpriteSheet:
        cols = max(1, sheet.get_width() // FRAME_W)
        rows = max(1, sheet.get_height() // FRAME_H)
        frames = [
            [sheet.subsurface((c * FRAME_W, r * FRAME_H, FRAME_W, FRAME_H)) for c in range(cols)]
            for r in range(rows)
        ]
        while len(frames) < 4:  # a one-row sheet faces every way the same
            frames.append(frames[0])
        return cls(frames)

    def frame(self, facing: Facing, column: int) -> pygame.Surface:
        row = self.frames[facing.row]
        return row[column % len(row)]

    def pose_frame(self, pose: PoseDef, facing: Facing, step: int) -> pygame.Surface:
        """A pose's frame (rows below the walk block); a sheet drawn before the pose
        existed shows the idle frame rather than failing."""
        row = pose.row + step % pose.frames
        if row >= len(self.frames):
            return self.frame(facing, 0)
        cells = self.frames[row]
        return cells[min(pose.column(facing._value_), len(cells) - 1)]


@dataclass(frozen=True)
class Held:
    """An item in someone's hands: its registry name, its sprite, and the map Prop it
    was picked up from (shown again when it is put back), if any."""

    item: str
    image: pygame.Surface
    carry: Mapping[str, Anchor]  # where it sits in the hands when no pose says
    source: Prop | None = None


@dataclass
class PathMove:
    """A scripted walk to a point; `done` once arrived or stuck."""

    target: tuple[float, float]
    speed: float
    done: bool = False
    stuck_steps: int = 0
    via: list[tuple[float, float]] = field(default_factory=list)  # turns on the way
    budget: int | None = None  # steps left for a scripted walk; then it jumps to the end
    idle: bool = False  # a wander or patrol leg of its own (paused by a cutscene), not a script's

@dataclass
class Character:
    name: str  # unique on the map (the object's Name), used by cutscene commands
    character: str  # id in the character registry (sprite, portrait)
    x: float
    y: float
    facing: Facing
    sheet: SpriteSheet
    dialogue: str = ""
    speed: float = NPC_SPEED
    wander: int = 0
    solid: bool = True
    visible: bool = True
    moving: bool = False
    anim_step: int = 0
    path: PathMove | None = None
    home: tuple[float, float] = (0.0, 0.0)
    wander_wait: int = 0
    emote: tuple[int, int] | None = None  # (emote index, steps left)
    patrol: tuple[tuple[float, float], ...] = ()
    patrol_index: int = 0
    leader: Character | None = None  # walks behind this character (followers)
    tags: dict[str, str] = field(default_factory=dict)
    pose: PoseDef | None = None  # a scripted pose; walking ends it
    pose_step: int = 0  # which frame of a pose of several frames
    pose_tick: int = 0  # steps the pose has been held (a pose with a beat animates)
    held: Held | None = None  # what is in their hands

    def feet(self) -> Box:
        return Box(self.x - FEET_W / 2, self.y - FEET_H, FEET_W, FEET_H)

    def feet_rect(self) -> pygame.Rect:
        b = self.feet()
        return pygame.Rect(math.floor(b.x), math.floor(b.y), FEET_W, FEET_H)

    def facing_point(self, reach: float = 10.0) -> tuple[float, float]:
        fx, fy = self.facing.vector
        return self.x + fx * reach, self.y - FEET_H / 2 + fy * reach

    def walk(
        self, dx: float, dy: float, world: CollisionWorld, others: list[pygame.Rect],
        speed: float | None = None,
    ) -> bool:
        """Walk in a direction (-1..1 each); returns True if blocked."""
        if dx == 0 and dy == 0:
            self.moving = False
            return False
        self.facing = Facing.from_vector(dx, dy, self.facing)
        length = math.hypot(dx, dy)
        step = (speed if speed is not None else self.speed) / length
        x, y, blocked = move_feet(world, self.x - FEET_W / 2, self.y - FEET_H, FEET_W,
                                  FEET_H, dx * step, dy * step, others)
        self.x = x + FEET_W / 2
        self.y = y + FEET_H
        self.moving = True
        return blocked

    def tick_animation(self) -> None:
        self.anim_step = self.anim_step + 1 if self.moving else 0
        if self.moving:
            self.pose = None  # walking away ends a kneel, a bow, a hug
        elif self.pose is not None and self.pose.beat:
            # held, it keeps moving under a line of dialogue (the world still steps);
            # a paused game does not step the world, so the pose waits with it
            self.pose_tick += 1
            self.pose_step = (self.pose_tick // self.pose.beat) % self.pose.frames
        if self.emote is not None:
            index, left = self.emote
            self.emote = (index, left - 1) if left > 1 else None

    def image(self) -> pygame.Surface:
        if not self.moving and self.pose is not None:
            return self.sheet.pose_frame(self.pose, self.facing, self.pose_step)
        if not self.moving:
            return self.sheet.frame(self.facing, 0)
        col = WALK_SEQUENCE[(self.anim_step // STEPS_PER_FRAME) % len(WALK_SEQUENCE)]
        return self.sheet.frame(self.facing, col)

    def follow_path(self, world: CollisionWorld, others: list[pygame.Rect]) -> None:
        """One step along the scripted path; other characters do not block scripts."""
        path = self.path
        if path is None or path.done:
            return
        if path.budget is not None:
            path.budget -= 1
            if path.budget < 0:  # never a cutscene that waits for ever on a walk
                log.warning("%s did not reach %s in time; placed there", self.name,
                            path.target)
                self.x, self.y = path.target
                path.done = True
                self.moving = False
                return
        tx, ty = path.via[0] if path.via else path.target
        dx, dy = tx - self.x, ty - self.y
        dist = math.hypot(dx, dy)
        if dist <= path.speed:
            self.x, self.y = tx, ty
            if path.via:
                path.via.pop(0)
                return
            path.done = True
            self.moving = False
            return
        before = (self.x, self.y)
        self.walk(dx / dist, dy / dist, world, [], speed=path.speed)
        if (self.x, self.y) == before:
            path.stuck_steps += 1
            if path.stuck_steps > 30:  # a wall is in the way: give up rather than hang
                path.done = True
                self.moving = False


FOLLOW_GAP = 16  # a follower walks this many of the leader's steps behind
MIN_GAP = 12.0  # pixels between a follower's feet and the leader's: never closer


def follow_step(follower: Character, trail: list[tuple[float, float, Facing]],
                world: CollisionWorld | None = None, gap: int = FOLLOW_GAP,
                ahead: Character | None = None) -> None:
    """Walk along the leader's own footsteps: always a valid path, never stuck on corners.
    Whoever walks just ahead (the leader, or the follower before this one) and turns
    back into the follower pushes them back along the way (never through a wall), so
    the two never stand inside each other."""
    leader = ahead or follower.leader
    if leader is not None:
        lx, ly = follower.x - leader.x, follower.y - leader.y
        near = math.hypot(lx, ly)
        if near < MIN_GAP:
            _give_way(follower, leader, lx, ly, near, MIN_GAP - near, world)
            return
    if len(trail) <= gap:
        follower.moving = False
        return
    tx, ty, facing = trail[-gap - 1]
    dx, dy = tx - follower.x, ty - follower.y
    dist = math.hypot(dx, dy)
    if dist < 0.5:
        follower.moving = False
        follower.facing = facing
        return
    step = min(dist, PLAYER_SPEED * 1.2)
    nx, ny = follower.x + dx / dist * step, follower.y + dy / dist * step
    if leader is not None and math.hypot(nx - leader.x, ny - leader.y) < MIN_GAP:
        follower.moving = False  # the trail bends back on itself: wait here
        return
    follower.x, follower.y = nx, ny
    follower.facing = Facing.from_vector(dx, dy, follower.facing)
    follower.moving = True


def _give_way(follower: Character, leader: Character, dx: float, dy: float, dist: float,
              need: float, world: CollisionWorld | None) -> None:
    """Step back from `leader` by up to `need` pixels, where the walls allow."""
    if dist < 1e-6:
        fx, fy = leader.facing.vector
        dx, dy, dist = -fx, -fy, 1.0
    step = min(need, PLAYER_SPEED * 1.6)
    ux, uy = dx / dist * step, dy / dist * step
    if world is None:
        follower.x += ux
        follower.y += uy
    else:
        for mx, my in ((ux, uy), (ux, 0.0), (0.0, uy)):
            gained = math.hypot(follower.x + mx - leader.x, follower.y + my - leader.y) - dist
            if gained > step * 0.6 and world.box_free(_feet_at(follower.x + mx,
                                                               follower.y + my)):
                follower.x += mx
                follower.y += my
                break
        else:  # cornered: slip round to the leader's back, where the leader came from
            bx, by = leader.facing.vector
            spot = leader.x - bx * MIN_GAP * 1.3, leader.y - by * MIN_GAP * 1.3
            if world.box_free(_feet_at(*spot)):
                follower.x, follower.y = spot
    follower.moving = True


def _feet_at(x: float, y: float) -> Box:
    return Box(x - FEET_W / 2, y - FEET_H, FEET_W, FEET_H)


PATROL_PAUSE = 90  # steps a guard stands at each point of the round


def patrol_step(npc: Character, world: CollisionWorld, others: list[pygame.Rect]) -> None:
    """Walk the round point by point, pausing at each; someone in the way makes the
    guard wait (paths give up after a while, and the round goes on to the next point)."""
    if npc.path is not None and not npc.path.done:
        before = (npc.x, npc.y)
        target = npc.path.target
        dx, dy = target[0] - npc.x, target[1] - npc.y
        dist = math.hypot(dx, dy)
        if dist <= npc.path.speed:
            npc.x, npc.y = target
            npc.path.done = True
            npc.moving = False
            return
        npc.walk(dx / dist, dy / dist, world, others, speed=npc.path.speed)
        if (npc.x, npc.y) == before:
            npc.path.stuck_steps += 1
            npc.moving = False
            if npc.path.stuck_steps > 120:
                npc.path.done = True
        return
    npc.moving = False
    if npc.wander_wait > 0:
        npc.wander_wait -= 1
        return
    npc.wander_wait = PATROL_PAUSE
    npc.patrol_index = (npc.patrol_index + 1) % len(npc.patrol)
    npc.path = PathMove(npc.patrol[npc.patrol_index], NPC_SPEED, idle=True)


def wander_step(
    npc: Character, world: CollisionWorld, others: list[pygame.Rect],
    rand: Callable[[], float], tile: int,
) -> None:
    """Idle wandering within `wander` tiles of home, driven by the seeded RNG."""
    if npc.path is not None and not npc.path.done:
        npc.follow_path(world, others)
        return
    npc.moving = False
    if npc.wander_wait > 0:
        npc.wander_wait -= 1
        return
    npc.wander_wait = 90 + int(rand() * 150)
    radius = npc.wander * tile
    hx, hy = npc.home
    target = (hx + (rand() * 2 - 1) * radius, hy + (rand() * 2 - 1) * radius)
    npc.path = PathMove(target, NPC_SPEED * 0.7, idle=True)
