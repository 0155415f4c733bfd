"""A Crowd that kneels or bows shows it (issue 14): every background person draws a
lowered frame, seen from any side (the throne room's court kneels with its back to
us), and the frame is one of the sheet's, so a big crowd costs no more to draw."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.world.commands import build_registry
from tests.story.pilot import start_game, world_of


@pytest.mark.parametrize("behaviour", ["kneel", "bow"])
def test_the_coronation_court_lowers_itself_in_every_member(home: Path, display,
                                                            behaviour: str) -> None:
    game = start_game("throne_room", "a7_throne", 95, "kara")
    game.step()
    scene = world_of(game)
    crowds = scene.world.crowds
    assert crowds, "the coronation has its crowds"
    standing = {id(m): pygame.image.tobytes(m.image(), "RGBA")
                for c in crowds.values() for m in c.members}
    for name in crowds:
        build_registry().bind("crowd", [name, behaviour], {}).run(scene.stage)
    game.step()
    members = [m for c in crowds.values() for m in c.members]
    assert len(members) >= 6
    for m in members:
        frame = m.image()
        assert pygame.image.tobytes(frame, "RGBA") != standing[id(m)], (m.name, m.facing)
        idle = m.sheet.frame(m.facing, 0)
        # lower on screen: the top of the head sinks (a knee on the floor, a bowed head)
        assert frame.get_bounding_rect().top >= idle.get_bounding_rect().top + 3, \
            (m.name, m.facing)
        assert m.image() is frame  # the sheet's own frame: nothing built per frame
