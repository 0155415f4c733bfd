"""Beats of Acts 6-7 that the text tells are also on the screen: the Kryptonian craft
stands on the runway in Act 7 without blocking the marks its scenes walk to, Rao's
drones hover over the slums until Winn's jam, and no scene that fades to black before
changing the map leaves the next one blind (it fades back in itself)."""

from __future__ import annotations

import re
from pathlib import Path

import pygame

from tests.story.pilot import start_game, world_of

STAGE2_IDS = range(13000, 14000)
RUNWAY_MARKS = ("a7_ship_door", "a7_rhea_ship", "a7_kara_ship", "a7_ship_view",
                "a7_astra_mark", "a7_alura_mark", "a7_between", "a7_runway")
DIALOGUE = Path(__file__).resolve().parents[2] / "assets" / "dialogue"


def _world(map_name: str, spawn: str, progress: int, player: str,
           flags: dict[str, object] | None = None):  # type: ignore[no-untyped-def]
    game = start_game(map_name, spawn, progress, player, flags)
    game.step()
    return world_of(game).world


def _stage2_props(world) -> list:  # type: ignore[no-untyped-def]
    return [p for p in world.props if p.ref.object_id in STAGE2_IDS]


def test_the_kryptonian_ship_stands_on_the_runway_in_act_seven(display) -> None:
    world = _world("hangar", "a7_runway", 90, "kara")
    ship = _stage2_props(world)
    assert len(ship) >= 30  # the whole hull, not a stray tile
    solid = [p.rect() for p in ship if p.solid]
    assert solid, "the hull should be walked around, not through"
    for mark in RUNWAY_MARKS:
        spot = world.data.spawns[mark]
        feet = pygame.Rect(round(spot.x) - 4, round(spot.y) - 4, 8, 8)
        assert not any(r.colliderect(feet) for r in solid), f"the hull covers {mark}"
    door = world.data.spawns["a7_ship_door"]
    assert any(p.rect().collidepoint(door.x, door.y - 16) for p in ship)  # the ramp is there


def test_no_kryptonian_ship_before_act_seven(display) -> None:
    assert not _stage2_props(_world("hangar", "door_in", 60, "alex"))


def test_drones_hover_over_the_slums_until_winns_jam(display) -> None:
    live = _stage2_props(_world("slums", "a6_slums", 83, "lena_jacket"))
    assert len(live) >= 10
    assert sum(p.light is not None for p in live) >= 10  # red eyes that light the night
    jammed = _world("slums", "a6_outside", 85, "lena_jacket", {"a6_jammed": True})
    assert not _stage2_props(jammed)
    assert not _stage2_props(_world("slums", "a6_slums", 63, "lena_jacket"))  # not in Act 4


NODE = re.compile(r"^title: (\S+)\n(.*?)^===", re.S | re.M)


def _blind_endings() -> list[str]:
    """Nodes that fade out, change the map and never fade back in."""
    bad = []
    for path in sorted(DIALOGUE.glob("*.yarn")):
        for title, body in NODE.findall(path.read_text(encoding="utf-8")):
            cmds = re.findall(r"<<(fade_out|fade_in|change_map|jump)\b", body)
            if "change_map" not in cmds:
                continue
            last = len(cmds) - 1 - cmds[::-1].index("change_map")
            before = [c for c in cmds[:last] if c in ("fade_out", "fade_in")]
            after = cmds[last + 1:]
            if "jump" in after:  # the scene goes on in the node it jumps to
                continue
            if before and before[-1] == "fade_out" and "fade_in" not in after:
                bad.append(f"{path.name}:{title}")
    return bad


def test_scenes_that_fade_out_before_a_new_map_fade_back_in() -> None:
    assert _blind_endings() == []


def test_the_jam_drops_the_drones_in_the_middle_of_its_scene(display) -> None:
    game = start_game("slums", "a6_outside", 85, "lena_jacket")
    game.step()
    world = world_of(game).world
    assert _stage2_props(world)
    street = len([p for p in world.props if p.ref.object_id not in STAGE2_IDS])
    game.ctx.flags.set("a6_jammed", True)
    world.refresh_props()  # what <<refresh_props>> does while the jam's scene still runs
    assert not _stage2_props(world)
    fallen = [p for p in world.props if p.ref.object_id not in STAGE2_IDS]
    assert len(fallen) > street  # the street's fallen drones lie there now


def test_the_ship_has_left_by_sunrise(display) -> None:
    """Rhea sails on it: the credits' dawn pan over the runway shows an empty runway."""
    assert not _stage2_props(_world("hangar", "a7_runway", 99, "kara"))
