"""The light map of a lit frame: every glow in view, met by its brightest value.

Drawing ~50 glows into it every frame was most of a night frame's cost. The map's own
lights never move, so they are composed once per glow strength into chunks (as the
tiles are); a frame copies the chunks under the view and draws only the lights of the
props on show over them. While the view, the strength and the lights are those of the
last frame, its light map is used as it is. The pixels are those of drawing every glow
afresh: the brightest-value blend gives the same result in any order and over any split
of the picture (`tests/world/test_light_map.py`). The chunks are kept so that SDL copies
them through the cache (`cached_copy`): the light map is read straight back by the add.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import pygame

from game.world.cached_copy import cache_friendly
from game.world.camera import VIEW_H, VIEW_W
from game.world.light_set import LightSet
from game.world.model import Light
from game.world.spatial import SpatialIndex

CHUNK = 256  # pixels a side
NEAR = 2  # chunks kept this many chunks beyond the view; farther ones are dropped

Blits = list[tuple[pygame.Surface, tuple[int, int]]]


class LightMap:
    def __init__(self, glow_image: pygame.Surface) -> None:
        self.glow_image = glow_image
        self.surface = pygame.Surface((VIEW_W, VIEW_H))
        self._glows: dict[tuple[int, tuple[int, int, int], int], pygame.Surface] = {}
        self._key: tuple[object, ...] | None = None  # what `surface` shows
        self._shown: pygame.Rect | None = None  # what the last compose returned
        # A chunk and the part of it its glows cover, in map pixels; None: no light there.
        self._chunks: dict[tuple[int, int], tuple[pygame.Surface, pygame.Rect] | None] = {}
        self._chunks_of: tuple[SpatialIndex[Light], int] | None = None  # (lights, strength)
        self._strength = -1  # the last frame's
        self._last_spot: tuple[int, int] | None = None  # the last frame's view corner

    def compose(self, lights: Iterable[Light], view: pygame.Rect,
                strength: int) -> pygame.Rect | None:
        """Draws the light map of `view` into `surface`; returns the part of it that
        has light (black elsewhere: adding it would change nothing), or None."""
        # A renderer's first frame (drawn while the screen is black on entry) counts as
        # steady: a map starts at a settled strength, and its first step then finds the
        # chunks of its view made.
        steady = strength == self._strength or self._strength < 0
        self._strength = strength
        if isinstance(lights, LightSet):
            extra = tuple(lights.extra)
            key: tuple[object, ...] = (view.x, view.y, strength, lights.index, extra)
        else:
            extra = tuple(lights)
            key = (view.x, view.y, strength, None, extra)
        if key == self._key:
            return self._shown
        self._key = key
        if isinstance(lights, LightSet) and steady:  # a strength held: worth its chunks
            shown = self._from_chunks(lights.index, extra, view, strength)
        else:  # a fade of the light, or lights the renderer was handed as a list
            shown = self._fresh(lights.near(view) if isinstance(lights, LightSet) else extra,
                                view, strength)
        self._shown = shown
        return shown

    def add(self, surface: pygame.Surface, lights: Iterable[Light], view: pygame.Rect,
            strength: int) -> None:
        """Adds the light of `view` onto `surface` (black adds nothing). While the view
        moves (a walk, a camera pan) over only the map's own lights at a held strength,
        their chunks are added straight onto the screen: the same sums as adding the
        light map they would have been copied into, without the copy (a pan across the
        garden party: ~25 us a frame). A view that holds adds the kept light map."""
        spot = (view.x, view.y)
        moved, self._last_spot = self._last_spot not in (None, spot), spot
        if moved and isinstance(lights, LightSet) and not lights.extra \
                and strength == self._strength and self._chunks_of is not None \
                and self._chunks_of[0] is lights.index and self._chunks_of[1] == strength:
            self._key = None  # the kept light map is not this view's
            self._add_chunks(surface, lights.index, view, strength)
            return
        lit = self.compose(lights, view, strength)
        if lit is not None:
            surface.blit(self.surface, lit.topleft, lit, special_flags=pygame.BLEND_RGB_ADD)

    def _add_chunks(self, surface: pygame.Surface, index: SpatialIndex[Light],
                    view: pygame.Rect, strength: int) -> None:
        """Each lit chunk under `view` added onto the screen, only its lit part."""
        for cx, cy, chunk in self._under(index, view, strength):
            if chunk is not None:
                picture, lit = chunk
                surface.blit(picture, (lit.x - view.x, lit.y - view.y),
                             lit.move(-cx * CHUNK, -cy * CHUNK),
                             special_flags=pygame.BLEND_RGB_ADD)

    def _under(self, index: SpatialIndex[Light], view: pygame.Rect, strength: int
               ) -> Iterator[tuple[int, int, tuple[pygame.Surface, pygame.Rect] | None]]:
        """The chunks under `view`, row by row, each made on first sight."""
        for cy in range(view.top // CHUNK, (view.bottom - 1) // CHUNK + 1):
            for cx in range(view.left // CHUNK, (view.right - 1) // CHUNK + 1):
                chunk = self._chunks[cx, cy] if (cx, cy) in self._chunks \
                    else self._chunk(index, cx, cy, strength)
                yield cx, cy, chunk

    def glow(self, radius: int, colour: tuple[int, int, int], strength: int) -> pygame.Surface:
        """One light's glow: its alpha x colour x strength, pre-multiplied, opaque."""
        key = (radius, colour, strength)
        cached = self._glows.get(key)
        if cached is None:
            base = pygame.transform.scale(self.glow_image, (radius * 2, radius * 2))
            tinted = pygame.Surface(base.get_size(), pygame.SRCALPHA)
            tinted.fill((*colour, 255))
            tinted.blit(base, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
            flat = pygame.Surface(base.get_size())
            flat.fill((0, 0, 0))
            flat.blit(tinted, (0, 0))
            dim = pygame.Surface(base.get_size())
            dim.fill((strength, strength, strength))
            flat.blit(dim, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
            cached = self._glows[key] = flat
        return cached

    def _glow_blits(self, lights: Iterable[Light], area: pygame.Rect, strength: int) -> Blits:
        """The glows of `lights` that meet `area`, placed relative to its top-left."""
        blits = []
        for light in lights:
            r = light.radius
            if area.colliderect((light.x - r, light.y - r, 2 * r, 2 * r)):
                blits.append((self.glow(r, light.colour, strength),
                              (round(light.x - r) - area.x, round(light.y - r) - area.y)))
        return blits

    def _fresh(self, lights: Iterable[Light], view: pygame.Rect,
               strength: int) -> pygame.Rect | None:
        """Every glow drawn into the light map, one call for all of them."""
        glows = self._glow_blits(lights, view, strength)
        if not glows:
            return None
        self.surface.fill((0, 0, 0))
        self.surface.fblits(glows, pygame.BLEND_RGB_MAX)
        return _lit(glows, self.surface.get_rect())

    def _from_chunks(self, index: SpatialIndex[Light], extra: Sequence[Light],
                     view: pygame.Rect, strength: int) -> pygame.Rect | None:
        """The map's lights copied from their chunks, the props' lights drawn over."""
        if self._chunks_of is None or self._chunks_of[0] is not index \
                or self._chunks_of[1] != strength:
            self._chunks.clear()
            self._chunks_of = (index, strength)
        pieces: Blits = []
        lit: list[pygame.Rect] = []
        gaps = False
        for cx, cy, chunk in self._under(index, view, strength):
            if chunk is None:
                gaps = True
            else:
                pieces.append((chunk[0], (cx * CHUNK - view.x, cy * CHUNK - view.y)))
                lit.append(chunk[1].move(-view.x, -view.y))
        glows = self._glow_blits(extra, view, strength)
        if not pieces and not glows:
            return None
        if gaps or not pieces:  # the chunks tile the view: with none missing, no fill
            self.surface.fill((0, 0, 0))
        self.surface.fblits(pieces)
        if glows:
            self.surface.fblits(glows, pygame.BLEND_RGB_MAX)
            lit.append(_lit(glows, self.surface.get_rect()))
        return lit[0].unionall(lit[1:]).clip(self.surface.get_rect())

    def _chunk(self, index: SpatialIndex[Light], cx: int, cy: int,
               strength: int) -> tuple[pygame.Surface, pygame.Rect] | None:
        """Chunk (cx, cy) of the map's lights, made on first sight; far ones dropped."""
        for far in [k for k in self._chunks if abs(k[0] - cx) > NEAR or abs(k[1] - cy) > NEAR]:
            del self._chunks[far]
        area = pygame.Rect(cx * CHUNK, cy * CHUNK, CHUNK, CHUNK)
        glows = self._glow_blits(index.query(area.inflate(4, 4)), area, strength)
        chunk = None
        if glows:
            picture = pygame.Surface((CHUNK, CHUNK))
            picture.fill((0, 0, 0))
            picture.fblits(glows, pygame.BLEND_RGB_MAX)
            chunk = (cache_friendly(picture), _lit(glows, picture.get_rect()).move(area.topleft))
        self._chunks[cx, cy] = chunk
        return chunk


def _lit(glows: Blits, within: pygame.Rect) -> pygame.Rect:
    """Where `glows` fall inside `within` (the glows placed relative to its top-left)."""
    boxes = [pygame.Rect(at, glow.get_size()) for glow, at in glows]
    return boxes[0].unionall(boxes[1:]).clip(within)
