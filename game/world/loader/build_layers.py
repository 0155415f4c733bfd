"""Turn a read map's layers into `MapLayers`: static tiles pre-drawn, animated tiles,
image layers, plus what tiles say about the world (solid cells, lights).

Layers below the one named `sprites` are drawn under characters, those after it
over them; a tile layer named `collision` only marks solid cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame

from game.core.errors import ContentError
from game.world.layers import AnimatedTile, ImageLayer, MapLayers
from game.world.loader import values
from game.world.loader.reading import ImageLayerSource, MapSource, TileLayer
from game.world.model import Light

SPRITES_LAYER = "sprites"
COLLISION_LAYER = "collision"
OUTSIDE = (26, 15, 31)  # palette "ink", under an opaque ground layer


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
    modes = str(layer.properties.get("lighting", ""))
    return ImageLayer(
        surface=surface,
        offset=layer.offset,
        parallax=layer.parallax,
        above=above,
        name=layer.name,
        opacity=layer.opacity,
        lighting=tuple(m.strip() for m in modes.split(",") if m.strip()),
    )


def _display_format(surface: pygame.Surface, alpha: bool) -> pygame.Surface:
    if alpha:
        return surface.convert_alpha()
    opaque = pygame.Surface(surface.get_size()).convert()
    opaque.fill(OUTSIDE)
    opaque.blit(surface, (0, 0))
    return opaque
