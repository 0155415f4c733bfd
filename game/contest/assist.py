"""Assists shared by the contests, chosen in Settings or forced by a script.

One setting for all of them, because the player's need is the same ("I read
too slowly", "my hands are slow", "just let me watch"); each contest reads
what it means for its own rules from `Tuning`.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.persistence.settings import CONTEST_ASSISTS

ASSISTS = CONTEST_ASSISTS  # kept with the settings, which read them before any game
ASSIST_ABOUT = {
    "off": "No help.",
    "wide": "Wider windows for tells and counters.",
    "gentle": "Weaker waves and slower attacks.",
    "auto": "Resist and guard on their own; you pick the words.",
}


@dataclass(frozen=True)
class Tuning:
    """What an assist changes: window width, pressure, pace, automatic defence."""

    window: float = 1.0  # tell and counter windows are this many times as wide
    pressure: float = 1.0  # waves push and blows land this hard
    pace: float = 1.0  # wind-ups last this many times as long
    auto: bool = False  # resist and guard happen without the player

    @classmethod
    def of(cls, assist: str) -> Tuning:
        """The tuning for an assist name; an unknown name is no assist at all."""
        if assist == "wide":
            return cls(window=2.0)
        if assist == "gentle":
            return cls(pressure=0.6, pace=1.5)
        if assist == "auto":
            return cls(window=1.5, auto=True)
        return cls()
