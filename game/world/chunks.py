"""Static tile layers drawn in square chunks when first seen and dropped when far.

A pre-drawn full-map surface costs 4 bytes a pixel (a 1000x1000-tile map: 1 GB a
layer) and seconds to draw. A chunk is drawn from the tile grid the first time the
camera nears it, exactly as the full surface would have been in that square (same
tiles, same order, same blending), so what the player sees does not change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pygame

from game.world.cached_copy import cache_friendly

CHUNK = 128  # pixels a side: a chunk costs about a quarter of a millisecond to draw
KEEP = 2  # chunks beyond the view kept before one is dropped
OUTSIDE = (26, 15, 31)  # palette "ink", under an opaque ground layer

PIECE = 32  # pixels a side of the squares a mostly transparent chunk is kept in

Stamp = tuple[pygame.Surface, int, int]  # picture and its offset from the cell corner
Piece = tuple[pygame.Surface, int, int]  # part of a chunk and its offset in the chunk
# A chunk as kept: its pieces, and boxes in it round every pixel that neither it nor
# its covers hide (kept only for a layer asked what it leaves `uncovered`).
Made = tuple[list[Piece], list[pygame.Rect]]


@dataclass(frozen=True)
class Sheet:
    """One tile layer as cells: `rows[y][x]` gids, and what each gid stamps."""

    rows: Sequence[Sequence[int]]
    stamps: dict[int, Stamp]  # gids missing here draw nothing (animated tiles)
    # What a cell hides without being drawn here: an animated tile, drawn over the
    # layer, hides what is under the pixels every one of its frames covers (those
    # pixels have alpha 255 in its cover). Only `uncovered` reads them.
    covers: dict[int, Stamp] = field(default_factory=dict)


class ChunkedLayer:
    """Sheets composed in order into chunks; opaque ones are flattened on OUTSIDE."""

    def __init__(self, sheets: list[Sheet], size: tuple[int, int], tile: int,
                 alpha: bool, gaps: bool = False) -> None:
        self.sheets = sheets
        self.size = size
        self.tile = tile
        self.alpha = alpha
        self.gaps = gaps and alpha  # keep where it lets through what is under it
        # A chunk as blitted: its picture cropped to what is not transparent (no piece:
        # it shows nothing), in pieces where that spares most of the box, and where each
        # piece sits in the chunk.
        self._chunks: dict[tuple[int, int], Made] = {}
        self._seen: tuple[int, int, int, int] | None = None
        self._ready: tuple[int, int, int, int] | None = None  # span made in full
        # The view's chunks as blitted (picture, map x, map y), the chunk span they are
        # for, and the span whose surrounding chunks are all made.
        self._placed: list[tuple[pygame.Surface, int, int]] = []
        self._placed_span: tuple[int, int, int, int] | None = None
        self._ready_for: tuple[int, int, int, int] | None = None
        # The gaps of the view's chunk span (map boxes, merged once per span), and the
        # last view's uncovered boxes.
        self._bands: list[pygame.Rect] = []
        self._bands_span: tuple[int, int, int, int] | None = None
        self._open: tuple[tuple[int, int, int, int], list[pygame.Rect]] | None = None
        stamps = [s for sheet in sheets for s in (*sheet.stamps.values(), *sheet.covers.values())]
        # How far a stamp reaches past its cell, each way: tiles taller or wider than a
        # cell, and layer offsets, reach into neighbouring chunks.
        self._left = min((dx for _, dx, _ in stamps), default=0)
        self._right = max((dx + img.get_width() for img, dx, _ in stamps), default=tile)
        self._top = min((dy for _, _, dy in stamps), default=0)
        self._bottom = max((dy + img.get_height() for img, _, dy in stamps), default=tile)
        self._cols = size[0] // tile
        self._rows = size[1] // tile

    def get_size(self) -> tuple[int, int]:
        return self.size

    @property
    def chunk_count(self) -> int:
        """Chunks held now (for tests and the benchmark)."""
        return len(self._chunks)

    def draw(self, surface: pygame.Surface, view: pygame.Rect) -> None:
        """Blit what `view` shows at the surface's origin, like a clipped full-map blit;
        then draw one chunk next to the view ahead of need, and drop far ones. While the
        view stays over the same chunks (most frames, walking or not), their pictures and
        map places are kept, and the chunks round them once all are made."""
        span = self._span(view, 0)
        if span != self._placed_span:
            x0, y0, x1, y1 = span
            placed = []
            for cy in range(y0, y1 + 1):
                for cx in range(x0, x1 + 1):
                    for image, dx, dy in self._chunk(cx, cy):
                        placed.append((image, cx * CHUNK + dx, cy * CHUNK + dy))
            self._placed, self._placed_span = placed, span
        if self._placed:
            vx, vy = view.x, view.y
            surface.fblits([(image, (x - vx, y - vy)) for image, x, y in self._placed])
        if self._ready_for != span and self._prefetch(view):
            self._ready_for = span
        if self._seen != span:
            self._seen = span
            self._drop_far(view)

    def uncovered(self, view: pygame.Rect) -> list[pygame.Rect]:
        """Boxes, relative to `view`, holding every pixel of it the layer (with its
        covers) does not hide with full opacity: off the map, holes, translucent tiles.
        What is drawn under the layer shows only there. Nearby boxes are merged when
        one bigger box costs less than another blit of each backdrop layer."""
        if self.alpha and not self.gaps:  # it never looked where its gaps are
            return [pygame.Rect(0, 0, view.width, view.height)]
        spot = (view.x, view.y, view.w, view.h)
        if self._open is not None and self._open[0] == spot:
            return self._open[1]
        span = self._span(view, 0)
        if span != self._bands_span:
            x0, y0, x1, y1 = span
            self._bands = _side_by_side(
                [gap.move(cx * CHUNK, cy * CHUNK)
                 for cy in range(y0, y1 + 1) for cx in range(x0, x1 + 1)
                 for gap in self._made(cx, cy)[1]])
            self._bands_span = span
        parts = [part.clip(view) for part in
                 (*self._bands, *_outside(view, pygame.Rect((0, 0), self.size)))
                 if part.colliderect(view)]
        boxes = [box.move(-view.x, -view.y) for box in _merged(parts)]
        self._open = (spot, boxes)
        return boxes

    def draw_all(self, surface: pygame.Surface) -> None:
        """Every chunk at its place on a map-size surface (a layer kept whole)."""
        for cy in range(-(-self.size[1] // CHUNK)):
            for cx in range(-(-self.size[0] // CHUNK)):
                surface.blit(self._compose(cx, cy), (cx * CHUNK, cy * CHUNK))

    def get_at(self, pos: tuple[int, int]) -> pygame.Color:
        """The pixel the layer shows at a map position."""
        chunk = self._compose(pos[0] // CHUNK, pos[1] // CHUNK)
        return chunk.get_at((pos[0] % CHUNK, pos[1] % CHUNK))

    def _span(self, view: pygame.Rect, margin: int) -> tuple[int, int, int, int]:
        last_x = (self.size[0] - 1) // CHUNK
        last_y = (self.size[1] - 1) // CHUNK
        return (max(0, view.left // CHUNK - margin), max(0, view.top // CHUNK - margin),
                min(last_x, (view.right - 1) // CHUNK + margin),
                min(last_y, (view.bottom - 1) // CHUNK + margin))

    def _prefetch(self, view: pygame.Rect) -> bool:
        """One missing chunk round the view made; True when none was missing."""
        span = self._span(view, 1)
        if span == self._ready:
            return True
        x0, y0, x1, y1 = span
        for cy in range(y0, y1 + 1):
            for cx in range(x0, x1 + 1):
                if (cx, cy) not in self._chunks:
                    self._chunk(cx, cy)
                    return False  # one a frame: walking never waits for a row of chunks
        self._ready = span
        return True

    def _drop_far(self, view: pygame.Rect) -> None:
        x0, y0, x1, y1 = self._span(view, KEEP)
        for key in [k for k in self._chunks
                    if not (x0 <= k[0] <= x1 and y0 <= k[1] <= y1)]:
            del self._chunks[key]
            self._ready = None

    def _chunk(self, cx: int, cy: int) -> list[Piece]:
        return self._made(cx, cy)[0]

    def _made(self, cx: int, cy: int) -> Made:
        made = self._chunks.get((cx, cy))
        if made is None:
            canvas = self._compose(cx, cy)
            gaps = self._gaps(cx, cy, canvas) if self.gaps else []
            made = self._chunks[(cx, cy)] = (self._cropped(canvas), gaps)
        return made

    def _gaps(self, cx: int, cy: int, canvas: pygame.Surface) -> list[pygame.Rect]:
        """Boxes round the chunk's pixels that neither it nor its covers make opaque,
        merged by rows (a chunk is narrow, so little is lost)."""
        solid = pygame.mask.from_surface(canvas, 254)  # alpha 255 set
        if any(sheet.covers for sheet in self.sheets):
            cover = self._canvas(cx, cy, covers=True)
            solid.draw(pygame.mask.from_surface(cover, 254), (0, 0))
        solid.invert()
        bands: list[pygame.Rect] = []
        for gap in sorted(solid.get_bounding_rects(), key=lambda r: r.top):
            if bands and gap.top <= bands[-1].bottom:
                bands[-1] = bands[-1].union(gap)
            else:
                bands.append(gap)
        return bands

    def _cropped(self, canvas: pygame.Surface) -> list[Piece]:
        """Transparent pixels change nothing they are blitted over: an overhead chunk
        keeps only the box round its tiles (often nothing at all). A box that is mostly
        transparent (the grand hall's arches and banners: 64,000 pixels in their boxes,
        11,000 in their pieces' boxes) is kept as the boxes of its PIECE squares; the
        pieces are disjoint, so their order does not matter."""
        if not self.alpha:
            return [(canvas, 0, 0)]
        box = canvas.get_bounding_rect()
        if box.width == 0 or box.height == 0:
            return []
        parts = []
        for y in range(box.top, box.bottom, PIECE):
            for x in range(box.left, box.right, PIECE):
                square = pygame.Rect(x, y, min(PIECE, box.right - x), min(PIECE, box.bottom - y))
                inner = canvas.subsurface(square).get_bounding_rect().move(square.topleft)
                if inner.width and inner.height:
                    parts.append(inner)
        if 2 * sum(r.width * r.height for r in parts) > box.width * box.height:
            parts = [box]  # the extra blits would cost more than the pixels spared
        return [(flattened(canvas if r.size == canvas.get_size() else canvas.subsurface(r)),
                 r.x, r.y) for r in parts]

    def _compose(self, cx: int, cy: int) -> pygame.Surface:
        canvas = self._canvas(cx, cy)
        if self.alpha:
            return canvas.convert_alpha()
        opaque = pygame.Surface(canvas.get_size()).convert()
        opaque.fill(OUTSIDE)
        opaque.blit(canvas, (0, 0))
        return cache_friendly(opaque)  # copied onto the screen through the cache

    def _canvas(self, cx: int, cy: int, covers: bool = False) -> pygame.Surface:
        """The chunk's stamps (or covers) in sheet and row order on a clear canvas."""
        ts = self.tile
        left, top = cx * CHUNK, cy * CHUNK
        w = min(CHUNK, self.size[0] - left)
        h = min(CHUNK, self.size[1] - top)
        canvas = pygame.Surface((w, h), pygame.SRCALPHA)
        # Cells whose stamp [x*ts + left, x*ts + right) meets [chunk left, chunk right).
        col0 = max(0, (left - self._right) // ts + 1)
        col1 = min(self._cols, -(-(left + w - self._left) // ts))
        row0 = max(0, (top - self._bottom) // ts + 1)
        row1 = min(self._rows, -(-(top + h - self._top) // ts))
        for sheet in self.sheets:
            stamps = sheet.covers if covers else sheet.stamps
            blits = []
            for y in range(row0, row1):
                row = sheet.rows[y]
                py = y * ts - top
                for x in range(col0, col1):
                    stamp = stamps.get(row[x])
                    if stamp is not None:
                        image, dx, dy = stamp
                        blits.append((image, (x * ts + dx - left, py + dy)))
            if blits:
                canvas.fblits(blits)
        return canvas


def flattened(image: pygame.Surface) -> pygame.Surface:
    """A picture (a copy) as it blits fastest with the same pixels. All opaque: a plain
    copy. Each pixel opaque or clear: run-length encoded, so SDL copies the opaque
    runs and skips the clear ones (the balcony's tiles: 22 us a frame blended, 11 so).
    Anything translucent: blended as it is (SDL's runs blend those a little apart)."""
    w, h = image.get_size()
    solid = pygame.mask.from_surface(image, 254).count()  # alpha 255
    if solid == w * h:
        return cache_friendly(image.convert())  # copied through the cache
    runs = image.copy()
    if pygame.mask.from_surface(image, 0).count() == solid:  # no alpha but 0 and 255
        runs.set_alpha(255, pygame.RLEACCEL)
    return runs


def _outside(rect: pygame.Rect, inside: pygame.Rect) -> list[pygame.Rect]:
    """The parts of `rect` outside `inside`, in at most four boxes."""
    inner = rect.clip(inside)
    if not inner.width or not inner.height:
        return [pygame.Rect(rect)]
    parts = [pygame.Rect(rect.left, rect.top, rect.width, inner.top - rect.top),
             pygame.Rect(rect.left, inner.bottom, rect.width, rect.bottom - inner.bottom),
             pygame.Rect(rect.left, inner.top, inner.left - rect.left, inner.height),
             pygame.Rect(inner.right, inner.top, rect.right - inner.right, inner.height)]
    return [part for part in parts if part.width > 0 and part.height > 0]


def _side_by_side(boxes: list[pygame.Rect]) -> list[pygame.Rect]:
    """Boxes on the same rows that touch sideways (a gap running across chunks) as one."""
    joined: list[pygame.Rect] = []
    for box in sorted(boxes, key=lambda r: (r.top, r.bottom, r.left)):
        last = joined[-1] if joined else None
        if last is not None and (last.top, last.bottom) == (box.top, box.bottom) \
                and box.left <= last.right:
            joined[-1] = last.union(box)
        else:
            joined.append(box)
    return joined


# Pixels of backdrop that cost about as much as drawing every backdrop layer in one
# more box (the balcony: ~1.1 ns a pixel for all its layers, ~10 us a box).
MERGE_SLACK = 9000


def _merged(boxes: list[pygame.Rect]) -> list[pygame.Rect]:
    """Boxes merged while the box round two costs fewer extra pixels than MERGE_SLACK
    (again until none merge: a box grown by one may now take in another)."""
    merged = sorted(boxes, key=lambda r: r.top)
    while True:
        out: list[pygame.Rect] = []
        for box in merged:
            for i, other in enumerate(out):
                both = other.union(box)
                if both.width * both.height <= other.width * other.height \
                        + box.width * box.height + MERGE_SLACK:
                    out[i] = both
                    break
            else:
                out.append(box)
        if len(out) == len(merged):
            return out
        merged = out
