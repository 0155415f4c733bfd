"""The map's own people as a scene left them (game/world/restage.py): a save keeps a
pose, a walk, a turn or a hide; a door out and back rebuilds the room as the map says;
a damaged record in a save file is named, and a record the game no longer fits is
skipped without failing the load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.persistence.errors import SaveDamaged
from game.persistence.savedata import SaveData, decode_save, encode_save
from game.session import Session, Staged
from game.world.model import Facing
from tests.world.test_carry import run, scene_of, start

LOAD_STEPS = 90


def _load(slot: str):
    again = start("garden", "party_start")
    assert again.flow.load_slot(slot)
    for _ in range(LOAD_STEPS):
        again.step()
    return scene_of(again)


def test_a_kneel_a_walk_and_a_hide_come_back_from_a_save(home: Path, display) -> None:
    game = start("lower_cells", "a5_cells", "progress=79")
    scene = scene_of(game)
    run(scene, "pose Mon-El kneel left")
    run(scene, "teleport James a5_console")
    run(scene, "hide James")
    assert game.flow.save_slot(scene, "1") == "Saved."

    loaded = _load("1")
    assert loaded.world is not None
    monel, james = loaded.world.find("Mon-El"), loaded.world.find("James")
    assert monel is not None and james is not None
    assert monel.pose is not None and monel.pose.name == "kneel"
    assert monel.facing is Facing.LEFT
    console = loaded.world.data.spawns["a5_console"]
    assert (james.x, james.y) == (console.x, console.y) and not james.visible


def test_a_kneeling_crowd_and_one_set_mingling_come_back_from_a_save(home: Path,
                                                                    display) -> None:
    """After the Act Three procession the hall's crowds mingle (their map objects face
    the speech spot); a save there must not turn them back to face it."""
    game = start("grand_hall", "from_armory", "progress=31")
    scene = scene_of(game)
    run(scene, "crowd hall_west kneel")
    run(scene, "crowd hall_east mingle")
    assert game.flow.save_slot(scene, "1") == "Saved."

    loaded = _load("1")
    assert loaded.world is not None and loaded.world.data.name == "grand_hall"
    west, east = loaded.world.crowds["hall_west"], loaded.world.crowds["hall_east"]
    assert west.behaviour == "kneel" and east.behaviour == "mingle"
    assert west.members and all(m.pose is not None and m.pose.name == "kneel"
                                for m in west.members)
    assert loaded.world.crowds["hall_far"].behaviour == "mingle"  # as its object says


def test_an_unposed_map_character_is_not_written_down(home: Path, display) -> None:
    game = start("lower_cells", "a5_cells", "progress=79")
    scene = scene_of(game)
    assert game.flow.save_slot(scene, "1") == "Saved."
    saved = json.loads(game.flow.saves.save_path("1").read_text())
    assert saved["session"]["staged_map"] == "" and saved["session"]["staged"] == {}
    assert saved["session"]["staged_crowds"] == {}


def test_a_door_out_and_back_stands_the_room_as_the_map_says(home: Path, display) -> None:
    game = start("lower_cells", "a5_cells", "progress=79")
    scene = scene_of(game)
    run(scene, "pose James pushup right")
    assert scene.load("grand_hall", "from_armory")
    assert scene.load("lower_cells", "a5_cells")
    assert scene.world is not None
    james = scene.world.find("James")
    assert james is not None and james.pose is None


def test_a_record_that_no_longer_fits_is_skipped(home: Path, display) -> None:
    """A pose renamed since, a spot now outside the map, someone no longer on it."""
    game = start("lower_cells", "a5_cells", "progress=79")
    scene = scene_of(game)
    run(scene, "pose James kneel")
    assert game.flow.save_slot(scene, "1") == "Saved."
    path = game.flow.saves.save_path("1")
    saved = json.loads(path.read_text())
    saved["session"]["staged"] = {
        "James": {"pose": "handstand", "x": 99_999, "y": 78, "facing": "left",
                  "visible": True},
        "Nobody": {"pose": "kneel", "x": 10, "y": 10, "facing": "up", "visible": False}}
    path.write_text(json.dumps(saved))

    loaded = _load("1")
    assert loaded.world is not None and loaded.world.data.name == "lower_cells"
    james = loaded.world.find("James")
    assert james is not None and james.pose is None and james.x == 264.0
    assert james.facing is Facing.LEFT and james.visible


def _saved_json() -> dict:
    return json.loads(encode_save(SaveData(Session("garden", player_character="kara"), {
        "version": 1, "flags": {}, "visits": {}})))


@pytest.mark.parametrize(("name", "value"), [
    ("staged_map", 7), ("staged_crowds", {"court": 3}), ("staged_crowds", ["court"])])
def test_a_staged_map_or_crowd_record_that_is_not_names_is_damaged(name: str,
                                                                   value: object) -> None:
    data = _saved_json()
    data["session"][name] = value
    with pytest.raises(SaveDamaged, match=f"field '{name}'"):
        decode_save(json.dumps(data).encode())


def test_a_save_from_before_restaging_restages_nobody() -> None:
    old = _saved_json()
    del old["session"]["staged"], old["session"]["staged_map"]
    del old["session"]["staged_crowds"]
    session = decode_save(json.dumps(old).encode()).session
    assert session.staged == {} and session.staged_map == "" and session.staged_crowds == {}


def test_a_staged_record_round_trips_through_the_file() -> None:
    session = Session("lower_cells", player_character="lucy", staged_map="lower_cells",
                      staged={"James": Staged("pushup", 264.0, 78.0, "right", True)},
                      staged_crowds={"court_w": "kneel"})
    raw = encode_save(SaveData(session, {"version": 1, "flags": {}, "visits": {}}))
    back = decode_save(raw).session
    assert back.staged == session.staged and back.staged_map == "lower_cells"
    assert back.staged_crowds == {"court_w": "kneel"}


@pytest.mark.parametrize(("cast", "field"), [
    ({"James": {"pose": 5, "x": 1, "y": 1, "facing": "up", "visible": True}}, "James.pose"),
    ({"James": {"pose": "", "x": float("nan"), "y": 1, "facing": "up", "visible": True}},
     "James.x"),
    ({"James": {"pose": "", "x": 1, "y": 1e308, "facing": "up", "visible": True}}, "James.y"),
    ({"James": {"pose": "", "x": 1, "y": 1, "facing": "north", "visible": True}},
     "James.facing"),
    ({"James": {"pose": "", "x": 1, "y": 1, "facing": "up", "visible": 1}}, "James.visible"),
    ({"James": {"pose": "", "x": 1, "y": 1}}, "James"),
    ({"": {"pose": "", "x": 1, "y": 1, "facing": "up", "visible": True}}, ""),
    ([], ""),
])
def test_a_damaged_staged_record_is_named(cast: object, field: str) -> None:
    data = _saved_json()
    data["session"]["staged_map"] = "lower_cells"
    data["session"]["staged"] = cast
    raw = json.dumps(data).encode()
    with pytest.raises(SaveDamaged, match=f"field 'staged{'.' if field else ''}{field}'"):
        decode_save(raw)
