"""Turn a read map's layers into `MapLayers`: static tiles pre-drawn, animated tiles,
image layers, plus what tiles say about the world (solid cells, lights).

Layers below the one named `sprites` are drawn under characters, those after it
over them; a tile layer named `collision` only marks solid cells.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
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
            if layer.parallax != (1.0, 1.0):
                result.images.append(_parallax_tiles(source, layer, size, is_above, built,
                                                     palette, source.parallax_origin))
                continue
            target = above if is_above else below
            anims = result.animated_above if is_above else result.animated_below
            used_above |= is_above
            _draw_tiles(source, layer, target, anims, built, palette)
        elif isinstance(layer, ImageLayerSource):
            result.images.append(_image_layer(source, layer, is_above))
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
    dx, dy = round(layer.offset[0]), round(layer.offset[1])
    styled = _TileStyle(layer.tint, layer.opacity)
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
        px, py = x * ts + dx, y * ts + ts - tile.image.get_height() + dy
        if tile.frames:
            anims.append(AnimatedTile(px, py, tuple(styled(f) for f in tile.frames),
                                      tile.durations_ms))
        else:
            target.blit(styled(tile.image), (px, py))


class _TileStyle:
    """A layer's tint colour and opacity baked into its tiles, each picture once.

    Tiled multiplies every pixel by the tint (alpha too) and then by the opacity."""

    def __init__(self, tint: tuple[int, int, int, int], opacity: float) -> None:
        alpha = round(tint[3] * max(0.0, min(1.0, opacity)))
        self.colour = (tint[0], tint[1], tint[2], alpha)
        self.plain = self.colour == (255, 255, 255, 255)
        self._done: dict[int, pygame.Surface] = {}

    def __call__(self, image: pygame.Surface) -> pygame.Surface:
        if self.plain:
            return image
        done = self._done.get(id(image))
        if done is None:
            done = image.convert_alpha() if pygame.display.get_surface() else image.copy()
            done.fill(self.colour, special_flags=pygame.BLEND_RGBA_MULT)
            self._done[id(image)] = done
        return done


def _parallax_tiles(source: MapSource, layer: TileLayer, size: tuple[int, int], above: bool,
                    built: BuiltLayers, palette: dict[str, tuple[int, int, int]],
                    origin: tuple[float, float]) -> ImageLayer:
    """A tile layer with a parallax factor: pre-drawn on its own surface that moves like
    an image layer (drawn behind, or over, all tiles of its side of `sprites`)."""
    surface = pygame.Surface(size, pygame.SRCALPHA)
    anims: list[AnimatedTile] = []
    _draw_tiles(source, layer, surface, anims, built, palette)
    for tile in anims:  # a moving backdrop keeps its first frame
        surface.blit(tile.frames[0], (tile.x, tile.y))
    return ImageLayer(surface=_display_format(surface, alpha=True), offset=(0.0, 0.0),
                      parallax=layer.parallax, above=above, name=layer.name,
                      parallax_origin=origin)


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


def _image_layer(map_source: MapSource, layer: ImageLayerSource, above: bool) -> ImageLayer:
    # Read the picture ourselves: pytmx 3.32 numbers image layers like tiles, and a
    # layer whose number matches a tile id in use shows that tile instead.
    map_name = map_source.name
    source = (map_source.path.parent / layer.source).resolve()
    try:
        surface = pygame.image.load(str(source)).convert_alpha()
    except (pygame.error, FileNotFoundError, OSError):
        raise ContentError(f"{map_name}: image layer '{layer.name}' needs {layer.source}, "
                           "which cannot be read") from None
    if layer.tint != (255, 255, 255, 255):
        surface.fill(layer.tint, special_flags=pygame.BLEND_RGBA_MULT)
    return ImageLayer(
        surface=surface,
        offset=layer.offset,
        parallax=layer.parallax,
        above=above,
        name=layer.name,
        opacity=layer.opacity,
        lighting=layer_modes(layer.properties),
        drift=_drift(map_name, layer),
        parallax_origin=map_source.parallax_origin,
    )


def _display_format(surface: pygame.Surface, alpha: bool) -> pygame.Surface:
    if alpha:
        return surface.convert_alpha()
    opaque = pygame.Surface(surface.get_size()).convert()
    opaque.fill(OUTSIDE)
    opaque.blit(surface, (0, 0))
    return opaque
