"""A speaking portrait: one expression's still, blink and talk frames, and when to show each.

Faces that never move read as stickers. The box asks `frame(tick, talking)`
every draw: the mouth opens and closes while the line types (on the letters
revealed, so faster text means faster speech, and it rests on spaces), and the
eyes blink for a few steps on an irregular but fixed rhythm. Everything depends
only on the arguments, so a replay draws the same faces.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

BLINK_PERIODS = (173, 211, 97)  # logic steps between blinks, cycled: never a metronome
BLINK_STEPS = 7  # how long the eyes stay shut
MOUTH_LETTERS = 3  # letters revealed per open/close of the mouth


@dataclass(frozen=True)
class Portrait:
    still: pygame.Surface
    blink: pygame.Surface
    talk: pygame.Surface

    @property
    def size(self) -> tuple[int, int]:
        return self.still.get_size()

    def frame(self, tick: int, talking: bool = False, letter: int = 0,
              resting: bool = False) -> pygame.Surface:
        """The frame to draw: blink wins (eyes first), then the open mouth while talking."""
        if is_blinking(tick):
            return self.blink
        if talking and not resting and (letter // MOUTH_LETTERS) % 2 == 0:
            return self.talk
        return self.still


def is_blinking(tick: int) -> bool:
    """True during the few steps of a blink; the gaps between blinks vary."""
    cycle = sum(BLINK_PERIODS)
    t = tick % cycle
    start = 0
    for period in BLINK_PERIODS:
        start += period
        if start - BLINK_STEPS <= t < start:
            return True
    return False
