"""A map's Emitter follows its `when` as the flags change, though it is looked at only
on a change (issue 21): the garden's petals fall while `progress` is 30 to 33."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.app import Game
from game.cli import parse_args
from game.world.scene import WorldScene

PETALS = "map:3117"  # garden_petals: when $progress >= 30 and $progress <= 33


def _falling(world: WorldScene) -> bool:
    emitter = world.stage.particles.emitters.get(PETALS)
    return emitter is not None and emitter.running


def _play(game: Game, world: WorldScene) -> None:
    """One step of the world itself (a chapter's title card, which a new `progress`
    may bring up, holds the world still until it has gone)."""
    for _ in range(900):
        on_top = game.ctx.stack.top is world
        game.step()
        if on_top:
            return
    raise AssertionError("the world never came back to the top")


def test_the_petals_start_and_stop_with_the_flag(display: pygame.Surface, home: Path) -> None:
    game = Game(parse_args(["--map", "garden", "--fast"]))
    game.start()
    world = game.ctx.stack.find(WorldScene)
    assert isinstance(world, WorldScene)
    game.ctx.flags.set("progress", 0)
    _play(game, world)
    assert not _falling(world)
    game.ctx.flags.set("progress", 31)
    _play(game, world)
    assert _falling(world)
    world.stage.particles.stop(PETALS)  # a cutscene's stop: the map's `when` still holds
    _play(game, world)
    assert _falling(world)
    game.ctx.flags.set("progress", 40)
    _play(game, world)
    assert not _falling(world)
    for _ in range(5):
        _play(game, world)
    assert not _falling(world)
    game.ctx.flags.set("progress", 30)
    _play(game, world)
    assert _falling(world)
