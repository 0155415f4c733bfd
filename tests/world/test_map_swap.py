"""The frame at black that swaps two maps: the map left behind is freed in it, the
heap the world began with stays out of the collector's way until the world scene
leaves, and the autosave it makes does not read a map the world already loaded."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

import game.world.save_facts as save_facts
from game.app import Game
from game.cli import parse_args
from game.core.actions import Action, InputState
from game.persistence.saves import AUTO_SLOT
from game.ui.fade import FadeScene
from game.world.scene import WorldScene

RIGHT = InputState(frozenset({Action.RIGHT}), frozenset(), frozenset())


def _through_the_slums_exit(game: Game) -> WorldScene:
    """Walk right from the slums' spawn until the fade through the exit has ended."""
    stack = game.ctx.stack
    for _ in range(300):
        stack.update(RIGHT)
        game.flow.after_step()
        game.ctx.frame += 1
        world = stack.find(WorldScene)
        assert world is not None
        if world.session.map_name == "slums_line" and stack.find(FadeScene) is None:
            return world
    raise AssertionError("walking right never came through to slums_line")


def test_the_map_left_behind_is_freed_and_the_freeze_ends_with_the_world(
        home: Path) -> None:
    game = Game(parse_args(["--map", "slums", "--frames", "1"]))
    game.start()
    scene = game.ctx.stack.find(WorldScene)
    assert scene is not None and scene.world is not None
    assert gc.get_freeze_count() > 0  # the story, fonts, modules: out of the collector's way
    left = weakref.ref(scene.world)
    left_map = weakref.ref(scene.world.data)
    _through_the_slums_exit(game)
    assert left() is None and left_map() is None
    game.flow.to_title()
    assert gc.get_freeze_count() == 0


def test_the_autosave_at_a_door_reads_no_map_again(
        home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    game = Game(parse_args(["--map", "slums", "--frames", "1"]))
    game.start()
    reads: list[Path] = []
    real = save_facts.load_map

    def counting(path: Path, *args, **kwargs):
        reads.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(save_facts, "load_map", counting)
    world = _through_the_slums_exit(game)  # the door's autosave: the slot was empty
    game.flow.autosave(world)  # the save kept as backup names slums_line: checked
    assert reads == []
    saves = game.flow.saves
    assert saves.read_backup(AUTO_SLOT).session.map_name == "slums_line"
    assert saves.read(AUTO_SLOT).session.map_name == "slums_line"
