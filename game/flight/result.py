"""What a flight tells the story when a stage ends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Outcome = Literal["won", "lost", "skipped"]

#: Stage names in story order; stage numbers 1-3 index this tuple from 1.
FLIGHT_STAGES: tuple[str, ...] = ("hold_fire", "storm", "pod_run")


def stage_name(stage: int | str) -> str:
    """Normalise 1/2/3 or a name ("storm", "2") to a stage name; ValueError otherwise."""
    if isinstance(stage, str) and stage.strip().isdigit():
        stage = int(stage)
    if isinstance(stage, int):
        if 1 <= stage <= len(FLIGHT_STAGES):
            return FLIGHT_STAGES[stage - 1]
    elif stage.strip().lower() in FLIGHT_STAGES:
        return stage.strip().lower()
    raise ValueError(f"unknown flight stage {stage!r} (known: 1-3, {', '.join(FLIGHT_STAGES)})")


@dataclass(frozen=True)
class FlightResult:
    """The outcome of one stage.

    `fired_on_lex` is True if any player shot hit one of Lex's ships (the story
    makes them less helpful later). `retries` counts Retry / Retry easier picks;
    `frames` is the number of logic steps of the final attempt.
    """

    stage: str
    outcome: Outcome
    score: int
    wingmen_saved: int
    fired_on_lex: bool
    retries: int
    frames: int
