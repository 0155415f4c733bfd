"""Outfits that stay on (issue 14): `<<wear WHO OUTFIT>>` dresses a person in one of
their variants, for the player and for NPCs the maps place, through doors and saves;
the crowning puts the crown on Kara for the rest of the story."""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path

import pygame
import pytest

from game.core.errors import ContentError
from game.persistence.savedata import SaveData, decode_save, encode_save
from game.session import Session
from game.world.commands import build_registry
from game.world.scene import WorldScene
from tests.story.pilot import Goal, Pilot, flag, idle, run, start_game, world_of


def sheet_is(scene: WorldScene, who: str, character: str) -> bool:
    """The sheet drawn for `who` is the one of `character`'s sprite file."""
    assert scene.world is not None
    ch = scene.world.find(who)
    assert ch is not None, who
    image = pygame.image.load(f"assets/sprites/characters/{character}.png")
    drawn = ch.sheet.frames[0][0]
    return (pygame.image.tobytes(drawn, "RGBA")
            == pygame.image.tobytes(image.subsurface((0, 0, 16, 32)), "RGBA"))


def wear(scene: WorldScene, line: str) -> None:
    name, *args = line.split()
    build_registry().bind(name, args, {}).run(scene.stage)


def test_the_crowning_leaves_the_crown_on_kara_in_the_garden_and_after_a_load(
        home: Path, display) -> None:
    game = start_game("throne_room", "a7_throne", 95, "kara")
    walk_up = Pilot(game, deque([Goal("wait", until=lambda g: idle(g) and world_of(g)
                                      .session.journal.startswith("Walk up the carpet"))]),
                    deque())
    run(game, walk_up, lambda g: not walk_up.goals, 3000)  # a7_coronation: Lena dressed
    scene = world_of(game)
    assert sheet_is(scene, "Kara", "kara") and sheet_is(scene, "Lena", "lena_coronation")
    scene.director.start("a7_crowning")  # as walking up the carpet starts it
    pilot = Pilot(game, deque([Goal("wait", until=lambda g: flag(g, "progress") == 97
                                    and world_of(g).world.data.name == "garden" and idle(g))]),
                  deque([1, 1]))  # open the line; hand the pin to Maggie
    run(game, pilot, lambda g: not pilot.goals or (flag(g, "progress") == 97 and idle(g)
                                                   and world_of(g).world.data.name == "garden"),
        6000)
    scene = world_of(game)
    assert scene.session.outfits["kara"] == "kara_crowned"
    assert sheet_is(scene, "Kara", "kara_crowned") and not sheet_is(scene, "Kara", "kara")
    assert sheet_is(scene, "Lena", "lena_coronation")  # her own gown, still
    assert scene.director._speaker("Kara").portrait == "kara_crowned"
    assert game.flow.save_slot(scene, "1") == "Saved."
    saved = json.loads(game.flow.saves.save_path("1").read_text())
    assert saved["session"]["outfits"]["kara"] == "kara_crowned"

    again = start_game("garden", "party_start", 0, "kara")
    again.step()
    assert again.flow.load_slot("1")
    for _ in range(90):
        again.step()
    loaded = world_of(again)
    assert loaded.world.data.name == "garden" and sheet_is(loaded, "Kara", "kara_crowned")


def test_lena_keeps_the_servants_gown_as_an_npc_through_a_door(home: Path, display) -> None:
    game = start_game("kara_room", "from_royal_wing", 43, "alex")
    game.step()
    scene = world_of(game)
    assert sheet_is(scene, "Lena", "lena")  # the red gift dress, before anyone says
    wear(scene, "wear Lena lena_servant")
    assert sheet_is(scene, "Lena", "lena_servant")
    assert scene.load("royal_wing", "from_kara_room")
    assert scene.load("kara_room", "from_royal_wing")
    assert sheet_is(scene, "Lena", "lena_servant")
    wear(scene, "wear Lena lena")  # her own id takes it off
    assert sheet_is(scene, "Lena", "lena") and "lena" not in scene.session.outfits


def test_playing_a_variant_then_wearing_dresses_the_player(home: Path, display) -> None:
    game = start_game("kara_room", "from_royal_wing", 43, "lena_jacket")
    game.step()
    scene = world_of(game)
    wear(scene, "wear Lena lena_coronation")
    assert scene.session.player_character == "lena"
    assert sheet_is(scene, "player", "lena_coronation")


def test_an_outfit_of_someone_else_is_refused(home: Path, display) -> None:
    game = start_game("kara_room", "from_royal_wing", 43, "kara")
    game.step()
    scene = world_of(game)
    with pytest.raises(ContentError, match="not an outfit of Lena"):
        wear(scene, "wear Lena kara_crowned")
    assert scene.session.outfits == {}


def test_a_save_without_outfits_wears_none_and_an_unknown_outfit_is_ignored() -> None:
    good = json.loads(encode_save(SaveData(Session("garden", player_character="kara"), {
        "version": 1, "flags": {}, "visits": {}})))
    del good["session"]["outfits"]
    assert decode_save(json.dumps(good).encode()).session.outfits == {}
    from game.world.wardrobe import dressed
    assert dressed({"kara": "kara_gone"}, "kara", {"kara": 1}) == "kara"


def test_the_linter_refuses_an_outfit_of_someone_else(tmp_path: Path) -> None:
    from tools.maps.checks_scripts import _check_wear
    from tools.maps.context import Project, Report

    project = Project(root=tmp_path)
    project.characters = {"lena": "Lena", "lena_servant": "Lena", "kara": "Kara",
                          "kara_crowned": "Kara"}
    report = Report()
    _check_wear(project, "Lena", "lena_servant", "a.yarn:1", report)
    _check_wear(project, "kara", "kara_crowned", "a.yarn:2", report)
    assert report.errors == []
    _check_wear(project, "Lena", "kara_crowned", "a.yarn:3", report)
    assert [f.file for f in report.errors] == ["a.yarn:3"]
    assert "not an outfit of Lena" in report.errors[0].message
