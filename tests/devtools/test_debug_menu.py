"""F9: a map maker changes flags, jumps to any map and spawn, and skips a cutscene."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from game.app import Game, debug_menu_enabled
from game.cli import parse_args
from game.core.actions import Action, InputState
from game.devtools.debug_menu import DebugMenuScene
from game.world.scene import WorldScene


def _game(slice_root: Path, *extra: str) -> tuple[Game, WorldScene]:
    game = Game(parse_args(["--map", str(slice_root / "maps" / "palace_hall.tmx"),
                            "--frames", "2", *extra]))
    game.run()
    world = game.ctx.stack.find(WorldScene)
    assert isinstance(world, WorldScene) and world.world is not None
    return game, world


def _press(game: Game, *actions: Action) -> None:
    """One step per press, the flow answering requests after each, as in the game loop."""
    for action in actions:
        game.ctx.stack.update(InputState(frozenset({action}), frozenset({action}),
                                         frozenset()))
        game.flow.after_step()
        game.ctx.stack.update(InputState())
        game.flow.after_step()


def _menu(game: Game) -> DebugMenuScene:
    top = game.ctx.stack.top
    assert isinstance(top, DebugMenuScene)
    return top


def _choose(game: Game, label: str) -> None:
    menu = _menu(game)
    labels = [row.label for row in menu.rows]
    steps = labels.index(label)
    _press(game, *([Action.DOWN] * steps), Action.CONFIRM)


def test_f9_opens_the_menu_and_f9_closes_it(display, slice_root: Path) -> None:
    game, world = _game(slice_root)
    _press(game, Action.DEBUG_MENU)
    assert _menu(game).title == "Map maker menu"
    _press(game, Action.DEBUG_MENU)
    assert game.ctx.stack.top is world


def test_flags_are_shown_and_changed_with_left_and_right(display, slice_root: Path) -> None:
    game, _ = _game(slice_root)
    _press(game, Action.DEBUG_MENU)
    _choose(game, "Flags")
    menu = _menu(game)
    names = [row.label for row in menu.rows]
    assert names == sorted(game.ctx.flags.declarations)
    index = names.index("talked_to_monel")
    trust = names.index("lena_trust")
    assert trust < index
    _press(game, *([Action.DOWN] * index))
    assert menu.rows[menu.cursor].value is not None
    assert menu.rows[menu.cursor].value() == "False"
    _press(game, Action.RIGHT)
    assert game.ctx.flags.get("talked_to_monel") is True
    _press(game, *([Action.UP] * (index - trust)), Action.RIGHT, Action.RIGHT, Action.LEFT)
    assert menu.rows[menu.cursor].label == "lena_trust"
    assert game.ctx.flags.get("lena_trust") == 1


def test_jump_to_any_map_and_spawn(display, slice_root: Path) -> None:
    game, world = _game(slice_root)
    _press(game, Action.DEBUG_MENU)
    _choose(game, "Jump to map")
    assert [row.label for row in _menu(game).rows] == ["kara_room", "palace_hall"]
    _choose(game, "palace_hall")
    assert [row.label for row in _menu(game).rows] == ["start", "from_room"]
    _choose(game, "from_room")
    assert game.ctx.stack.top is world
    assert world.world is not None and world.world.data.name == "palace_hall"
    spawn = world.world.data.spawns["from_room"]
    assert (world.world.player.x, world.world.player.y) == (spawn.x, spawn.y)
    _press(game, Action.DEBUG_MENU)
    _choose(game, "Jump to map")
    _choose(game, "kara_room")
    _choose(game, "from_hall")
    assert world.world.data.name == "kara_room"


def test_skip_ends_the_running_cutscene(display, slice_root: Path) -> None:
    game, world = _game(slice_root)
    world.director.start("hall_monel")
    assert world.director.active
    _press(game, Action.DEBUG_MENU)
    _choose(game, "Skip cutscene")
    assert not world.director.active
    assert game.ctx.stack.top is world


def test_the_menu_is_off_in_a_bundle_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RED_SUN_DEBUG_MENU", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not debug_menu_enabled(parse_args([]))
    assert debug_menu_enabled(parse_args(["--debug-menu"]))
    monkeypatch.setenv("RED_SUN_DEBUG_MENU", "1")
    assert debug_menu_enabled(parse_args([]))


def test_f9_does_nothing_when_the_menu_is_off(display, slice_root: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    game, world = _game(slice_root)
    _press(game, Action.DEBUG_MENU)
    assert game.ctx.stack.top is world
