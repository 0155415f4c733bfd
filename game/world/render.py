"""Draws a map, its characters and its lighting onto the logical canvas.

Our own renderer rather than pyscroll: static layers come in chunks made when
first seen, so a frame is a few chunk blits, the animated tiles in view, the
y-sorted characters on screen and a lighting pass over the lights in view
(`tools/bench_render.py` compares it with pyscroll on the same maps).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

import pygame

from game.world.animated_plan import AnimatedPlans
from game.world.backdrop import BACKGROUND, Backdrop
from game.world.cached_copy import cache_friendly
from game.world.camera import VIEW_H, VIEW_W, Camera
from game.world.character import FRAME_H, FRAME_W, Character
from game.world.held_draw import held_drawables
from game.world.layers import AnimatedTile, MapLayers
from game.world.light_map import LightMap
from game.world.model import Light, Prop
from game.world.spatial import SpatialIndex
from game.world.when_tiles import WhenTiles

_DEPTH = itemgetter(0, 1)  # a drawable's (depth, x): whoever stands lower is in front
_PICTURE_AT = itemgetter(2, 3)  # a drawable's (picture, place on screen), as fblits takes it


@dataclass(frozen=True)
class LightingLook:
    tint: tuple[int, int, int]
    glow: int  # 0..255 strength of light sources


DAYLIGHT = LightingLook((255, 255, 255), 0)


class MapRenderer:
    def __init__(self, layers: MapLayers, glow_image: pygame.Surface | None = None) -> None:
        self.layers = layers
        self.glow_image = glow_image
        self._lights = LightMap(glow_image) if glow_image is not None else None
        self._fade_buffer: pygame.Surface | None = None
        self._art = Backdrop(layers)  # the image layers, prepared, and the kept backdrop
        # Per index of animated tiles: those round the view, and its blits while no
        # animation in view has turned a frame.
        self._plans = AnimatedPlans()
        self._backgrounds: dict[tuple[int, int], pygame.Surface] = {}

    def draw(
        self,
        surface: pygame.Surface,
        camera: Camera,
        characters: Iterable[Character],
        clock_ms: int,
        look: LightingLook = DAYLIGHT,
        lights: Iterable[Light] = (),
        mode: str = "day",
        props: Iterable[Prop] = (),
        fade_from: tuple[str, float] | None = None,
        tiles: Sequence[WhenTiles] = (),
    ) -> None:
        """One frame. `fade_from` = (previous mode, its weight 0..1) while the light
        changes: layers bound to either mode cross-fade instead of cutting. `tiles`: the
        map's `when` tile layers that are there now."""
        ox, oy = camera.offset
        view = pygame.Rect(ox, oy, VIEW_W, VIEW_H)
        characters = list(characters)
        props = list(props)
        if fade_from is not None and fade_from[0] != mode and fade_from[1] > 0:
            # Both scenes are drawn on `surface` (a picture kept in runs is encoded for
            # one destination), the previous one first and copied aside.
            old = self._fade_buffer
            if old is None or old.get_size() != surface.get_size():
                old = self._fade_buffer = pygame.Surface(surface.get_size())
            self._scene(surface, camera, view, characters, clock_ms, fade_from[0], props,
                        tiles)
            old.blit(surface, (0, 0))
            self._scene(surface, camera, view, characters, clock_ms, mode, props, tiles)
            old.set_alpha(round(255 * min(1.0, fade_from[1])))
            surface.blit(old, (0, 0))
        else:
            self._scene(surface, camera, view, characters, clock_ms, mode, props, tiles)
        self.apply_lighting(surface, look, lights, view)

    def _scene(self, surface: pygame.Surface, camera: Camera, view: pygame.Rect,
               characters: list[Character], clock_ms: int, mode: str,
               props: list[Prop], tiles: Sequence[WhenTiles] = ()) -> None:
        ox, oy = view.topleft
        map_w, map_h = self.layers.below.get_size()
        covered = self.layers.opaque_below and ox >= 0 and oy >= 0 and ox + VIEW_W <= map_w \
            and oy + VIEW_H <= map_h
        if covered:  # only a map without backdrops under its tiles is covered
            self._images(surface, camera, above=False, mode=mode, clock_ms=clock_ms)
        elif self.layers.opaque_below:  # its tiles cover the map: fill only round it
            _fill_outside(surface, pygame.Rect(-ox, -oy, map_w, map_h),
                          self._background(surface))
        else:
            self._backdrop(surface, camera, view, mode, clock_ms)
        self.layers.below.draw(surface, view)
        self._mode_tiles(surface, view, above=False, mode=mode)
        self._animated(surface, self.layers.animated_below, view, clock_ms)
        self._when_tiles(surface, tiles, view, False, clock_ms)
        # Characters and props share one depth order: whoever stands lower is in front.
        # Every sheet is cut in FRAME_W x FRAME_H cells (`SpriteSheet.from_surface`), so
        # whether a character is on screen is known before its frame is looked up.
        drawables: list[tuple[float, float, pygame.Surface, tuple[int, int]]] = []
        # A frame's box meets the view when its top-left is inside these bounds (the
        # same test as `view.colliderect`, written out: a garden party is 50 people).
        left, right = ox - FRAME_W, ox + VIEW_W
        top, bottom = oy - FRAME_H, oy + VIEW_H
        for ch in characters:
            if ch.visible:
                x, y = round(ch.x - FRAME_W / 2), round(ch.y - FRAME_H + 2)
                if left < x < right and top < y < bottom:  # off screen: nothing to draw
                    drawables.append((ch.y, ch.x, ch.image(), (x - ox, y - oy)))
                    if ch.held is not None:
                        drawables.extend((d, e, image, (x - ox, y - oy))
                                         for d, e, image, x, y in held_drawables(ch))
        on_screen = view.colliderect
        for prop in props:
            box = prop.box
            if on_screen(box):
                drawables.append((prop.bottom - 0.5, prop.x, prop.frame_at(clock_ms),
                                  (box[0] - ox, box[1] - oy)))
        drawables.sort(key=_DEPTH)
        surface.fblits(map(_PICTURE_AT, drawables))
        if self.layers.above is not None:
            self.layers.above.draw(surface, view)
        self._mode_tiles(surface, view, above=True, mode=mode)
        self._animated(surface, self.layers.animated_above, view, clock_ms)
        self._when_tiles(surface, tiles, view, True, clock_ms)
        self._images(surface, camera, above=True, mode=mode, clock_ms=clock_ms)

    def _background(self, surface: pygame.Surface) -> pygame.Surface:
        """BACKGROUND at the surface's size, held so that SDL copies it through the
        cache (`cached_copy`); one per size drawn on (the screen, a fade's buffer)."""
        size = surface.get_size()
        kept = self._backgrounds.get(size)
        if kept is None:
            plain = pygame.Surface(size, 0, surface)
            plain.fill(BACKGROUND)
            kept = self._backgrounds[size] = cache_friendly(plain)
        return kept

    def _animated(self, surface: pygame.Surface, tiles: SpatialIndex[AnimatedTile],
                  view: pygame.Rect, clock_ms: int) -> None:
        """The animated tiles in view (`animated_plan`: kept while the view stays over
        the same buckets and no timing in view turns a frame)."""
        surface.fblits(self._plans.blits(tiles, view, clock_ms))

    def _when_tiles(self, surface: pygame.Surface, shown: Sequence[WhenTiles],
                    view: pygame.Rect, above: bool, clock_ms: int) -> None:
        for tiles in shown:
            if tiles.above == above:
                tiles.surface.draw(surface, view)
                self._animated(surface, tiles.animated, view, clock_ms)

    def _mode_tiles(self, surface: pygame.Surface, view: pygame.Rect, above: bool,
                    mode: str) -> None:
        for layer in self.layers.mode_tiles:
            if layer.above == above and mode in layer.lighting:
                layer.surface.draw(surface, view)

    def _images(self, surface: pygame.Surface, camera: Camera, above: bool, mode: str,
                clock_ms: int) -> None:
        self._art.images(surface, camera, above, mode, clock_ms)

    def _backdrop(self, surface: pygame.Surface, camera: Camera, view: pygame.Rect,
                  mode: str, clock_ms: int) -> None:
        self._art.under(surface, camera, view, mode, clock_ms)

    def apply_lighting(self, surface: pygame.Surface, look: LightingLook,
                       lights: Iterable[Light], view: pygame.Rect) -> None:
        if look.tint != (255, 255, 255):  # the same pixels as blitting a tinted surface
            surface.fill(look.tint, (0, 0, VIEW_W, VIEW_H), special_flags=pygame.BLEND_RGB_MULT)
        if look.glow <= 0 or self._lights is None:
            return
        # Lights meet in a light map by their brightest value, not their sum, so a string
        # of bulbs reads as a warm band instead of burning the picture to white.
        self._lights.add(surface, lights, view, look.glow)


def _fill_outside(surface: pygame.Surface, inside: pygame.Rect,
                  background: pygame.Surface) -> None:
    """The background on every pixel of `surface` outside `inside` (a small room),
    copied from `background` (BACKGROUND at the surface's size), not filled: SDL
    streams a large fill past the cache, as it does a 16-byte-aligned copy."""
    w, h = surface.get_size()
    inside = inside.clip(0, 0, w, h)
    if not inside.width or not inside.height:
        surface.blit(background, (0, 0))
        return
    for band in ((0, 0, w, inside.top), (0, inside.bottom, w, h - inside.bottom),
                 (0, inside.top, inside.left, inside.height),
                 (inside.right, inside.top, w - inside.right, inside.height)):
        if band[2] > 0 and band[3] > 0:
            surface.blit(background, band[:2], (0, 0, band[2], band[3]))
