"""The lights of a map in play: the map's own, indexed once, and those of props on show.

Iterating gives every light, as a plain list would; the renderer asks `near(view)`
instead, so a map with thousands of lamps costs only the ones on screen.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pygame

from game.world.model import Light
from game.world.spatial import SpatialIndex


def light_box(light: Light) -> tuple[int, int, int, int]:
    """The square a light's glow covers."""
    r = light.radius
    return (int(light.x - r), int(light.y - r), 2 * r + 2, 2 * r + 2)


class LightSet:
    def __init__(self, index: SpatialIndex[Light], fixed: Sequence[Light],
                 extra: Sequence[Light]) -> None:
        self._index = index
        self._fixed = fixed
        self._extra = extra

    def __iter__(self) -> Iterator[Light]:
        yield from self._fixed
        yield from self._extra

    def __len__(self) -> int:
        return len(self._fixed) + len(self._extra)

    @property
    def index(self) -> SpatialIndex[Light]:
        """The map's own lights (they never move: the light map keeps them in chunks)."""
        return self._index

    @property
    def extra(self) -> Sequence[Light]:
        """The lights of the props on show (a flag may switch them)."""
        return self._extra

    def near(self, view: pygame.Rect) -> list[Light]:
        """The lights whose glow may reach `view` (a superset; order kept)."""
        return self._index.query(view) + list(self._extra)
