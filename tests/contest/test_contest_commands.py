"""The contest commands through the real game: a script starts each contest, the
player plays it, the result is in the flags the script reads; Settings' Skip and
the first-time help card; a recorded demo replays to the same result."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pygame
import pytest
from helpers import run_game

from game.app import Game
from game.cli import parse_args
from game.contest.duel_scene import DuelScene
from game.contest.ordered_scene import OrderedScene
from game.contest.scene_base import DUCK
from game.contest.standoff_scene import StandoffScene
from game.core.actions import Action, InputState
from game.dialogue import Line
from game.world.scene import WorldScene
from tools.contest_bot import duel_wants, standoff_wants
from tools.contest_bot import main as bot_main

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "contests" / "contests.yarn"


@pytest.fixture()
def contest_root(slice_root: Path) -> Path:
    """The engine slice plus the contest demo script."""
    shutil.copy(FIXTURE, slice_root / "assets" / "dialogue" / "contests.yarn")
    contests = slice_root / "assets" / "data" / "contests.json"
    if not contests.exists():  # the slice links the real data files
        contests.symlink_to(ROOT / "assets" / "data" / "contests.json")
    manifest = slice_root / "assets" / "data" / "content.json"
    data = json.loads(manifest.read_text())
    data["scripts"].append("assets/dialogue/contests.yarn")
    manifest.write_text(json.dumps(data))
    return slice_root


def start(node: str) -> tuple[Game, WorldScene, list[str]]:
    game = Game(parse_args(["--map", "palace_hall", "--fast", "--frames", "1"]))
    game.run()
    world = game.ctx.stack.find(WorldScene)
    assert world is not None
    lines: list[str] = []
    original = world.director._line

    def spy(line: Line) -> None:
        lines.append(line.text)
        original(line)

    world.director._line = spy  # type: ignore[method-assign]
    world.director.start(node)
    return game, world, lines


def play(game: Game, skill: float = 1.0, until_lines: int = 1, limit: int = 8000) -> set[type]:
    """Step the game with a scripted player; returns the contest scenes it met."""
    held: set[Action] = set()
    seen: set[type] = set()
    lines_before = 0
    for frame in range(limit):
        top = game.ctx.stack.top
        wants: set[Action] = set()
        if isinstance(top, (StandoffScene, DuelScene, OrderedScene)):
            seen.add(type(top))
            if top.helping:
                wants = {Action.CONFIRM} if frame % 2 else set()
            elif isinstance(top, StandoffScene):
                wants = standoff_wants(top.rules, top.cursor, skill, frame)
            elif isinstance(top, DuelScene):
                wants = duel_wants(top.rules, top.cursor, skill, frame)
            elif not top.rules.done and frame % 2:
                target = top.rules.spec.parts[len(top.rules.picked)]
                index = top.rules.remaining.index(target)
                wants = {Action.DOWN} if top.cursor != index else {Action.CONFIRM}
        elif frame % 8 == 0:
            wants = {Action.CONFIRM}  # read the lines of the script
        pressed, released = wants - held, held - wants
        held = wants
        game.ctx.stack.update(InputState(frozenset(held), frozenset(pressed),
                                         frozenset(released)))
        game.flow.after_step()
        game.ctx.frame += 1
        if seen and not isinstance(game.ctx.stack.top, tuple(seen)) and lines_before:
            break
        lines_before = len(seen)
    return seen


def finish(game: Game, lines: list[str], count: int, limit: int = 600) -> None:
    for _ in range(limit):
        if len(lines) >= count:
            return
        game.step()


def test_a_won_stand_off_is_in_the_flag_and_the_script_branches_on_it(
        display, contest_root) -> None:
    game, _world, lines = start("contest_standoff")
    game.step()
    seen = play(game, skill=1.0)
    finish(game, lines, 2)
    assert StandoffScene in seen
    assert game.ctx.flags.get("standoff_demo") == "won"
    assert lines[-1] == "Fine. You win. Don't tell the guard I blinked first."
    assert game.ctx.flags.get("seen_standoff_help") is True


def test_a_lost_stand_off_takes_the_other_branch(display, contest_root) -> None:
    game, _world, lines = start("contest_standoff")
    game.step()
    play(game, skill=0.0)  # holds, but answers no tell and picks the worst words
    finish(game, lines, 2)
    assert game.ctx.flags.get("standoff_demo") == "lost"
    assert lines[-1] == "Sit down before you fall down, Kara."


def test_skip_in_settings_passes_the_stand_off_over(display, contest_root) -> None:
    game, _world, lines = start("contest_standoff")
    game.flow.settings.contest_skip = True
    game.step()
    play(game)
    finish(game, lines, 2)
    assert game.ctx.flags.get("standoff_demo") == "skipped"
    assert lines[-1] == "Let's call it a draw and never speak of it."
    assert game.ctx.flags.get("seen_standoff_help") is False  # kept for a real one


def reach_standoff(game: Game) -> StandoffScene:
    """Read the script's lines until the stand-off is on top."""
    for frame in range(300):
        top = game.ctx.stack.top
        if isinstance(top, StandoffScene):
            return top
        tap = frozenset({Action.CONFIRM}) if frame % 8 == 0 else frozenset()
        game.ctx.stack.update(InputState(tap, tap, frozenset()))
        game.flow.after_step()
    raise AssertionError("the stand-off never started")


