"""A map as read from its file: plain records the rest of the loader builds on.

`reading.read_map` fills these from pytmx; everything after sees only them: tile
layers as cells, tiles as surfaces with their properties and animation frames, and
objects as `RawObject` with their template applied. A tile is looked up (and its
animation checked) the first time a cell asks for it, so a map that names a thousand
tiles costs only the ones it draws.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygame
from pytmx.util_pygame import handle_transformation

from game.core.errors import ContentError
from game.world.loader.images import ImageCache
from game.world.loader.layer_tree import WHITE, Colour


@dataclass(frozen=True)
class Tile:
    """One tile as the game needs it: its picture, its properties, its animation."""

    image: pygame.Surface
    properties: dict[str, Any]
    frames: tuple[pygame.Surface, ...] = ()  # empty: not animated
    durations_ms: tuple[int, ...] = ()


@dataclass(frozen=True)
class TileLayer:
    name: str
    visible: bool
    opacity: float
    _layer: Any = field(repr=False, compare=False)
    properties: dict[str, Any] = field(default_factory=dict)
    offset: tuple[float, float] = (0.0, 0.0)  # pixels, its groups' offsets included
    parallax: tuple[float, float] = (1.0, 1.0)
    tint: Colour = WHITE  # multiplies the tiles' colours (Tiled's tint colour)

    def cells(self) -> Iterator[tuple[int, int, int]]:
        """(x, y, gid) of every filled cell, row by row."""
        for x, y, gid in self._layer.iter_data():
            if gid:
                yield x, y, gid

    def rows(self) -> Sequence[Sequence[int]]:
        """The gids as rows (`rows[y][x]`, 0 empty): kept, not copied, so chunks can be
        drawn from them later without a second grid in memory."""
        return self._layer.data


@dataclass(frozen=True)
class ImageLayerSource:
    name: str
    visible: bool
    source: str  # as written in the map, relative to it
    offset: tuple[float, float]
    parallax: tuple[float, float]
    opacity: float
    properties: dict[str, Any]
    tint: Colour = WHITE


@dataclass(frozen=True)
class OtherLayer:
    """An object group (or any other layer) as a position in the draw order."""

    name: str
    visible: bool


Layer = TileLayer | ImageLayerSource | OtherLayer


@dataclass(frozen=True)
class RawObject:
    """A map object with its template applied, before any class-specific reading."""

    id: int
    name: str
    cls: str  # `class` (Tiled 1.9+) or `type` (Tiled 1.8)
    group: str  # the object layer's name
    x: float
    y: float
    width: float
    height: float
    gid: int = 0  # a tile object's tile
    points: tuple[tuple[float, float], ...] = ()  # polygon or polyline, map pixels
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class MapSource:
    """A read map: header, layers in draw order, objects, and tile lookup."""

    path: Path
    width: int
    height: int
    tile_size: int
    properties: dict[str, Any]
    layers: list[Layer]
    objects: list[RawObject]
    _tmx: Any = field(repr=False)
    parallax_origin: tuple[float, float] = (0.0, 0.0)
    _tiles: dict[int, Tile | None] = field(default_factory=dict, repr=False)
    _flip_flags: dict[int, Any] | None = field(default=None, repr=False)
    images: ImageCache | None = field(default=None, repr=False)  # pictures kept between maps

    @property
    def name(self) -> str:
        return self.path.stem

    def tile(self, gid: int) -> Tile | None:
        """The tile behind a cell's gid, or None when no tileset defines it."""
        if gid not in self._tiles:
            self._tiles[gid] = self._read_tile(gid)
        return self._tiles[gid]

    def file_gid(self, gid: int) -> int:
        """The tile id as written in the .tmx (pytmx renumbers tiles as it loads them)."""
        tiled = self._tmx.tiledgidmap.get(gid, gid)
        return int(tiled) & 0x0FFFFFFF  # without Tiled's flip bits

    def _read_tile(self, gid: int) -> Tile | None:
        image = self._tmx.get_tile_image_by_gid(gid)
        if image is None:
            return None
        props = dict(self._tmx.get_tile_properties_by_gid(gid) or {})
        frames = props.pop("frames", None) or []
        if not frames:  # most tiles
            return Tile(image, props)
        surfaces = tuple(self._tmx.get_tile_image_by_gid(f.gid) for f in frames)
        name = self.name
        durations = tuple(_duration(f.duration, name, gid) for f in frames)
        if any(s is None for s in surfaces):
            return None
        return Tile(image, props, self._flipped_like(gid, surfaces), durations)

    def _flipped_like(self, gid: int, frames: tuple[pygame.Surface, ...]
                      ) -> tuple[pygame.Surface, ...]:
        """An animated tile placed flipped or rotated: its frames turned the same way.

        pytmx turns the cell's own image but gives the frames of the unflipped tile."""
        if not frames:  # only animated tiles have frames; spare the scan below
            return frames
        if self._flip_flags is None:  # pytmx's imagemap backwards, once a map
            self._flip_flags = {}
            for entry in self._tmx.imagemap.values():
                if isinstance(entry, tuple):
                    self._flip_flags.setdefault(entry[0], entry[1])
        flags = self._flip_flags.get(gid)
        if flags is None or not any(flags):
            return frames
        return tuple(handle_transformation(frame, flags) for frame in frames)


def _duration(value: Any, map_name: str, gid: int) -> int:
    try:
        ms = int(value)
    except (TypeError, ValueError):
        ms = -1
    if not 0 <= ms <= 60_000:
        raise ContentError(f"{map_name}: tile {gid} has an animation frame of {value!r} ms "
                           "(use 0 to 60000)")
    return ms
