"""The slums' night cast (Act 4's sweep: Oscar, the guards, J'onn, the child) belongs to
its stretch of the story: loading the slums later (a save, a chapter, a reload in Act 6
or after it) must not bring the sweep back onto a street that Act 6 has emptied."""

from __future__ import annotations

import pytest

from tests.story.pilot import start_game, world_of

NIGHT = {"Oscar", "Guard", "Young Guard", "J'onn", "Night Child"}


def cast_at(progress: int, spawn: str = "a6_slums") -> dict[str, tuple[int, int]]:
    """Who stands on the slum street, and on which tile, right after the map loads."""
    game = start_game("slums", spawn, progress, "lena_jacket")
    game.step()
    world = world_of(game).world
    return {n.name: (int(n.x) // 16, int(n.y) // 16) for n in world.npcs}


def test_the_night_sweep_is_on_the_street_in_act_four(display) -> None:
    assert set(cast_at(63)) >= NIGHT


@pytest.mark.parametrize("progress", [84, 85, 86, 90, 97, 100])
def test_the_night_sweep_does_not_come_back_after_act_four(display, progress: int) -> None:
    assert not NIGHT & set(cast_at(progress, "temple_steps"))


def test_a_reload_during_the_families_run_finds_oscar_at_the_temple_door(display) -> None:
    cast = cast_at(83, "temple_steps")
    assert not {"Guard", "Young Guard", "J'onn", "Night Child"} & set(cast)
    assert cast["Oscar"] == (3, 9)  # the temple steps, where the families are counted in
