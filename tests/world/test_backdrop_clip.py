"""The backdrop is drawn only where the tiles under the characters let it show (the
balcony's wall and floor hide the top of the view). Every frame must show exactly
what drawing the backdrop over the whole view shows: on the real balcony at camera
spots round and past its edges, under each hour and in a fade between two, and on a
small made-up map with holes, translucent tiles, animated tiles and a drifting strip.
The screen starts each frame as noise, so a pixel the backdrop missed shows."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

import pygame

from game.world.backdrop import BACKGROUND, layer_position
from game.world.camera import VIEW_H, VIEW_W, Camera
from game.world.chunks import ChunkedLayer, Sheet
from game.world.layers import AnimatedTile, ImageLayer, MapLayers
from game.world.loader import load_map
from game.world.loader.build_layers import frames_cover
from game.world.render import DAYLIGHT, MapRenderer
from game.world.spatial import SpatialIndex

ROOT = Path(__file__).resolve().parents[2]


def _noise(seed: int) -> pygame.Surface:
    screen = pygame.Surface((VIEW_W, VIEW_H)).convert()
    rng = random.Random(seed)
    for _ in range(300):
        screen.fill((rng.randrange(256), rng.randrange(256), rng.randrange(256)),
                    (rng.randrange(VIEW_W), rng.randrange(VIEW_H), 31, 17))
    return screen


class _OldWay(MapRenderer):
    """The renderer with its backdrop drawn the old way: the background over the whole
    screen, then every image layer under the tiles blitted from its own picture,
    every frame, whatever the tiles hide."""

    def _backdrop(self, surface: pygame.Surface, camera: Camera, view: pygame.Rect,
                  mode: str, clock_ms: int) -> None:
        surface.fill(BACKGROUND)
        for layer in self.layers.images:
            if not layer.above and (not layer.lighting or mode in layer.lighting):
                picture = layer.surface
                if layer.opacity < 1:
                    picture = picture.copy()
                    picture.set_alpha(round(255 * layer.opacity))
                surface.blit(picture, layer_position(layer, camera, clock_ms))


class _Pair:
    """Our renderer and the old way, drawing the same frames side by side."""

    def __init__(self, ours: MapLayers, old: MapLayers) -> None:
        self.ours, self.old = MapRenderer(ours), _OldWay(old)
        self.frames = 0
        self.seen: set[bytes] = set()
        self.clipped = 0

    def check(self, what: str, camera: Camera, mode: str, clock: int,
              fade: tuple[str, float] | None = None) -> None:
        self.frames += 1
        ours, old = _noise(self.frames), _noise(self.frames + 7919)
        self.ours.draw(ours, camera, [], clock, DAYLIGHT, (), mode, (), fade_from=fade)
        self.old.draw(old, camera, [], clock, DAYLIGHT, (), mode, (), fade_from=fade)
        picture = pygame.image.tobytes(ours, "RGB")
        assert picture == pygame.image.tobytes(old, "RGB"), what
        self.seen.add(picture)
        view = pygame.Rect(camera.offset, (VIEW_W, VIEW_H))
        boxes = self.ours.layers.below.uncovered(view)
        if sum(box.width * box.height for box in boxes) < VIEW_W * VIEW_H * 0.9:
            self.clipped += 1


def test_the_balcony_shows_the_same_frames_as_its_whole_backdrop_drawn(display: Any) -> None:
    path = ROOT / "maps" / "balcony.tmx"
    ours, old = load_map(path), load_map(path)
    pair = _Pair(ours.layers, old.layers)
    w, h = ours.pixel_size
    camera = Camera(w, h)
    spots = [(0, 0), (48, 0), (w - VIEW_W, h - VIEW_H), (48, 57), (13, 101),
             (w - VIEW_W, 0), (-30, -20), (w - VIEW_W + 25, h - VIEW_H + 9), (200, -90)]
    clock = 0
    for mode in ("day", "sunset", "night", "dawn", "moon"):
        for x, y in spots:
            camera.x, camera.y = x, y
            for _ in range(3):  # standing: the second keeps all it can, the third reuses it
                clock += 17
                pair.check(f"{mode} at {(x, y)}", camera, mode, clock)
    camera.x, camera.y = 0, 0
    for i in range(40):  # walking down and across: the uncovered part moves
        camera.x += 2.7
        camera.y += 2.9
        clock += 17
        pair.check(f"walking {i}", camera, "day", clock)
    for k in range(0, 30, 3):
        camera.x, camera.y = 20 + k, 90 - 3 * k
        clock += 17
        pair.check(f"a fade from night {k}", camera, "sunset", clock, ("night", 1 - k / 30))
    pair.check("after the fade", camera, "sunset", clock)
    assert pair.clipped > pair.frames // 2  # the tiles did hide part of most views
    assert len(pair.seen) > 100


def _tile(colour: tuple[int, int, int, int], hole: int = 0) -> pygame.Surface:
    tile = pygame.Surface((16, 16), pygame.SRCALPHA)
    tile.fill(colour)
    if hole:
        tile.fill((0, 0, 0, 0), (8 - hole // 2, 8 - hole // 2, hole, hole))
    return tile.convert_alpha()


def _picture(size: tuple[int, int], seed: int, opaque: bool = False) -> pygame.Surface:
    rng = random.Random(seed)
    picture = pygame.Surface(size, pygame.SRCALPHA)
    if opaque:
        picture.fill((20, 30, 90, 255))
    for _ in range(60):
        alpha = 255 if rng.random() < 0.7 else rng.randrange(1, 255)
        picture.fill((rng.randrange(256), rng.randrange(256), rng.randrange(256), alpha),
                     (rng.randrange(size[0]), rng.randrange(size[1]), 23, 11))
    return picture.convert_alpha()


def _made_up_map() -> MapLayers:
    """40x24 cells: a wall with holes, a translucent band, a window whose animated
    frames are opaque only in part, and an open lower half, over five image layers."""
    cols, rows = 40, 24
    grid = [[0] * cols for _ in range(rows)]
    for y in range(rows):
        for x in range(cols):
            if y < 9:
                grid[y][x] = 2 if (x, y) in ((3, 2), (30, 6), (17, 4)) else 1
            elif y == 9:
                grid[y][x] = 3
            elif y == 10 and x % 3:
                grid[y][x] = 1
    for x, y in ((8, 1), (9, 1), (25, 3)):
        grid[y][x] = 4  # an animated window
    frames = (_tile((200, 180, 40, 255), hole=4), _tile((40, 180, 200, 255)))
    frames[1].fill((0, 0, 0, 0), (0, 0, 3, 3))
    stamps = {1: (_tile((120, 90, 60, 255)), 0, 0), 2: (_tile((90, 60, 60, 255), 6), 0, 0),
              3: (_tile((250, 250, 250, 128)), 0, 0)}
    sheet = Sheet(grid, stamps, {4: (frames_cover(list(frames)), 0, 0)})
    size = (cols * 16, rows * 16)
    anims = [AnimatedTile(x * 16, y * 16, frames, (100, 100))
             for y, row in enumerate(grid) for x, gid in enumerate(row) if gid == 4]
    images = [
        ImageLayer(_picture((480, 270), 1, opaque=True), (0, 0), (0, 0), False, "sky"),
        ImageLayer(_picture((700, 200), 2), (0, 90), (0.2, 0.1), False, "hills",
                   lighting=("day",)),
        ImageLayer(_picture((700, 200), 3), (0, 90), (0.2, 0.1), False, "hills night",
                   lighting=("night",)),
        ImageLayer(_picture((300, 12), 4), (0, 160), (0.3, 0.1), False, "pods", drift=30),
        ImageLayer(_picture((800, 150), 5), (0, 200), (0.6, 0.0), False, "trees"),
    ]
    return MapLayers(below=ChunkedLayer([sheet], size, 16, alpha=True, gaps=True),
                     above=None, images=images,
                     animated_below=SpatialIndex((a, a.rect(16)) for a in anims))


def test_a_made_up_map_shows_the_same_frames_as_its_whole_backdrop_drawn(
        display: Any) -> None:
    ours = _made_up_map()
    old = dataclasses.replace(ours, below=ChunkedLayer(
        ours.below.sheets, ours.below.size, 16, alpha=True))
    pair = _Pair(ours, old)
    camera = Camera(*ours.below.size)
    clock = 0
    for x, y in [(0, 0), (100, 20), (160, 114), (-40, -30), (200, 150), (7, 61), (500, 300)]:
        for mode in ("day", "night"):
            camera.x, camera.y = x, y
            for _ in range(3):
                clock += 23
                pair.check(f"{mode} at {(x, y)}", camera, mode, clock)
    for k in range(0, 20, 2):
        camera.x, camera.y = 3 * k, 5 * k
        clock += 23
        pair.check(f"a fade {k}", camera, "night", clock, ("day", 1 - k / 20))
    assert pair.clipped > pair.frames // 2
    assert len(pair.seen) > 20


def test_an_animated_window_hides_the_backdrop_only_where_every_frame_is_opaque(
        display: Any) -> None:
    """A wall of opaque tiles with two animated windows: one frame has a hole in the
    middle, the other a clear corner, so only those two spots let the backdrop show."""
    grid = [[1] * 30 for _ in range(17)]
    grid[2][2] = grid[12][25] = 4
    frames = [_tile((200, 180, 40, 255), hole=4), _tile((40, 180, 200, 255))]
    frames[1].fill((0, 0, 0, 0), (0, 0, 3, 3))
    wall = {1: (_tile((120, 90, 60, 255)), 0, 0)}
    view = pygame.Rect(0, 0, VIEW_W, VIEW_H)
    covered = ChunkedLayer([Sheet(grid, wall, {4: (frames_cover(frames), 0, 0)})],
                           (480, 272), 16, alpha=True, gaps=True)
    assert covered.uncovered(view) == [pygame.Rect(32, 32, 10, 10),
                                       pygame.Rect(400, 192, 10, 10)]
    bare = ChunkedLayer([Sheet(grid, wall)], (480, 272), 16, alpha=True, gaps=True)
    assert bare.uncovered(view) == [pygame.Rect(32, 32, 16, 16), pygame.Rect(400, 192, 16, 16)]
    unknown = ChunkedLayer([Sheet(grid, wall)], (480, 272), 16, alpha=True)
    assert unknown.uncovered(view) == [pygame.Rect(0, 0, VIEW_W, VIEW_H)]  # never looked


def test_a_fade_shows_the_previous_hour_over_the_new_one_at_its_weight(display: Any) -> None:
    """Both hours of a fade are drawn on the screen itself, the previous one first; the
    frame is the new hour's frame with the previous hour's frame blended over it."""
    path = ROOT / "maps" / "balcony.tmx"
    fading, plain = load_map(path), load_map(path)
    ours, alone = MapRenderer(fading.layers), MapRenderer(plain.layers)
    camera = Camera(*fading.pixel_size)
    clock = 0
    for k in range(0, 30, 4):
        camera.x, camera.y = 10 + 3 * k, 100 - 3 * k
        clock += 17
        weight = 1 - k / 30
        shown = _noise(k)
        ours.draw(shown, camera, [], clock, DAYLIGHT, (), "sunset", (),
                  fade_from=("night", weight))
        expected, previous = _noise(k + 1), _noise(k + 2)
        alone.draw(expected, camera, [], clock, DAYLIGHT, (), "sunset", ())
        alone.draw(previous, camera, [], clock, DAYLIGHT, (), "night", ())
        previous.set_alpha(round(255 * weight))
        expected.blit(previous, (0, 0))
        assert pygame.image.tobytes(shown, "RGB") == pygame.image.tobytes(expected, "RGB"), k
