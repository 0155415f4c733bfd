"""Acts 5-7 framed as a player sees them (issue #14): at the moments the screenshots of
tools/story_shots_late.py looked at, nobody stands on anybody, the box leaves the one
the line is about in view, and nobody is where the story says they cannot be."""

from __future__ import annotations

import pygame

from game.world.box_place import speaker_rect
from game.world.model import Facing
from game.world.scene import WorldScene
from tests.story.pilot import start_game
from tools.stage_shots import play
from tools.story_shots_late import A6, MOMENTS

T = 16
BY_NAME = {m.name: m for m in MOMENTS}


def at(name: str) -> WorldScene:
    scene = play(BY_NAME[name]).ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None
    return scene


def where(scene: WorldScene, who: str) -> tuple[float, float]:
    found = scene.world.find(who)
    assert found is not None and found.visible, f"{who} is not on {scene.world.data.name}"
    return found.x, found.y


def apart(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(abs(a[0] - b[0]), abs(a[1] - b[1])) / T


def test_winn_steps_aside_before_lucy_gives_the_forecast(display) -> None:
    scene = at("forecast")  # Lucy stands at her mark, Winn is not behind her
    assert apart(where(scene, "Winn"), where(scene, "Lucy")) >= 2


def test_the_orders_are_given_from_the_middle_of_the_holo_pad(display) -> None:
    pad = pygame.Rect(176, 80, 32, 32)  # the pad's art on command_centre
    for name in ("retreat_order", "broadcast"):
        player = at(name).world.player
        assert abs(player.x - pad.centerx) <= 1, name


def test_james_can_be_seen_in_glass_three_when_mon_el_points_him_out(display) -> None:
    scene = at("cells")
    james = speaker_rect(scene.stage, "James")
    assert james is not None
    assert not james.colliderect(scene.box.rect)


def test_lex_walks_down_the_ramp_clear_of_alex_and_maggie(display) -> None:
    scene = at("lex")
    lex = where(scene, "Lex")
    assert min(apart(lex, where(scene, "Alex")), apart(lex, where(scene, "Maggie"))) >= 2


def test_the_ship_is_on_the_street_when_the_narration_says_it_lands(display) -> None:
    scene = at("lex_ship")
    hull = [t for t in scene.world.tiles_shown if t.name == "lex ship"]
    assert hull, "the grey hull is not drawn while it is described"
    assert any(r.colliderect(7 * T, 6 * T, 8 * T, 4 * T) for r in hull[0].solid), \
        "and it stands on the street, not a picture the player walks through"


def test_the_crowned_queen_faces_her_court(display) -> None:
    scene = at("crowned")
    assert scene.world.player.facing is Facing.DOWN


def test_nobody_sits_by_the_fire_while_the_slums_are_under_attack(display) -> None:
    game = start_game("slums", "a6_slums", 83, "lena_jacket", A6)  # the families' run
    game.step()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None
    fireside = [c for c in scene.world.staging.crowd_members()
                if 22 * T <= c.x < 31 * T and 11 * T <= c.y < 14 * T]
    assert not fireside
