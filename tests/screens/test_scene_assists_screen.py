"""Settings > Stealth and pod rides: the player turns Skip on and the game keeps it."""

from __future__ import annotations

import pygame

from game.app import Game
from game.cli import parse_args
from game.persistence.settings import load_settings
from game.screens.scene_assists import SceneAssistsScene


def press(game: Game, code: int) -> None:
    game.mapper.process(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0))
    game.step()
    game.mapper.process(pygame.event.Event(pygame.KEYUP, key=code, mod=0))
    game.step()


def test_skip_stealth_is_turned_on_from_the_settings_and_saved(display, home) -> None:
    game = Game(parse_args(["--frames", "1"]))
    game.run()
    game.flow.open_settings()
    for _ in range(10):  # down to "Story scenes"
        press(game, pygame.K_DOWN)
    press(game, pygame.K_z)
    assert isinstance(game.ctx.stack.top, SceneAssistsScene)
    press(game, pygame.K_DOWN)  # "Skip stealth"
    press(game, pygame.K_RIGHT)
    assert game.flow.settings.skip_stealth
    press(game, pygame.K_x)  # back: saved on the way out
    assert not isinstance(game.ctx.stack.top, SceneAssistsScene)
    saved, _ = load_settings(game.flow.paths)
    assert saved.skip_stealth
