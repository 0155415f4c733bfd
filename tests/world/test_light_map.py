"""A lit frame drawn from the kept light map (its chunks, the last frame's map) shows
exactly what drawing every glow afresh, one by one, shows: standing, walking across chunk
edges, with a lamp switched by a flag, the light fading between modes and changing mode."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.dialogue.flags import FlagDecl, FlagStore
from game.world.camera import Camera
from game.world.character import SpriteSheet
from game.world.conditions import flag_conditions
from game.world.light_map import CHUNK, NEAR, LightMap
from game.world.loader import load_map
from game.world.render import LightingLook, MapRenderer
from game.world.world import World
from tests.world.references import add_every_glow

ROOT = Path(__file__).resolve().parents[2]
SCONCE, CRATE = 1 + 237, 1 + 230  # palace.tsx: a sconce ("40,orange" light), a crate
NIGHT, SUNSET = LightingLook((92, 96, 160), 220), LightingLook((255, 196, 170), 90)


def lit_hall(tmp_path: Path, width: int = 64, height: int = 40) -> Path:
    """A hall wider and taller than the view, sconces every few cells (some close enough
    that their glows overlap) but for a dark stretch from x 480 to 800, and a lamp (a
    crate with a light) shown while $lamp_on."""
    tileset = (ROOT / "assets" / "tilesets" / "palace.tsx").as_posix()
    floor = ",".join("1" for _ in range(width * height))
    lamps = ",".join(str(SCONCE) if (x * 7 + y * 3) % 23 == 0 and (x < 30 or x > 50)
                     else "0"
                     for y in range(height) for x in range(width))
    path = tmp_path / "hall.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="{width}"
 height="{height}" tilewidth="16" tileheight="16" infinite="0" nextlayerid="4"
 nextobjectid="3">
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="{width}" height="{height}"><data encoding="csv">
{floor}
</data></layer>
 <layer id="2" name="walls" width="{width}" height="{height}"><data encoding="csv">
{lamps}
</data></layer>
 <objectgroup id="3" name="objects">
  <object id="1" name="start" type="Spawn" x="40" y="60"><point/></object>
  <object id="2" name="lamp" type="Prop" gid="{CRATE}" x="250" y="260" width="16" height="16">
   <properties><property name="when" value="$lamp_on"/>
    <property name="light" value="48,orange"/></properties>
  </object>
 </objectgroup>
</map>""")
    return path


def hall_world(tmp_path: Path, width: int = 64, height: int = 40) -> tuple[World, FlagStore]:
    flags = FlagStore([FlagDecl("lamp_on", bool, False)])
    sheet = SpriteSheet.from_surface(pygame.Surface((64, 128)))
    world = World(load_map(lit_hall(tmp_path, width, height)), lambda c: sheet,
                  flag_conditions(flags), set(), lambda: 0.5, "kara")
    return world, flags


def glow_image() -> pygame.Surface:
    return pygame.image.load(str(ROOT / "assets" / "fx" / "glow.png")).convert_alpha()


def frame(renderer: MapRenderer, world: World, camera: Camera, look: LightingLook,
          mode: str) -> bytes:
    canvas = pygame.Surface((480, 270))
    renderer.draw(canvas, camera, [], 0, look, world.lights, mode, world.props)
    return pygame.image.tobytes(canvas, "RGB")


def every_glow_afresh(world: World, camera: Camera, look: LightingLook, mode: str,
                      glow: pygame.Surface) -> bytes:
    """The reference: the tinted scene, then a light map of every light's glow drawn
    one by one, met by the brightest value, added on (the renderer before round six)."""
    canvas = pygame.Surface((480, 270))
    MapRenderer(world.data.layers).draw(canvas, camera, [], 0, look, (), mode, world.props)
    add_every_glow(canvas, world.lights, pygame.Rect(*camera.offset, 480, 270),
                   LightMap(glow), look.glow)
    return pygame.image.tobytes(canvas, "RGB")


def test_a_kept_light_map_shows_what_drawing_every_glow_afresh_shows(display,
                                                                     tmp_path) -> None:
    world, flags = hall_world(tmp_path)
    glow = glow_image()
    kept = MapRenderer(world.data.layers, glow)
    camera = Camera(*world.data.pixel_size)
    assert len(world.data.lights) > 20
    steps: list[tuple[str, LightingLook, str]] = []

    def check(what: str, look: LightingLook = NIGHT, mode: str = "night") -> None:
        ours = frame(kept, world, camera, look, mode)
        assert ours == every_glow_afresh(world, camera, look, mode, glow), what
        steps.append((what, look, mode))

    for i in range(4):
        check(f"standing {i}")
    for i in range(60):  # walking right and down, the view's edges over chunk edges
        camera.x += 5.4
        camera.y += 7 if i % 3 else 0
        check(f"walking {i}")
    assert camera.x > CHUNK and camera.y > CHUNK
    camera.x, camera.y = 100, 100  # the lamp (at 258, 252) in view
    check("over the lamp")
    for on in (True, True, False, False, True):
        flags.set("lamp_on", on)
        world.refresh_npcs()
        assert bool(world.lights.extra) == on
        check(f"the lamp {'on' if on else 'off'}")
    for k in range(0, 31, 5):  # a fade: the glow strength moves every frame
        glow_now = round(NIGHT.glow + (SUNSET.glow - NIGHT.glow) * k / 30)
        check(f"fade {k}", LightingLook(SUNSET.tint, glow_now), "sunset")
    for i in range(3):  # the new strength held: standing, then walking at it
        check(f"sunset {i}", SUNSET, "sunset")
    for i in range(6):
        camera.x -= 4
        check(f"walking at sunset {i}", SUNSET, "sunset")
    for i in range(3):
        check(f"night again {i}")
        camera.y -= 5
    camera.x -= 300  # a jump back (a cut)
    check("after a cut")
    check("standing after the cut")
    for i in range(30):  # into the dark stretch and back
        camera.x += 24 if i < 15 else -24
        check(f"into the dark {i}")
    camera.x = 0
    check("all lit")
    camera.x = 300  # a cut: an unlit chunk between two lit ones
    check("a cut to the dark stretch")
    # The frames differ from each other: the comparison is of pictures, not of blanks.
    assert frame(kept, world, camera, NIGHT, "night") != frame(kept, world, camera,
                                                                SUNSET, "sunset")
    assert len(steps) > 50


def test_a_long_walk_keeps_only_the_light_chunks_near_the_view(display, tmp_path) -> None:
    world, _flags = hall_world(tmp_path, width=200, height=40)
    renderer = MapRenderer(world.data.layers, glow_image())
    camera = Camera(*world.data.pixel_size)
    assert renderer._lights is not None
    for _ in range(300):
        camera.x = min(camera.x + 10, world.data.pixel_size[0] - 480)
        frame(renderer, world, camera, NIGHT, "night")
    span = (480 // CHUNK + 2 + 2 * NEAR) * (270 // CHUNK + 2 + 2 * NEAR)
    assert 0 < len(renderer._lights._chunks) <= span
    assert camera.x > 2500
