"""A faster step leaves everyone standing where the plain one did: the one-query
`move_box` stops, slides and nudges a walker exactly as the two-query version, and a
crowd (wanderers or guards, among pillars, with the player walking through) is in
the same places on every step as with the reference collision and fresh foot boxes."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.actions import Action, InputState
from game.world import character, collision
from game.world.collision import Box, CollisionWorld, move_box
from game.world.crowd_grid import FootGrid
from tools.perf.crowd import crowd_world


def old_nudge(world: CollisionWorld, box: Box, others: list[pygame.Rect], axis: str,
              sign: int) -> float:
    """The reference nudge: each probe asks the world on its own."""
    for offset in range(1, collision.NUDGE_PIXELS + 1):
        for side in (-1, 1):
            if axis == "x":
                probe = Box(box.x + sign, box.y + side * offset, box.w, box.h)
            else:
                probe = Box(box.x + side * offset, box.y + sign, box.w, box.h)
            if world.box_free(probe, others):
                return float(side)
    return 0.0


def old_move_box(world: CollisionWorld, box: Box, dx: float, dy: float,
                 others: list[pygame.Rect]) -> tuple[Box, bool]:
    """The reference: each axis queried on its own, a box built after each."""
    blocked = False
    nudge_dx = nudge_dy = 0.0
    if dx:
        solids = world.solids_near(min(box.x, box.x + dx), box.y,
                                   max(box.right, box.right + dx), box.bottom) + others
        moved = collision._sweep_x(box, dx, solids)
        if abs(moved - dx) > 1e-9:
            blocked = True
            if not dy:
                nudge_dy = old_nudge(world, box, others, "x", 1 if dx > 0 else -1)
        box = Box(box.x + moved, box.y, box.w, box.h)
    if dy:
        solids = world.solids_near(box.x, min(box.y, box.y + dy), box.right,
                                   max(box.bottom, box.bottom + dy)) + others
        moved = collision._sweep_y(box, dy, solids)
        if abs(moved - dy) > 1e-9:
            blocked = True
            if not dx:
                nudge_dx = old_nudge(world, box, others, "y", 1 if dy > 0 else -1)
        box = Box(box.x, box.y + moved, box.w, box.h)
    if nudge_dx or nudge_dy:
        box = collision._apply_nudge(world, box, others, nudge_dx, nudge_dy)
    return box, blocked


def cluttered() -> CollisionWorld:
    """A 12x10 room: walls, a pillar row with gaps, and rects off the tile grid."""
    grid = [[x in (0, 11) or y in (0, 9) for x in range(12)] for y in range(10)]
    for x in (3, 4, 7):
        grid[5][x] = True
    rects = [pygame.Rect(90, 30, 5, 40), pygame.Rect(40, 100, 33, 3),
             pygame.Rect(150, 120, 16, 17)]
    return CollisionWorld(grid, rects, 16)


@settings(max_examples=300, deadline=None)
@given(x=st.floats(8, 180), y=st.floats(8, 150),
       moves=st.lists(st.tuples(st.sampled_from([-1.25, -0.75, -0.5, 0.0, 0.53, 0.75, 1.25, 7.0]),
                                 st.sampled_from([-1.25, -0.75, -0.5, 0.0, 0.53, 0.75, 1.25, 7.0])),
                       min_size=1, max_size=40),
       people=st.lists(st.tuples(st.integers(10, 180), st.integers(10, 150)), max_size=4))
def test_a_walk_ends_where_it_did_with_two_queries(
        x: float, y: float, moves: list[tuple[float, float]],
        people: list[tuple[int, int]]) -> None:
    world = cluttered()
    others = [pygame.Rect(px, py, 10, 6) for px, py in people]
    new = old = Box(x, y, 10, 6)
    for dx, dy in moves:
        new, new_blocked = move_box(world, new, dx, dy, others)
        old, old_blocked = old_move_box(world, old, dx, dy, others)
        assert (new.x, new.y, new_blocked) == (old.x, old.y, old_blocked)


def reference_feet(world: CollisionWorld, x: float, y: float, w: float, h: float,
                   dx: float, dy: float, others: list[pygame.Rect]
                   ) -> tuple[float, float, bool]:
    box, blocked = old_move_box(world, Box(x, y, w, h), dx, dy, list(others))
    return box.x, box.y, blocked


def fresh_boxes(self: FootGrid, ch: character.Character, reach: float) -> list:
    """Every other character's foot box, made anew (no kept boxes, no cells)."""
    return [other.feet_rect() for cell in self._cells.values() for other in cell
            if other is not ch]


def crowd_steps(tmp_path: Path, patrol: bool, steps: int) -> list[tuple]:
    """Each step: every NPC's place, pose of walking and facing, and the player's."""
    _, world = crowd_world(tmp_path, 120, naive=False, patrol=patrol, dense=True)
    grid = [row[:] for row in world.collision.grid]
    for cy in range(3, 12, 3):
        for cx in range(2, 12, 3):
            grid[cy][cx] = True  # pillars among the crowd
    world.collision = CollisionWorld(grid, [pygame.Rect(70, 40, 5, 30)], 16)
    world.place_player(60, 60, world.player.facing)
    ways = [frozenset({Action.RIGHT}), frozenset({Action.DOWN, Action.RIGHT}),
            frozenset(), frozenset({Action.LEFT, Action.UP}), frozenset({Action.UP})]
    seen = []
    for i in range(steps):
        world.step(InputState(ways[(i // 25) % len(ways)]), True)
        seen.append(tuple((n.x, n.y, n.moving, n.anim_step, n.facing)
                          for n in [world.player, *world.npcs]))
    return seen


@pytest.mark.parametrize("patrol", [False, True], ids=["wandering", "patrolling"])
def test_a_crowd_stands_where_the_reference_step_puts_it(
        display, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, patrol: bool) -> None:
    fast = crowd_steps(tmp_path, patrol, 300)
    monkeypatch.setattr(character, "move_feet", reference_feet)
    monkeypatch.setattr(FootGrid, "boxes_near", fresh_boxes)
    slow = crowd_steps(tmp_path, patrol, 300)
    assert fast == slow
    # it is a real test: people walk, and the pillars and each other stop some
    assert fast[0] != fast[-1]
    assert sum(a[1:] != b[1:] for a, b in pairwise(fast)) > 250
