"""Lighting modes are data: a new entry in assets/lighting.json is a mode the game, the
linter and the Tiled project all accept, with no Python edit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import run_game

from game.core.errors import ContentError
from game.ui.error_scene import ErrorScene
from game.world.loader import load_map
from game.world.scene import WorldScene
from tools.maps import schema
from tools.maps.lint import lint

ROOT = Path(__file__).resolve().parents[2]
LINT_FIXTURES = ROOT / "tests" / "maps" / "fixtures"
ECLIPSE = {"tint": [120, 60, 60], "glow": 200}


def _add_eclipse(assets: Path) -> None:
    table = json.loads((ROOT / "assets" / "lighting.json").read_text(encoding="utf-8"))
    target = assets / "lighting.json"
    target.unlink()  # the slice links the real file; give it its own copy
    target.write_text(json.dumps({**table, "eclipse": ECLIPSE}), encoding="utf-8")


def _set_map_lighting(path: Path, old: str, mode: str) -> None:
    text = path.read_text(encoding="utf-8")
    needle = f'<property name="lighting" value="{old}"/>'
    assert needle in text
    path.write_text(text.replace(needle, f'<property name="lighting" value="{mode}"/>'),
                    encoding="utf-8")


def test_a_mode_added_to_the_data_lights_a_map(display, slice_root: Path) -> None:
    _add_eclipse(slice_root / "assets")
    _set_map_lighting(slice_root / "maps" / "palace_hall.tmx", "day", "eclipse")
    game = run_game(["--map", "palace_hall", "--frames", "3"])
    assert game.ctx.stack.find(ErrorScene) is None
    scene = game.ctx.stack.find(WorldScene)
    assert scene is not None and scene.stage.lighting_mode == "eclipse"
    assert scene.stage.lighting.current.tint == tuple(ECLIPSE["tint"])


def test_a_mode_the_data_lacks_is_a_plain_error(display, slice_root: Path) -> None:
    _set_map_lighting(slice_root / "maps" / "palace_hall.tmx", "day", "eclipse")
    game = run_game(["--map", "palace_hall", "--frames", "3"])
    error = game.ctx.stack.find(ErrorScene)
    assert error is not None
    assert error.message == ("palace_hall: map property lighting='eclipse' is not one of "
                             "day, sunset, night, dawn, moon (the modes of "
                             "assets/lighting.json)")


def test_the_linter_and_the_tiled_project_read_the_modes_from_the_data(tmp_path: Path) -> None:
    root = tmp_path / "fixtures"
    shutil.copytree(LINT_FIXTURES, root)
    good = root / "maps" / "good.tmx"
    _set_map_lighting(good, "sunset", "eclipse")
    report, _ = lint(root, [good], only_given=True)
    assert report.lines() == [
        "maps/good.tmx: map properties: property 'lighting' is 'eclipse'; use one of day, "
        "sunset, night, dawn, moon"]
    table = json.loads((root / "assets" / "lighting.json").read_text(encoding="utf-8"))
    (root / "assets" / "lighting.json").write_text(json.dumps({**table, "eclipse": ECLIPSE}))
    report, _ = lint(root, [good], only_given=True)
    assert report.lines() == []
    modes = schema.read_lighting_modes(root)
    assert modes[-1] == "eclipse"
    enums = {t["name"]: t.get("values") for t in json.loads(schema.project_json(modes))
             ["propertyTypes"]}
    assert enums["Lighting"] == [*table, "eclipse"]


def test_a_missing_lighting_table_is_reported_by_the_linter(tmp_path: Path) -> None:
    root = tmp_path / "fixtures"
    shutil.copytree(LINT_FIXTURES, root)
    (root / "assets" / "lighting.json").unlink()
    report, _ = lint(root, [root / "maps" / "good.tmx"], only_given=True)
    assert "assets/lighting.json: the file does not exist" in report.lines()


def test_an_image_layer_may_only_name_modes_of_the_data(display, slice_root: Path) -> None:
    balcony = slice_root / "maps" / "balcony.tmx"
    shutil.copy(ROOT / "maps" / "balcony.tmx", balcony)
    modes = tuple(json.loads((ROOT / "assets" / "lighting.json").read_text()))
    assert load_map(balcony, lighting_modes=modes).layers.images  # the real map is fine
    text = balcony.read_text(encoding="utf-8")
    balcony.write_text(text.replace('value="night,moon"', 'value="night,mooon"'))
    with pytest.raises(ContentError, match=r"balcony: image layer '.*' has "
                       r"lighting='night,mooon'; 'mooon' is not one of day, sunset"):
        load_map(balcony, lighting_modes=modes)
