"""Title, pause, save/load and settings, driven like a player through the real loop."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pygame
import pytest
from helpers import InputScript, run_game

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action
from game.screens.backlog import BacklogScene
from game.screens.controls import ControlsScene
from game.screens.pause import PauseScene
from game.screens.title import TitleScene
from game.world.scene import WorldScene


def saves_dir(home: Path) -> Path:
    found = [p for p in home.rglob("saves") if p.is_dir()]
    assert found, f"no saves folder under {home}"
    return found[0]


def test_new_game_from_the_title(tmp_path: Path, home: Path, display, slice_root) -> None:
    script = InputScript().wait(10).tap("confirm").wait(60)
    game = run_game(
        ["--input", str(script.write(tmp_path / "in.txt")), "--frames", str(script.frame)]
    )
    world = game.ctx.stack.find(WorldScene)
    assert world is not None and world.world is not None
    assert world.world.data.name == game.ctx.content.start_map
    assert game.ctx.stack.find(TitleScene) is None


def test_save_in_slot_then_continue_restores_place_and_flags(
    tmp_path: Path, home: Path, display, slice_root
) -> None:
    walk = (
        InputScript()
        .wait(5)
        .hold("up", 30)
        .hold("left", 20)
        .tap("menu")
        .wait(5)
        .tap("down")
        .tap("confirm")
        .wait(5)  # Pause > Save
        .tap("confirm")
        .wait(10)
    )  # slot 1
    game = run_game(
        [
            "--map",
            "palace_hall",
            "--input",
            str(walk.write(tmp_path / "a.txt")),
            "--frames",
            str(walk.frame),
        ]
    )
    world = game.ctx.stack.find(WorldScene)
    assert world is not None and world.world is not None
    where = (world.world.player.x, world.world.player.y)
    assert (saves_dir(home) / "slot_1.json").is_file()
    assert (saves_dir(home) / "slot_1.png").is_file()  # the thumbnail sits beside the JSON
    again = InputScript().wait(10).tap("confirm").wait(60)  # Title: Continue is preselected
    game2 = run_game(
        ["--input", str(again.write(tmp_path / "b.txt")), "--frames", str(again.frame)]
    )
    world2 = game2.ctx.stack.find(WorldScene)
    assert world2 is not None and world2.world is not None
    assert (world2.world.player.x, world2.world.player.y) == pytest.approx(where)


def test_saving_is_refused_mid_dialogue(tmp_path: Path, home: Path, display, slice_root) -> None:
    game = Game(parse_args(["--map", "palace_hall", "--frames", "1"]))
    game.run()
    world = game.ctx.stack.find(WorldScene)
    assert world is not None
    world.director.start("hall_servant")
    game.ctx.stack.push(PauseScene(game.ctx, game.flow, world))
    pause = game.ctx.stack.top
    assert isinstance(pause, PauseScene)
    pause.handle(Action.DOWN)
    pause.handle(Action.CONFIRM)
    assert "can't save" in pause.message
    assert not any(home.rglob("slot_1.json"))


def test_autosave_on_map_change(tmp_path: Path, home: Path, display, slice_root) -> None:
    script = InputScript().wait(5).hold("up", 200).wait(60)
    run_game(
        [
            "--map",
            "palace_hall",
            "--fast",
            "--input",
            str(script.write(tmp_path / "i.txt")),
            "--frames",
            str(script.frame),
        ]
    )
    auto = saves_dir(home) / "slot_auto.json"
    assert auto.is_file()
    assert json.loads(auto.read_text())["session"]["map_name"] == "kara_room"


def test_settings_survive_a_restart(tmp_path: Path, home: Path, display, slice_root) -> None:
    # Title (Continue is disabled and skipped) > Settings > Effects volume: left twice.
    script = (
        InputScript()
        .wait(5)
        .tap("down", 2)
        .tap("confirm")
        .wait(3)
        .tap("down")
        .tap("left", 2)
        .tap("cancel")
        .wait(5)
    )
    game = run_game(
        ["--input", str(script.write(tmp_path / "s.txt")), "--frames", str(script.frame)]
    )
    assert game.flow.settings.sfx_volume == pytest.approx(0.6)
    restarted = Game(parse_args(["--frames", "1"]))
    assert restarted.flow.settings.sfx_volume == pytest.approx(0.6)


def test_key_remapping_takes_effect(tmp_path: Path, home: Path, display, slice_root) -> None:
    game = Game(parse_args(["--frames", "1"]))
    game.run()
    game.ctx.stack.push(ControlsScene(game.ctx, game.flow, "key"))
    controls = game.ctx.stack.top
    assert isinstance(controls, ControlsScene)
    for _ in range(4):
        controls.handle(Action.DOWN)  # Up, Down, Left, Right -> Confirm
    controls.handle(Action.CONFIRM)
    game.mapper.process(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_j, mod=0))
    game.mapper.process(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_j, mod=0))
    assert Action.CONFIRM in game.mapper.step().pressed
    controls.close()
    settings_file = next(home.rglob("settings.json"))
    assert "j" in json.loads(settings_file.read_text())["keys"]["confirm"]
    assert os.environ["RED_SUN_HOME"] == str(home)


def test_pause_backlog_lists_the_lines_just_read(tmp_path: Path, home: Path, display,
                                                 slice_root) -> None:
    game = Game(parse_args(["--map", "palace_hall", "--fast", "--frames", "1"]))
    game.run()
    world = game.ctx.stack.find(WorldScene)
    assert world is not None
    world.director.backlog.append(("Kara", "The garden lights are lit."))
    game.ctx.stack.push(PauseScene(game.ctx, game.flow, world))
    pause = game.ctx.stack.top
    assert isinstance(pause, PauseScene)
    pause.menu.cursor = [item.label for item in pause.menu.items].index("Backlog")
    pause.handle(Action.CONFIRM)
    backlog = game.ctx.stack.top
    assert isinstance(backlog, BacklogScene)
    assert ("Kara", "The garden lights are lit.") in backlog.rows
