"""The line, flown for real from the landing scene: holding still is waved through;
moving under the red scan makes a guard look twice, raises the Queen's suspicion and
Maggie says so on the landing pad."""

from __future__ import annotations

import pygame

from game.app import Game
from game.world.scene import WorldScene
from tests.ride.test_ride_flow import fly_out, next_ride, tap
from tests.story.pilot import start_game


def landing() -> Game:
    """Arrived as Act Four's palace part leaves her: Lena, at the pod pad, progress 50."""
    return start_game("slums_line", "pod_landing", 50, "lena")


def first_line(game: Game) -> str:
    """Read on to the first spoken line after the ride; return 'Speaker: text'."""
    for _ in range(400):
        scene = game.ctx.stack.top
        if isinstance(scene, WorldScene) and scene.box.speaker:
            return f"{scene.box.speaker}: {' '.join(scene.box.pages[0])}"
        game.step()
    raise AssertionError("nobody spoke after the ride")


def test_holding_still_at_the_line_lands_without_a_second_look(display, home) -> None:
    game = landing()
    ride = next_ride(game)
    assert ride.run.spec.name == "the_line"
    fly_out(game, ride)
    game.step()
    assert game.ctx.flags.get("ride_result") == "calm"
    assert "looked twice" not in first_line(game)
    assert game.ctx.flags.get("queen_suspicion") == 0


def test_moving_under_the_scan_is_remembered_on_the_landing_pad(display, home) -> None:
    game = landing()
    ride = next_ride(game)
    fly_out(game, ride, hold=pygame.K_LEFT)
    game.step()
    assert game.ctx.flags.get("ride_result") == "noticed"
    assert first_line(game).startswith("Maggie: They looked twice")
    assert game.ctx.flags.get("queen_suspicion") >= 1
    for _ in range(60):
        tap(game)
    assert game.ctx.flags.get("progress") == 51  # the story goes on all the same
