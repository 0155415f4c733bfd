"""`--set FLAG=VALUE` puts the story where a map maker wants it; `--frames` fails loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

import game.app as app
from game.cli import parse_args
from game.core.errors import ContentError
from game.devtools.flag_text import apply_assignments
from game.dialogue.flags import FlagDecl, FlagStore

pytestmark = pytest.mark.usefixtures("quiet_main")


def _store() -> FlagStore:
    return FlagStore([FlagDecl("met_lena", bool, False), FlagDecl("trust", int, 0, 0, 10),
                      FlagDecl("mood", str, ""), FlagDecl("heat", float, 0.0)])


def test_values_are_read_by_the_flags_declared_type() -> None:
    store = _store()
    apply_assignments(store, ["met_lena=true", "trust=3", "mood=3", "$heat=0.5"])
    assert store.get("met_lena") is True
    assert store.get("trust") == 3 and type(store.get("trust")) is int
    assert store.get("mood") == "3"
    assert store.get("heat") == 0.5


def test_numbers_are_clamped_like_in_a_script() -> None:
    store = _store()
    assert apply_assignments(store, ["trust=99"]) == {"trust": 10}


@pytest.mark.parametrize(("text", "says"), [
    ("met_lena", "FLAG=VALUE"),
    ("met_lena=maybe", "use true or false"),
    ("trust=three", "is an int"),
    ("heat=nan", "not a finite number"),
    ("nobody=1", "unknown flag 'nobody'"),
])
def test_bad_assignments_say_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(ContentError, match=says):
        apply_assignments(_store(), [text])


def test_set_reaches_the_game_before_the_map(display, home: Path) -> None:
    game = app.Game(parse_args(["--map", "kara_room", "--frames", "1",
                                "--set", "lena_trust=4", "--set", "siobhan_grudge=true"]))
    assert game.ctx.flags.get("lena_trust") == 4
    assert game.ctx.flags.get("siobhan_grudge") is True


def test_a_bad_set_is_one_line_and_exit_1(display, home: Path, capsys) -> None:
    code = app.main(["--map", "kara_room", "--frames", "1", "--set", "lena_trust=lots"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1] == "red-sun: flag 'lena_trust' is an int, not 'lots'"


def test_frames_exits_1_when_the_map_cannot_load(display, home: Path, capsys) -> None:
    code = app.main(["--map", "no_such_room", "--frames", "5"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("red-sun: --map no_such_room: map not found:")


def test_frames_exits_0_when_the_map_loads(display, home: Path) -> None:
    assert app.main(["--map", "kara_room", "--frames", "2"]) == 0
