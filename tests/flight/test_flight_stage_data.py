"""Stages as data: the registry, timelines, rule numbers and checkpoints inside a stage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.core.actions import Action, InputState
from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.flight import FlightOptions
from game.flight.menu import FAILURE_ITEMS, RETRY, RETRY_EASIER
from game.flight.registry import load_flight
from game.flight.session import FAILED, PLAY, FlightSession


def script(root: Path):
    return load_flight(AssetResolver(root))


def test_a_new_stage_on_existing_rules_is_one_data_file(data_root: Path, edit) -> None:
    storm = json.loads((data_root / "assets/data/flight/storm.json").read_text())
    storm.update(title="STORM AT DAWN", timeline=[{"at": 5, "do": "drone_wave", "count": 4}])
    (data_root / "assets/data/flight/storm_dawn.json").write_text(json.dumps(storm))
    edit("flight.json", lambda f: f["stages"].update(
        storm_dawn={"file": "assets/data/flight/storm_dawn.json", "rules": "storm"}))
    session = FlightSession("storm_dawn", FlightOptions(invincible=True), script(data_root))
    battle = session.battle
    assert battle.stage.title == "STORM AT DAWN" and battle.stage.name == "storm_dawn"
    assert [s.name for s in battle.shields] == ["slums", "palace", "market"]  # storm rules
    for _ in range(10):
        session.step(InputState())
    assert [s.kind for s in battle.enemies] == ["drone"] * 4  # its own timeline, nothing else


def test_the_timeline_in_the_data_is_what_flies(data_root: Path, edit) -> None:
    edit("flight/hold_fire.json", lambda s: s.update(
        timeline=[{"at": 10, "do": "drone_wall", "armour": 2}]))
    battle = FlightSession("hold_fire", FlightOptions(), script(data_root)).battle
    while battle.frame < 12:
        battle.step(0, 0, False, False)
    drones = [s for s in battle.enemies]
    assert len(drones) == 9 and {s.kind for s in drones} == {"drone"}
    assert {s.hp for s in drones} == {2}


def test_repeating_beats_stop_at_their_until(data_root: Path, edit) -> None:
    edit("flight/storm.json", lambda s: s.update(
        timeline=[{"at": 10, "every": 100, "until": 320, "do": "bomber"}]))
    battle = FlightSession("storm", FlightOptions(invincible=True), script(data_root)).battle
    spawned = 0
    while battle.frame < 900:
        before = {id(s) for s in battle.enemies}
        battle.step(0, 0, False, False)
        spawned += sum(1 for s in battle.enemies if s.kind == "bomber" and id(s) not in before)
    assert spawned == 4  # steps 10, 110, 210, 310


@pytest.mark.parametrize(("change", "words"), [
    (lambda s: s["timeline"].append({"at": 5, "do": "lazer"}), ("hold_fire.json", "lazer")),
    (lambda s: s["timeline"].append({"at": 5, "do": "drone_wall", "count": 3}),
     ("hold_fire.json", "count")),
    (lambda s: s["timeline"].append({"at": 5, "do": "dart_vee", "count": 1e9}),
     ("hold_fire.json", "out of range")),
    (lambda s: s.update(checkpoints=[900, 300]), ("hold_fire.json", "increasing")),
])
def test_a_broken_timeline_names_the_file_and_the_mistake(data_root: Path, edit, change,
                                                          words) -> None:
    edit("flight/hold_fire.json", change)
    with pytest.raises(ContentError) as caught:
        script(data_root)
    for word in words:
        assert word in str(caught.value)


def test_a_missing_rule_number_is_a_content_error(data_root: Path, edit) -> None:
    edit("flight/storm.json", lambda s: s["rules"].pop("jam_seconds"))
    with pytest.raises(ContentError, match="jam_seconds"):
        script(data_root)


def _fail_and_choose(session: FlightSession, item: str) -> None:
    session.battle.player.hp = 1
    session.battle.player.invuln = 0
    assert session.battle.hurt_player()
    while session.phase != FAILED:
        session.step(InputState())
    for _ in range(40):  # past the menu's input guard
        session.step(InputState())
    for _ in range(FAILURE_ITEMS.index(item)):
        session.step(InputState(pressed=frozenset({Action.DOWN})))
    session.step(InputState(pressed=frozenset({Action.CONFIRM})))
    assert session.phase == PLAY


def test_a_retry_resumes_at_the_last_checkpoint_reached(data_root: Path, edit) -> None:
    edit("flight/hold_fire.json", lambda s: s.update(checkpoints=[200, 400]))
    session = FlightSession("hold_fire", FlightOptions(seed=5), script(data_root))
    while session.battle.frame < 260:
        session.step(InputState())
    wingmen = sum(1 for s in session.battle.allies if s.kind == "wingman")
    _fail_and_choose(session, RETRY)
    battle = session.battle
    assert battle.frame == 200  # not the stage start, not where it was lost
    assert battle.player.alive and battle.player.hp == battle.tuning.player_hp
    assert sum(1 for s in battle.allies if s.kind == "wingman") >= wingmen
    first = battle
    while session.battle.frame < 300:
        session.step(InputState())
    replay = first.snapshot()
    _fail_and_choose(session, RETRY)
    assert session.battle.frame == 200
    while session.battle.frame < 300:
        session.step(InputState())
    assert session.battle.snapshot() == replay  # the same fight from the checkpoint


def test_retry_easier_resumes_at_the_checkpoint_with_the_easier_numbers(data_root: Path,
                                                                        edit) -> None:
    edit("flight/storm.json", lambda s: s.update(checkpoints=[120]))
    session = FlightSession("storm", FlightOptions(difficulty="hard"), script(data_root))
    while session.battle.frame < 130:
        session.step(InputState())
    palace = session.battle.shields[1]
    palace.hp = 5.0
    _fail_and_choose(session, RETRY_EASIER)
    battle = session.battle
    assert battle.frame == 120 and battle.options.difficulty == "normal"
    assert battle.tuning.player_hp == battle.player.hp == 4
    assert battle.shields[1].hp >= 60  # the city patched its shield (the data's shield_patch)
