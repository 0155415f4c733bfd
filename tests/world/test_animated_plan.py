"""Animated tiles drawn from a plan kept while the view stays over the same buckets (only
the view's offset changing while walking) show what asking every tile in view for its
frame afresh shows: on real maps, standing and walking across bucket edges, in their
lighting, with cuts, and on a map scrolled into every corner."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.world.camera import VIEW_H, VIEW_W, Camera
from game.world.layers import AnimatedTile
from game.world.loader import load_map
from game.world.render import LightingLook, MapRenderer
from game.world.spatial import BUCKET, SpatialIndex

ROOT = Path(__file__).resolve().parents[2]
NIGHT = LightingLook((92, 96, 160), 220)


class FreshTiles(MapRenderer):
    """The reference: every animated tile the view meets, asked for its frame now."""

    def _animated(self, surface: pygame.Surface, tiles: SpatialIndex[AnimatedTile],
                  view: pygame.Rect, clock_ms: int) -> None:
        for tile in tiles.query(view):
            surface.blit(tile.frame_at(clock_ms), (tile.x - view.x, tile.y - view.y))


def glow() -> pygame.Surface:
    return pygame.image.load(str(ROOT / "assets" / "fx" / "glow.png")).convert_alpha()


def picture(renderer: MapRenderer, camera: Camera, clock_ms: int, lights: list,
            look: LightingLook) -> bytes:
    canvas = pygame.Surface((VIEW_W, VIEW_H))
    renderer.draw(canvas, camera, [], clock_ms, look, lights, "night")
    return pygame.image.tobytes(canvas, "RGB")


@pytest.mark.parametrize("name", ["garden", "hangar", "command_centre", "state_dining"])
def test_a_kept_plan_draws_what_asking_every_tile_afresh_draws(display, name: str) -> None:
    data = load_map(ROOT / "maps" / f"{name}.tmx")
    everything = pygame.Rect(0, 0, *data.pixel_size)
    tiles = data.layers.animated_below.query(everything)
    assert tiles and len({t.durations_ms for t in tiles}) >= 1
    image = glow()
    kept, fresh = MapRenderer(data.layers, image), FreshTiles(data.layers, image)
    camera = Camera(*data.pixel_size)
    lights = list(data.lights)
    seen: set[bytes] = set()
    spans: set[tuple[int, int, int, int]] = set()
    clock = 0

    def check(what: str) -> None:
        ours = picture(kept, camera, clock, lights, NIGHT)
        assert ours == picture(fresh, camera, clock, lights, NIGHT), what
        seen.add(ours)
        ox, oy = camera.offset
        spans.add(data.layers.animated_below.span(pygame.Rect(ox, oy, VIEW_W, VIEW_H)))

    for step in range(300):  # 5 s of game clock: every timing turns several times
        clock += 17
        if step < 40:
            what = "standing"
        elif step < 200:  # a walk right and down, then back left and up
            walk = 1 if step < 120 else -1
            camera.x += 3 * walk
            camera.y += (2 if step % 2 else 0) * walk
            what = "walking"
        elif step == 200:  # a cut to the far corner, then standing there
            camera.x, camera.y = data.pixel_size
            what = "after a cut"
        else:
            camera.x -= 1 if step % 3 else 0
            what = "standing in the corner"
        check(f"{what} {step}")
    assert len(seen) > 10  # the tiles animated (and the view moved)
    if data.pixel_size[0] > VIEW_W + BUCKET:  # a map wider than the view: buckets crossed
        assert len(spans) > 2


def test_a_walk_keeps_one_plan_per_bucket_span(display) -> None:
    """Walking within a span reuses the plan (only the offset moves); crossing a bucket
    edge makes a new one."""
    data = load_map(ROOT / "maps" / "garden.tmx")
    renderer = MapRenderer(data.layers)
    tiles = data.layers.animated_below
    plans = renderer._plans
    canvas = pygame.Surface((VIEW_W, VIEW_H))
    view = pygame.Rect(BUCKET * 2 + 1, BUCKET + 1, VIEW_W, VIEW_H)
    plans.blits(tiles, view, 0)
    first = plans._plans[id(tiles)]
    steps = [dx for dx in range(0, BUCKET, 3)
             if tiles.span(view.move(dx, 0)) == tiles.span(view)]
    assert len(steps) > 5
    for dx in steps:
        canvas.fblits(plans.blits(tiles, view.move(dx, 0), 0))
        assert plans._plans[id(tiles)] is first
    plans.blits(tiles, view.move(BUCKET, 0), 0)
    assert plans._plans[id(tiles)] is not first


def test_a_timing_shows_one_frame_until_its_next_turn() -> None:
    """The plan keeps its blits until the first timing's next turn: no timing may show
    another frame before it (durations as Tiled allows them, zero-length frames too)."""
    from game.world.animated_plan import _NEVER, _next_turn
    from game.world.layers import frame_index
    for durations in [(100,), (100, 250), (17, 0, 5, 250), (0, 0, 40), (1, 1, 1), (0,)]:
        for ms in range(0, 1200, 7):
            until = _next_turn(durations, ms)
            shown = frame_index(durations, ms)
            assert until > ms
            end = ms + 700 if until == _NEVER else until
            assert all(frame_index(durations, m) == shown for m in range(ms, end)), \
                (durations, ms, until)
