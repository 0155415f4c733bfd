"""Crowds: dozens of background people who fill a room and cost almost nothing.

A `Crowd` is built from a map's `CrowdSpec`: its members stand at seeded,
jittered places inside the area (never on a wall), from the pool of character
ids, and are plain `Character`s that are not solid, never pathfind and take no
input: they are drawn with everyone else and do one cheap idle (`mingle` turns
now and then, `face` looks at the focus, `cheer` throws arms up, `kneel`/`bow`
pose towards the focus). The randomness is the crowd's own seeded generator,
so replays stay identical and the world's RNG is untouched.
"""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Callable

import pygame

from game.content_staging import PoseTable
from game.world.character import FRAME_H, FRAME_W, Character, SpriteSheet
from game.world.model import CrowdSpec, Facing

MINGLE_MIN, MINGLE_MAX = 80, 320  # steps between a mingler's turns
CHEER_BEAT = 14  # the spread of the cheerers' phases (the beat itself is poses.json's)
_FACINGS = (Facing.DOWN, Facing.LEFT, Facing.RIGHT, Facing.UP)


class Crowd:
    def __init__(self, spec: CrowdSpec, map_name: str, sheets: Callable[[str], SpriteSheet],
                 poses: PoseTable, free: Callable[[float, float], bool],
                 focus: tuple[float, float] | None) -> None:
        self.spec = spec
        self.focus = focus
        self.poses = poses
        self.rng = random.Random(f"{map_name}:{spec.name}:{spec.seed}")
        self.members: list[Character] = []
        self.timers: list[int] = []
        self.phases: list[int] = []
        self.tick = 0
        for i, (x, y) in enumerate(self._places(free)):
            cid = spec.pool[self.rng.randrange(len(spec.pool))]
            ch = Character(f"{spec.name}#{i}", cid, x, y, self.rng.choice(_FACINGS),
                           sheets(cid), solid=False)
            self.members.append(ch)
            self.timers.append(self.rng.randrange(MINGLE_MIN, MINGLE_MAX))
            self.phases.append(self.rng.randrange(CHEER_BEAT * 2))
        self.behaviour = ""
        self.set_behaviour(spec.behaviour)

    @functools.cached_property
    def box(self) -> pygame.Rect:
        """Where its people are drawn, all of them: background people never walk (no
        script can name them), so a crowd off screen is passed over whole."""
        boxes = [pygame.Rect(round(ch.x - FRAME_W / 2), round(ch.y - FRAME_H + 2),
                             FRAME_W, FRAME_H) for ch in self.members]
        return boxes[0].unionall(boxes[1:]) if boxes else pygame.Rect(0, 0, 0, 0)

    def _places(self, free: Callable[[float, float], bool]) -> list[tuple[float, float]]:
        """`count` feet points in the area on a jittered grid, skipping walls."""
        r, count = self.spec.rect, self.spec.count
        cols = max(1, round(math.sqrt(count * r.width / max(r.height, 1))))
        rows = max(1, math.ceil(count / cols))
        cw, rh = r.width / cols, r.height / rows
        spots: list[tuple[float, float]] = []
        for row in range(rows):
            for col in range(cols):
                x = r.x + (col + 0.5) * cw + self.rng.uniform(-cw / 3, cw / 3)
                y = r.y + (row + 0.5) * rh + self.rng.uniform(-rh / 4, rh / 4) + 3
                if free(x, y):
                    spots.append((x, y))
        self.rng.shuffle(spots)
        return sorted(spots[:count], key=lambda p: (p[1], p[0]))

    def _face_focus(self, ch: Character) -> None:
        focus = self.focus
        if focus is not None:
            ch.facing = Facing.from_vector(focus[0] - ch.x, focus[1] - ch.y, ch.facing)

    def set_behaviour(self, behaviour: str) -> None:
        """Switch everyone's idle at once (the room kneels as one)."""
        self.behaviour = behaviour
        pose = {"cheer": "cheer", "kneel": "kneel", "bow": "bow"}.get(behaviour)
        for ch, phase in zip(self.members, self.phases, strict=True):
            ch.pose = self.poses.poses.get(pose) if pose else None
            ch.pose_step, ch.pose_tick = 0, phase  # a held pose's beat animates it
            if behaviour != "mingle":
                self._face_focus(ch)

    def step(self) -> None:
        """One cheap logic step: a timer per mingler (a cheer is its pose's own beat,
        from its own phase, advanced with every held pose). The crowd ticks its own
        people's animations too (`World.step` ticks only those a script can name): one
        loop over a garden party's 140, not two."""
        self.tick += 1
        mingle = self.behaviour == "mingle"
        timers, rng = self.timers, self.rng
        for i, ch in enumerate(self.members):
            if mingle:
                left = timers[i] - 1
                if left <= 0:
                    timers[i] = rng.randrange(MINGLE_MIN, MINGLE_MAX)
                    ch.facing = rng.choice(_FACINGS)
                else:
                    timers[i] = left
            if ch.moving or ch.anim_step or ch.pose is not None or ch.emote is not None:
                ch.tick_animation()
