"""Tile layers that come and go with the story: a tile layer with a `when` condition.

A landed ship, a barricade across a street, a banquet laid on many tables: painted as
ordinary tiles on a layer of their own, with the layer's `when` property saying when
they are there. While the condition holds the layer is drawn over its side's tiles
(below or above `sprites`), its animated tiles turn, its tiles' lights glow and its
solid tiles stop the player, like a solid prop; while it does not, the layer is not
there at all. The condition is looked at when the world's props are (a flag changed,
a scene changed the scenery), never every frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.world.chunks import ChunkedLayer
from game.world.conditions import Condition
from game.world.layers import AnimatedTile
from game.world.model import Light
from game.world.spatial import SpatialIndex


@dataclass(frozen=True)
class WhenTiles:
    """One tile layer with a `when` property, ready to draw, light and block."""

    surface: ChunkedLayer
    animated: SpatialIndex[AnimatedTile]
    above: bool  # after `sprites`: drawn over the characters
    name: str
    when: Condition
    solid: tuple[pygame.Rect, ...]  # its solid tiles, row runs merged
    lights: tuple[Light, ...]  # the glows of its lit tiles


def solid_runs(cells: list[list[bool]], tile: int) -> tuple[pygame.Rect, ...]:
    """Each row's runs of solid cells as one rectangle a run (a ship's hull is a few
    rectangles, not a hundred)."""
    runs: list[pygame.Rect] = []
    for y, row in enumerate(cells):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            runs.append(pygame.Rect(start * tile, y * tile, (x - start) * tile, tile))
    return tuple(runs)
