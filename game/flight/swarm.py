"""One side's bullets as parallel lists, moved, culled and collided a list at a time.

Why not one object per bullet: at 3,000 bullets a step, a Python loop that touches
every bullet's attributes (move, cull, look up its grid cell, build its blit) cost
about 6 ms of a frame. Here each of those is a `map`/`compress` over whole lists,
which runs at C speed, and Python code runs only for the few bullets near a target.
The numbers are the same floats in the same order as the one-object-per-bullet
loop gave, so a replay plays out identically (the flight's replay tests).

`Bullet` stays the way code makes one (`swarm.append(Bullet(...))`) and reads one
(iterating a swarm yields copies of the live bullets).

Each entry has a state: LIVE; DEAD (it hit something: `not bullet.alive` in the
old terms); or OFF (taken off the field, by `clear()` or a hit's breather, but not
spent: a collision loop already under way still sees it as unspent, as it saw a
removed object). Dead and off entries stay until `compact()`, so indices handed
out by `pairs()` stay valid through a collision loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, count, repeat
from operator import add, eq
from typing import TypeVar

from game.flight.entities import BULLET_RADIUS, Bullet
from game.flight.spatial import Body

T = TypeVar("T", bound=Body)
S = TypeVar("S")

LIVE, DEAD, OFF = 1, 0, 2
CELL = 16  # px: a drone's circle covers about four cells, a bullet tests ~2 ships
FEW_GONE = 96  # up to this many spent bullets are deleted in place, more rebuild the lists
FEW = 6  # up to this many targets, bands of height beat a grid (the player, wingmen)
ROW = 4096.0  # a cell's key is column * ROW + row (the field has 17 rows, a few more off it)


class Swarm:
    """Bullets of one side; `x[i]`, `y[i]`... describe bullet `i`."""

    __slots__ = ("_gone", "_spent", "damage", "frame", "state", "vx", "vy", "x", "y")

    def __init__(self) -> None:
        self.x: list[float] = []
        self.y: list[float] = []
        self.vx: list[float] = []
        self.vy: list[float] = []
        self.frame: list[int] = []  # which image; the radius follows from it
        self.damage: list[int] = []
        self.state: list[int] = []
        self._spent = 0  # entries not LIVE, waiting for compact()
        self._gone: list[int] = []  # their indices, in the order they stopped being LIVE

    # -- the list-like face ------------------------------------------------------------
    def append(self, bullet: Bullet) -> None:
        self.x.append(bullet.x)
        self.y.append(bullet.y)
        self.vx.append(bullet.vx)
        self.vy.append(bullet.vy)
        self.frame.append(bullet.frame)
        self.damage.append(bullet.damage)
        self.state.append(LIVE if bullet.alive else DEAD)
        if not bullet.alive:
            self._spent += 1
            self._gone.append(len(self.x) - 1)

    def __len__(self) -> int:
        return len(self.x) - self._spent

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[Bullet]:
        """Copies of the live bullets, in order (for reading: changing one changes
        nothing here)."""
        for i in self.live_indices():
            yield self.bullet(i)

    def bullet(self, i: int) -> Bullet:
        shot = Bullet(self.x[i], self.y[i], self.vx[i], self.vy[i], self.frame[i],
                      self.damage[i])
        shot.alive = self.state[i] != DEAD
        return shot

    def live_indices(self) -> Sequence[int]:
        if not self._spent:
            return range(len(self.x))
        return list(compress(count(), map(eq, self.state, repeat(LIVE))))

    def clear(self) -> None:
        """Every bullet off the field (lazily: see the module note)."""
        state = self.state
        for i, s in enumerate(state):
            if s == LIVE:
                state[i] = OFF
                self._gone.append(i)
        self._spent = len(state)

    def kill(self, i: int) -> None:
        """Bullet `i` hit something."""
        if self.state[i] != DEAD:
            if self.state[i] == LIVE:
                self._spent += 1
                self._gone.append(i)
            self.state[i] = DEAD

    def take_off_near(self, x: float, y: float, radius: float) -> None:
        """Lift the live bullets within `radius` of (x, y) off the field (a hit's
        breather); the old rule kept a bullet when its squared distance was larger."""
        state, xs, ys, limit = self.state, self.x, self.y, radius * radius
        for i in self.live_indices():
            if (xs[i] - x) ** 2 + (ys[i] - y) ** 2 <= limit:
                state[i] = OFF
                self._spent += 1
                self._gone.append(i)

    def compact(self) -> None:
        """Drop the dead and the taken-off entries: a few are deleted where they
        stand, many by rebuilding the lists."""
        if not self._spent:
            return
        lists = (self.x, self.y, self.vx, self.vy, self.frame, self.damage, self.state)
        if self._spent == len(self.x):
            for values in lists:
                values.clear()
        elif self._spent <= FEW_GONE:
            for i in sorted(self._gone, reverse=True):
                for values in lists:
                    del values[i]
        else:
            self._rebuild()
        self._spent = 0
        self._gone.clear()

    def _rebuild(self) -> None:
        keep = list(map(eq, self.state, repeat(LIVE)))
        self.x = list(compress(self.x, keep))
        self.y = list(compress(self.y, keep))
        self.vx = list(compress(self.vx, keep))
        self.vy = list(compress(self.vy, keep))
        self.frame = list(compress(self.frame, keep))
        self.damage = list(compress(self.damage, keep))
        self.state = [LIVE] * len(self.x)

    # -- a step -----------------------------------------------------------------------------
    def move(self) -> None:
        """Every bullet one step along its velocity (x += vx, as floats, in order)."""
        self.x = list(map(add, self.x, self.vx))
        self.y = list(map(add, self.y, self.vy))

    def leaving(self, left: float, top: float, right: float, bottom: float) -> list[int]:
        """Live bullets outside the open box (left, right) x (top, bottom), in order;
        marked dead (the caller may report where they went). `min`/`max` tell which
        edges some bullet crossed; only those are searched, one comparison a bullet
        and an edge (shots leave at the top, the enemies' at the bottom and a side)."""
        xs, ys = self.x, self.y
        if not xs:
            return []
        found: list[list[int]] = []
        if min(xs) <= left:
            found.append([i for i, v in enumerate(xs) if v <= left])
        if max(xs) >= right:
            found.append([i for i, v in enumerate(xs) if v >= right])
        if min(ys) <= top:
            found.append([i for i, v in enumerate(ys) if v <= top])
        if max(ys) >= bottom:
            found.append([i for i, v in enumerate(ys) if v >= bottom])
        if not found:
            return []
        out = found[0] if len(found) == 1 else sorted(set().union(*found))
        state = self.state
        gone = [i for i in out if state[i] == LIVE]
        for i in gone:
            self.kill(i)
        return gone

    def pairs(self, targets: Sequence[T], margin: float,
              cell: int = CELL) -> list[tuple[int, T]]:
        """(bullet index, target) of every live bullet touching a target, bullets in
        order and each bullet's targets in their order: what testing every bullet
        against every target finds (`spatial.brute_force_pairs`), through a grid.
        `margin` is at least the largest bullet radius."""
        if not targets or not self.x:
            return []
        bodies = [(body.x, body.y, body.r, body) for body in targets]
        if len(targets) <= FEW:
            candidates = self._near_rows(targets, margin)
            cells: dict[float, list[tuple[float, float, float, T]]] | None = None
        else:
            size = float(cell)
            cells = {}
            for body in bodies:  # each cell's list stays in target order
                reach = body[2] + margin
                x0, x1 = (body[0] - reach) // size, (body[0] + reach) // size
                y0, y1 = (body[1] - reach) // size, (body[1] + reach) // size
                cx = x0
                while cx <= x1:
                    cy = y0
                    while cy <= y1:
                        cells.setdefault(cx * ROW + cy, []).append(body)
                        cy += 1.0
                    cx += 1.0
            # every bullet's cell, one float (floor division, like the targets'): no tuple
            # to build and hash. A far-off spent bullet may share a key: it only adds a
            # candidate, which the state and the exact test then drop.
            keys = [x // size * ROW + y // size for x, y in zip(self.x, self.y, strict=True)]
            candidates = compress(count(), map(cells.__contains__, keys))
        xs, ys, frames, state = self.x, self.y, self.frame, self.state
        found: list[tuple[int, T]] = []
        for i in candidates:
            if state[i] != LIVE:
                continue
            x, y, r = xs[i], ys[i], BULLET_RADIUS[frames[i]]
            for tx, ty, tr, target in (bodies if cells is None else cells[keys[i]]):
                dx = x - tx
                dy = y - ty
                reach = r + tr
                if dx * dx + dy * dy < reach * reach:
                    found.append((i, target))
        return found

    def _near_rows(self, targets: Sequence[Body], margin: float) -> Iterable[int]:
        """Bullets whose height is within reach of one of a few targets (the player
        and the wingmen): a band of rows each, one list pass a target."""
        ys = self.y
        rows: set[int] = set()
        for body in targets:
            reach = body.r + margin
            low, high = body.y - reach, body.y + reach
            rows.update([i for i, y in enumerate(ys) if low <= y <= high])
        return sorted(rows)

    def blits(self, frames: Sequence[S], half: int, ox: int, oy: int
              ) -> Iterator[tuple[S, tuple[float, float]]]:
        """(image, top-left) of every live bullet, for one `fblits` call to consume
        (an iterator: no list of 3,000 pairs is built, the pairs are reused). The corner
        stays a float: the blit truncates it, which is `int(x) - half` for every
        bullet whose image starts inside the field (at its very edge, a pixel over)."""
        xs, ys, fr = self.x, self.y, self.frame
        if self._spent:
            keep = list(map(eq, self.state, repeat(LIVE)))
            xs, ys, fr = (list(compress(xs, keep)), list(compress(ys, keep)),
                          list(compress(fr, keep)))
        corners = zip(map(add, xs, repeat(ox - half)), map(add, ys, repeat(oy - half)),
                      strict=True)
        return zip(map(frames.__getitem__, fr), corners, strict=True)


#: the largest radius any bullet has (the grid's margin)
MAX_RADIUS = max(BULLET_RADIUS.values())
