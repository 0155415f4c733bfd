"""A bucket grid over map pixels: what lies in a view, without looping over the map.

Animated tiles and lights on a big map number in the tens of thousands; a frame
only needs the few on screen. Items come back in the order they were added, so
overlapping tiles still draw in the map's order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

import pygame

T = TypeVar("T")
BUCKET = 128  # pixels


class SpatialIndex(Generic[T]):
    """Items with a pixel rect, found by the rects they touch."""

    def __init__(self, entries: Iterable[tuple[T, tuple[int, int, int, int]]] = ()) -> None:
        self._buckets: dict[tuple[int, int], list[tuple[int, T, pygame.Rect]]] = {}
        self._count = 0
        # What the last query's buckets held, kept while the view stays in them.
        self._span: tuple[int, int, int, int] | None = None
        self._near: list[tuple[T, pygame.Rect]] = []
        for item, rect in entries:
            self.add(item, rect)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[T]:
        """Every item, in the order added."""
        seen: dict[int, T] = {}
        for bucket in self._buckets.values():
            for index, item, _box in bucket:
                seen[index] = item
        return iter([seen[i] for i in sorted(seen)])

    def add(self, item: T, rect: tuple[int, int, int, int]) -> None:
        box = pygame.Rect(rect)
        entry = (self._count, item, box)
        self._count += 1
        self._span = None
        for by in range(box.top // BUCKET, (box.bottom - 1) // BUCKET + 1):
            for bx in range(box.left // BUCKET, (box.right - 1) // BUCKET + 1):
                self._buckets.setdefault((bx, by), []).append(entry)

    def span(self, view: pygame.Rect) -> tuple[int, int, int, int]:
        """The buckets `view` touches: (left, top, right, bottom), inclusive."""
        return (view.left // BUCKET, view.top // BUCKET, (view.right - 1) // BUCKET,
                (view.bottom - 1) // BUCKET)

    def gathered(self, view: pygame.Rect) -> list[tuple[T, pygame.Rect]]:
        """Items and their rects in the buckets `view` touches (a superset of what it
        meets), in the order added: the same list while the view stays in them."""
        span = self.span(view)
        if span != self._span:  # the camera crossed a bucket edge: gather afresh
            found: dict[int, tuple[T, pygame.Rect]] = {}
            buckets = self._buckets
            for by in range(span[1], span[3] + 1):
                for bx in range(span[0], span[2] + 1):
                    for index, item, box in buckets.get((bx, by), ()):
                        found[index] = (item, box)
            self._span = span
            self._near = [found[index] for index in sorted(found)]
        return self._near

    def query(self, view: pygame.Rect) -> list[T]:
        """Items whose rect meets `view`, in the order they were added."""
        return [item for item, box in self.gathered(view) if view.colliderect(box)]
