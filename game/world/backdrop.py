"""A map's image layers (skies, hills, drifting traffic, an overhead force field) as
one renderer draws them: each prepared once, and the backdrop under the tiles drawn
only where the tiles let it show, its still back layers kept composed.

Every picture here is blitted onto the frame being drawn and nowhere else: a picture
kept in runs (`flattened`) is encoded by SDL for one destination and encoded again
whenever it is blitted onto another.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.world.cached_copy import cache_friendly
from game.world.camera import VIEW_H, VIEW_W, Camera
from game.world.chunks import flattened
from game.world.layers import ImageLayer, MapLayers

BACKGROUND = (26, 15, 31)  # palette "ink": outside the map is never pure black


class Backdrop:
    """The image layers of one map for one renderer."""

    def __init__(self, layers: MapLayers) -> None:
        self.layers = layers
        self._prepared: dict[int, PreparedImage] = {}  # by id of an image layer in `layers`
        # By lighting mode: the backdrop's still layers composed, where they were, and
        # the parts of the screen composed (where the tiles let the backdrop show).
        self._kept: dict[str, tuple[tuple[object, ...], pygame.Surface,
                                    list[pygame.Rect]]] = {}
        # By mode: the camera spot of its last frame, and while it holds every layer
        # but the drifting ones composed (the spot, the picture, the parts composed).
        self._spots: dict[str, tuple[object, ...]] = {}
        self._whole: dict[str, tuple[tuple[object, ...], pygame.Surface,
                                     list[pygame.Rect]]] = {}

    def images(self, surface: pygame.Surface, camera: Camera, above: bool, mode: str,
               clock_ms: int) -> None:
        """Every image layer on one side of the characters shown under `mode`."""
        for layer in self.layers.images:
            if layer.above == above and (not layer.lighting or mode in layer.lighting):
                self._image(surface, layer, camera, clock_ms)

    def under(self, surface: pygame.Surface, camera: Camera, view: pygame.Rect, mode: str,
              clock_ms: int) -> None:
        """The background and the image layers under the tiles, only where the tiles do
        not hide them (the balcony's wall and floor fill the top of the view)."""
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
        spot = (surface.get_size(), camera.x, camera.y)
        standing, self._spots[mode] = self._spots.get(mode) == spot, spot
        if still < len(layers) and standing:
            self._held(surface, camera, mode, clock_ms, layers, still, clips, spot)
        else:
            self._stack(surface, camera, mode, clock_ms, layers, still, clips)
        surface.set_clip(whole)

    def _stack(self, surface: pygame.Surface, camera: Camera, mode: str, clock_ms: int,
               layers: list[ImageLayer], still: int, clips: list[pygame.Rect],
               drifting: bool = True) -> None:
        """Every layer drawn in `clips`. Those before the first drifting one (the
        balcony's sky, sun and hills) put down the same pixels while their places on
        screen hold, so they are kept composed and copied in one blit."""
        if still < 2:  # nothing to gain
            still = 0
        composed = None
        if still:
            key = (surface.get_size(), [(id(layer), parallax_position(layer, camera.x, camera.y))
                                        for layer in layers[:still]])
            kept = self._kept.get(mode)  # by mode: a fade draws two in turn
            if kept is not None and kept[0] == key and _inside(clips, kept[2]):
                composed = kept[1]
            else:  # composed here, then kept: only where it shows
                spare = kept[1] if kept is not None and kept[0][0] == key[0] \
                    else cache_friendly(pygame.Surface(surface.get_size(), 0, surface))
                self._kept[mode] = (key, spare, clips)
        for clip in clips:  # each draws every layer afresh, so overlaps do no harm
            surface.set_clip(clip)
            if composed is not None:
                surface.blit(composed, clip.topleft, clip)
            else:
                surface.fill(BACKGROUND)
                if still:
                    for layer in layers[:still]:
                        self._image(surface, layer, camera, clock_ms)
                    self._kept[mode][1].blit(surface, clip.topleft, clip)
            for layer in layers[still:]:
                if drifting or not layer.drift:
                    self._image(surface, layer, camera, clock_ms)

    def _held(self, surface: pygame.Surface, camera: Camera, mode: str, clock_ms: int,
              layers: list[ImageLayer], still: int, clips: list[pygame.Rect],
              spot: tuple[object, ...]) -> None:
        """While the camera holds, every layer but the drifting ones is kept composed
        (one blit); each drifting strip then has the whole stack drawn again inside its
        own box, the only pixels it touches. A moving camera skips this: what would be
        kept changes every frame."""
        full = self._whole.get(mode)
        if full is not None and full[0] == spot and _inside(clips, full[2]):
            for clip in clips:
                surface.set_clip(clip)
                surface.blit(full[1], clip.topleft, clip)
        else:
            self._stack(surface, camera, mode, clock_ms, layers, still, clips, drifting=False)
            kept = full[1] if full is not None and full[1].get_size() == surface.get_size() \
                else cache_friendly(pygame.Surface(surface.get_size(), 0, surface))
            for clip in clips:
                kept.blit(surface, clip.topleft, clip)
            self._whole[mode] = (spot, kept, clips)
        for layer in layers[still:]:
            box = self._box(layer, camera, clock_ms) if layer.drift else None
            if box is not None:
                strips = [part for clip in clips if (part := box.clip(clip)).width
                          and part.height]
                if strips:
                    self._stack(surface, camera, mode, clock_ms, layers, still, strips)

    def _box(self, layer: ImageLayer, camera: Camera, clock_ms: int) -> pygame.Rect | None:
        """Where on screen a layer puts pixels now (None: nowhere)."""
        ready = self._ready(layer)
        if ready.image is None:
            return None
        x, y = layer_position(layer, camera, clock_ms)
        return pygame.Rect((x + ready.dx, y + ready.dy), ready.image.get_size())

    def _ready(self, layer: ImageLayer) -> PreparedImage:
        ready = self._prepared.get(id(layer))
        if ready is None:
            ready = self._prepared[id(layer)] = prepare_image(layer)
        return ready

    def _image(self, surface: pygame.Surface, layer: ImageLayer, camera: Camera,
               clock_ms: int) -> None:
        draw_image_layer(surface, layer, camera, clock_ms, self._ready(layer))


def _inside(clips: list[pygame.Rect], done: list[pygame.Rect]) -> bool:
    """Whether every clip lies in one of the boxes already done."""
    return all(any(box.contains(clip) for box in done) for clip in clips)


@dataclass(frozen=True)
class PreparedImage:
    """An image layer as it is blitted: cropped to its visible pixels, flattened or in
    runs when they are opaque or clear, faded once when the layer is translucent. The
    pixels it puts on screen are exactly those of the whole picture; it touches fewer."""

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
    else:  # all opaque: copied; opaque or clear (the balcony's hills, towers): in runs
        image = flattened(image)
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
    ready = prepared if prepared is not None else prepare_image(layer)
    if ready.image is not None:
        x, y = layer_position(layer, camera, clock_ms)
        surface.blit(ready.image, (x + ready.dx, y + ready.dy))


def layer_position(layer: ImageLayer, camera: Camera, clock_ms: int) -> tuple[int, int]:
    """Where a layer's top-left goes on screen now, drift included."""
    x, y = parallax_position(layer, camera.x, camera.y)
    if layer.drift:
        width = layer.surface.get_width()
        period = VIEW_W + width
        x = (x + round(layer.drift * clock_ms / 1000) + width) % period - width
    return x, y
