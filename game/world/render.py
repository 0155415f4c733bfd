"""Draws a map, its characters and its lighting onto the logical canvas.

Our own renderer rather than pyscroll: static layers come in chunks made when
first seen, so a frame is a few chunk blits, the animated tiles in view, the
y-sorted characters on screen and a lighting pass over the lights in view
(`tools/bench_render.py` compares it with pyscroll on the same maps).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

import pygame

from game.world.camera import VIEW_H, VIEW_W, Camera
from game.world.character import FRAME_H, FRAME_W, Character
from game.world.held_draw import held_drawables
from game.world.layers import AnimatedTile, ImageLayer, MapLayers, frame_index
from game.world.light_map import LightMap
from game.world.model import Light, Prop
from game.world.spatial import SpatialIndex

BACKGROUND = (26, 15, 31)  # palette "ink": outside the map is never pure black
_DEPTH = itemgetter(0, 1)  # a drawable's (depth, x): whoever stands lower is in front


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
        self._prepared: dict[int, PreparedImage] = {}  # by id of an image layer in `layers`
        # By lighting mode: the backdrop's still layers composed, where they were, and
        # the part of the screen composed (where the tiles let the backdrop show).
        self._backdrops: dict[str, tuple[tuple[object, ...], pygame.Surface,
                                         list[pygame.Rect]]] = {}
        # Per index of animated tiles: what was in view, and its blits while no
        # animation in view has turned a frame.
        self._plans: dict[int, _AnimatedPlan] = {}

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
    ) -> None:
        """One frame. `fade_from` = (previous mode, its weight 0..1) while the light
        changes: layers bound to either mode cross-fade instead of cutting."""
        ox, oy = camera.offset
        view = pygame.Rect(ox, oy, VIEW_W, VIEW_H)
        characters = list(characters)
        props = list(props)
        self._scene(surface, camera, view, characters, clock_ms, mode, props)
        if fade_from is not None and fade_from[0] != mode and fade_from[1] > 0:
            old = self._fade_buffer
            if old is None or old.get_size() != surface.get_size():
                old = self._fade_buffer = pygame.Surface(surface.get_size())
            self._scene(old, camera, view, characters, clock_ms, fade_from[0], props)
            old.set_alpha(round(255 * min(1.0, fade_from[1])))
            surface.blit(old, (0, 0))
        self.apply_lighting(surface, look, lights, view)

    def _scene(self, surface: pygame.Surface, camera: Camera, view: pygame.Rect,
               characters: list[Character], clock_ms: int, mode: str,
               props: list[Prop]) -> None:
        ox, oy = view.topleft
        map_w, map_h = self.layers.below.get_size()
        covered = self.layers.opaque_below and ox >= 0 and oy >= 0 and ox + VIEW_W <= map_w \
            and oy + VIEW_H <= map_h
        if covered:  # only a map without backdrops under its tiles is covered
            self._images(surface, camera, above=False, mode=mode, clock_ms=clock_ms)
        elif self.layers.opaque_below:  # its tiles cover the map: fill only round it
            _fill_outside(surface, pygame.Rect(-ox, -oy, map_w, map_h))
        else:
            self._backdrop(surface, camera, view, mode, clock_ms)
        self.layers.below.draw(surface, view)
        self._mode_tiles(surface, view, above=False, mode=mode)
        self._animated(surface, self.layers.animated_below, view, clock_ms)
        # Characters and props share one depth order: whoever stands lower is in front.
        # Every sheet is cut in FRAME_W x FRAME_H cells (`SpriteSheet.from_surface`), so
        # whether a character is on screen is known before its frame is looked up.
        drawables: list[tuple[float, float, pygame.Surface, int, int]] = []
        on_screen = view.colliderect
        for ch in characters:
            if ch.visible:
                x, y = round(ch.x - FRAME_W / 2), round(ch.y - FRAME_H + 2)
                if on_screen((x, y, FRAME_W, FRAME_H)):  # off screen: nothing to draw
                    drawables.append((ch.y, ch.x, ch.image(), x, y))
                    if ch.held is not None:
                        drawables.extend(held_drawables(ch))
        for prop in props:
            if view.colliderect(prop.rect()):
                drawables.append((prop.bottom - 0.5, prop.x, prop.frame_at(clock_ms),
                                  round(prop.x), round(prop.y)))
        drawables.sort(key=_DEPTH)
        surface.fblits([(image, (x - ox, y - oy)) for _, _, image, x, y in drawables])
        if self.layers.above is not None:
            self.layers.above.draw(surface, view)
        self._mode_tiles(surface, view, above=True, mode=mode)
        self._animated(surface, self.layers.animated_above, view, clock_ms)
        self._images(surface, camera, above=True, mode=mode, clock_ms=clock_ms)

    def _animated(self, surface: pygame.Surface, tiles: SpatialIndex[AnimatedTile],
                  view: pygame.Rect, clock_ms: int) -> None:
        """The animated tiles in view. Most share a timing (the same durations), so
        which frame shows is worked out once per timing on screen, and the blits are
        rebuilt only when the view moves or one of those timings turns a frame."""
        plan = self._plans.get(id(tiles))
        spot = (view.x, view.y, view.w, view.h)
        if plan is None or plan.tiles is not tiles or plan.spot != spot:
            plan = self._plans[id(tiles)] = _AnimatedPlan(tiles, spot, tiles.query(view))
        surface.fblits(plan.blits(clock_ms))

    def _mode_tiles(self, surface: pygame.Surface, view: pygame.Rect, above: bool,
                    mode: str) -> None:
        for layer in self.layers.mode_tiles:
            if layer.above == above and mode in layer.lighting:
                layer.surface.draw(surface, view)

    def _images(self, surface: pygame.Surface, camera: Camera, above: bool, mode: str,
                clock_ms: int) -> None:
        for layer in self.layers.images:
            if layer.above == above and (not layer.lighting or mode in layer.lighting):
                self._image(surface, layer, camera, clock_ms)

    def _image(self, surface: pygame.Surface, layer: ImageLayer, camera: Camera,
               clock_ms: int) -> None:
        ready = self._prepared.get(id(layer))
        if ready is None:
            ready = self._prepared[id(layer)] = prepare_image(layer)
        draw_image_layer(surface, layer, camera, clock_ms, ready)

    def _backdrop(self, surface: pygame.Surface, camera: Camera, view: pygame.Rect,
                  mode: str, clock_ms: int) -> None:
        """The background and the image layers under the tiles, only where the tiles do
        not hide them (the balcony's wall and floor fill the top of the view). Those
        before the first drifting one (the balcony's sky, sun and hills) put down the
        same pixels while their places on screen hold, so they are kept composed and
        copied in one blit."""
        whole = surface.get_clip()
        boxes = self.layers.below.uncovered(view) if surface.get_size() == view.size \
            else [whole]
        clips = [clip for box in boxes if (clip := box.clip(whole)).width and clip.height]
        if not clips:
            return  # the tiles hide every pixel
        layers = [layer for layer in self.layers.images
                  if not layer.above and (not layer.lighting or mode in layer.lighting)]
        still = 0
        while still < len(layers) and not layers[still].drift:
            still += 1
        if still < 2:  # nothing to gain
            still = 0
        kept = self._kept(surface, camera, mode, clock_ms, layers[:still], clips) \
            if still else None
        for clip in clips:  # each draws every layer afresh, so overlaps do no harm
            surface.set_clip(clip)
            if kept is None:
                surface.fill(BACKGROUND)
            else:
                surface.blit(kept, clip.topleft, clip)
            for layer in layers[still:]:
                self._image(surface, layer, camera, clock_ms)
        surface.set_clip(whole)

    def _kept(self, surface: pygame.Surface, camera: Camera, mode: str, clock_ms: int,
              layers: list[ImageLayer], clips: list[pygame.Rect]) -> pygame.Surface:
        """The still layers composed on the background, over at least `clips`."""
        key = (surface.get_size(), [(id(layer), parallax_position(layer, camera.x, camera.y))
                                    for layer in layers])
        kept = self._backdrops.get(mode)  # by mode: a fade draws two in turn
        if kept is None or kept[0] != key or \
                not all(any(done.contains(clip) for done in kept[2]) for clip in clips):
            composed = kept[1] if kept is not None and kept[0][0] == key[0] \
                else pygame.Surface(surface.get_size(), 0, surface)
            for clip in clips:  # composed only where it shows
                composed.set_clip(clip)
                composed.fill(BACKGROUND)
                for layer in layers:
                    self._image(composed, layer, camera, clock_ms)
            composed.set_clip(None)
            kept = self._backdrops[mode] = (key, composed, clips)
        return kept[1]

    def apply_lighting(self, surface: pygame.Surface, look: LightingLook,
                       lights: Iterable[Light], view: pygame.Rect) -> None:
        if look.tint != (255, 255, 255):  # the same pixels as blitting a tinted surface
            surface.fill(look.tint, (0, 0, VIEW_W, VIEW_H), special_flags=pygame.BLEND_RGB_MULT)
        if look.glow <= 0 or self._lights is None:
            return
        # Lights meet in a light map by their brightest value, not their sum, so a string
        # of bulbs reads as a warm band instead of burning the picture to white.
        lit = self._lights.compose(lights, view, look.glow)
        if lit is not None:  # only where there is light: adding black changes nothing
            surface.blit(self._lights.surface, lit.topleft, lit,
                         special_flags=pygame.BLEND_RGB_ADD)


def _fill_outside(surface: pygame.Surface, inside: pygame.Rect) -> None:
    """The background on every pixel of `surface` outside `inside` (a small room)."""
    w, h = surface.get_size()
    inside = inside.clip(0, 0, w, h)
    if not inside.width or not inside.height:
        surface.fill(BACKGROUND)
        return
    for band in ((0, 0, w, inside.top), (0, inside.bottom, w, h - inside.bottom),
                 (0, inside.top, inside.left, inside.height),
                 (inside.right, inside.top, w - inside.right, inside.height)):
        if band[2] > 0 and band[3] > 0:
            surface.fill(BACKGROUND, band)


@dataclass(frozen=True)
class PreparedImage:
    """An image layer as it is blitted: cropped to its visible pixels, flattened when
    they are all opaque, faded once when the layer is translucent. The pixels it puts
    on screen are exactly those of the whole picture; it just touches fewer."""

    image: pygame.Surface | None  # None: nothing visible at all
    dx: int
    dy: int


def prepare_image(layer: ImageLayer) -> PreparedImage:
    surface = layer.surface
    box = surface.get_bounding_rect()  # pixels with any alpha
    if box.width == 0 or box.height == 0:
        return PreparedImage(None, 0, 0)
    image = surface.subsurface(box)
    if layer.opacity < 1 and image.get_flags() & pygame.SRCALPHA:
        image = _baked(image, round(255 * layer.opacity))
    elif layer.opacity < 1:  # no alpha of its own: SDL's fast path for a faded picture
        image = image.copy()
        image.set_alpha(round(255 * layer.opacity))
    elif pygame.mask.from_surface(image, 254).count() == box.width * box.height:
        image = image.convert()
    return PreparedImage(image, box.x, box.y)


def _baked(image: pygame.Surface, alpha: int) -> pygame.Surface:
    """The picture with the layer's opacity folded into each pixel's alpha. Blitting a
    picture that also carries a surface alpha takes SDL's slowest path (the slums'
    force field: 81 us a frame, 33 baked); blitting it once onto a transparent surface
    multiplies the alphas exactly as that path does, so the screen gets the same pixels
    (`tests/world/test_image_layers.py` holds every opacity to it)."""
    faded = image.copy()
    faded.set_alpha(alpha)
    baked = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    baked.blit(faded, (0, 0))
    return baked


def parallax_position(layer: ImageLayer, view_x: float, view_y: float) -> tuple[int, int]:
    """Where on screen a layer's top-left goes for a view whose top-left is at
    (view_x, view_y): Tiled's `offset + (1 - p) * (view centre - origin) - view`."""
    (px, py), (ox, oy) = layer.parallax, layer.parallax_origin
    x = layer.offset[0] + (1 - px) * (view_x + VIEW_W / 2 - ox) - view_x
    y = layer.offset[1] + (1 - py) * (view_y + VIEW_H / 2 - oy) - view_y
    return round(x), round(y)


def draw_image_layer(surface: pygame.Surface, layer: ImageLayer, camera: Camera,
                     clock_ms: int = 0, prepared: PreparedImage | None = None) -> None:
    """Tiled's parallax rule: a layer with factor p moves p times the camera, and sits at
    its offset when the view's centre is on the map's parallax origin. A layer with
    `drift` also slides with the game clock and wraps round the view."""
    x, y = parallax_position(layer, camera.x, camera.y)
    if layer.drift:
        width = layer.surface.get_width()
        period = VIEW_W + width
        x = (x + round(layer.drift * clock_ms / 1000) + width) % period - width
    ready = prepared if prepared is not None else prepare_image(layer)
    if ready.image is not None:
        surface.blit(ready.image, (x + ready.dx, y + ready.dy))


class _AnimatedPlan:
    """The animated tiles one view shows, and their last blits with the frame each
    timing showed then (a tile whose frames and durations disagree is asked every
    time, as `frame_at` draws it)."""

    __slots__ = ("_blits", "_entries", "_indices", "_irregular", "_timings", "spot", "tiles")

    def __init__(self, tiles: SpatialIndex[AnimatedTile], spot: tuple[int, int, int, int],
                 in_view: list[AnimatedTile]) -> None:
        self.tiles, self.spot = tiles, spot
        vx, vy = spot[0], spot[1]
        self._entries = [(tile, (tile.x - vx, tile.y - vy)) for tile in in_view]
        self._irregular = any(len(t.frames) != len(t.durations_ms) for t in in_view)
        self._timings = list(dict.fromkeys(t.durations_ms for t in in_view))
        self._indices: tuple[int, ...] | None = None
        self._blits: list[tuple[pygame.Surface, tuple[int, int]]] = []

    def blits(self, clock_ms: int) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        if self._irregular:
            return [(tile.frame_at(clock_ms), pos) for tile, pos in self._entries]
        indices = tuple(frame_index(timing, clock_ms) for timing in self._timings)
        if indices != self._indices:
            shown = dict(zip(self._timings, indices, strict=True))
            self._blits = [(tile.frames[shown[tile.durations_ms]], pos)
                           for tile, pos in self._entries]
            self._indices = indices
        return self._blits
