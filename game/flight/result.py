"""What a flight tells the story when a stage ends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Outcome = Literal["won", "lost", "skipped"]


@dataclass(frozen=True)
class FlightResult:
    """The outcome of one stage.

    `fired_on_lex` is True if any player shot hit one of Lex's ships (the story
    makes them less helpful later). `retries` counts Retry / Retry easier picks;
    `frames` is the number of logic steps of the final attempt. `skipped` is True
    when the player chose Skip (the outcome says "skipped" too; a yes/no a flag
    can latch, so a later line knows a stage was skipped at all).
    """

    stage: str
    outcome: Outcome
    score: int
    wingmen_saved: int
    fired_on_lex: bool
    retries: int
    frames: int
    skipped: bool = False
