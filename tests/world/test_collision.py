"""Collision on feet boxes: no tunnelling at any speed, and corners forgive."""

from __future__ import annotations

import pygame
from hypothesis import given
from hypothesis import strategies as st

from game.world.collision import Box, CollisionWorld, move_box


def room(width: int = 10, height: int = 8) -> CollisionWorld:
    """A walled room with a one-tile pillar at (5, 4)."""
    grid = [[x in (0, width - 1) or y in (0, height - 1) for x in range(width)]
            for y in range(height)]
    grid[4][5] = True
    return CollisionWorld(grid, [], 16)


@given(speed=st.floats(0.1, 400), angle=st.sampled_from(
    [(1, 0), (-1, 0), (0, 1), (0, -1), (0.7, 0.7), (-0.7, 0.3)]))
def test_no_speed_goes_through_a_wall(speed: float, angle: tuple[float, float]) -> None:
    world = room()
    box = Box(30, 30, 10, 6)
    for _ in range(5):
        box, _ = move_box(world, box, angle[0] * speed, angle[1] * speed)
        assert world.box_free(box), box
        assert box.x >= 16 and box.right <= 9 * 16 and box.y >= 16 and box.bottom <= 7 * 16


def test_blocked_by_pillar_and_stops_flush() -> None:
    world = room()
    box = Box(60, 68, 10, 6)  # left of the pillar (x 80..96), same rows
    box, blocked = move_box(world, box, 30, 0)
    assert blocked and box.right == 80


def test_corner_nudge_slides_around_a_slightly_misaligned_corner() -> None:
    world = room()
    # Walking up into the pillar's bottom-left corner, overlapping it by 3 px.
    box = Box(80 - 7, 100, 10, 6)
    start_x = box.x
    for _ in range(20):
        box, _ = move_box(world, box, 0, -1.25)
    assert box.x < start_x  # slid left around the corner
    assert box.y < 100 - 16  # and got past the pillar's bottom edge


def test_no_nudge_when_overlap_is_large() -> None:
    world = room()
    box = Box(83, 100, 10, 6)  # squarely under the pillar
    for _ in range(20):
        box, _ = move_box(world, box, 0, -1.25)
    assert box.x == 83 and box.y == 80  # pressed against the pillar's bottom


def test_other_characters_block_like_walls() -> None:
    world = room()
    npc = pygame.Rect(60, 40, 10, 6)
    box, blocked = move_box(world, Box(30, 40, 10, 6), 40, 0, [npc])
    assert blocked and box.right == 60
