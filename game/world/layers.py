"""Renderer-ready layers: static tiles pre-drawn once, animated tiles drawn per frame.

Static tiles of all layers below the `sprites` layer are composed into one
surface, those above into another, so a frame costs two blits plus the few
animated tiles. Animations run on the game clock (logic steps), never on wall
time, so replays and screenshots are reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.world.camera import VIEW_H, VIEW_W


def frame_at(frames: tuple[pygame.Surface, ...], durations_ms: tuple[int, ...],
             ms: int) -> pygame.Surface:
    """The frame of a Tiled animation showing at `ms` on the game clock."""
    total = sum(durations_ms)
    if len(frames) == 1 or not total:
        return frames[0]
    t = ms % total
    for surface, duration in zip(frames, durations_ms, strict=True):
        if t < duration:
            return surface
        t -= duration
    return frames[-1]


@dataclass(frozen=True)
class AnimatedTile:
    x: int  # pixels
    y: int
    frames: tuple[pygame.Surface, ...]
    durations_ms: tuple[int, ...]

    def frame_at(self, ms: int) -> pygame.Surface:
        return frame_at(self.frames, self.durations_ms, ms)


@dataclass(frozen=True)
class ImageLayer:
    """A backdrop image (parallax view, sky): drawn relative to the camera."""

    surface: pygame.Surface
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


@dataclass
class MapLayers:
    below: pygame.Surface
    above: pygame.Surface | None
    animated_below: list[AnimatedTile] = field(default_factory=list)
    animated_above: list[AnimatedTile] = field(default_factory=list)
    images: list[ImageLayer] = field(default_factory=list)
    # Tile layers bound to lighting modes (window shafts by day, moonlight by night): each
    # pre-drawn at map size and blitted over its side's tiles only while its mode is on.
    mode_tiles: list[ImageLayer] = field(default_factory=list)
    opaque_below: bool = False  # the below layer covers every pixel of the map
