"""Routes for scripted walks: straight when the way is clear, around walls when not.

A cutscene says where a character should go, not how; `route` keeps the straight
line whenever nothing blocks it (so a clear walk is exactly as long as it looks)
and otherwise finds the shortest way over the tile grid, breadth-first.
"""

from __future__ import annotations

import math
from collections import deque

from game.world.collision import Box, CollisionWorld

FEET_W, FEET_H = 10, 6  # the feet box of game.world.character
SAMPLE = 3.0  # pixels between the checks along a straight line


def feet_box(x: float, y: float) -> Box:
    return Box(x - FEET_W / 2, y - FEET_H, FEET_W, FEET_H)


def line_clear(world: CollisionWorld, start: tuple[float, float],
               goal: tuple[float, float]) -> bool:
    """Whether the feet box can slide along the straight line without touching a wall."""
    dist = math.dist(start, goal)
    steps = max(1, math.ceil(dist / SAMPLE))
    for i in range(1, steps + 1):
        t = i / steps
        x = start[0] + (goal[0] - start[0]) * t
        y = start[1] + (goal[1] - start[1]) * t
        if not world.box_free(feet_box(x, y)):
            return False
    return True


def tile_spot(world: CollisionWorld, tx: int, ty: int) -> tuple[float, float]:
    """Where feet stand in the middle of a tile."""
    ts = world.tile
    return tx * ts + ts / 2, ty * ts + ts / 2 + FEET_H / 2


def route(world: CollisionWorld, start: tuple[float, float],
          goal: tuple[float, float]) -> list[tuple[float, float]]:
    """Points to walk through before the goal: none when the straight line is clear, or
    when no way round exists (the walk then goes straight and stops at the wall)."""
    if line_clear(world, start, goal):
        return []
    ts = world.tile

    def cell(p: tuple[float, float]) -> tuple[int, int]:
        return int(p[0] // ts), int((p[1] - FEET_H / 2) // ts)

    def walkable(c: tuple[int, int]) -> bool:
        x, y = c
        return (0 <= x < world.cols and 0 <= y < world.rows
                and world.box_free(feet_box(*tile_spot(world, x, y))))

    first, last = cell(start), cell(goal)
    came: dict[tuple[int, int], tuple[int, int] | None] = {first: None}
    queue = deque([first])
    while queue:
        here = queue.popleft()
        if here == last:
            break
        x, y = here
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if nxt not in came and (walkable(nxt) or nxt == last):
                came[nxt] = here
                queue.append(nxt)
    if last not in came:
        return []
    cells: list[tuple[int, int]] = []
    node: tuple[int, int] | None = last
    while node is not None:
        cells.append(node)
        node = came[node]
    cells.reverse()
    points = [tile_spot(world, x, y) for x, y in cells[1:-1]]
    return _corners(points)


def _corners(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep only the turning points of a tile path."""
    if len(points) < 3:
        return points
    kept = [points[0]]
    for before, here, after in zip(points, points[1:], points[2:], strict=False):
        if (here[0] - before[0], here[1] - before[1]) != (after[0] - here[0],
                                                           after[1] - here[1]):
            kept.append(here)
    kept.append(points[-1])
    return kept
