"""Chapter start: `--act N` and the title's chapter menu begin an act from
assets/data/chapters.json with a typical playthrough's flags; mistakes in the file
name its line and column; the menu opens once the story has been finished."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from game.app import Game, main
from game.cli import parse_args
from game.content import load_content
from game.core.actions import Action
from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.core.requests import RollCredits
from game.flight.registry import STAGE_WORDS
from game.persistence.finished import FINISHED_NAME
from game.screens.chapters import ChaptersScene
from game.screens.title import TitleScene
from game.world.scene import WorldScene
from tools.maps.context import Report

CHAPTERS = Path("assets") / "data" / "chapters.json"


def write_chapters(root: Path, change) -> None:
    path = root / CHAPTERS
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def error_of(root: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_content(AssetResolver(root), STAGE_WORDS)
    return str(caught.value)


def line_of(root: Path, text: str) -> int:
    lines = (root / CHAPTERS).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


def in_world(game: Game, steps: int = 5) -> WorldScene:
    for _ in range(steps):
        game.step()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None
    return scene


# -- the data -------------------------------------------------------------------------------

def test_an_unknown_flag_is_named_with_its_line_and_column(data_root: Path) -> None:
    write_chapters(data_root, lambda d: d["acts"][1]["flags"].update(lena_trusts=4))
    message = error_of(data_root)
    line = line_of(data_root, '"lena_trusts"')
    assert f"assets/data/chapters.json:{line}:" in message
    assert "acts[1].flags.lena_trusts" in message and "unknown flag" in message


def test_a_value_outside_its_flags_range_or_type_is_an_error(data_root: Path) -> None:
    write_chapters(data_root, lambda d: d["acts"][1]["flags"].update(lena_trust=11))
    message = error_of(data_root)
    line = line_of(data_root, '"lena_trust": 11')
    assert f"chapters.json:{line}:" in message
    assert "outside 0..10" in message
    write_chapters(data_root, lambda d: d["acts"][1]["flags"].update(lena_trust=4, knelt="yes"))
    assert "flag 'knelt' is a bool" in error_of(data_root)


def test_an_act_listed_twice_or_an_unknown_player_is_an_error(data_root: Path) -> None:
    write_chapters(data_root, lambda d: d["acts"][1].update(act=1))
    assert "act 1 is listed twice" in error_of(data_root)
    write_chapters(data_root, lambda d: d["acts"][1].update(act=2, player="supergirl"))
    assert "acts[1].player" in error_of(data_root)


def test_the_linter_names_a_missing_map_or_spawn(data_root: Path) -> None:
    from tools.maps.checks_content import check_content_data

    write_chapters(data_root, lambda d: d["acts"][1].update(spawn="breakfast"))
    report = Report()
    check_content_data(data_root, report)
    assert any("kara_room' has no Spawn named 'breakfast'" in line for line in report.lines())
    write_chapters(data_root, lambda d: d["acts"][1].update(map="kara_rooms"))
    report = Report()
    check_content_data(data_root, report)
    assert any("no map 'kara_rooms'" in line for line in report.lines())


def test_an_acts_map_is_linted_and_reached_from_its_start(data_root: Path) -> None:
    from tools.maps.lint import lint

    def add(data: dict[str, Any]) -> None:
        data["acts"].append({"act": 9, "title": "Act Nine: Test", "map": "test_ride",
                             "spawn": "start", "player": "kara", "progress": 20})
    write_chapters(data_root, add)
    report, linted = lint(data_root)
    assert any(path.name == "test_ride.tmx" for path in linted)
    assert not any("test_ride.tmx: no Door" in line for line in report.lines())
    assert not report.errors


def test_a_new_act_is_a_data_entry(display, data_root: Path, home: Path) -> None:
    def add(data: dict[str, Any]) -> None:
        data["acts"].append({"act": 9, "title": "Act Nine: Test", "map": "armory",
                             "spawn": "from_grand_hall", "player": "kara", "progress": 14,
                             "flags": {"met_winn": True}})
    write_chapters(data_root, add)
    game = Game(parse_args(["--act", "9", "--fast"]))
    game.start()
    scene = in_world(game)
    assert scene.world.data.name == "armory" and game.ctx.flags.get("met_winn") is True


# -- --act --------------------------------------------------------------------------------

def test_act_two_starts_as_lena_in_the_morning_with_act_ones_flags(display, home) -> None:
    game = Game(parse_args(["--act", "2", "--fast", "--set", "lena_trust=7"]))
    game.start()
    scene = in_world(game)
    assert (scene.world.data.name, scene.session.player_character) == ("kara_room", "lena")
    assert scene.world.player.character == "lena"
    flags = game.ctx.flags
    assert flags.get("progress") == 10 and flags.get("knelt") is True
    assert flags.get("lena_trust") == 7  # --set wins over the act's typical 4
    assert scene.session.act == "Act Two: Behind the Princess"
    for _ in range(60):  # Act Two's first scene begins by itself, as after Act One
        game.step()
    assert scene.director.active and scene.director.node == "a2_morning"


def test_an_act_that_is_not_in_the_file_is_a_usage_error(display, home, quiet_main,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    assert main(["--act", "9", "--frames", "1"]) == 2
    err = capsys.readouterr().err
    assert "--act 9" in err and "acts: 1, 2" in err and "Traceback" not in err


def test_act_does_not_combine_with_a_map_of_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_args(["--act", "2", "--map", "garden"])
    assert stopped.value.code == 2
    assert "--act starts at the act's own map" in capsys.readouterr().err


# -- the chapter menu -------------------------------------------------------------------------

def title_labels(game: Game) -> list[str]:
    title = game.ctx.stack.top
    assert isinstance(title, TitleScene)
    return [item.label for item in title.menu.items]


def test_the_chapter_menu_opens_once_the_story_has_been_finished(display, home: Path) -> None:
    game = Game(parse_args(["--fast"]))
    game.start()
    game.step()
    assert "Chapters" not in title_labels(game)
    game.flow.handle(RollCredits(then_title=True))  # what the story's <<credits>> asks
    assert json.loads((home / FINISHED_NAME).read_text())["finished"] is True
    game.ctx.stack.clear()
    again = Game(parse_args(["--fast"]))  # the next start reads the marker
    again.start()
    again.step()
    labels = title_labels(again)
    assert labels.index("Chapters") == labels.index("Load") + 1
    title = again.ctx.stack.top
    assert isinstance(title, TitleScene)
    title.menu.cursor = labels.index("Chapters")
    title.handle(Action.CONFIRM)
    menu = again.ctx.stack.top
    assert isinstance(menu, ChaptersScene)
    listed = json.loads((Path(__file__).resolve().parents[2] / "assets/data/chapters.json")
                        .read_text(encoding="utf-8"))
    assert [i.label for i in menu.menu.items] == [*(a["title"] for a in listed["acts"]), "Back"]
    assert menu.menu.items[0].label == "Act One: The Gift"
    menu.handle(Action.DOWN)
    menu.handle(Action.CONFIRM)
    scene = in_world(again, 120)  # through the fade
    assert (scene.world.data.name, scene.session.player_character) == ("kara_room", "lena")
    assert again.ctx.flags.get("progress") == 10 and again.ctx.flags.get("lena_trust") == 4


def test_a_broken_chapter_file_stops_what_reads_it_not_a_title_without_chapters(
        display, data_root: Path, home: Path, quiet_main) -> None:
    """The chapters are read when first asked for (round six of docs/PERFORMANCE.md): a
    player who has not finished the story never waits for them, nor trips on them."""
    write_chapters(data_root, lambda data: data["acts"][0].update(player="nobody"))
    game = Game(parse_args(["--fast"]))
    game.start()
    game.step()
    assert "Chapters" not in title_labels(game)
    with pytest.raises(ContentError, match="nobody"):
        game.ctx.content.chapters  # noqa: B018 (what the chapter menu and --act read)
    assert main(["--act", "1", "--frames", "1"]) == 1  # one line, as before


def test_the_credits_from_the_title_do_not_open_the_chapters(display, home: Path) -> None:
    game = Game(parse_args(["--fast"]))
    game.start()
    game.flow.open_credits()
    game.flow.handle(RollCredits(then_title=False))
    assert not (home / FINISHED_NAME).exists() and not game.flow.finished


@pytest.mark.parametrize("text", ["{not json", '{"finished": "yes"}', "[]"])
def test_a_damaged_marker_is_ignored_with_a_note(display, home: Path, text: str,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / FINISHED_NAME).write_text(text, encoding="utf-8")
    game = Game(parse_args(["--fast"]))
    game.start()
    game.step()
    assert "Chapters" not in title_labels(game)
    assert any(FINISHED_NAME in r.getMessage() for r in caplog.records)
