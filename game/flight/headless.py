"""Run the minigame without a window: for tests, replays and the balance check."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from game.content_flight import FlightScript
from game.core.actions import InputState
from game.flight.options import FlightOptions
from game.flight.result import FlightResult
from game.flight.session import DONE, FlightSession


@dataclass
class HeadlessRun:
    """What a headless run ends with. Unpacks as `result, snapshot = run_headless(...)`.

    `result` is the last stage result, or the one the open menu stands for
    ("won" at the clear panel, "lost" at the failure menu); None if the inputs ran
    out mid-battle. `snapshot` is `Battle.snapshot()` of the last battle.
    """

    result: FlightResult | None
    snapshot: dict[str, Any]
    results: list[FlightResult] = field(default_factory=list)
    session: FlightSession | None = None

    def __iter__(self) -> Iterator[Any]:
        return iter((self.result, self.snapshot))


def run_headless(stage: int | str, options: FlightOptions, inputs: Iterable[InputState],
                 script: FlightScript | None = None) -> HeadlessRun:
    """Feed one InputState per update call; stop early when the flight is over.
    `script` (the flight's words) defaults to the game's own data."""
    session = FlightSession(stage, options, script)
    for inp in inputs:
        session.step(inp)
        if session.phase == DONE:
            break
    last = session.results[-1] if session.phase == DONE else session.pending()
    return HeadlessRun(last, session.battle.snapshot(), list(session.results), session)
