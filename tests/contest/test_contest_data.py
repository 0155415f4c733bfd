"""assets/data/contests.json: the real file reads, and a broken one says what is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.contest.data import parse_contests
from game.core.errors import ContentError

ROOT = Path(__file__).resolve().parents[2]


def real() -> dict:
    return json.loads((ROOT / "assets" / "data" / "contests.json").read_text("utf-8"))


def test_the_real_file_has_the_story_sets() -> None:
    data = parse_contests(real())
    assert {"comm_room", "leslie", "throne", "duel_final"} <= set(data.words)
    assert "formal_challenge" in data.ordered
    assert not data.standoff_demos["comm_room"].winnable
    # the right words push hardest where the story has taught them
    throne = data.words["throne"][-1]
    best = max(throne.options, key=lambda o: o.push)
    assert "for the people" in best.text.lower()


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["words"]["leslie"][0]["options"][0].update(push=1e9), "'push'"),
    (lambda d: d["words"]["leslie"][0]["options"][0].update(push=True), "'push'"),
    (lambda d: d["words"]["leslie"][0].update(options=[]), "2 to 4 choices"),
    (lambda d: d["words"]["leslie"][0].update(after_wave=0), "'after_wave'"),
    (lambda d: d["ordered"]["formal_challenge"].update(parts="abc"), "'parts'"),
    (lambda d: d["demos"]["standoff"]["throne"].update(words="nope"), "no word set 'nope'"),
    (lambda d: d["words"]["throne"][0].update(prompt="x" * 200), "under 80"),
])
def test_a_broken_entry_names_the_set_and_the_field(change, message) -> None:
    data = real()
    change(data)
    with pytest.raises(ContentError) as err:
        parse_contests(data)
    assert message in str(err.value) and "assets/data/contests.json" in str(err.value)


def test_not_an_object_is_an_error() -> None:
    with pytest.raises(ContentError, match="must hold an object"):
        parse_contests([1, 2])
