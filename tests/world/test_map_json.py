"""JSON maps (.tmj) load like .tmx, and what we cannot read is named, not guessed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from game.core.errors import ContentError
from game.world.loader import load_map, resolve_map_path

TILESETS = Path(__file__).resolve().parents[2] / "assets" / "tilesets"


def _map(**extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "type": "map", "version": "1.8", "orientation": "orthogonal",
        "renderorder": "right-down", "width": 3, "height": 2, "tilewidth": 16,
        "tileheight": 16, "infinite": False,
        "properties": [{"name": "title", "type": "string", "value": "Test Room"}],
        "tilesets": [{"firstgid": 1, "source": str(TILESETS / "palace.tsx")}],
        "layers": [
            {"type": "tilelayer", "name": "ground", "width": 3, "height": 2, "opacity": 1,
             "visible": True, "x": 0, "y": 0, "data": [1, 1, 1, 1, 1, 1]},
            {"type": "objectgroup", "name": "sprites", "objects": []},
            {"type": "objectgroup", "name": "objects", "objects": [
                {"id": 1, "name": "start", "type": "Spawn", "x": 24, "y": 24, "width": 0,
                 "height": 0, "point": True,
                 "properties": [{"name": "facing", "type": "string", "value": "left"}]}]},
        ],
    }
    data.update(extra)
    return data


def _write(tmp_path: Path, data: Any, name: str = "room.tmj") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_a_tmj_map_loads_with_its_settings_and_objects(tmp_path: Path, display: Any) -> None:
    data = load_map(_write(tmp_path, _map()))
    assert (data.width, data.height, data.title) == (3, 2, "Test Room")
    assert data.spawns["start"].x == 24 and data.spawns["start"].facing.value == "left"


def test_a_map_name_finds_a_tmj_when_there_is_no_tmx(tmp_path: Path) -> None:
    _write(tmp_path, _map(), "cellar.tmj")
    assert resolve_map_path(tmp_path, "cellar") == tmp_path / "cellar.tmj"
    assert resolve_map_path(tmp_path, "attic") == tmp_path / "attic.tmx"


@pytest.mark.parametrize(("change", "says"), [
    ({"infinite": True}, "infinite maps are not supported"),
    ({"tilesets": [{"firstgid": 1, "source": "palace.tsj"}]}, "is a JSON tileset"),
    ({"type": "tileset"}, "not a Tiled map"),
    ({"width": float("inf")}, "numbers must be finite"),
    ({"properties": [{"name": "x", "type": "class", "value": {}}]}, "class-typed"),
])
def test_unsupported_json_is_a_clear_error(tmp_path: Path, display: Any,
                                           change: dict[str, Any], says: str) -> None:
    path = tmp_path / "room.tmj"
    path.write_text(json.dumps(_map(**change)).replace("Infinity", "1e999"))
    with pytest.raises(ContentError, match=says) as err:
        load_map(path)
    assert str(err.value).startswith("room.tmj: ")


def test_broken_json_names_the_line(tmp_path: Path, display: Any) -> None:
    path = tmp_path / "room.tmj"
    path.write_text('{"type": "map",\n "width": }')
    with pytest.raises(ContentError, match=r"room.tmj: not valid JSON \(line 2"):
        load_map(path)
