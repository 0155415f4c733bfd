"""Turn a read map's layers into `MapLayers`: static tiles as chunked sheets, animated tiles,
image layers, plus what tiles say about the world (solid cells, lights).

Layers below the one named `sprites` are drawn under characters, those after it
over them; a tile layer named `collision` only marks solid cells.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pygame

from game.core.errors import ContentError
from game.world.chunks import ChunkedLayer, Sheet, Stamp
from game.world.conditions import compile_condition
from game.world.layers import AnimatedTile, ImageLayer, MapLayers, ModeTiles
from game.world.loader import values
from game.world.loader.images import real_path
from game.world.loader.map_source import ImageLayerSource, MapSource, Tile, TileLayer
from game.world.model import Light
from game.world.spatial import SpatialIndex
from game.world.when_tiles import WhenTiles, solid_runs

log = logging.getLogger(__name__)

SPRITES_LAYER = "sprites"
COLLISION_LAYER = "collision"
MAX_DRIFT = 240.0  # px per second: faster than that is a typo, not traffic


@dataclass
class BuiltLayers:
    layers: MapLayers
    solid: list[list[bool]]  # [y][x]
    lights: list[Light]


def build_layers(source: MapSource, palette: dict[str, tuple[int, int, int]],
                 flag_types: Mapping[str, str] | None = None) -> BuiltLayers:
    """Read every visible layer once; static tiles become chunked sheets drawn when
    first seen; solid cells and lights come from tile properties. `flag_types` checks
    the `when` conditions of tile layers (None: they are only parsed)."""
    ts = source.tile_size
    size = (source.width * ts, source.height * ts)
    below: list[Sheet] = []
    above: list[Sheet] = []
    anims_below: list[AnimatedTile] = []
    anims_above: list[AnimatedTile] = []
    built = BuiltLayers(MapLayers(below=ChunkedLayer([], size, ts, alpha=False), above=None),
                        [[False] * source.width for _ in range(source.height)], [])
    result = built.layers
    is_above = False
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
            when = str(layer.properties.get("when", "") or "").strip()
            if when:  # a landed ship, a barricade: there while a condition holds
                if modes or layer.parallax != (1.0, 1.0):
                    raise ContentError(
                        f"{source.name}: layer '{layer.name}' has a `when` and "
                        f"{'a `lighting`' if modes else 'a parallax factor'}; a layer "
                        "with `when` takes neither (put those tiles on a layer of "
                        "their own)")
                result.when_tiles.append(_when_tiles(source, layer, size, is_above, when,
                                                     palette, flag_types))
                continue
            if modes:  # window shafts by day, moonlight by night: shown with their mode
                result.mode_tiles.append(_mode_tiles(source, layer, size, is_above, modes,
                                                     built, palette))
                continue
            if layer.parallax != (1.0, 1.0):
                result.images.append(_parallax_tiles(source, layer, size, is_above, built,
                                                     palette, source.parallax_origin))
                continue
            anims = anims_above if is_above else anims_below
            (above if is_above else below).append(
                _sheet(source, layer, anims, built, palette))
        elif isinstance(layer, ImageLayerSource):
            result.images.append(_image_layer(source, layer, is_above))
    result.above = ChunkedLayer(above, size, ts, alpha=True) if above else None
    below_images = any(not image.above for image in result.images)
    # An opaque chunk blits several times faster than per-pixel alpha; only a map
    # with a backdrop under its tiles (the balcony view) needs the holes kept, and
    # where they are, so that the backdrop is drawn only there.
    result.below = ChunkedLayer(below, size, ts, alpha=below_images, gaps=below_images)
    result.opaque_below = not below_images
    result.animated_below = SpatialIndex((a, a.rect(ts)) for a in anims_below)
    result.animated_above = SpatialIndex((a, a.rect(ts)) for a in anims_above)
    return built


def _sheet(source: MapSource, layer: TileLayer, anims: list[AnimatedTile],
           built: BuiltLayers, palette: dict[str, tuple[int, int, int]]) -> Sheet:
    """One tile layer as a sheet of stamps. Cells whose tile matters to the world
    (solid, a light, animated, or unknown) are visited in row order; the rest are
    only looked up per distinct tile, so a big map reads in a few set operations."""
    ts = source.tile_size
    ox, oy = round(layer.offset[0]), round(layer.offset[1])
    styled = _TileStyle(layer.tint, layer.opacity)
    rows = layer.rows()
    used: set[int] = set().union(*rows)
    used.discard(0)
    stamps: dict[int, Stamp] = {}
    covers: dict[int, Stamp] = {}
    special: dict[int, tuple[Tile | None, bool]] = {}  # gid -> (tile, solid)
    for gid in used:
        tile = source.tile(gid)
        if tile is None:
            special[gid] = (None, False)
            continue
        props = tile.properties
        solid = values.flag(props, "solid", False)
        if tile.frames or props.get("light") or solid:
            special[gid] = (tile, solid)
        if tile.frames:  # drawn as it turns, over the layer: it hides what all frames hide
            covers[gid] = (frames_cover([styled(f) for f in tile.frames]), ox,
                           ts - tile.image.get_height() + oy)
            continue
        stamps[gid] = (styled(tile.image), ox, ts - tile.image.get_height() + oy)
    looks: dict[int, _Look] = {}
    for y, row in enumerate(rows):
        if special.keys().isdisjoint(row):
            continue
        solid_row = built.solid[y]
        for x, gid in enumerate(row):
            plan = special.get(gid)
            if plan is None:
                continue
            tile, solid = plan
            if tile is None:
                raise ContentError(
                    f"{source.name}: layer '{layer.name}' cell ({x}, {y}) uses tile id "
                    f"{source.file_gid(gid)} "
                    "that no tileset defines")
            if solid:
                solid_row[x] = True
            if tile.frames or tile.properties.get("light"):
                look = looks.get(gid)
                if look is None:  # the first cell of this tile (its light checked here)
                    look = looks[gid] = _Look(source, x, y, tile, palette, styled, oy)
                _lit_or_animated(x * ts, y * ts, look, anims, built, ox)
    return Sheet(rows, stamps, covers)


def frames_cover(frames: list[pygame.Surface]) -> pygame.Surface:
    """Alpha 255 on the pixels every frame draws fully opaque, clear elsewhere."""
    solid = pygame.mask.from_surface(frames[0], 254)
    for frame in frames[1:]:
        solid = solid.overlap_mask(pygame.mask.from_surface(frame, 254), (0, 0))
    return solid.to_surface(setcolor=(255, 255, 255, 255), unsetcolor=(0, 0, 0, 0))


class _Look:
    """What every lit or animated cell of one tile shares: its glow, read from the
    tile's `light` once (a bad one is named at the first cell that uses it), and its
    styled frames."""

    def __init__(self, source: MapSource, x: int, y: int, tile: Tile,
                 palette: dict[str, tuple[int, int, int]], styled: _TileStyle,
                 oy: int) -> None:
        ts = source.tile_size
        light = tile.properties.get("light")
        self.glow = (values.light(light, palette, f"{source.name}: tile at ({x}, {y})")
                     if light else None)
        self.centre = ts / 2
        self.frames = tuple(styled(f) for f in tile.frames) if tile.frames else ()
        self.durations = tile.durations_ms
        self.drop = ts - tile.image.get_height() + oy if tile.frames else 0


def _lit_or_animated(left: int, top: int, look: _Look, anims: list[AnimatedTile],
                     built: BuiltLayers, ox: int) -> None:
    """A cell's glow (at the cell's centre) and animation (standing on its bottom)."""
    if look.glow is not None:
        radius, colour = look.glow
        built.lights.append(Light(left + look.centre, top + look.centre, radius, colour))
    if look.frames:
        anims.append(AnimatedTile(left + ox, top + look.drop, look.frames, look.durations))


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
    """A tile layer with a parallax factor: drawn once on its own surface that moves like
    an image layer (behind, or over, all tiles of its side of `sprites`). Such layers
    are backdrops, a screen or two wide, so a whole surface is kept."""
    anims: list[AnimatedTile] = []
    sheet = _sheet(source, layer, anims, built, palette)
    surface = pygame.Surface(size, pygame.SRCALPHA)
    ChunkedLayer([sheet], size, source.tile_size, alpha=True).draw_all(surface)
    for tile in anims:  # a moving backdrop keeps its first frame
        surface.blit(tile.frames[0], (tile.x, tile.y))
    return ImageLayer(picture=surface.convert_alpha(), offset=(0.0, 0.0),
                      parallax=layer.parallax, above=above, name=layer.name,
                      parallax_origin=origin)


def _mode_tiles(source: MapSource, layer: TileLayer, size: tuple[int, int], above: bool,
                modes: tuple[str, ...], built: BuiltLayers,
                palette: dict[str, tuple[int, int, int]]) -> ModeTiles:
    """A tile layer with a `lighting` property, in chunks of its own, blitted over
    its side's tiles only while one of its modes is on."""
    ts = source.tile_size
    sheet = _sheet(source, layer, [], built, palette)
    styled = _TileStyle(layer.tint, layer.opacity)
    ox, oy = round(layer.offset[0]), round(layer.offset[1])
    # Light that comes and goes with the hour does not flicker: its animated tiles
    # show their first frame, over the layer's other tiles.
    still: dict[int, Stamp] = {}
    for gid in set().union(*sheet.rows) - {0}:
        tile = source.tile(gid)
        if tile is not None and tile.frames:
            still[gid] = (styled(tile.frames[0]), ox, ts - tile.image.get_height() + oy)
    tiles = ChunkedLayer([sheet, Sheet(sheet.rows, still)], size, ts, alpha=True)
    return ModeTiles(surface=tiles, above=above, name=layer.name, lighting=modes)


