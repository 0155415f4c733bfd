"""Renderer-ready layers: static tiles in chunks, animated tiles drawn per frame.

Static tiles of all layers below the `sprites` layer are composed into one
chunked layer, those above into another, so a frame costs a few chunk blits plus
the animated tiles in view (found through a spatial index). Animations run on
the game clock (logic steps), never on wall time, so replays and screenshots are
reproducible.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import pygame

from game.world.camera import VIEW_H, VIEW_W
from game.world.chunks import ChunkedLayer
from game.world.spatial import SpatialIndex

if TYPE_CHECKING:
    from game.world.when_tiles import WhenTiles


def frame_at(frames: tuple[pygame.Surface, ...], durations_ms: tuple[int, ...],
             ms: int) -> pygame.Surface:
    """The frame of a Tiled animation showing at `ms` on the game clock."""
    if len(frames) == 1:
        return frames[0]
    return frames[frame_index(durations_ms, ms)]


def frame_index(durations_ms: tuple[int, ...], ms: int) -> int:
    """Which frame `frame_at` shows at `ms` for an animation with these durations (one
    per frame): every animation with the same timing shows the same frame number."""
    total = sum(durations_ms)
    if len(durations_ms) <= 1 or not total:
        return 0
    t = ms % total
    for index, duration in enumerate(durations_ms):
        if t < duration:
            return index
        t -= duration
    return len(durations_ms) - 1


@dataclass(frozen=True)
class AnimatedTile:
    x: int  # pixels
    y: int
    frames: tuple[pygame.Surface, ...]
    durations_ms: tuple[int, ...]

    def frame_at(self, ms: int) -> pygame.Surface:
        return frame_at(self.frames, self.durations_ms, ms)

    def rect(self, tile: int) -> tuple[int, int, int, int]:
        """Where it may draw: its frames, and at least one cell wide and two tall."""
        w = max(tile, 16, *(f.get_width() for f in self.frames))
        h = max(2 * tile, 32, *(f.get_height() for f in self.frames))
        return (self.x, self.y, w, h)


@dataclass(frozen=True)
class ImageLayer:
    """A backdrop image (parallax view, sky): drawn relative to the camera.

    `picture` is the surface, or how to decode it: a backdrop for a lighting mode not
    on show (the balcony's night sky by day) is decoded when first drawn, not on load."""

    picture: pygame.Surface | Callable[[], pygame.Surface]
    offset: tuple[float, float]
    parallax: tuple[float, float]
    above: bool
    name: str
    opacity: float = 1.0
    lighting: tuple[str, ...] = ()  # shown only under these lighting modes (empty: always)
    drift: float = 0.0  # px per second sideways; a drifting layer wraps round (traffic lanes)
    # Tiled's parallax origin (the map's parallaxoriginx/y): where in the map the view's
    # centre must be for this layer to sit at its offset, as the editor shows it. The
    # loader always sets it; the default (the view's centre on the map's top-left view)
    # makes a layer built in code move p times the camera from its offset.
    parallax_origin: tuple[float, float] = (VIEW_W / 2, VIEW_H / 2)

    @cached_property
    def surface(self) -> pygame.Surface:
        """The picture, decoded the first time it is asked for."""
        picture = self.picture
        return picture if isinstance(picture, pygame.Surface) else picture()


@dataclass(frozen=True)
class ModeTiles:
    """A tile layer bound to lighting modes (window shafts by day, moonlight by night),
    drawn over its side's tiles only while one of its modes is on."""

    surface: ChunkedLayer
    above: bool
    name: str
    lighting: tuple[str, ...]


@dataclass
class MapLayers:
    below: ChunkedLayer
    above: ChunkedLayer | None
    animated_below: SpatialIndex[AnimatedTile] = field(default_factory=SpatialIndex)
    animated_above: SpatialIndex[AnimatedTile] = field(default_factory=SpatialIndex)
    images: list[ImageLayer] = field(default_factory=list)
    mode_tiles: list[ModeTiles] = field(default_factory=list)
    when_tiles: list[WhenTiles] = field(default_factory=list)  # shown while `when` holds
    opaque_below: bool = False  # the below layer covers every pixel of the map
