"""Animated tiles drawn from the kept blits (rebuilt when the view moves or a timing in
view turns a frame) show what a renderer drawing them afresh shows, frame after frame."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.world.camera import Camera
from game.world.loader import load_map
from game.world.render import MapRenderer

ROOT = Path(__file__).resolve().parents[2]


def _frame(renderer: MapRenderer, camera: Camera, clock_ms: int) -> bytes:
    canvas = pygame.Surface((480, 270))
    renderer.draw(canvas, camera, [], clock_ms)
    return pygame.image.tobytes(canvas, "RGB")


def test_kept_animated_blits_match_a_fresh_draw(display) -> None:
    data = load_map(ROOT / "maps" / "command_centre.tmx")
    tiles = data.layers.animated_below.query(pygame.Rect(0, 0, *data.pixel_size))
    assert len({t.durations_ms for t in tiles}) >= 2  # several timings turn at their own pace
    kept = MapRenderer(data.layers)
    camera = Camera(*data.pixel_size)
    seen: set[bytes] = set()
    clock = 0
    for step in range(240):  # 4 s: every timing turns several times
        clock += 17
        if 100 <= step < 140:  # then a walk: the view moves every step
            camera.x += 3
            camera.y += 1 if step % 2 else 0
        ours = _frame(kept, camera, clock)
        assert ours == _frame(MapRenderer(data.layers), camera, clock), f"step {step}"
        seen.add(ours)
    assert len(seen) > 10  # the tiles did animate (and the view did move)
