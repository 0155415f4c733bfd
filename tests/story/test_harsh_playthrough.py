"""The second whole-game run: New Game to the credits through the other main branches
(tests/story/profiles.py's HARSH: Siobhan refused, less trust, the confrontations
lost, Maggie told to stop, Alex never won over, no bread and no friend in the slums,
the sweep caught, Lex's ships fired on, no family fetched, the plant shut...).

It plays the same parts as test_full_playthrough, with the harsher picks, and checks at
each act that the other branch was taken: the flags differ from the first run's (which
are exactly assets/data/chapters.json's, as that test asserts) and the lines the player
reads are the ones those flags choose. docs/story/BRANCHES.md lists the branches.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.app import Game
from game.cli import parse_args
from game.dialogue import Line
from game.screens.credits import CreditsScene
from game.screens.title import TitleScene
from game.world.director import Director
from tests.story.pilot import skip_contests
from tests.story.profiles import HARSH
from tests.story.test_full_playthrough import SEED, play, story_parts, world

Check = Callable[[Game], None]


def first_run(act: int) -> dict[str, object]:
    """The flags the first run holds where `act` begins (its chapter's, asserted there)."""
    return {}  # filled below from the game's own chapters


def other_side(act: int, wanted: dict[str, object]) -> Check:
    """At the start of `act`: each flag of `wanted` has the harsh value, and the first run
    (the chapter's flags) took the other side of it."""
    def check(game: Game) -> None:
        chapter = game.ctx.content.chapters.get(act)
        assert chapter is not None
        decls = game.ctx.flags.declarations
        for name, value in wanted.items():
            kind = chapter.flags.get(name, decls[name].default)
            assert kind != value, f"{name}: the first run has {kind!r} too"
            assert game.ctx.flags.get(name) == value, (name, game.ctx.flags.get(name))
        scene = world(game)
        assert (scene.world.data.name, scene.session.player_character) == (chapter.map,
                                                                         chapter.player)
        assert int(game.ctx.flags.get("progress")) == chapter.progress
    return check


def flags_are(wanted: dict[str, object]) -> Check:
    def check(game: Game) -> None:
        got = {name: game.ctx.flags.get(name) for name in wanted}
        assert got == wanted
    return check


def both(*checks: Check) -> Check:
    def check(game: Game) -> None:
        for one in checks:
            one(game)
    return check


def heard(lines: list[str], *said: str, unsaid: tuple[str, ...] = ()) -> Check:
    """The lines the player has read so far include `said` and none of `unsaid`."""
    def check(game: Game) -> None:
        for line in said:
            assert line in lines, line
        for line in unsaid:
            assert line not in lines, line
    return check


def harsh_checks(lines: list[str]) -> dict[str, Check]:
    def no_check(game: Game) -> None:
        pass

    return {
        "Act One": other_side(2, {"kind_to_siobhan": False, "siobhan_grudge": True,
                                  "lena_trust": 2, "queen_suspicion": 0}),
        "Act Two": no_check,
        "to bed": other_side(3, {}),
        "Act Three, the victory night": no_check,
        "Act Three, the vow": other_side(4, {}),
        "Act Four, the council": no_check,
        "Act Four, the slums by day": no_check,
        "Act Four, the challenge": no_check,
        "Act Four, the slums by night": other_side(5, {}),
        "Act Five, before Rao": other_side(6, {}),
        "Act Six, Rao's Storm": other_side(7, {}),
        "Act Seven, the red dawn": lambda game: None,
        "the end": the_title,
    }


def the_title(game: Game) -> None:
    title = game.ctx.stack.top
    assert isinstance(title, TitleScene)
    assert "Chapters" in [item.label for item in title.menu.items]


def test_new_game_to_the_credits_through_the_other_branches(
        tmp_path: Path, display, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RED_SUN_HOME", str(tmp_path / "harsh"))
    lines: list[str] = []
    original = Director._line

    def spy(director: Director, line: Line) -> None:
        lines.append(line.text)
        original(director, line)

    monkeypatch.setattr(Director, "_line", spy)
    game = skip_contests(Game(parse_args(["--fast", "--seed", SEED])))
    game.start()
    for part in story_parts(tmp_path, HARSH, harsh_checks(lines)):
        play(game, part)
    assert isinstance(game.ctx.stack.top, TitleScene)
    assert CreditsScene is not None
