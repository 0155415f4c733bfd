"""The flight's radio lines, titles, HUD and result texts and the flags it writes
come from assets/data/flight*.json, and broken data is reported by file and entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content_flight_loader import check_flag_writes
from game.core.actions import Action, InputState
from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.dialogue.flags import FlagStore, load_declarations
from game.flight import FlightOptions, FlightResult
from game.flight.registry import load_flight
from game.flight.session import CLEAR, FAILED, FlightSession
from game.flight.story_flags import apply_result


def script(root: Path):
    return load_flight(AssetResolver(root))


def radio_at(session: FlightSession, frame: int) -> tuple[str, str]:
    while session.battle.frame < frame:
        session.step(InputState())
    line = session.battle.current_radio
    assert line is not None
    return line.speaker, line.text


def test_a_rewritten_radio_line_is_what_the_pilot_hears(data_root, edit) -> None:
    def rewrite(stage):
        stage["radio"][0] = {"at": 20, "from": "LENA", "say": "Alex, breathe. Count the ships."}
    edit("flight/hold_fire.json", rewrite)
    session = FlightSession("hold_fire", FlightOptions(invincible=True), script(data_root))
    assert radio_at(session, 21) == ("LENA", "Alex, breathe. Count the ships.")


def test_event_lines_fill_their_placeholders(data_root, edit) -> None:
    edit("flight/storm.json", lambda s: s["lines"]["palace_down"].update(
        {"from": "RHEA", "say": "My palace! Kara, you had ONE task."}))
    session = FlightSession("storm", FlightOptions(), script(data_root))
    palace = session.battle.shields[1]
    session.battle.stage.shield_hit(palace, 1000.0, palace.x)
    assert session.battle.radio[-1].speaker == "RHEA"
    assert session.battle.radio[-1].text == "My palace! Kara, you had ONE task."
    hold = FlightSession("hold_fire", FlightOptions(), script(data_root)).battle
    hold.stage.say("through_gate", saved=3, total=4)
    assert hold.radio[-1].text == "3 of 4 through the gate! Alex, come on!"


def test_titles_menus_and_result_texts_come_from_the_data(data_root, edit) -> None:
    edit("flight/pod_run.json", lambda s: s.update(
        title="HOMEWARD", result=["POINTS {score}", "Bumps: {hits}"]))
    edit("flight.json", lambda f: f["ui"].update(clear="{stage} - DONE", failed="{stage} - DOWN",
                                                 retry="Again"))
    words = script(data_root)
    session = FlightSession("pod_run", FlightOptions(invincible=True), words)
    assert session.battle.stage.title == "HOMEWARD"
    while session.phase != CLEAR:
        session.step(InputState(held=frozenset({Action.LEFT})))
    assert session.menu is not None
    assert session.menu.title == "HOMEWARD - DONE"
    assert session.menu.lines[1].startswith("Bumps: ")
    failing = FlightSession("pod_run", FlightOptions(), words)
    failing.battle.player.hp = 1
    failing.battle.hurt_player()
    while failing.phase != FAILED:
        failing.step(InputState())
    assert failing.menu is not None
    assert failing.menu.title == "HOMEWARD - DOWN"
    assert failing.menu.label(0) == "Again"


def test_a_clear_line_can_depend_on_a_yes_no_value(data_root) -> None:
    stage = script(data_root).stage("hold_fire")
    held = stage.clear_lines({"score": "10", "saved": 4, "total": 4, "fired_on_lex": False})
    fired = stage.clear_lines({"score": "10", "saved": 4, "total": 4, "fired_on_lex": True})
    assert "You held your fire. Lex will remember." in held
    assert "You fired on the unknown ships." in fired
    assert "You held your fire. Lex will remember." not in fired


def _flags(root: Path) -> FlagStore:
    path = root / "assets" / "data" / "flags.json"
    return FlagStore(load_declarations(path.read_text(encoding="utf-8"), "flags.json"))


def _result(stage: str, **fields) -> FlightResult:
    base = dict(stage=stage, outcome="won", score=100, wingmen_saved=0, fired_on_lex=False,
                retries=0, frames=10)
    base.update(fields)
    return FlightResult(**base)  # type: ignore[arg-type]


def test_stage_results_write_the_flags_their_data_names(data_root) -> None:
    words, flags = script(data_root), _flags(data_root)
    apply_result(_result("hold_fire", score=3000, wingmen_saved=3, fired_on_lex=True), flags, words)
    apply_result(_result("storm", outcome="skipped", score=500), flags, words)
    assert flags.get("flight_hold_fire") == "won"
    assert flags.get("flight_storm") == "skipped"
    assert flags.get("flight_score") == 3500  # added up over the stages
    assert flags.get("wingmen_saved") == 3
    assert flags.get("fired_on_lex") is True  # latched: the clean storm did not clear it


def test_a_new_flag_mapping_is_a_data_edit(data_root, edit) -> None:
    edit("flight/storm.json", lambda s: s["flags"].update(retries="wingmen_saved"))
    words, flags = script(data_root), _flags(data_root)
    apply_result(_result("storm", retries=2), flags, words)
    assert flags.get("wingmen_saved") == 2


def expect_error(root: Path, *fragments: str) -> None:
    with pytest.raises(ContentError) as caught:
        words = script(root)
        check_flag_writes(words, _flags(root).declarations)
    for fragment in fragments:
        assert fragment in str(caught.value)


def test_a_missing_line_names_the_file_and_the_entry(data_root, edit) -> None:
    edit("flight/hold_fire.json", lambda s: s["lines"].pop("rescued"))
    expect_error(data_root, "assets/data/flight/hold_fire.json", "lines", "'rescued'")


def test_a_misspelt_key_is_an_error_not_ignored(data_root, edit) -> None:
    edit("flight/storm.json", lambda s: s["texts"].update(objective_hodl="X"))
    expect_error(data_root, "storm.json", "texts", "objective_hodl")


def test_an_unknown_placeholder_is_reported_with_those_it_may_use(data_root, edit) -> None:
    edit("flight/hold_fire.json",
         lambda s: s["lines"]["wingman_down"].update(say="Down! {remaining} left."))
    expect_error(data_root, "hold_fire.json", "lines.wingman_down.say", "{remaining}", "{left}")


def test_attribute_access_in_a_placeholder_is_refused(data_root, edit) -> None:
    edit("flight/hold_fire.json",
         lambda s: s["lines"]["wingman_down"].update(say="{left.__class__}"))
    expect_error(data_root, "hold_fire.json", "unknown placeholder")


@pytest.mark.parametrize("at", [10 ** 12, -5, 2.5, float("nan"), "20", True])
def test_timings_must_be_whole_bounded_numbers(data_root, edit, at) -> None:
    edit("flight/pod_run.json", lambda s: s["radio"][1].update(at=at))
    expect_error(data_root, "pod_run.json", "radio[1].at")


def test_a_flag_that_is_not_declared_is_an_error(data_root, edit) -> None:
    edit("flight/storm.json", lambda s: s["flags"].update(outcome="flight_strom"))
    expect_error(data_root, "storm.json", "flags.outcome", "flight_strom", "not declared")


def test_a_flag_of_the_wrong_type_is_an_error(data_root, edit) -> None:
    edit("flight/storm.json", lambda s: s["flags"].update(score="flight_storm"))
    expect_error(data_root, "storm.json", "flight_storm", "str")


def test_only_numbers_can_be_added(data_root, edit) -> None:
    edit("flight/storm.json",
         lambda s: s["flags"].update(outcome={"flag": "flight_storm", "how": "add"}))
    expect_error(data_root, "storm.json", "flags.outcome", "cannot be added")


def test_a_stage_without_rules_or_without_data_is_an_error(data_root, edit) -> None:
    edit("flight.json", lambda f: f["stages"].update(moon_run="assets/data/flight/moon.json"))
    expect_error(data_root, "assets/data/flight.json", "moon_run")
    edit("flight.json", lambda f: (f["stages"].pop("moon_run"), f["stages"].pop("storm")))
    expect_error(data_root, "assets/data/flight.json", "'storm' is not listed")


def test_every_story_stage_has_rules_and_words(data_root) -> None:
    from game.flight.registry import STAGE_KINDS

    assert script(data_root).order == ("hold_fire", "storm", "pod_run")  # the data's order
    assert set(STAGE_KINDS) <= set(script(data_root).stages)


def test_the_hud_draws_the_labels_of_the_data(display, data_root, edit) -> None:
    import pygame

    from game.flight.art import FlightArt
    from game.flight.battle import Battle
    from game.flight.hud import Hud
    from game.ui.text import Fonts

    assets = AssetResolver(data_root)
    fonts, art = Fonts.load(assets), FlightArt(assets)

    def left_panel() -> bytes:
        words = script(data_root)
        battle = Battle("storm", FlightOptions(), script=words.stage("storm"))
        surface = pygame.Surface((480, 270))
        Hud(assets, fonts, art, words).draw(surface, battle, battle.options, fast=True)
        return pygame.image.tobytes(surface.subsurface((0, 40, 96, 12)), "RGB")

    before = left_panel()
    edit("flight.json", lambda f: f["ui"].update(hull="ARMOUR"))
    assert left_panel() != before
    edit("flight.json", lambda f: f["ui"].update(hull="HULL"))
    assert left_panel() == before


def test_the_content_layer_knows_every_field_of_a_flight_result() -> None:
    from dataclasses import fields

    from game.content_flight import RESULT_FIELDS

    types = {"str": str, "Outcome": str, "int": int, "bool": bool}
    declared = {f.name: types[str(f.type)] for f in fields(FlightResult) if f.name != "stage"}
    assert dict(RESULT_FIELDS) == declared