def _when_tiles(source: MapSource, layer: TileLayer, size: tuple[int, int], above: bool,
                when: str, palette: dict[str, tuple[int, int, int]],
                flag_types: Mapping[str, str] | None) -> WhenTiles:
    """A tile layer with a `when` condition, in chunks of its own; its solid cells,
    lights and animations are its own too, so they come and go with it."""
    ts = source.tile_size
    own = BuiltLayers(MapLayers(below=ChunkedLayer([], size, ts, alpha=False), above=None),
                      [[False] * source.width for _ in range(source.height)], [])
    anims: list[AnimatedTile] = []
    sheet = _sheet(source, layer, anims, own, palette)
    condition = compile_condition(when, f"{source.name}: layer '{layer.name}'", flag_types)
    return WhenTiles(surface=ChunkedLayer([sheet], size, ts, alpha=True),
                     animated=SpatialIndex((a, a.rect(ts)) for a in anims), above=above,
                     name=layer.name, when=condition, solid=solid_runs(own.solid, ts),
                     lights=tuple(own.lights))


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
    source = real_path(str(map_source.path.parent / layer.source))
    cache = map_source.images

    def decode() -> pygame.Surface:
        try:
            read = cache.picture if cache is not None else pygame.image.load
            surface = read(source).convert_alpha()
        except (pygame.error, FileNotFoundError, OSError):
            raise ContentError(f"{map_name}: image layer '{layer.name}' needs "
                               f"{layer.source}, which cannot be read") from None
        if layer.tint != (255, 255, 255, 255):
            surface.fill(layer.tint, special_flags=pygame.BLEND_RGBA_MULT)
        return surface

    modes = layer_modes(layer.properties)
    # Shown now (always, or under the map's own lighting): decoded here, so the first
    # frame waits for nothing; a backdrop for another mode waits until it is shown.
    start = str(map_source.properties.get("lighting", "day"))
    picture = decode() if not modes or start in modes else _or_blank(decode)
    return ImageLayer(
        picture=picture,
        offset=layer.offset,
        parallax=layer.parallax,
        above=above,
        name=layer.name,
        opacity=layer.opacity,
        lighting=modes,
        drift=_drift(map_name, layer),
        parallax_origin=map_source.parallax_origin,
    )


def _or_blank(decode: Callable[[], pygame.Surface]) -> Callable[[], pygame.Surface]:
    """A backdrop decoded on first show cannot stop the game mid-frame: if its file broke
    after the load, the error goes to the log and the layer shows nothing (the map linter
    decodes every image layer, so a map maker hears of it before a player does)."""
    def decode_or_blank() -> pygame.Surface:
        try:
            return decode()
        except ContentError as err:
            log.error("%s", err)
            return pygame.Surface((1, 1), pygame.SRCALPHA)
    return decode_or_blank
