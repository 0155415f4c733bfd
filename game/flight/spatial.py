"""A uniform grid so collision cost grows with bullets, not bullets x ships.

Targets (ships, the player) are few and large; bullets are many and small. Each
step the targets are written into every cell their circle, grown by the largest
bullet radius, touches; each bullet then looks only in the one cell under its
centre. That is one dictionary lookup per bullet instead of a test against every
target, and it finds exactly the pairs a brute-force check finds (a property
test holds the two to the same answer).

The battle's bullets use the same scheme on their NumPy arrays
(`Swarm.pairs` in swarm.py); `SpatialGrid` stays as the object version of it, and
`brute_force_pairs` as the reference both are tested against and the benchmark's
all-pairs baseline.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

DEFAULT_CELL = 32


class Body(Protocol):
    """Anything with a circle: centre and radius in logical pixels."""

    x: float
    y: float
    r: float


def touching(a: Body, b: Body) -> bool:
    """Circles overlap (strictly: grazing edges do not count as a hit)."""
    dx = a.x - b.x
    dy = a.y - b.y
    reach = a.r + b.r
    return dx * dx + dy * dy < reach * reach


class SpatialGrid:
    """Targets bucketed by cell; rebuilt each step (cheaper than moving them)."""

    def __init__(self, cell: int = DEFAULT_CELL) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], list[int]] = {}
        self._items: list[Body] = []

    def build(self, targets: Sequence[Body], margin: float) -> None:
        """Index `targets`, each grown by `margin` (the largest radius queried with)."""
        cells: dict[tuple[int, int], list[int]] = {}
        size = self.cell
        for index, body in enumerate(targets):
            reach = body.r + margin
            x0 = int((body.x - reach) // size)
            x1 = int((body.x + reach) // size)
            y0 = int((body.y - reach) // size)
            y1 = int((body.y + reach) // size)
            for cy in range(y0, y1 + 1):
                for cx in range(x0, x1 + 1):
                    bucket = cells.get((cx, cy))
                    if bucket is None:
                        cells[(cx, cy)] = [index]
                    else:
                        bucket.append(index)
        self._cells = cells
        self._items = list(targets)

    def near(self, x: float, y: float) -> list[int]:
        """Indices of targets that may touch a small body centred at (x, y)."""
        return self._cells.get((int(x // self.cell), int(y // self.cell)), [])

    def hits(self, body: Body) -> Iterable[int]:
        """Indices of targets that really touch `body` (radius <= the build margin)."""
        items = self._items
        for index in self.near(body.x, body.y):
            if touching(body, items[index]):
                yield index


    def pairs(self, movers: Sequence[Body]) -> list[tuple[int, int]]:
        """(mover index, target index) of every touching pair, movers in order: `hits`
        for each mover, written out as one loop (3,000 bullets a step)."""
        cells, items, size = self._cells, self._items, self.cell
        found: list[tuple[int, int]] = []
        for m, mover in enumerate(movers):
            bucket = cells.get((int(mover.x // size), int(mover.y // size)))
            if bucket is None:
                continue
            x, y, r = mover.x, mover.y, mover.r
            for index in bucket:
                target = items[index]
                dx = x - target.x
                dy = y - target.y
                reach = r + target.r
                if dx * dx + dy * dy < reach * reach:
                    found.append((m, index))
        return found


def grid_pairs(movers: Sequence[Body], targets: Sequence[Body],
               cell: int = DEFAULT_CELL) -> set[tuple[int, int]]:
    """(mover index, target index) for every touching pair, through the grid."""
    grid = SpatialGrid(cell)
    grid.build(targets, max((m.r for m in movers), default=0.0))
    return set(grid.pairs(movers))


def brute_force_pairs(movers: Sequence[Body], targets: Sequence[Body]) -> set[tuple[int, int]]:
    """The all-pairs reference the grid must agree with (and the benchmark's baseline)."""
    return {(i, j) for i, m in enumerate(movers) for j, t in enumerate(targets) if touching(m, t)}
