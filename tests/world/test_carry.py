"""A carried tray (issue 12): what the player and followers hold, and how they stand,
goes through doors and into saves, and is gone once it is set down."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.app import Game
from game.cli import parse_args
from game.persistence.errors import SaveDamaged
from game.persistence.savedata import decode_save, encode_save
from game.world.commands import build_registry
from game.world.scene import WorldScene


def start(map_name: str, spawn: str, *flags: str) -> Game:
    argv = ["--map", map_name, "--spawn", spawn, "--fast", "--frames", "1"]
    for flag in flags:
        argv += ["--set", flag]
    game = Game(parse_args(argv))
    game.run()
    return game


def scene_of(game: Game) -> WorldScene:
    found = game.ctx.stack.find(WorldScene)
    assert isinstance(found, WorldScene) and found.world is not None
    return found


def run(scene: WorldScene, line: str) -> None:
    name, *args = line.split()
    build_registry().bind(name, args, {}).run(scene.stage)


def held(scene: WorldScene, who: str = "player") -> str | None:
    assert scene.world is not None
    ch = scene.world.find(who)
    assert ch is not None, who
    return ch.held.item if ch.held is not None else None


def test_the_tray_goes_from_the_kitchen_through_three_doors(home: Path, display) -> None:
    game = start("kitchen", "from_grand_hall", "progress=6")
    scene = scene_of(game)
    run(scene, "hold Kara tray")
    for map_name, spawn in (("grand_hall", "from_kitchen"), ("royal_wing", "from_grand_hall"),
                            ("kara_room", "from_royal_wing")):
        assert scene.load(map_name, spawn)
        assert scene.world is not None and scene.world.data.name == map_name
        assert held(scene) == "tray", map_name
    run(scene, "drop Kara")  # set down: gone from her hands, and it stays gone
    assert held(scene) is None
    assert scene.load("royal_wing", "from_kara_room")
    assert held(scene) is None and scene.session.held == {}


def test_a_follower_keeps_what_she_holds_through_a_door(home: Path, display) -> None:
    game = start("grand_hall", "from_garden")
    scene = scene_of(game)
    assert scene.world is not None
    scene.world.attach_follower("Lena", "lena")
    scene.session.followers.append("Lena")
    run(scene, "hold Lena vase")
    assert scene.load("royal_wing", "from_grand_hall")
    assert held(scene, "Lena") == "vase"


def test_a_pose_struck_before_a_map_change_is_still_held_after_it(home: Path,
                                                                   display) -> None:
    game = start("royal_wing", "from_grand_hall")
    scene = scene_of(game)
    run(scene, "pose Kara kneel")
    assert scene.load("kara_room", "from_royal_wing")  # a cutscene's <<change_map>>
    assert scene.world is not None
    pose = scene.world.player.pose
    assert pose is not None and pose.name == "kneel"
    run(scene, "pose Kara none")
    assert scene.load("royal_wing", "from_kara_room")
    assert scene.world is not None and scene.world.player.pose is None


def test_a_held_tray_and_a_pose_come_back_from_a_save(home: Path, display) -> None:
    game = start("royal_wing", "from_grand_hall", "progress=7")
    scene = scene_of(game)
    run(scene, "hold Kara tray")
    run(scene, "pose Kara kneel")
    assert game.flow.save_slot(scene, "1") == "Saved."
    saved = json.loads(game.flow.saves.save_path("1").read_text())
    assert saved["session"]["held"] == {"player": "tray"}
    assert saved["session"]["poses"] == {"player": "kneel"}

    again = start("garden", "party_start")
    assert again.flow.load_slot("1")
    for _ in range(90):  # the fade into the loaded game
        again.step()
    loaded = scene_of(again)
    assert loaded.world is not None and loaded.world.data.name == "royal_wing"
    assert held(loaded) == "tray"
    pose = loaded.world.player.pose
    assert pose is not None and pose.name == "kneel"


def test_a_save_from_before_carrying_holds_nothing_and_a_bad_one_is_damaged() -> None:
    from game.persistence.savedata import SaveData
    from game.session import Session

    good = json.loads(encode_save(SaveData(Session("garden", player_character="kara"), {
        "version": 1, "flags": {}, "visits": {}})))
    del good["session"]["held"], good["session"]["poses"]
    old = decode_save(json.dumps(good).encode())
    assert old.session.held == {} and old.session.poses == {}
    good["session"]["held"] = {"player": 5}
    with pytest.raises(SaveDamaged, match="field 'held'"):
        decode_save(json.dumps(good).encode())
