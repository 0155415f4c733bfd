"""Light that matches the hour: shafts by day only, moonlight by night, blends, traffic."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pygame
import pytest

from game.core.errors import ContentError
from game.world.backdrop import draw_image_layer
from game.world.camera import Camera
from game.world.layers import ImageLayer
from game.world.loader import load_map
from game.world.render import DAYLIGHT, MapRenderer
from game.world.scene import WorldScene
from tests.helpers import run_game

ROOT = Path(__file__).resolve().parents[2]
MAPS = sorted((ROOT / "maps").glob("*.tmx"))
DAY_MODES = {"day", "sunset", "dawn"}


def tile_names(tsx: Path) -> dict[int, str]:
    root = ET.parse(tsx).getroot()
    return {int(t.get("id", "0")): p.get("value", "")
            for t in root.findall("tile") for p in t.iter("property") if p.get("name") == "name"}


def layers_and_tiles(tmx: Path) -> list[tuple[str, set[str], set[str]]]:
    """(layer name, its lighting modes, tile names it uses) for every tile layer."""
    root = ET.parse(tmx).getroot()
    names: dict[int, str] = {}
    for ts in root.findall("tileset"):
        first = int(ts.get("firstgid", "1"))
        for local, name in tile_names((tmx.parent / ts.get("source", "")).resolve()).items():
            names[first + local] = name
    out = []
    for layer in root.findall("layer"):
        modes = {m.strip() for p in layer.iter("property") if p.get("name") == "lighting"
                 for m in p.get("value", "").split(",") if m.strip()}
        text = (layer.findtext("data") or "").replace("\n", "")
        used = {names.get(int(v) & 0x0FFFFFFF, "") for v in text.split(",") if v.strip() != "0"}
        out.append((layer.get("name", ""), modes, used))
    return out


@pytest.mark.parametrize("tmx", MAPS, ids=lambda p: p.stem)
def test_no_daylight_is_baked_into_a_room(tmx: Path) -> None:
    """A sun shaft on an always-on layer is daylight in a night-time room."""
    for name, modes, used in layers_and_tiles(tmx):
        assert not any(n.startswith("window_light") for n in used), f"{tmx.stem}/{name}"
        if any(n.startswith("shaft_sun") for n in used):
            assert modes and modes <= DAY_MODES, f"{tmx.stem}/{name}: sun shafts at {modes}"
        if any(n.startswith("shaft_moon") for n in used):
            assert modes and not modes & {"day"}, f"{tmx.stem}/{name}: moonlight by day"


def shaft_pixels(renderer: MapRenderer, camera: Camera) -> list[tuple[int, int]]:
    """Screen pixels inside the sun shafts in view."""
    sun = next(layer for layer in renderer.layers.mode_tiles if "day" in layer.lighting)
    ox, oy = camera.offset
    spots = [(x, y) for y in range(0, 270, 2) for x in range(0, 480, 2)
             if sun.surface.get_at((x + ox, y + oy)).a > 90]
    assert len(spots) > 50, "no sun shaft in view"
    return spots


def warmth(colour: tuple[float, ...]) -> float:
    return colour[0] - colour[2]


def average(canvas: pygame.Surface, spots: list[tuple[int, int]]) -> tuple[float, ...]:
    return tuple(sum(canvas.get_at(p)[i] for p in spots) / len(spots) for i in range(3))


def draw(renderer: MapRenderer, camera: Camera, mode: str,
         fade_from: tuple[str, float] | None = None) -> pygame.Surface:
    canvas = pygame.Surface((480, 270))
    renderer.draw(canvas, camera, [], 0, DAYLIGHT, [], mode, (), fade_from=fade_from)
    return canvas


@pytest.fixture
def hall(display) -> tuple[MapRenderer, Camera]:
    data = load_map(ROOT / "maps" / "grand_hall.tmx")
    camera = Camera(*data.pixel_size)
    camera.snap(320, 100)
    return MapRenderer(data.layers), camera


def test_sun_shafts_by_day_moonlight_by_night(hall: tuple[MapRenderer, Camera]) -> None:
    renderer, camera = hall
    spots = shaft_pixels(renderer, camera)
    day, night = (average(draw(renderer, camera, m), spots) for m in ("day", "night"))
    # same neutral tint for both: only the shafts differ (the hour's tint comes on top)
    assert warmth(day) > 20, "by day a warm sun shaft lies on the marble"
    assert warmth(night) <= 0, "by night it is cold moonlight, not the sun"


def test_a_change_of_light_cross_fades_the_shafts(hall: tuple[MapRenderer, Camera]) -> None:
    renderer, camera = hall
    spots = shaft_pixels(renderer, camera)
    day = average(draw(renderer, camera, "day"), spots)
    night = average(draw(renderer, camera, "night"), spots)
    start = average(draw(renderer, camera, "night", ("day", 1.0)), spots)
    middle = average(draw(renderer, camera, "night", ("day", 0.5)), spots)
    assert start == day
    assert warmth(night) + 5 < warmth(middle) < warmth(day) - 5


def test_a_drifting_layer_travels_and_wraps(display) -> None:
    pod = pygame.Surface((10, 4))
    pod.fill((255, 0, 0))
    layer = ImageLayer(pod, (100.0, 50.0), (0.5, 0.0), False, "pods", drift=20.0)
    camera = Camera(960, 270)

    def where(ms: int) -> int:
        canvas = pygame.Surface((480, 270))
        draw_image_layer(canvas, layer, camera, ms)
        xs = [x for x in range(480) if canvas.get_at((x, 51)).r == 255]
        return xs[0] if xs else -1

    assert where(1000) == where(0) + 20
    later = [where(ms) for ms in range(0, 60_000, 2_500)]
    assert all(-10 <= x < 480 for x in later if x != -1), "pods stay on the lane"
    assert len(set(later)) > 10, "pods keep moving, minute after minute"


def test_balcony_lanes_run_both_ways(display) -> None:
    data = load_map(ROOT / "maps" / "balcony.tmx")
    drifts = [layer.drift for layer in data.layers.images if layer.name.startswith("pods")]
    assert len(drifts) >= 2 and min(drifts) < 0 < max(drifts)


def test_a_wild_drift_is_a_clear_error(tmp_path: Path, display) -> None:
    image = (ROOT / "assets" / "backdrops" / "balcony" / "pods.png").as_posix()
    path = tmp_path / "fast.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="4" height="4"
 tilewidth="16" tileheight="16" infinite="0" nextlayerid="2" nextobjectid="1">
 <imagelayer id="1" name="pods">
  <properties><property name="drift" value="1e400"/></properties>
  <image source="{image}"/>
 </imagelayer>
</map>""")
    with pytest.raises(ContentError, match=r"pods.*drift"):
        load_map(path)


def test_the_balcony_sunset_blends_into_night_over_one_skyline(display) -> None:
    """The red hour turns to night in the scene itself: no cut, no other skyline."""
    game = run_game(["--map", "balcony", "--spawn", "view_pan", "--frames", "2"])
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene)
    canvas = game.display.canvas

    def sky() -> tuple[float, ...]:
        scene.banner = 0
        game.ctx.stack.draw(canvas)
        spots = [(x, y) for x in range(0, 480, 8) for y in range(60, 200, 8)]
        return average(canvas, spots)

    scene.stage.set_lighting("sunset", 1)
    sunset = sky()
    scene.stage.set_lighting("night", 120)
    assert sky() == sunset, "a blend starts from the picture on screen"
    for _ in range(60):
        scene.stage.lighting.update()
    middle = sky()
    for _ in range(60):
        scene.stage.lighting.update()
    night = sky()
    assert warmth(night) + 10 < warmth(middle) < warmth(sunset) - 10
