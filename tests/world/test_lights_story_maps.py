"""On the story maps that are lit, a frame drawn from the kept light map (its chunks, the
last frame's map) shows what drawing every glow afresh shows: at several camera spots,
standing and walking, in each map's own lighting mode, through a fade to another mode
and in it."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.world.camera import VIEW_H, VIEW_W, Camera
from game.world.light_map import LightMap
from game.world.light_set import LightSet, light_box
from game.world.loader import load_map
from game.world.render import LightingLook, MapRenderer
from game.world.spatial import SpatialIndex
from tests.world.references import add_every_glow

ROOT = Path(__file__).resolve().parents[2]
LOOKS = {mode: LightingLook(tuple(spec["tint"]), spec["glow"])  # type: ignore[arg-type]
         for mode, spec in json.loads((ROOT / "assets" / "lighting.json").read_text()).items()}


def glow_image() -> pygame.Surface:
    return pygame.image.load(str(ROOT / "assets" / "fx" / "glow.png")).convert_alpha()


def every_glow_afresh(renderer: MapRenderer, camera: Camera, look: LightingLook,
                      mode: str, lights: LightSet, glow: pygame.Surface) -> bytes:
    """The reference: the tinted scene, then every light's glow drawn one by one into a
    black light map, met by the brightest value, added on."""
    canvas = pygame.Surface((VIEW_W, VIEW_H))
    renderer.draw(canvas, camera, [], 0, look, (), mode)
    add_every_glow(canvas, lights, pygame.Rect(*camera.offset, VIEW_W, VIEW_H),
                   LightMap(glow), look.glow)
    return pygame.image.tobytes(canvas, "RGB")


@pytest.mark.parametrize("name", ["command_centre", "lower_cells", "state_dining", "temple",
                                  "garden"])
def test_a_lit_story_map_draws_every_glow_as_drawing_it_afresh_does(display,
                                                                     name: str) -> None:
    data = load_map(ROOT / "maps" / f"{name}.tmx")
    mode = data.properties.get("lighting", "day")
    assert LOOKS[mode].glow > 0 and len(data.lights) >= 5
    lights = LightSet(SpatialIndex((lt, light_box(lt)) for lt in data.lights), data.lights, [])
    glow = glow_image()
    kept, plain = MapRenderer(data.layers, glow), MapRenderer(data.layers)
    camera = Camera(*data.pixel_size)
    lit_frames: set[bytes] = set()

    def check(what: str, look: LightingLook, shown: str) -> None:
        canvas = pygame.Surface((VIEW_W, VIEW_H))
        kept.draw(canvas, camera, [], 0, look, lights, shown)
        ours = pygame.image.tobytes(canvas, "RGB")
        assert ours == every_glow_afresh(plain, camera, look, shown, lights, glow), what
        lit_frames.add(ours)

    w, h = data.pixel_size
    for spot in [(0, 0), (w // 2, h // 3), (w, h), (w // 3, h)]:
        camera.x, camera.y = spot
        for i in range(3):
            check(f"standing at {spot} {i}", LOOKS[mode], mode)
        for i in range(12):  # a walk: the view's edges over the light chunks' edges
            camera.x += 9 if spot[0] < w // 2 else -9
            camera.y += 5 if i % 2 else 0
            check(f"walking from {spot} {i}", LOOKS[mode], mode)
    other = "sunset" if mode != "sunset" else "night"
    for k in range(0, 11, 2):  # a fade: the glow strength moves every frame
        glow_now = round(LOOKS[mode].glow + (LOOKS[other].glow - LOOKS[mode].glow) * k / 10)
        check(f"fade {k}", LightingLook(LOOKS[other].tint, glow_now), other)
    for i in range(3):
        check(f"in {other} {i}", LOOKS[other], other)
    assert len(lit_frames) > 5  # the pictures changed with the view and the light
