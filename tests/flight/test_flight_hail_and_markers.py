"""The hail rule and the friend / foe / unknown markers a pilot reads the field by."""

from __future__ import annotations

import pygame

from game.core.actions import Action
from game.core.input import DEFAULT_BUTTONS, DEFAULT_KEYS
from game.flight import FlightOptions
from game.flight.art import STANDING_COLOURS, make_marker
from game.flight.battle import Battle
from game.flight.entities import LEX
from game.flight.iff import FOE, FRIEND, SHAPES, UNKNOWN, standing
from game.persistence.keybindings import rebind
from game.persistence.settings import Settings
from game.screens.controls import REMAPPABLE

LEX_ARRIVES = 540  # hold_fire.json's "lex_arrive" beat


def hold_fire(until: int, hail_at: int | None = None) -> Battle:
    battle = Battle("hold_fire", FlightOptions(invincible=True, seed=3))
    while battle.frame < until:
        battle.step(0, 0, False, False, hail=battle.frame == hail_at)
    return battle


def lex_ships(battle: Battle) -> list:
    return [s for s in battle.allies if s.team == LEX]


def test_unknown_ships_are_marked_unknown_and_prompt_a_hail() -> None:
    battle = hold_fire(LEX_ARRIVES + 30)
    assert lex_ships(battle)
    assert {standing(battle, s) for s in lex_ships(battle)} == {UNKNOWN}
    assert "C" in battle.stage.prompt("C")
    assert "F" in battle.stage.prompt("F")  # the prompt names the key actually bound


def test_hailing_identifies_them_as_friends_who_answer_and_join_in() -> None:
    battle = hold_fire(LEX_ARRIVES + 30, hail_at=LEX_ARRIVES + 20)
    assert {standing(battle, s) for s in lex_ships(battle)} == {FRIEND}
    assert battle.stage.prompt("C") == ""
    assert battle.radio[-1].speaker == "ALEX"
    while battle.frame < LEX_ARRIVES + 90:
        battle.step(0, 0, False, False)
    assert any(line.speaker == "LEX" for line in battle.radio)
    assert all(s.target is None for s in lex_ships(battle))  # hunting drones now
    values = battle.stage.result_values()
    assert values["hailed"] is True
    assert "You hailed them before anyone fired." in battle.stage.script.clear_lines(values)


def test_a_hail_before_anyone_is_there_does_nothing() -> None:
    battle = hold_fire(LEX_ARRIVES + 30, hail_at=100)
    assert {standing(battle, s) for s in lex_ships(battle)} == {UNKNOWN}
    assert battle.stage.result_values()["hailed"] is False


def test_unhailed_ships_stay_unknown_until_they_identify_themselves() -> None:
    battle = hold_fire(1070)
    assert {standing(battle, s) for s in lex_ships(battle)} == {UNKNOWN}
    while battle.frame < 1090:
        battle.step(0, 0, False, False)
    assert {standing(battle, s) for s in lex_ships(battle)} == {FRIEND}


def test_wingmen_are_friends_and_drones_foes_and_falling_drones_unmarked() -> None:
    battle = hold_fire(200)
    wingmen = [s for s in battle.allies if s.kind == "wingman"]
    darts = [s for s in battle.enemies if s.kind == "dart"]
    assert wingmen and darts
    assert {standing(battle, s) for s in wingmen} == {FRIEND}
    assert {standing(battle, s) for s in darts} == {FOE}
    darts[0].falling = True
    assert standing(battle, darts[0]) is None


def test_each_standing_has_its_own_shape_not_only_its_own_colour(display) -> None:
    """Drawn in one colour, the three markers still differ: shape carries the meaning."""
    white = (255, 255, 255, 255)
    masks = {side: pygame.mask.from_threshold(make_marker(shape, 6, (255, 255, 255)), white,
                                              (1, 1, 1, 255))
             for side, shape in SHAPES.items()}
    assert all(mask.count() > 10 for mask in masks.values())
    sides = list(masks)
    for i, a in enumerate(sides):
        for b in sides[i + 1:]:
            overlap = masks[a].overlap_area(masks[b], (0, 0))
            assert overlap < 0.6 * min(masks[a].count(), masks[b].count()), (a, b)
    assert len(set(STANDING_COLOURS.values())) == 3


def test_hail_has_a_key_and_a_pad_button_and_can_be_rebound() -> None:
    assert Action.HAIL in DEFAULT_KEYS.values()
    assert Action.HAIL in DEFAULT_BUTTONS.values()
    assert Action.HAIL in REMAPPABLE
    settings = Settings()
    rebind(settings, Action.HAIL, pygame.K_h)
    assert settings.keys["hail"][0] == "h"
