"""What a finished flight stage writes into the story's flags, as its data says.

Each stage file maps result fields to flags (`"flags": {"outcome": "flight_storm",
"score": {"flag": "flight_score", "how": "add"}}`), so a new stage or a new flag
is a data edit; the `play_flight` command only calls `apply_result`. The mapping
is checked against the flag declarations when the content loads
(`game.content_flight_loader.check_flag_writes`).
"""

from __future__ import annotations

from typing import Any, Protocol

from game.content_flight import FlightScript
from game.flight.result import FlightResult


class Flags(Protocol):
    """The story's flag store as the flight sees it (`FlagStore` fits this)."""

    def get(self, name: str) -> Any: ...

    def set(self, name: str, value: object) -> Any: ...


def apply_result(result: FlightResult, flags: Flags, spec: FlightScript) -> None:
    """Write `result` into `flags` as the stage's data declares."""
    for write in spec.stage(result.stage).flags:
        value = getattr(result, write.field)
        if write.how == "add":
            flags.set(write.flag, flags.get(write.flag) + value)
        elif write.how == "latch":
            if value:
                flags.set(write.flag, True)
        else:
            flags.set(write.flag, value)
