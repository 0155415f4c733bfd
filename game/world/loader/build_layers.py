"""Turn a read map's layers into `MapLayers`: static tiles pre-drawn, animated tiles,
image layers, plus what tiles say about the world (solid cells, lights).

Layers below the one named `sprites` are drawn under characters, those after it
over them; a tile layer named `collision` only marks solid cells.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pygame

from game.core.errors import ContentError
from game.world.layers import AnimatedTile, ImageLayer, MapLayers
from game.world.loader import values
from game.world.loader.reading import ImageLayerSource, MapSource, TileLayer
from game.world.model import Light

SPRITES_LAYER = "sprites"
COLLISION_LAYER = "collision"
OUTSIDE = (26, 15, 31)  # palette "ink", under an opaque ground layer
MAX_DRIFT = 240.0  # px per second: faster than that is a typo, not traffic


@dataclass
class BuiltLayers:
    layers: MapLayers
    solid: list[list[bool]]  # [y][x]
    lights: list[Light]


def build_layers(source: MapSource, palette: dict[str, tuple[int, int, int]]) -> BuiltLayers:
    """Draw every visible layer once; solid cells and lights come from tile properties."""
    ts = source.tile_size
    size = (source.width * ts, source.height * ts)
    below = pygame.Surface(size, pygame.SRCALPHA)
    above = pygame.Surface(size, pygame.SRCALPHA)
    built = BuiltLayers(MapLayers(below=below, above=None),
                        [[False] * source.width for _ in range(source.height)], [])
    result = built.layers
    is_above = used_above = False
    for layer in source.layers:
        lname = layer.name.strip().lower()
        if lname == SPRITES_LAYER:
            is_above = True
            continue
        if not layer.visible and lname != COLLISION_LAYER:
            continue
        if isinstance(layer, TileLayer):
            if lname == COLLISION_LAYER:
                for x, y, _gid in layer.cells():
                    built.solid[y][x] = True
                continue
            modes = layer_modes(layer.properties)
            if modes:  # window shafts by day, moonlight by night: shown with their mode
                result.mode_tiles.append(_mode_tiles(source, layer, size, is_above, modes,
                                                     built, palette))
                continue
            target = above if is_above else below
            anims = result.animated_above if is_above else result.animated_below
            used_above |= is_above
            _draw_tiles(source, layer, target, anims, built, palette)
        elif isinstance(layer, ImageLayerSource):
            result.images.append(_image_layer(source.path, source.name, layer, is_above))
    result.above = _display_format(above, alpha=True) if used_above else None
    below_images = any(not image.above for image in result.images)
    # An opaque copy blits several times faster than per-pixel alpha; only a map
    # with a backdrop under its tiles (the balcony view) needs the holes kept.
    result.below = _display_format(below, alpha=below_images)
    result.opaque_below = not below_images
    return built


def _draw_tiles(source: MapSource, layer: TileLayer, target: pygame.Surface,
                anims: list[AnimatedTile], built: BuiltLayers,
                palette: dict[str, tuple[int, int, int]]) -> None:
    ts = source.tile_size
    opacity = layer.opacity or 1
    for x, y, gid in layer.cells():
        tile = source.tile(gid)
        if tile is None:
            raise ContentError(
                f"{source.name}: layer '{layer.name}' cell ({x}, {y}) uses tile id "
                f"{source.file_gid(gid)} "
                "that no tileset defines")
        props = tile.properties
        if values.flag(props, "solid", False):
            built.solid[y][x] = True
        if props.get("light"):
            radius, colour = values.light(props["light"], palette,
                                          f"{source.name}: tile at ({x}, {y})")
            built.lights.append(Light(x * ts + ts / 2, y * ts + ts / 2, radius, colour))
        px, py = x * ts, y * ts + ts - tile.image.get_height()
        if tile.frames:
            anims.append(AnimatedTile(px, py, tile.frames, tile.durations_ms))
        elif opacity < 1:
            faded = tile.image.copy()
            faded.set_alpha(round(255 * opacity))
            target.blit(faded, (px, py))
        else:
            target.blit(tile.image, (px, py))


def _mode_tiles(source: MapSource, layer: TileLayer, size: tuple[int, int], above: bool,
                modes: tuple[str, ...], built: BuiltLayers,
                palette: dict[str, tuple[int, int, int]]) -> ImageLayer:
    """A tile layer with a `lighting` property, pre-drawn on its own surface and
    blitted over its side's tiles only while one of its modes is on."""
    surface = pygame.Surface(size, pygame.SRCALPHA)
    anims: list[AnimatedTile] = []
    _draw_tiles(source, layer, surface, anims, built, palette)
    for tile in anims:  # light that comes and goes with the hour does not flicker
        surface.blit(tile.frames[0], (tile.x, tile.y))
    return ImageLayer(surface=_display_format(surface, alpha=True), offset=(0.0, 0.0),
                      parallax=(1.0, 1.0), above=above, name=layer.name, lighting=modes)


def layer_modes(properties: dict[str, Any]) -> tuple[str, ...]:
    """A layer's `lighting` property ("day,sunset") as a tuple; empty: always shown."""
    text = str(properties.get("lighting", ""))
    return tuple(m.strip() for m in text.split(",") if m.strip())


def _drift(map_name: str, layer: ImageLayerSource) -> float:
    """`drift` (px per second, |drift| <= MAX_DRIFT): the layer scrolls and wraps."""
    value = layer.properties.get("drift", 0)
    try:
        drift = float(value)
    except (TypeError, ValueError):
        drift = math.nan
    if not math.isfinite(drift) or abs(drift) > MAX_DRIFT:
        raise ContentError(f"{map_name}: image layer '{layer.name}' has drift={value!r}; "
                           f"write a number of pixels per second within +-{MAX_DRIFT:g}")
    return drift


def _image_layer(map_path: Path, map_name: str, layer: ImageLayerSource,
                 above: bool) -> ImageLayer:
    # Read the picture ourselves: pytmx 3.32 numbers image layers like tiles, and a
    # layer whose number matches a tile id in use shows that tile instead.
    source = (map_path.parent / layer.source).resolve()
    try:
        surface = pygame.image.load(str(source)).convert_alpha()
    except (pygame.error, FileNotFoundError, OSError):
        raise ContentError(f"{map_name}: image layer '{layer.name}' needs {layer.source}, "
                           "which cannot be read") from None
    return ImageLayer(
        surface=surface,
        offset=layer.offset,
        parallax=layer.parallax,
        above=above,
        name=layer.name,
        opacity=layer.opacity,
        lighting=layer_modes(layer.properties),
        drift=_drift(map_name, layer),
    )


def _display_format(surface: pygame.Surface, alpha: bool) -> pygame.Surface:
    if alpha:
        return surface.convert_alpha()
    opaque = pygame.Surface(surface.get_size()).convert()
    opaque.fill(OUTSIDE)
    opaque.blit(surface, (0, 0))
    return opaque