def test_the_help_card_shows_the_first_time_only(display, contest_root) -> None:
    game, world, lines = start("contest_standoff")
    assert reach_standoff(game).helping
    play(game)
    finish(game, lines, 2)
    world.director.start("contest_standoff")
    assert not reach_standoff(game).helping


def test_the_duel_command_is_won_and_written(display, contest_root) -> None:
    game, _world, lines = start("contest_duel")
    game.step()
    seen = play(game, skill=1.0, limit=12000)
    finish(game, lines, 1)
    assert DuelScene in seen
    assert game.ctx.flags.get("duel_rhea") == "won"
    assert lines == ["It's over, Mother. Get up."]


def test_the_ordered_choice_writes_its_tries(display, contest_root) -> None:
    game, _world, lines = start("contest_ordered")
    game.step()
    seen = play(game)
    finish(game, lines, 1)
    assert OrderedScene in seen
    assert game.ctx.flags.get("challenge_tries") == 1
    assert lines == ["Then it is spoken, and heard."]


def test_a_recorded_demo_replays_to_the_same_result(display, tmp_path: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    script = tmp_path / "leslie.txt"
    with caplog.at_level(logging.INFO, logger="game.contest.demo"):
        bot_main(["standoff", "leslie", "--skill", "0.7", "--record", str(script),
                  "--out", str(tmp_path)])
        played = [r.getMessage() for r in caplog.records if "stand-off" in r.getMessage()]
        caplog.clear()
        frames = int(script.read_text().split()[-2]) + 200
        run_game(["--scene", "standoff", "--spawn", "leslie", "--input", str(script),
                  "--frames", str(frames)])
        replayed = [r.getMessage() for r in caplog.records if "stand-off" in r.getMessage()]
    assert played and played == replayed


def test_pad_a_and_a_rebound_key_hold_against_a_wave(display, contest_root) -> None:
    game, _world, _lines = start("contest_standoff")
    scene = reach_standoff(game)
    scene.helping = False
    rules = scene.rules
    while rules.phase != "wave":
        game.step()
    pad_a = pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0,
                               button=pygame.CONTROLLER_BUTTON_A)
    game.mapper.process(pad_a)
    for _ in range(30):
        game.step()
    assert rules.holding and rules.phase == "wave"
    music = game.flow.settings.music_volume
    assert game.ctx.audio.music_volume == pytest.approx(music * DUCK)  # the music ducks
    game.mapper.process(pygame.event.Event(pygame.CONTROLLERBUTTONUP, instance_id=0,
                                           button=pygame.CONTROLLER_BUTTON_A))
    game.step()
    assert not rules.holding
    game.flow.settings.keys["confirm"] = ["j"]  # Settings > Keyboard controls
    game.flow.apply_settings()
    game.mapper.process(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_j, mod=0))
    game.step()
    assert rules.holding


def test_a_lost_last_exchange_can_be_passed_over(display, contest_root) -> None:
    game, _world, lines = start("contest_duel")
    held: set[Action] = set()
    lost_seen = False
    for frame in range(12000):
        top = game.ctx.stack.top
        wants: set[Action] = set()
        if isinstance(top, DuelScene):
            if top.helping:
                wants = {Action.CONFIRM} if frame % 2 else set()
            elif top.rules.outcome == "lost":
                lost_seen = True
                wants = {Action.CANCEL} if frame % 2 else set()
            else:
                wants = duel_wants(top.rules, top.cursor, 0.0, frame)  # never counters
        elif lost_seen:
            break
        pressed, released = wants - held, held - wants
        held = wants
        game.ctx.stack.update(InputState(frozenset(held), frozenset(pressed),
                                         frozenset(released)))
        game.flow.after_step()
    finish(game, lines, 1)
    assert lost_seen
    assert game.ctx.flags.get("duel_rhea") == "skipped"


def test_menu_pauses_the_duel_and_it_waits(display, contest_root) -> None:
    from game.screens.pause import PauseScene

    game, _world, _lines = start("contest_duel")
    game.step()
    duel = game.ctx.stack.top
    assert isinstance(duel, DuelScene)
    duel.helping = False
    game.ctx.stack.update(InputState(frozenset({Action.MENU}), frozenset({Action.MENU})))
    game.flow.after_step()
    assert isinstance(game.ctx.stack.top, PauseScene)
    before = duel.rules.t, duel.rules.phase
    for _ in range(60):
        game.step()
    assert (duel.rules.t, duel.rules.phase) == before
