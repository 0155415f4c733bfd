"""A stage is a data file end to end: a stage only the data knows is started by
`<<play_flight NAME>>`, by `--scene flight --spawn NAME` and by the story's "all"
order, and a name no data lists is a lint error and, at run time, the error panel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.app import Game
from game.cli import parse_args
from game.flight import FlightOptions, FlightScene
from game.flight.session import FlightSession
from game.world.scene import WorldScene
from tests.world.test_command_errors import SCRIPT, node, play_until_panel, where
from tools.maps.lint import lint

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "flight" / "sprint.json"
SPRINT_NODE = """
title: sprint_test
---
<<play_flight sprint>>
<<if $flight_sprint == "won">>
Alex: Docked, and the cargo never even rattled. #happy
<<else>>
Alex: We'll call that a practice run.
<<endif>>
===
"""


@pytest.fixture()
def sprint_root(slice_root: Path) -> Path:
    """The slice with a fifth flight stage, `sprint`, registered by data only: its
    file, its line in flight.json, its outcome flag and a node that flies it."""
    data = slice_root / "assets" / "data"
    shutil.copy(FIXTURE, data / "sprint.json")
    listing = json.loads((data / "flight.json").read_text(encoding="utf-8"))
    listing["stages"]["sprint"] = {"file": "assets/data/sprint.json", "rules": "pod_run"}
    (data / "flight.json").unlink()  # a link to the real file: replace, never write through
    (data / "flight.json").write_text(json.dumps(listing), encoding="utf-8")
    flags = json.loads((data / "flags.json").read_text(encoding="utf-8"))
    flags["flight_sprint"] = {"type": "str", "default": "", "doc": "The test stage's outcome."}
    (data / "flags.json").write_text(json.dumps(flags), encoding="utf-8")
    script = slice_root / SCRIPT
    script.write_text(script.read_text(encoding="utf-8") + SPRINT_NODE, encoding="utf-8")
    return slice_root


def confirm(game: Game) -> None:
    game.mapper.process(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_z, mod=0))
    game.mapper.process(pygame.event.Event(pygame.KEYUP, key=pygame.K_z, mod=0))


def test_play_flight_flies_a_stage_only_the_data_knows(sprint_root: Path, display) -> None:
    game = Game(parse_args(["--map", "palace_hall", "--fast", "--frames", "1"]))
    game.run()
    game.flow.settings.flight_invincible = True
    world = game.ctx.stack.find(WorldScene)
    assert world is not None
    world.director.start("sprint_test")
    titles = set()
    for step in range(60 * 30):
        top = game.ctx.stack.top
        if isinstance(top, FlightScene):
            titles.add(top.session.battle.stage.title)
            if top.session.phase == "clear" and step % 10 == 0:
                confirm(game)
        game.step()
        if game.ctx.flags.get("flight_sprint"):
            break
    assert titles == {"HARBOUR SPRINT"}  # its own words, on the pod run's rules
    assert game.ctx.flags.get("flight_sprint") == "won"
    assert game.ctx.flags.get("flight_skipped") is False


def test_the_command_line_starts_it_and_names_the_stages_on_a_typo(
        sprint_root: Path, display, capsys) -> None:
    game = Game(parse_args(["--scene", "flight", "--spawn", "sprint", "--fast", "--frames", "1"]))
    game.run()
    top = game.ctx.stack.top
    assert isinstance(top, FlightScene) and top.session.queue == ["sprint"]
    with pytest.raises(SystemExit) as stopped:
        parse_args(["--scene", "flight", "--spawn", "sprnt"])
    assert stopped.value.code == 2
    assert ("no flight stage 'sprnt' (the stages listed in assets/data/flight.json are "
            "hold_fire, storm, pod_run, sprint, or all)") in capsys.readouterr().err


def test_the_command_line_checks_the_stage_without_importing_pygame(sprint_root: Path) -> None:
    code = ("import sys; from game.cli import parse_args; "
            "print(parse_args(['--scene', 'flight', '--spawn', 'sprint']).spawn, "
            "'pygame' in sys.modules)")
    env = {**os.environ, "RED_SUN_DATA": str(sprint_root)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout.split() == ["sprint", "False"]


def test_all_plays_the_data_order_and_a_place_in_it_names_a_stage(sprint_root: Path) -> None:
    from game.core.assets import AssetResolver
    from game.flight.registry import load_flight

    words = load_flight(AssetResolver(sprint_root))
    assert FlightSession("all", FlightOptions(), words).queue == [
        "hold_fire", "storm", "pod_run", "sprint"]
    assert FlightSession("all", FlightOptions(start_stage="pod_run"), words).queue == [
        "pod_run", "sprint"]
    assert FlightSession(4, FlightOptions(), words).queue == ["sprint"]
    with pytest.raises(ValueError, match="known: 1-4, hold_fire, storm, pod_run, sprint"):
        FlightSession("moon_run", FlightOptions(), words)


def test_an_unknown_stage_is_a_lint_error_with_file_line_col(sprint_root: Path) -> None:
    script = sprint_root / SCRIPT
    script.write_text(script.read_text() + node("moon", "<<play_flight moon_run>>")
                      + node("known", "<<play_flight sprint>>"), encoding="utf-8")
    report, _ = lint(sprint_root, [], only_given=True)
    flight = [line for line in report.lines() if "<<play_flight>>" in line]
    assert len(flight) == 1, flight  # the data's own stage passes
    assert flight[0].startswith(where(sprint_root, "<<play_flight moon_run>>") + ": ")
    assert "moon_run" in flight[0]


def test_an_unknown_stage_at_run_time_shows_the_error_panel(sprint_root: Path, display) -> None:
    script = sprint_root / SCRIPT
    script.write_text(script.read_text() + node("moon", "<<play_flight moon_run>>"),
                      encoding="utf-8")
    game, _, panel = play_until_panel("moon")
    assert where(sprint_root, "<<play_flight moon_run>>") in panel.message
    assert "moon_run" in panel.message
    assert game.ctx.stack.find(FlightScene) is None


def test_skipping_a_stage_is_written_for_the_scenes_after_it(data_root: Path) -> None:
    from game.core.actions import Action, InputState
    from game.core.assets import AssetResolver
    from game.dialogue.flags import FlagStore, load_declarations
    from game.flight.registry import load_flight
    from game.flight.session import FAILED
    from game.flight.story_flags import apply_result

    words = load_flight(AssetResolver(data_root))
    flags = FlagStore(load_declarations(
        (data_root / "assets/data/flags.json").read_text(encoding="utf-8"), "flags.json"))
    session = FlightSession("all", FlightOptions(), words)
    results = []
    for stage in ("hold_fire", "storm"):  # the first is flown and lost, then skipped
        assert session.stage == stage
        player = session.battle.player
        player.hp, player.invuln = 1, 0
        session.battle.hurt_player()
        while session.phase != FAILED or not (session.menu and session.menu.ready):
            session.step(InputState())
        for action in (Action.DOWN, Action.DOWN, Action.CONFIRM):
            result = session.step(InputState(pressed=frozenset({action})))
        assert result is not None
        results.append(result)
        apply_result(result, flags, words)
        if stage == "hold_fire":
            assert flags.get("flight_skipped") is True  # the skip itself, latched at once
    assert [r.outcome for r in results] == ["skipped", "skipped"]
    assert flags.get("flight_hold_fire") == "skipped" and flags.get("flight_storm") == "skipped"
    assert flags.get("flight_pod_run") == ""  # not flown yet: a later line can tell
    assert flags.get("wingmen_saved") == 0 and flags.get("fired_on_lex") is False
