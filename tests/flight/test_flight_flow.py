"""Replays, menus, difficulty, speed assist, the scene on the stack, and the grid."""

from __future__ import annotations

import random

import pygame
from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.actions import Action, InputState
from game.flight import FlightOptions, FlightResult, FlightScene, run_headless
from game.flight.battle import Battle
from game.flight.entities import Bullet
from game.flight.menu import FAILURE_ITEMS
from game.flight.session import DONE, FAILED, PLAY, FlightSession
from game.flight.spatial import brute_force_pairs, grid_pairs

MOVES = (Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT, Action.CONFIRM, Action.CANCEL)


def scripted_inputs(count: int, seed: int) -> list[InputState]:
    """A busy, jittery input log: direction changes, fire and focus toggles."""
    rng = random.Random(seed)
    out, prev = [], frozenset()
    for i in range(count):
        if i % 12 == 0:
            held = frozenset(a for a in MOVES if rng.random() < 0.35)
        out.append(InputState(held, held - prev, prev - held))
        prev = held
    return out


def test_same_seed_and_inputs_replay_the_same_battle() -> None:
    inputs = scripted_inputs(1500, 11)
    first = run_headless("storm", FlightOptions(seed=42, invincible=True), inputs)
    second = run_headless("storm", FlightOptions(seed=42, invincible=True), inputs)
    assert first.snapshot == second.snapshot
    assert first.snapshot["score"] > 0
    other = run_headless("storm", FlightOptions(seed=43, invincible=True), inputs)
    assert other.snapshot != first.snapshot


def _fail(session: FlightSession) -> None:
    session.battle.player.hp = 1
    session.battle.hurt_player()
    while session.phase != FAILED:
        session.step(InputState())
    for _ in range(40):  # past the menu's input guard
        session.step(InputState())


def _choose(session: FlightSession, item: str) -> FlightResult | None:
    for _ in range(FAILURE_ITEMS.index(item)):
        session.step(InputState(pressed=frozenset({Action.DOWN})))
    return session.step(InputState(pressed=frozenset({Action.CONFIRM})))


def test_failure_menu_retry_restarts_the_stage_at_its_checkpoint() -> None:
    session = FlightSession("pod_run", FlightOptions(difficulty="hard"))
    _fail(session)
    assert _choose(session, "Retry") is None
    assert session.phase == PLAY and session.battle.frame == 0
    assert session.retries == 1 and session.options.difficulty == "hard"


def test_failure_menu_retry_easier_lowers_the_difficulty() -> None:
    session = FlightSession("pod_run", FlightOptions(difficulty="hard"))
    _fail(session)
    _choose(session, "Retry easier")
    assert session.options.difficulty == "normal" and session.retries == 1
    _fail(session)
    _choose(session, "Retry easier")
    _fail(session)
    _choose(session, "Retry easier")  # already Easy: slow the game down instead
    assert session.options.difficulty == "easy" and session.options.speed_percent < 100


def test_failure_menu_skip_reports_skipped_and_never_blocks() -> None:
    session = FlightSession("storm", FlightOptions())
    _fail(session)
    result = _choose(session, "Skip")
    assert result is not None and result.outcome == "skipped" and result.stage == "storm"
    assert session.phase == DONE


def test_difficulty_changes_how_hard_the_storm_hits() -> None:
    def storm(difficulty: str) -> Battle:
        run = run_headless("storm", FlightOptions(difficulty=difficulty, invincible=True),
                           [InputState()] * 1200)
        assert run.session is not None
        return run.session.battle

    easy, normal, hard = storm("easy"), storm("normal"), storm("hard")
    assert easy.enemy_shots < normal.enemy_shots < hard.enemy_shots
    assert easy.stage.jam > normal.stage.jam > hard.stage.jam  # type: ignore[attr-defined]
    assert easy.player.max_hp > normal.player.max_hp > hard.player.max_hp


def test_speed_assist_runs_a_fraction_of_the_logic_steps() -> None:
    for percent in (50, 70, 90, 100):
        session = FlightSession("pod_run", FlightOptions(speed_percent=percent))
        for _ in range(100):
            session.step(InputState())
        assert session.battle.frame == percent


def test_all_mode_plays_every_stage_from_the_checkpoint() -> None:
    session = FlightSession("all", FlightOptions(start_stage="storm"))
    assert session.queue == ["storm", "pod_run"]
    assert FlightSession("all", FlightOptions()).queue == ["hold_fire", "storm", "pod_run"]


def test_scene_plays_draws_and_removes_itself_after_skip(flight_ctx) -> None:
    results: list[FlightResult] = []
    scene = FlightScene(flight_ctx, 2, FlightOptions(show_hitbox=True), results.append)
    flight_ctx.stack.push(scene)
    canvas = pygame.Surface((480, 270))
    fire = InputState(held=frozenset({Action.CONFIRM, Action.LEFT}))
    for _ in range(480):  # into the first beam telegraph
        flight_ctx.stack.update(fire)
    flight_ctx.stack.draw(canvas)
    assert not scene.handle(Action.MENU)  # the pause belongs to the engine during play
    scene.session.battle.player.hp = 1
    scene.session.battle.player.invuln = 0
    scene.session.battle.hurt_player()
    for _ in range(140):
        flight_ctx.stack.update(InputState())
    flight_ctx.stack.draw(canvas)
    assert scene.handle(Action.MENU)  # our own menu is open now
    for action in (Action.DOWN, Action.DOWN, Action.CONFIRM):
        flight_ctx.stack.update(InputState(pressed=frozenset({action})))
    assert [r.outcome for r in results] == ["skipped"]
    assert scene not in flight_ctx.stack


def test_every_stage_draws_without_error(flight_ctx) -> None:
    canvas = pygame.Surface((480, 270))
    for stage in flight_ctx.content.flight.order:
        scene = FlightScene(flight_ctx, stage, FlightOptions(), lambda r: None)
        flight_ctx.stack.push(scene)
        for _ in range(200):
            flight_ctx.stack.update(InputState(held=frozenset({Action.CONFIRM})))
        flight_ctx.stack.draw(canvas)
        flight_ctx.stack.remove(scene)


circles = st.builds(
    lambda x, y, r: Bullet(x, y, 0.0, 0.0, 3) if r is None else _circle(x, y, r),
    st.floats(-50, 530), st.floats(-50, 320), st.one_of(st.none(), st.floats(0.5, 30)))


def _circle(x: float, y: float, r: float) -> Bullet:
    body = Bullet(x, y, 0.0, 0.0, 3)
    body.r = r
    return body


@settings(max_examples=150, deadline=None)
@given(st.lists(circles, max_size=60), st.lists(circles, max_size=25),
       st.sampled_from([8, 16, 32, 64]))
def test_spatial_grid_finds_exactly_the_brute_force_pairs(movers, targets, cell) -> None:
    assert grid_pairs(movers, targets, cell) == brute_force_pairs(movers, targets)
