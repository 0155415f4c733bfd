"""Choosing where the dialogue box goes for a line."""

from __future__ import annotations

import pygame

from game.ui.dialogue_box import PLACEMENTS
from game.world.box_place import choose


def test_the_box_stays_at_the_bottom_when_nothing_is_under_it() -> None:
    assert choose([pygame.Rect(232, 100, 16, 32)]) == "bottom"


def test_a_speaker_low_on_the_screen_sends_the_box_to_the_top() -> None:
    assert choose([pygame.Rect(232, 210, 16, 32)]) == "top"


def test_a_speaker_low_and_a_focus_high_share_the_screen_with_a_corner_box() -> None:
    speaker, focus = pygame.Rect(60, 210, 16, 32), pygame.Rect(240, 30, 24, 24)
    name = choose([speaker, focus])
    assert not PLACEMENTS[name].colliderect(speaker)
    assert not PLACEMENTS[name].colliderect(focus)


def test_the_meters_are_kept_clear_when_the_box_can_go_elsewhere() -> None:
    meters = pygame.Rect(350, 4, 126, 28)
    name = choose([pygame.Rect(232, 210, 16, 32)], [meters])
    assert name == "top_left"
    assert choose([pygame.Rect(232, 210, 16, 32), pygame.Rect(100, 20, 20, 20)],
                  [meters]) == "top_right"  # the speaker matters more than the meters
