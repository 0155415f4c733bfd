"""A bucket grid over map pixels: what lies in a view, without looping over the map.

Animated tiles and lights on a big map number in the tens of thousands; a frame
only needs the few on screen. Items come back in the order they were added, so
overlapping tiles still draw in the map's order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

import pygame

T = TypeVar("T")
BUCKET = 128  # pixels


class SpatialIndex(Generic[T]):
    """Items with a pixel rect, found by the rects they touch."""

    def __init__(self, entries: Iterable[tuple[T, tuple[int, int, int, int]]] = ()) -> None:
        self._buckets: dict[tuple[int, int], list[tuple[int, T, pygame.Rect]]] = {}
        self._count = 0
        for item, rect in entries:
            self.add(item, rect)

    def __len__(self) -> int:
        return self._count

    def add(self, item: T, rect: tuple[int, int, int, int]) -> None:
        box = pygame.Rect(rect)
        entry = (self._count, item, box)
        self._count += 1
        for by in range(box.top // BUCKET, (box.bottom - 1) // BUCKET + 1):
            for bx in range(box.left // BUCKET, (box.right - 1) // BUCKET + 1):
                self._buckets.setdefault((bx, by), []).append(entry)

    def query(self, view: pygame.Rect) -> list[T]:
        """Items whose rect meets `view`, in the order they were added."""
        found: dict[int, tuple[T, pygame.Rect]] = {}
        buckets = self._buckets
        for by in range(view.top // BUCKET, (view.bottom - 1) // BUCKET + 1):
            for bx in range(view.left // BUCKET, (view.right - 1) // BUCKET + 1):
                for index, item, box in buckets.get((bx, by), ()):
                    found[index] = (item, box)
        return [item for index, (item, box) in sorted(found.items())
                if view.colliderect(box)]
