"""The one-query `move_box` stops, slides and nudges a walker exactly where the
two-query version did, on a map of walls, pillars, odd collision rects and people:
a faster step must leave everyone standing in the same place."""

from __future__ import annotations

import pygame
from hypothesis import given, settings
from hypothesis import strategies as st

from game.world import collision
from game.world.collision import Box, CollisionWorld, move_box


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
