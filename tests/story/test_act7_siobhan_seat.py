"""When Siobhan bore her grudge, Alex points her out at the coronation, sitting beside a
fishmonger: she must be there to be seen, and only in that branch and that scene."""

from __future__ import annotations

import pytest

from tests.story.pilot import start_game, world_of


def guests(grudge: bool, progress: int = 95) -> set[str]:
    """Who stands in the throne room right after it loads."""
    game = start_game("throne_room", "a7_throne", progress, "kara",
                      flags={"siobhan_grudge": grudge})
    game.step()
    return {npc.name for npc in world_of(game).world.npcs}


def test_siobhan_sits_with_the_commoners_when_she_bore_a_grudge(display) -> None:
    assert {"Siobhan", "Fishmonger"} <= guests(True)


@pytest.mark.parametrize(("grudge", "progress"), [(False, 95), (True, 97), (True, 60)])
def test_nobody_else_finds_her_there(display, grudge: bool, progress: int) -> None:
    assert not {"Siobhan", "Fishmonger"} & guests(grudge, progress)
