"""The short soak: two rounds of every map, the title menus and the minigame, by a bot."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.soak import SoakFailure, soak


def test_short_soak_reaches_pause_everywhere_and_memory_stays_flat(home: Path, display,
                                                                   capsys) -> None:
    report = soak(seed=7, steps=4000, visit_steps=60, say=lambda text: None)
    assert report.steps >= 4000
    assert min(report.visits.values()) >= 2  # a second round, after which memory is checked
    assert report.pauses_reached >= 2 * len(report.visits)
    assert report.flights >= 1 and report.menu_visits >= 1
    assert len(report.memory) >= 2


def test_soak_is_deterministic_for_a_seed(home: Path, display) -> None:
    first = soak(seed=3, steps=400, visit_steps=100, say=lambda text: None, maps=["kitchen"])
    second = soak(seed=3, steps=400, visit_steps=100, say=lambda text: None, maps=["kitchen"])
    assert first.longest_cutscene == second.longest_cutscene
    assert first.pauses_reached == second.pauses_reached


def test_a_map_with_no_way_to_pause_fails_the_soak(home: Path, display,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from game.flow import Flow

    monkeypatch.setattr(Flow, "open_pause", lambda self, world: None)
    with pytest.raises(SoakFailure, match="the pause menu could not be reached"):
        soak(seed=1, steps=2000, visit_steps=50, say=lambda text: None, maps=["kitchen"])
