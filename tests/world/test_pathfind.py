"""Scripted walks go straight when they can and around walls when they must."""

from __future__ import annotations

import pygame

from game.world.character import Character, PathMove, SpriteSheet
from game.world.collision import CollisionWorld
from game.world.model import Facing
from game.world.pathfind import line_clear, route, tile_spot


def room_with_a_wall() -> CollisionWorld:
    """10x8 room; a wall down column 5 from row 0 to row 5, open at rows 6."""
    grid = [[x in (0, 9) or y in (0, 7) or (x == 5 and y <= 5) for x in range(10)]
            for y in range(8)]
    return CollisionWorld(grid, [], 16)


def walker(x: float, y: float) -> Character:
    sheet = SpriteSheet.from_surface(pygame.Surface((64, 128)))
    return Character("Lena", "lena", x, y, Facing.DOWN, sheet)


def test_a_clear_way_needs_no_turns() -> None:
    world = room_with_a_wall()
    start, goal = tile_spot(world, 2, 6), tile_spot(world, 7, 6)
    assert line_clear(world, start, goal)
    assert route(world, start, goal) == []


def test_a_wall_in_the_way_is_walked_around_and_the_goal_reached() -> None:
    world = room_with_a_wall()
    start, goal = tile_spot(world, 2, 2), tile_spot(world, 7, 2)
    assert not line_clear(world, start, goal)
    turns = route(world, start, goal)
    assert turns and any(y > 6 * 16 for _, y in turns)  # down through the gap in row 6
    lena = walker(*start)
    lena.path = PathMove(goal, 1.0, via=turns)
    for _ in range(600):
        lena.follow_path(world, [])
        if lena.path.done:
            break
    assert lena.path.done and (lena.x, lena.y) == goal


def test_no_way_round_walks_straight_and_gives_up_at_the_wall() -> None:
    grid = [[x in (0, 9) or y in (0, 7) or x == 5 for x in range(10)] for y in range(8)]
    world = CollisionWorld(grid, [], 16)
    start, goal = tile_spot(world, 2, 3), tile_spot(world, 7, 3)
    assert route(world, start, goal) == []
    lena = walker(*start)
    lena.path = PathMove(goal, 1.0)
    for _ in range(200):
        lena.follow_path(world, [])
    assert lena.path.done and lena.x < 5 * 16  # stopped at the wall, did not hang
