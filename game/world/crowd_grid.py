"""A spatial grid of characters' foot boxes, so a walker only looks at its neighbours.

Before it every NPC built the foot box of every other NPC each step (quadratic in
the crowd). A box further away than one step plus the corner nudge can neither stop
nor steer a move (`collision.move_box` only reacts to rects within the move), so
the cells around a walker hold every box that matters.
"""

from __future__ import annotations

import math

import pygame

from game.world.character import FEET_H, FEET_W, Character
from game.world.collision import NUDGE_PIXELS

CELL = 32  # pixels; a few foot boxes wide


class FootGrid:
    """Solid characters bucketed by the cell of their feet; `moved` keeps it current.
    Each one's foot box is made once, when first asked for, and again only after
    they walked (most people stand on a given step)."""

    def __init__(self, characters: list[Character]) -> None:
        self._cells: dict[tuple[int, int], list[Character]] = {}
        # id -> (x, y, cell, foot box or None) as of the last build or move
        self._where: dict[int, tuple[float, float, tuple[int, int], pygame.Rect | None]] = {}
        cells, where, floor = self._cells, self._where, math.floor
        for ch in characters:
            x, y = ch.x, ch.y
            cell = (floor(x / CELL), floor(y / CELL))
            bucket = cells.get(cell)
            if bucket is None:
                cells[cell] = [ch]
            else:
                bucket.append(ch)
            where[id(ch)] = (x, y, cell, None)

    def moved(self, ch: Character) -> None:
        """Re-bucket `ch` after it walked (no-op if it is not in the grid or stood)."""
        old = self._where.get(id(ch))
        if old is None or (ch.x == old[0] and ch.y == old[1]):
            return
        cell = math.floor(ch.x / CELL), math.floor(ch.y / CELL)
        if cell != old[2]:
            self._cells[old[2]].remove(ch)
            self._cells.setdefault(cell, []).append(ch)
        self._where[id(ch)] = (ch.x, ch.y, cell, None)

    def boxes_near(self, ch: Character, reach: float) -> list[pygame.Rect]:
        """Foot boxes of the others in the grid that a move of `reach` pixels could meet."""
        # Boxes within the move and the nudge probe of ours; positions are the feet's
        # centres, and two foot boxes meet when their centres are a box width apart.
        margin = reach + NUDGE_PIXELS + FEET_W + 2
        cx0, cy0 = math.floor((ch.x - margin) / CELL), math.floor((ch.y - margin) / CELL)
        cx1, cy1 = math.floor((ch.x + margin) / CELL), math.floor((ch.y + margin) / CELL)
        # Within the cells, only those whose feet come that near on each axis (boxes
        # are FEET_W by FEET_H, floored, so a pixel more each way).
        near_x, near_y = margin, reach + NUDGE_PIXELS + FEET_H + 2
        x0, y0 = ch.x, ch.y
        found: list[pygame.Rect] = []
        cells, where = self._cells, self._where
        for cy in range(cy0, cy1 + 1):
            for cx in range(cx0, cx1 + 1):
                bucket = cells.get((cx, cy))
                if not bucket:
                    continue
                for other in bucket:
                    if (other is ch or abs(other.x - x0) >= near_x
                            or abs(other.y - y0) >= near_y):
                        continue
                    x, y, cell, rect = where[id(other)]
                    if rect is None or x != other.x or y != other.y:
                        rect = other.feet_rect()  # made once, or moved unannounced
                        where[id(other)] = (x, y, cell, rect)
                    found.append(rect)
        return found
