"""The slow, obvious ways the renderer's tests compare its pictures with: every tile
blended onto one map-size surface, every glow drawn one by one into a light map."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pygame

from game.world.light_map import LightMap
from game.world.loader.map_source import TileLayer
from game.world.loader.reading import read_map
from game.world.model import Light


def tiles_blended(path: Path, below: bool) -> pygame.Surface:
    """Every static tile of one side of `sprites` blitted in layer and row order onto
    one clear map-size surface (the way the loader drew maps before chunks), with the
    layers the game draws otherwise left out: hidden, lit by an hour, the collision
    layer, and parallax layers (drawn as backdrops)."""
    source = read_map(path)
    ts = source.tile_size
    canvas = pygame.Surface((source.width * ts, source.height * ts), pygame.SRCALPHA)
    side_below = True
    for layer in source.layers:
        if layer.name.strip().lower() == "sprites":
            side_below = False
            continue
        if not isinstance(layer, TileLayer) or side_below != below or not layer.visible \
                or layer.properties.get("lighting") or layer.name == "collision" \
                or layer.parallax != (1.0, 1.0):
            continue
        for x, y, gid in layer.cells():
            tile = source.tile(gid)
            assert tile is not None
            if not tile.frames:
                canvas.blit(tile.image, (x * ts, y * ts + ts - tile.image.get_height()))
    return canvas


def add_every_glow(canvas: pygame.Surface, lights: Iterable[Light], view: pygame.Rect,
                   glows: LightMap, strength: int) -> None:
    """Each light's glow drawn one by one into a black light map, met by the brightest
    value, and the map added onto `canvas` (the renderer before its light chunks)."""
    lightmap = pygame.Surface(canvas.get_size())
    lightmap.fill((0, 0, 0))
    for light in lights:
        r = light.radius
        if view.colliderect((light.x - r, light.y - r, 2 * r, 2 * r)):
            lightmap.blit(glows.glow(r, light.colour, strength),
                          (round(light.x - r) - view.x, round(light.y - r) - view.y),
                          special_flags=pygame.BLEND_RGB_MAX)
    canvas.blit(lightmap, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
