"""A crowd of guards on their rounds moves exactly as when every guard looked at every
other's feet: the foot grid only skips people too far away to matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.world.character import Character
from game.world.crowd_grid import FootGrid
from tools.perf.crowd import crowd_world


def everyone(self: FootGrid, ch: Character, reach: float) -> list:
    """The reference: the foot box of every other character in the grid."""
    return [other.feet_rect() for cell in self._cells.values() for other in cell
            if other is not ch]


def positions(tmp_path: Path, steps: int) -> list[tuple[float, float]]:
    step, world = crowd_world(tmp_path, 160, naive=False, patrol=True, dense=True)
    for i in range(steps):
        step(i)
    return [(n.x, n.y) for n in world.npcs]


def test_guards_in_a_crowd_walk_the_same_with_the_grid_as_with_all_pairs(
        display, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_grid = positions(tmp_path, 400)
    monkeypatch.setattr(FootGrid, "boxes_near", everyone)
    all_pairs = positions(tmp_path, 400)
    assert with_grid == all_pairs
    # The crowd is dense enough that guards really do block each other.
    _, world = crowd_world(tmp_path, 160, naive=False, patrol=True, dense=True)
    starts = [(n.x, n.y) for n in world.npcs]
    assert sum(1 for a, b in zip(starts, with_grid, strict=True) if a == b) < len(starts)
