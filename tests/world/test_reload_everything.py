"""F5 reloads flags.json and the character list with the map: no restart for a new flag."""

from __future__ import annotations

import json
from pathlib import Path

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action, InputState
from game.ui.error_scene import ErrorScene
from game.world.scene import WorldScene


def _press_reload(game: Game) -> None:
    game.ctx.stack.update(InputState(frozenset({Action.DEBUG_RELOAD}),
                                     frozenset({Action.DEBUG_RELOAD}), frozenset()))
    game.ctx.stack.update(InputState())


def _start(hall: Path) -> tuple[Game, WorldScene]:
    game = Game(parse_args(["--map", str(hall), "--frames", "3"]))
    game.run()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None
    return game, scene


def test_a_flag_declared_while_playing_works_after_f5(display, slice_root: Path) -> None:
    hall = slice_root / "maps" / "palace_hall.tmx"
    flags_file = slice_root / "assets" / "data" / "flags.json"
    game, scene = _start(hall)
    game.ctx.flags.set("talked_to_monel", True)
    banner = '<property name="dialogue" value="hall_banner"/>'
    hall.write_text(hall.read_text().replace(
        banner, banner + '\n   <property name="when" value="$lamp_lit"/>', 1))
    _press_reload(game)  # the flag is not declared yet: the map stays as it was
    top = game.ctx.stack.top
    assert isinstance(top, ErrorScene) and "lamp_lit" in top.message
    game.ctx.stack.remove(top)
    flags = json.loads(flags_file.read_text())
    flags["lamp_lit"] = {"type": "bool", "default": True, "doc": "The hall lamp burns."}
    flags_file.write_text(json.dumps(flags))
    _press_reload(game)
    assert game.ctx.stack.top is scene
    assert game.ctx.flags.get("lamp_lit") is True
    assert game.ctx.flags.get("talked_to_monel") is True  # the story so far is kept
    assert any(s.when.text == "$lamp_lit" for s in scene.world.data.signs)


def test_a_flag_whose_type_changed_is_reset_and_named(display, slice_root: Path) -> None:
    hall = slice_root / "maps" / "palace_hall.tmx"
    flags_file = slice_root / "assets" / "data" / "flags.json"
    game, _ = _start(hall)
    game.ctx.flags.set("talked_to_monel", True)
    flags = json.loads(flags_file.read_text())
    flags["talked_to_monel"] = {"type": "int", "default": 0, "doc": "Times Kara spoke to him."}
    flags_file.write_text(json.dumps(flags))
    _press_reload(game)
    top = game.ctx.stack.top
    assert isinstance(top, ErrorScene) and top.title == "Reloaded"
    assert "flag 'talked_to_monel' is now an int: back to its default 0" in top.message
    assert game.ctx.flags.get("talked_to_monel") == 0


def test_a_new_character_is_known_after_f5(display, slice_root: Path) -> None:
    data = slice_root / "assets" / "data"
    chars = json.loads((data / "characters.json").read_text())
    (data / "characters.json").unlink()  # the slice links the real file; edit a copy
    (data / "characters.json").write_text(json.dumps(chars))
    game, _ = _start(slice_root / "maps" / "palace_hall.tmx")
    assert game.ctx.content.speaker("Gardener") is None
    chars["gardener"] = {**chars["kara"], "name": "Gardener"}
    (data / "characters.json").write_text(json.dumps(chars))
    _press_reload(game)
    info = game.ctx.content.speaker("Gardener")
    assert info is not None and info.id == "gardener"
