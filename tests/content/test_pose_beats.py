"""A pose's `beat` (poses.json): how fast a held pose of several frames animates. A bad
value stops the game and the linter alike, by file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content import load_content
from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.flight.registry import STAGE_WORDS

GOOD = '"beat": 30'


def poses_with(root: Path, beat: str) -> tuple[int, int]:
    """Write `beat` in place of the push-up's; return the line and column it sits at."""
    path = root / "assets" / "data" / "poses.json"
    text = path.read_text(encoding="utf-8")
    assert text.count(GOOD) == 1
    path.write_text(text.replace(GOOD, f'"beat": {beat}'), encoding="utf-8")
    before = text[:text.index(GOOD) + len('"beat": ')]
    return before.count("\n") + 1, len(before) - before.rfind("\n")


@pytest.mark.parametrize(("beat", "why"), [
    ("0", "out of range"), ("100000", "out of range"), ('"slow"', "whole number"),
    ("1.5", "whole number"),
])
def test_a_bad_beat_is_an_error_at_its_place(data_root: Path, beat: str, why: str) -> None:
    line, col = poses_with(data_root, beat)
    with pytest.raises(ContentError) as caught:
        assert load_content(AssetResolver(data_root), STAGE_WORDS).poses is None
    message = str(caught.value)
    assert f"assets/data/poses.json:{line}:{col}" in message
    assert "poses.pushup.beat" in message and why in message


def test_a_beat_on_a_one_frame_pose_is_an_error(data_root: Path, edit) -> None:
    edit("poses.json", lambda p: p["poses"]["kneel"].update(beat=20))
    with pytest.raises(ContentError, match=r"poses\.kneel\.beat.*2 or more frames"):
        assert load_content(AssetResolver(data_root), STAGE_WORDS).poses is None


def test_the_linter_reports_a_bad_beat_by_file_and_line(data_root: Path) -> None:
    from tools.maps.lint import lint

    line, col = poses_with(data_root, "-3")
    report, _ = lint(data_root)
    found = [str(f) for f in report.errors if "poses.json" in f.file]
    assert len(found) == 1, found  # once: the credits' check reads the poses too
    assert found[0].startswith(f"assets/data/poses.json:{line}:{col}: poses.pushup.beat:")
