"""A generated 120x120 map crowded with wandering or patrolling NPCs, for `World.step`."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pygame

from game.core.actions import InputState
from game.world.character import Character, SpriteSheet
from game.world.conditions import ConditionCache
from game.world.model import Facing
from game.world.world import World, WorldEvent
from tools.perf.synthetic import write_map

ROOT = Path(__file__).resolve().parents[2]
SIDE = 120


class AllPairsWorld(World):
    """The baseline: every NPC is given the foot box of every other, every step, as
    the world did before its foot grid (the lists are built, then the step runs)."""

    def step(self, inp: InputState, controllable: bool) -> list[WorldEvent]:
        boxes = [self.player.feet_rect()]
        for npc in self.npcs:
            if npc.leader is not self.player:
                boxes + [n.feet_rect() for n in self.npcs if n is not npc and n.solid]
        return super().step(inp, controllable)


def crowd_world(folder: Path, count: int, naive: bool, patrol: bool = False,
                dense: bool = False) -> tuple[Callable[[int], object], World]:
    """A step function over a world of `count` NPCs spread over the map (or packed
    into a corner of it, `dense`), seeded; and the world."""
    from game.world.loader import load_map
    path = folder / f"gen_{SIDE}x{SIDE}.tmx"
    if not path.exists():
        path = write_map(folder, ROOT / "assets" / "tilesets", SIDE, SIDE)
    data = load_map(path)
    sheet = SpriteSheet.from_surface(pygame.Surface((64, 128)))
    conditions = ConditionCache(lambda _e: True, lambda: 0)
    rng = random.Random(count)
    cls = AllPairsWorld if naive else World
    world = cls(data, lambda _c: sheet, conditions, set(), rng.random, "kara")
    world.place_player(SIDE * 8, SIDE * 8, Facing.DOWN)
    span = 160 if dense else SIDE * 16 - 64
    for i in range(count):
        x, y = 32 + rng.random() * span, 32 + rng.random() * span
        npc = Character(f"n{i}", "c", x, y, Facing.DOWN, sheet, wander=0 if patrol else 3)
        npc.home = (x, y)
        if patrol:
            npc.patrol = ((x, y), (x + 48, y), (x + 48, y + 48), (x, y + 48))
            npc.wander_wait = i % 90
        world.npcs.append(npc)
    still = InputState()
    return (lambda _i: world.step(still, True)), world
