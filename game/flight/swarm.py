"""One side's bullets as NumPy arrays, moved, culled and collided an array at a time.

Why arrays: at 3,000 bullets a step, even list-at-a-time Python (`map`, `compress`,
a grid key a bullet) cost about 2.5 ms of a frame for moving, culling, compacting
and the hit test. Here each of those is a handful of array operations, and Python
code runs only per hit. The numbers are the same IEEE doubles from the same
operations in the same order as the one-object-per-bullet loop gave (float64 `+`,
`-`, `*` round exactly as Python floats do), so a replay plays out identically
(the flight's replay tests). Only the flight imports NumPy, and never on the
title's path (`tests/content/test_fast_start.py`).

`Bullet` stays the way code makes one (`swarm.append(Bullet(...))`) and reads one
(iterating a swarm yields copies of the live bullets). Appends wait in a short list
and join the arrays at the next read, so a volley of three costs no array copies.

Each entry has a state: LIVE; DEAD (it hit something: `not bullet.alive` in the
old terms); or OFF (taken off the field, by `clear()` or a hit's breather, but not
spent: a collision loop already under way still sees it as unspent, as it saw a
removed object). Dead and off entries stay until `compact()`, so indices handed
out by `pairs()` stay valid through a collision loop.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from game.flight.entities import BULLET_RADIUS, Bullet
from game.flight.spatial import Body

T = TypeVar("T", bound=Body)
S = TypeVar("S")
Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

LIVE, DEAD, OFF = 1, 0, 2
CELL = 16  # px: a drone's circle covers about four cells, a bullet tests ~2 ships
FEW = 6  # up to this many targets (the player, wingmen), every pair is tested: no grid
SMALL = 6000  # so is a table of up to this many pairs (few shots at a fleet)
SLACK = 1.0  # px added to a target's reach in the grid: the grid only picks candidates
#: a bullet's radius by its image number
RADII = np.array([BULLET_RADIUS.get(i, 0.0) for i in range(max(BULLET_RADIUS) + 1)])


class Swarm:
    """Bullets of one side; `x[i]`, `y[i]`... describe bullet `i`."""

    __slots__ = ("_damage", "_frame", "_new", "_spent", "_state", "_vx", "_vy", "_x", "_y")

    def __init__(self) -> None:
        self._x: Floats = np.empty(0)
        self._y: Floats = np.empty(0)
        self._vx: Floats = np.empty(0)
        self._vy: Floats = np.empty(0)
        self._frame: Ints = np.empty(0, np.int64)  # which image; the radius follows
        self._damage: Ints = np.empty(0, np.int64)
        self._state: Ints = np.empty(0, np.int64)
        self._spent = 0  # entries not LIVE, waiting for compact()
        self._new: list[tuple[float, float, float, float, int, int, int]] = []

    # -- the arrays (appends join them first) -------------------------------------------
    def _join(self) -> None:
        """Move the waiting appends onto the ends of the arrays."""
        rows = self._new
        if not rows:
            return
        cols = list(zip(*rows, strict=True))
        self._new = []
        self._x = np.concatenate((self._x, np.array(cols[0], np.float64)))
        self._y = np.concatenate((self._y, np.array(cols[1], np.float64)))
        self._vx = np.concatenate((self._vx, np.array(cols[2], np.float64)))
        self._vy = np.concatenate((self._vy, np.array(cols[3], np.float64)))
        self._frame = np.concatenate((self._frame, np.array(cols[4], np.int64)))
        self._damage = np.concatenate((self._damage, np.array(cols[5], np.int64)))
        self._state = np.concatenate((self._state, np.array(cols[6], np.int64)))

    @property
    def x(self) -> Floats:
        self._join()
        return self._x

    @property
    def y(self) -> Floats:
        self._join()
        return self._y

    @property
    def state(self) -> Ints:
        self._join()
        return self._state

    @property
    def damage(self) -> Ints:
        self._join()
        return self._damage

    # -- the list-like face ------------------------------------------------------------
    def append(self, bullet: Bullet) -> None:
        self._new.append((bullet.x, bullet.y, bullet.vx, bullet.vy, bullet.frame,
                          bullet.damage, LIVE if bullet.alive else DEAD))
        if not bullet.alive:
            self._spent += 1

    def __len__(self) -> int:
        return len(self._x) + len(self._new) - self._spent

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[Bullet]:
        """Copies of the live bullets, in order (for reading: changing one changes
        nothing here)."""
        for i in self.live_indices():
            yield self.bullet(i)

    def bullet(self, i: int) -> Bullet:
        self._join()
        shot = Bullet(float(self._x[i]), float(self._y[i]), float(self._vx[i]),
                      float(self._vy[i]), int(self._frame[i]), int(self._damage[i]))
        shot.alive = bool(self._state[i] != DEAD)
        return shot

    def live_indices(self) -> Sequence[int]:
        self._join()
        if not self._spent:
            return range(len(self._x))
        indices: list[int] = np.flatnonzero(self._state == LIVE).tolist()
        return indices

    def clear(self) -> None:
        """Every bullet off the field (lazily: see the module note)."""
        self._join()
        state = self._state
        state[state == LIVE] = OFF
        self._spent = len(state)

    def kill(self, i: int) -> None:
        """Bullet `i` hit something."""
        self._join()
        was = self._state[i]
        if was != DEAD:
            if was == LIVE:
                self._spent += 1
            self._state[i] = DEAD

    def take_off_near(self, x: float, y: float, radius: float) -> None:
        """Lift the live bullets within `radius` of (x, y) off the field (a hit's
        breather); the old rule kept a bullet when its squared distance was larger.
        The arrays pick the bullets in a box around the circle; the exact test is
        the old one, on Python floats (`** 2` is libm's pow, not a product)."""
        self._join()
        xs, ys, state = self._x, self._y, self._state
        reach = radius + SLACK
        near = np.flatnonzero((state == LIVE) & (np.abs(xs - x) <= reach)
                              & (np.abs(ys - y) <= reach)).tolist()
        limit = radius * radius
        for i in near:
            if (float(xs[i]) - x) ** 2 + (float(ys[i]) - y) ** 2 <= limit:
                state[i] = OFF
                self._spent += 1

    def compact(self) -> None:
        """Drop the dead and the taken-off entries."""
        self._join()
        if not self._spent:
            return
        keep = self._state == LIVE
        self._x, self._y = self._x[keep], self._y[keep]
        self._vx, self._vy = self._vx[keep], self._vy[keep]
        self._frame, self._damage = self._frame[keep], self._damage[keep]
        self._state = self._state[keep]
        self._spent = 0

    # -- a step -----------------------------------------------------------------------------
    def move(self) -> None:
        """Every bullet one step along its velocity (x += vx, as doubles, in order)."""
        self._join()
        self._x = self._x + self._vx
        self._y = self._y + self._vy

    def leaving(self, left: float, top: float, right: float, bottom: float) -> list[int]:
        """Live bullets outside the open box (left, right) x (top, bottom), in order;
        marked dead (the caller may report where they went)."""
        self._join()
        xs, ys, state = self._x, self._y, self._state
        if not len(xs):
            return []
        out = (xs <= left) | (xs >= right) | (ys <= top) | (ys >= bottom)
        out &= state == LIVE
        gone: list[int] = np.flatnonzero(out).tolist()
        if gone:
            state[out] = DEAD
            self._spent += len(gone)
        return gone

    def pairs(self, targets: Sequence[T], margin: float,
              cell: int = CELL) -> list[tuple[int, T]]:
        """(bullet index, target) of every live bullet touching a target, bullets in
        order and each bullet's targets in their order: what testing every bullet
        against every target finds (`spatial.brute_force_pairs`). Beyond FEW
        targets and SMALL pairs, through a grid: each target is listed in every
        cell its circle, grown by `margin` (at least the largest bullet radius) and
        SLACK, covers, and a live bullet meets the targets of its own cell. The
        exact test is the old one (dx * dx + dy * dy < reach * reach), on those
        pairs alone."""
        self._join()
        xs, ys = self._x, self._y
        if not targets or not len(xs):
            return []
        tx = np.array([body.x for body in targets], np.float64)  # three passes: faster
        ty = np.array([body.y for body in targets], np.float64)  # than one of tuples
        tr = np.array([body.r for body in targets], np.float64)
        rows = np.flatnonzero(self._state == LIVE) if self._spent else np.arange(len(xs))
        if len(targets) <= FEW or len(rows) * len(targets) <= SMALL:  # test every pair
            dx = xs[rows, None] - tx
            dy = ys[rows, None] - ty
            reach = RADII[self._frame[rows], None] + tr
            hit = np.flatnonzero(dx * dx + dy * dy < reach * reach)
            pairs = zip(rows[hit // len(targets)].tolist(),
                        map(targets.__getitem__, (hit % len(targets)).tolist()), strict=True)
            return list(pairs)
        keys, owners, width, height, left, top = _cells(tx, ty, tr + (margin + SLACK),
                                                         float(cell))
        cx = np.floor(xs[rows] / cell) - left
        cy = np.floor(ys[rows] / cell) - top
        on_grid = (cx >= 0) & (cx < width) & (cy >= 0) & (cy < height)
        cells = width * height  # and one more, empty, for every bullet off the grid
        mine = np.where(on_grid, cy * width + cx, float(cells)).astype(np.int64)
        counts = np.bincount(keys, minlength=cells + 1)  # entries a cell
        many = counts[mine]
        first = (np.cumsum(counts) - counts)[mine]  # where its cell's entries start
        near = many > 0
        rows, first, many = rows[near], first[near], many[near]
        if not len(rows):
            return []
        # one entry a (bullet, target of its cell): bullets in order, targets in order
        bullet = np.repeat(rows, many)
        target = owners[np.arange(len(bullet)) - np.repeat(np.cumsum(many) - many - first,
                                                           many)]
        dx = xs[bullet] - tx[target]
        dy = ys[bullet] - ty[target]
        reach = RADII[self._frame[bullet]] + tr[target]
        hit = dx * dx + dy * dy < reach * reach
        found: list[int] = bullet[hit].tolist()
        return list(zip(found, map(targets.__getitem__, target[hit].tolist()), strict=True))

    def blits(self, frames: Sequence[S], half: int, ox: int, oy: int
              ) -> Iterator[tuple[S, tuple[float, float]]]:
        """(image, top-left) of every live bullet, for one `fblits` call to consume.
        The corner stays a float: the blit truncates it, which is `int(x) - half` for
        every bullet whose image starts inside the field (at its very edge, a pixel
        over)."""
        self._join()
        xs, ys, fr = self._x, self._y, self._frame
        if self._spent:
            keep = self._state == LIVE
            xs, ys, fr = xs[keep], ys[keep], fr[keep]
        corners = zip((xs + (ox - half)).tolist(), (ys + (oy - half)).tolist(), strict=True)
        return zip(map(frames.__getitem__, fr.tolist()), corners, strict=True)


def _cells(tx: Floats, ty: Floats, reach: Floats, size: float
           ) -> tuple[Ints, Ints, int, int, float, float]:
    """The grid of the targets' grown circles: every (cell, target) entry, sorted by
    cell and, within a cell, in target order (keys, owners); the grid's width and
    height in cells and its top-left cell. A cell is `row * width + column`,
    counted from the top-left."""
    x0, x1 = np.floor((tx - reach) / size), np.floor((tx + reach) / size)
    y0, y1 = np.floor((ty - reach) / size), np.floor((ty + reach) / size)
    left, top = float(x0.min()), float(y0.min())
    width, height = int(x1.max() - left) + 1, int(y1.max() - top) + 1
    wide = (x1 - x0 + 1).astype(np.int64)
    count = wide * (y1 - y0 + 1).astype(np.int64)
    owner = np.repeat(np.arange(len(tx)), count)
    step = np.arange(len(owner)) - np.repeat(np.cumsum(count) - count, count)
    column = np.repeat((x0 - left).astype(np.int64), count) + step % np.repeat(wide, count)
    row = np.repeat((y0 - top).astype(np.int64), count) + step // np.repeat(wide, count)
    keys = row * width + column
    order = np.argsort(keys, kind="stable")
    return keys[order], owner[order], width, height, left, top


#: the largest radius any bullet has (the grid's margin)
MAX_RADIUS = max(BULLET_RADIUS.values())

__all__ = ["DEAD", "LIVE", "MAX_RADIUS", "OFF", "Swarm"]
