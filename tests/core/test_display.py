"""Whole-number scaling and letterboxing: pixels stay square at every window size."""

from __future__ import annotations

import pytest

from game.core.display import best_scale, letterbox


@pytest.mark.parametrize(
    ("window", "scale"),
    [((480, 270), 1), ((960, 540), 2), ((1920, 1080), 4), ((1366, 768), 2), ((2560, 1440), 5),
     ((1000, 1000), 2), ((300, 200), 1)],
)
def test_largest_whole_factor_that_fits(window: tuple[int, int], scale: int) -> None:
    assert best_scale(window) == scale


def test_letterbox_centres_the_picture() -> None:
    rect = letterbox((1366, 768), 2)
    assert rect.size == (960, 540)
    assert rect.topleft == ((1366 - 960) // 2, (768 - 540) // 2)
