"""Collision on feet boxes: axis-separated, exact at any speed, with corner nudge.

Each move is resolved first along x, then along y. Along an axis the box is
swept from where it is to where it wants to be and stopped at the nearest solid
edge, so no speed can tunnel through a wall. When a move is blocked by a corner
that overlaps the box by only a few pixels, the box is nudged sideways around
it, the way good top-down games forgive a slightly misaligned approach.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import pygame

NUDGE_PIXELS = 6  # corners overlapping the feet by at most this much are slid around
NUDGE_SPEED = 1.0  # pixels per step the nudge moves the box sideways
PAD = 0.01  # a move's solids query reaches this far past it: the sweeps' 1e-6 slack and
# float rounding of moved edges stay inside, and the area rarely spans an extra cell


@dataclass(slots=True)
class Box:
    """A float rectangle (feet box)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, r: pygame.Rect) -> bool:
        return self.x < r.right and r.x < self.right and self.y < r.bottom and r.y < self.bottom


class CollisionWorld:
    """Static geometry of one map (solid tiles, collision rects, map edges)."""

    def __init__(self, solid_tiles: list[list[bool]], rects: Iterable[pygame.Rect], tile: int):
        self.tile = tile
        self.grid = solid_tiles
        self.rows = len(solid_tiles)
        self.cols = len(solid_tiles[0]) if solid_tiles else 0
        self.width = self.cols * tile
        self.height = self.rows * tile
        # Bucket rects by tile cell so queries stay local on big maps.
        self._buckets: dict[tuple[int, int], list[pygame.Rect]] = {}
        self.rects = [r for r in rects if r.width > 0 and r.height > 0]
        self._cells: dict[tuple[int, int], tuple[pygame.Rect, ...]] = {}
        for r in self.rects:
            for cy in range(r.top // tile, (r.bottom - 1) // tile + 1):
                for cx in range(r.left // tile, (r.right - 1) // tile + 1):
                    self._buckets.setdefault((cx, cy), []).append(r)

    def solids_near(self, x0: float, y0: float, x1: float, y1: float) -> list[pygame.Rect]:
        """Every solid rect that may touch the area, map edges included. A rect may come
        twice (one spanning cells); callers take min, max or any, so that is harmless."""
        t = self.tile
        # Only the cells the area covers: a rect further out can neither stop a sweep
        # over the area (it is beyond the move) nor overlap a probe inside it.
        cx0, cy0 = math.floor(x0 / t), math.floor(y0 / t)
        cx1, cy1 = math.floor(x1 / t), math.floor(y1 / t)
        cells = self._cells
        if cx0 == cx1 and cy0 == cy1:  # most steps: the feet inside one tile
            rects = cells.get((cx0, cy0))
            return list(self._cell_rects(cx0, cy0) if rects is None else rects)
        found: list[pygame.Rect] = []
        for cy in range(cy0, cy1 + 1):
            for cx in range(cx0, cx1 + 1):
                rects = cells.get((cx, cy))
                if rects is None:
                    rects = self._cell_rects(cx, cy)
                if rects:
                    found.extend(rects)
        return found

    def _cell_rects(self, cx: int, cy: int) -> tuple[pygame.Rect, ...]:
        """What is solid in one cell, worked out on first ask and kept (the map is
        static): its tile, the collision rects over it, or the outside of the map."""
        t = self.tile
        if not (0 <= cx < self.cols and 0 <= cy < self.rows):
            return (pygame.Rect(cx * t, cy * t, t, t),)  # outside: not kept, unbounded
        rects = list(self._buckets.get((cx, cy), ()))
        if self.grid[cy][cx]:
            rects.insert(0, pygame.Rect(cx * t, cy * t, t, t))
        kept = self._cells[(cx, cy)] = tuple(rects)
        return kept

    def box_free(self, box: Box, extra: Iterable[pygame.Rect] = ()) -> bool:
        for r in self.solids_near(box.x, box.y, box.right, box.bottom):
            if box.overlaps(r):
                return False
        return not any(box.overlaps(r) for r in extra)


def _allow_x(y: float, left: float, right: float, bottom: float, dx: float,
             solids: list[pygame.Rect]) -> float:
    """How far a box (its edges as floats) may move along x: same sign as dx,
    magnitude <= |dx|. Plain floats, so the hot path builds no box to ask."""
    allowed = dx
    for r in solids:
        if not (y < r.bottom and r.y < bottom):
            continue
        if dx > 0 and r.x >= right - 1e-6:
            allowed = min(allowed, r.x - right)
        elif dx < 0 and r.right <= left + 1e-6:
            allowed = max(allowed, r.right - left)
    return allowed


def _allow_y(x: float, top: float, right: float, bottom: float, dy: float,
             solids: list[pygame.Rect]) -> float:
    allowed = dy
    for r in solids:
        if not (x < r.right and r.x < right):
            continue
        if dy > 0 and r.y >= bottom - 1e-6:
            allowed = min(allowed, r.y - bottom)
        elif dy < 0 and r.bottom <= top + 1e-6:
            allowed = max(allowed, r.bottom - top)
    return allowed


def _sweep_x(box: Box, dx: float, solids: list[pygame.Rect]) -> float:
    """How far the box may move along x (same sign as dx, magnitude <= |dx|)."""
    return _allow_x(box.y, box.x, box.right, box.bottom, dx, solids)


def _sweep_y(box: Box, dy: float, solids: list[pygame.Rect]) -> float:
    return _allow_y(box.x, box.y, box.right, box.bottom, dy, solids)


def move_box(
    world: CollisionWorld, box: Box, dx: float, dy: float, others: Iterable[pygame.Rect] = ()
) -> tuple[Box, bool]:
    """Move `box` by (dx, dy) against the world and `others` (other characters).

    Returns the new box and whether the intended move was blocked on some axis.
    """
    others = others if isinstance(others, list) else list(others)
    x, y, blocked = move_feet(world, box.x, box.y, box.w, box.h, dx, dy, others)
    return Box(x, y, box.w, box.h), blocked


def move_feet(world: CollisionWorld, x: float, y: float, w: float, h: float, dx: float,
              dy: float, others: list[pygame.Rect]) -> tuple[float, float, bool]:
    """`move_box` on plain floats (a walker's step builds no box): the new corner and
    whether the move was blocked. One query covers both axes' sweeps (a rect outside
    either sweep changes nothing in it), padded (PAD) so float rounding of the moved
    edges never drops a cell."""
    right, bottom = x + w, y + h
    # min and max of each edge before and after (x + dx <= x exactly when dx < 0)
    solids = world.solids_near((x + dx if dx < 0 else x) - PAD, (y + dy if dy < 0 else y) - PAD,
                               (right + dx if dx > 0 else right) + PAD,
                               (bottom + dy if dy > 0 else bottom) + PAD)
    if others:
        solids += others
    elif not solids:  # open ground: nothing to sweep against
        return x + dx, y + dy, False
    blocked = False
    nudge_dx = nudge_dy = 0.0
    if dx:
        moved = _allow_x(y, x, right, bottom, dx, solids)
        if moved != dx and abs(moved - dx) > 1e-9:
            blocked = True
            if not dy:
                nudge_dy = _nudge(world, Box(x, y, w, h), others, axis="x",
                                  sign=1 if dx > 0 else -1)
        x = x + moved
        right = x + w
    if dy:
        moved = _allow_y(x, y, right, bottom, dy, solids)
        if moved != dy and abs(moved - dy) > 1e-9:
            blocked = True
            if not dx:
                nudge_dx = _nudge(world, Box(x, y, w, h), others, axis="y",
                                  sign=1 if dy > 0 else -1)
        y = y + moved
    if nudge_dx or nudge_dy:
        box = _apply_nudge(world, Box(x, y, w, h), others, nudge_dx, nudge_dy)
        return box.x, box.y, blocked
    return x, y, blocked


def _nudge(world: CollisionWorld, box: Box, others: list[pygame.Rect], axis: str,
           sign: int) -> float:
    """Sideways direction (-1, 0, +1) that would clear a corner within NUDGE_PIXELS.
    One query covers every probe: a rect that overlaps a probe shares a cell with it,
    so the wider list answers each probe as its own query would."""
    reach = NUDGE_PIXELS + 2
    solids = world.solids_near(box.x - reach, box.y - reach, box.right + reach,
                               box.bottom + reach)
    if others:
        solids += others
    w, h = box.w, box.h
    for offset in range(1, NUDGE_PIXELS + 1):
        for side in (-1, 1):
            if axis == "x":
                px, py = box.x + sign, box.y + side * offset
            else:
                px, py = box.x + side * offset, box.y + sign
            pr, pb = px + w, py + h
            for r in solids:
                if px < r.right and r.x < pr and py < r.bottom and r.y < pb:
                    break
            else:
                return float(side)
    return 0.0


def _apply_nudge(world: CollisionWorld, box: Box, others: list[pygame.Rect], ndx: float,
                 ndy: float) -> Box:
    if ndx:
        step = _sweep_x(box, ndx * NUDGE_SPEED, world.solids_near(
            box.x - 2, box.y, box.right + 2, box.bottom) + others)
        return Box(box.x + step, box.y, box.w, box.h)
    step = _sweep_y(box, ndy * NUDGE_SPEED, world.solids_near(
        box.x, box.y - 2, box.right, box.bottom + 2) + others)
    return Box(box.x, box.y + step, box.w, box.h)
