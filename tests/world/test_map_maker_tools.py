"""What map makers rely on while playing: F5 reload, F3 overlay, errors that never crash."""

from __future__ import annotations

from pathlib import Path

from helpers import InputScript

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action, InputState
from game.ui.error_scene import ErrorScene
from game.world.scene import WorldScene


def workspace(slice_root: Path) -> Path:
    """The slice's maps folder (a fresh copy per test), whose tilesets resolve."""
    return slice_root / "maps"


def start(map_path: Path, frames: int = 5, script: Path | None = None) -> Game:
    argv = ["--map", str(map_path), "--frames", str(frames)]
    if script is not None:
        argv += ["--input", str(script)]
    game = Game(parse_args(argv))
    game.run()
    return game


def press(game: Game, action: Action, steps: int = 2) -> None:
    game.ctx.stack.update(InputState(frozenset({action}), frozenset({action}), frozenset()))
    for _ in range(steps):
        game.ctx.stack.update(InputState())


def test_f5_reloads_the_edited_map_and_keeps_the_player_in_place(
    tmp_path: Path, display, slice_root: Path
) -> None:
    hall = workspace(slice_root) / "palace_hall.tmx"
    script = InputScript().wait(2).hold("up", 20).write(tmp_path / "in.txt")
    game = start(hall, 30, script)
    scene = game.ctx.stack.find(WorldScene)
    assert scene is not None and scene.world is not None
    before = (scene.world.player.x, scene.world.player.y)
    hall.write_text(hall.read_text().replace('value="The Royal Wing"', 'value="Edited Hall"'))
    press(game, Action.DEBUG_RELOAD)
    assert scene.world.data.title == "Edited Hall"
    assert (scene.world.player.x, scene.world.player.y) == before


def test_f5_with_a_broken_edit_keeps_playing_the_old_map(
    tmp_path: Path, display, slice_root: Path
) -> None:
    hall = workspace(slice_root) / "palace_hall.tmx"
    game = start(hall)
    scene = game.ctx.stack.find(WorldScene)
    assert scene is not None and scene.world is not None
    old = scene.world
    hall.write_text(hall.read_text().replace('type="Door"', 'type="Dorr"'))
    press(game, Action.DEBUG_RELOAD)
    top = game.ctx.stack.top
    assert isinstance(top, ErrorScene) and "unknown class 'Dorr'" in top.message
    assert scene.world is old
    press(game, Action.CONFIRM)
    assert game.ctx.stack.top is scene


def test_a_door_to_a_missing_map_explains_and_stays(
    tmp_path: Path, display, slice_root: Path
) -> None:
    hall = workspace(slice_root) / "palace_hall.tmx"
    hall.write_text(hall.read_text().replace('value="kara_room"', 'value="no_such_room"'))
    script = InputScript().wait(5).hold("up", 200).wait(30).write(tmp_path / "in.txt")
    game = start(hall, 240, script)
    scene = game.ctx.stack.find(WorldScene)
    assert scene is not None and scene.world is not None
    assert scene.world.data.name == "palace_hall"
    errors = [s for s in game.ctx.stack if isinstance(s, ErrorScene)]
    assert errors and "no_such_room" in errors[0].message


def test_f3_toggles_the_debug_overlay(tmp_path: Path, display, slice_root: Path) -> None:
    game = start(slice_root / "maps" / "palace_hall.tmx")
    scene = game.ctx.stack.find(WorldScene)
    assert scene is not None and not scene.debug
    plain = game.display.canvas.copy()
    press(game, Action.DEBUG_OVERLAY, steps=0)
    assert scene.debug
    scene.draw(game.display.canvas)
    assert game.display.canvas.get_view("2").raw != plain.get_view("2").raw
