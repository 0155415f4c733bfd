"""`<<ride NAME>>` from a script: the flow flies the ride scene, the script waits,
and the result lands in the flags (maps/test_ride.tmx runs both rides)."""

from __future__ import annotations

import pygame

from game.app import Game
from game.cli import parse_args
from game.ride.scene import RideScene
from game.world.scene import WorldScene


def start() -> Game:
    game = Game(parse_args(["--map", "test_ride", "--fast", "--frames", "1"]))
    game.run()
    return game


def key(game: Game, code: int, down: bool) -> None:
    kind = pygame.KEYDOWN if down else pygame.KEYUP
    game.mapper.process(pygame.event.Event(kind, key=code, mod=0))


def tap(game: Game) -> None:
    key(game, pygame.K_z, True)
    game.step()
    key(game, pygame.K_z, False)
    game.step()


def next_ride(game: Game, limit: int = 200) -> RideScene:
    for _ in range(limit):
        if isinstance(game.ctx.stack.top, RideScene):
            return game.ctx.stack.top
        tap(game)
    raise AssertionError(f"no ride; top is {game.ctx.stack.top}")


def fly_out(game: Game, ride: RideScene, hold: int | None = None, limit: int = 2000) -> None:
    """Step until the ride leaves the stack; hold a key while the scan light is on."""
    held = False
    if ride.tutorial:
        tap(game)
    for _ in range(limit):
        scanning = ride.run.scanning() is not None
        if hold is not None and scanning != held:
            key(game, hold, scanning)
            held = scanning
        game.step()
        if ride not in game.ctx.stack:
            break
    if held and hold is not None:
        key(game, hold, False)
    assert ride not in game.ctx.stack


def test_the_festival_ride_flies_and_the_script_goes_on_calm(display, home) -> None:
    game = start()
    ride = next_ride(game)
    assert ride.run.spec.name == "festival" and ride.tutorial
    t = ride.run.t
    for _ in range(20):
        game.step()
    assert ride.run.t == t  # the tutorial holds the clock
    tap(game)
    assert game.ctx.flags.get("tutorial_ride") is True
    fly_out(game, ride)
    game.step()
    assert game.ctx.flags.get("ride_result") == "calm"
    assert isinstance(game.ctx.stack.top, WorldScene)


def test_moving_under_the_scan_at_the_line_raises_the_queens_suspicion(display, home) -> None:
    game = start()
    fly_out(game, next_ride(game))
    line = next_ride(game)
    assert line.run.spec.name == "the_line" and not line.tutorial  # seen once is enough
    fly_out(game, line, hold=pygame.K_LEFT)
    game.step()
    assert game.ctx.flags.get("ride_result") == "noticed"
    assert game.ctx.flags.get("queen_suspicion") == line.run.looks >= 1


def test_holding_still_at_the_line_is_waved_through(display, home) -> None:
    game = start()
    fly_out(game, next_ride(game))
    fly_out(game, next_ride(game))
    game.step()
    assert game.ctx.flags.get("ride_result") == "calm"
    assert game.ctx.flags.get("queen_suspicion") == 0


def test_skip_in_settings_passes_the_rides(display, home) -> None:
    game = start()
    game.flow.settings.skip_rides = True
    for _ in range(40):
        tap(game)
        assert not isinstance(game.ctx.stack.top, RideScene)
    assert game.ctx.flags.get("ride_result") == "skipped"
