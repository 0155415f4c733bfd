"""Tile layers drawn in chunks look exactly like the whole map drawn at once, and a
long walk across a big map keeps only the chunks near the camera."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.world.camera import VIEW_H, VIEW_W, Camera
from game.world.chunks import CHUNK, OUTSIDE, ChunkedLayer, Sheet
from game.world.loader import load_map
from game.world.render import MapRenderer
from tests.world.references import tiles_blended
from tools.perf.synthetic import write_map

ROOT = Path(__file__).resolve().parents[2]


def whole_map(path: Path, below: bool) -> pygame.Surface:
    """The reference: every static tile of one side on one map-size surface
    (`references.tiles_blended`), flattened on OUTSIDE below `sprites`."""
    canvas = tiles_blended(path, below)
    if not below:
        return canvas.convert_alpha()
    opaque = pygame.Surface(canvas.get_size()).convert()
    opaque.fill(OUTSIDE)
    opaque.blit(canvas, (0, 0))
    return opaque


def pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGB")


@pytest.mark.parametrize("name", ["garden", "throne_room", "kitchen"])
def test_a_story_map_in_chunks_shows_the_same_pixels_as_drawn_whole(display, name) -> None:
    path = ROOT / "maps" / f"{name}.tmx"
    layers = load_map(path).layers
    reference = whole_map(path, below=True)
    w, h = reference.get_size()
    for x, y in [(0, 0), (w - VIEW_W, h - VIEW_H), (37, 53), (CHUNK - 1, CHUNK + 1),
                 (-40, -20), (w - 100, 5)]:
        view = pygame.Rect(x, y, VIEW_W, VIEW_H)
        ours, theirs = pygame.Surface(view.size), pygame.Surface(view.size)
        ours.fill((1, 2, 3))
        theirs.fill((1, 2, 3))
        layers.below.draw(ours, view)
        theirs.blit(reference, (0, 0), view)
        assert pixels(ours) == pixels(theirs), f"{name} at {view}"


def test_tiles_taller_and_wider_than_a_cell_are_whole_across_chunk_edges(display) -> None:
    """A tree two cells tall or a banner three cells wide, cut by a chunk edge, is drawn
    in both chunks exactly as on one surface."""
    ts, cols, rows = 16, 40, 30
    tall = pygame.Surface((ts, 40), pygame.SRCALPHA)
    tall.fill((200, 40, 40, 180))
    wide = pygame.Surface((48, ts), pygame.SRCALPHA)
    wide.fill((40, 200, 90, 255))
    grid = [[(1 if (x * 3 + y) % 5 == 0 else 2 if (x + y * 7) % 11 == 0 else 0)
             for x in range(cols)] for y in range(rows)]
    stamps = {1: (tall, 0, ts - tall.get_height()), 2: (wide, 0, 0)}
    layer = ChunkedLayer([Sheet(grid, stamps)], (cols * ts, rows * ts), ts, alpha=True)
    reference = pygame.Surface((cols * ts, rows * ts), pygame.SRCALPHA)
    for y, row in enumerate(grid):
        for x, gid in enumerate(row):
            if gid:
                image, dx, dy = stamps[gid]
                reference.blit(image, (x * ts + dx, y * ts + dy))
    view = pygame.Rect(0, 0, cols * ts, rows * ts)
    ours, theirs = pygame.Surface(view.size), pygame.Surface(view.size)
    layer.draw(ours, view)
    theirs.blit(reference.convert_alpha(), (0, 0))
    assert pixels(ours) == pixels(theirs)


def test_a_long_walk_over_a_big_map_keeps_only_nearby_chunks(display, tmp_path) -> None:
    path = write_map(tmp_path, ROOT / "assets" / "tilesets", 300, 300)
    data = load_map(path)
    renderer = MapRenderer(data.layers)
    camera = Camera(*data.pixel_size)
    canvas = pygame.Surface((VIEW_W, VIEW_H))
    most = 0
    for step in range(0, 300 * 16, 24):  # corner to corner
        camera.snap(step, step)
        renderer.draw(canvas, camera, [], step)
        most = max(most, data.layers.below.chunk_count)
    view_chunks = (VIEW_W // CHUNK + 2) * (VIEW_H // CHUNK + 2)
    assert most <= 4 * view_chunks, "chunks left behind were never dropped"
    # What is on screen at the end is the map's far corner, not a blank.
    assert pixels(canvas) != pixels(pygame.Surface((VIEW_W, VIEW_H)))


@pytest.mark.parametrize("name", ["grand_hall", "throne_room", "garden"])
def test_overhead_tiles_in_pieces_show_the_same_pixels_walking(display, name) -> None:
    """Overhead layers (arches, banners, treetops) kept as the boxes of their pieces,
    and the view's blit list kept while it stays over the same chunks, draw what one
    map-size surface would, a pixel at a time across chunk edges."""
    path = ROOT / "maps" / f"{name}.tmx"
    above = load_map(path).layers.above
    assert above is not None
    reference = whole_map(path, below=False)
    w, h = reference.get_size()
    views = [(x, y) for x, y in [(0, 0), (w - VIEW_W, h - VIEW_H), (-30, 12), (w // 3, 9)]]
    views += [(CHUNK - 3 + step, CHUNK - 2 + step // 2) for step in range(6)]
    for x, y in views:
        view = pygame.Rect(x, y, VIEW_W, VIEW_H)
        ours, theirs = pygame.Surface(view.size), pygame.Surface(view.size)
        ours.fill((90, 60, 30))
        theirs.fill((90, 60, 30))
        above.draw(ours, view)
        theirs.blit(reference, (0, 0), view)
        assert pixels(ours) == pixels(theirs), f"{name} at {view}"
