"""The balcony's still backdrop layers (sky, sun, hills), kept composed between frames,
show what drawing every layer afresh shows: standing, walking, the pods drifting, the
hour changing and a cross-fade between two hours."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.world.camera import Camera
from game.world.loader import load_map
from game.world.render import DAYLIGHT, MapRenderer

ROOT = Path(__file__).resolve().parents[2]


def test_kept_backdrops_show_what_every_layer_drawn_afresh_shows(display) -> None:
    data = load_map(ROOT / "maps" / "balcony.tmx")
    kept = MapRenderer(data.layers)
    camera = Camera(*data.pixel_size)
    seen: set[bytes] = set()

    def check(what: str, mode: str, clock: int, fade: tuple[str, float] | None = None) -> None:
        ours, fresh = pygame.Surface((480, 270)), pygame.Surface((480, 270))
        kept.draw(ours, camera, [], clock, DAYLIGHT, (), mode, (), fade_from=fade)
        MapRenderer(data.layers).draw(fresh, camera, [], clock, DAYLIGHT, (), mode, (),
                                      fade_from=fade)
        picture = pygame.image.tobytes(ours, "RGB")
        assert picture == pygame.image.tobytes(fresh, "RGB"), what
        seen.add(picture)

    clock = 0
    for mode in ("day", "night", "day"):
        for i in range(3):
            clock += 17
            check(f"{mode}: standing {i}", mode, clock)
        for i in range(24):  # the sun and hills move a pixel every few frames
            camera.x += 1.3
            camera.y += 0.6 if i % 2 else 0
            clock += 17
            check(f"{mode}: walking {i}", mode, clock)
        camera.x, camera.y = 0, 0
    for k in range(0, 30, 4):
        clock += 17
        check(f"a fade from night {k}", "sunset", clock, ("night", 1 - k / 30))
    check("after the fade", "sunset", clock)
    assert len(seen) > 60  # the pictures moved: the pods drift, the camera walked
