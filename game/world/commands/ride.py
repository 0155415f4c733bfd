"""Calm pod rides: `<<ride NAME>>` flies a ride of assets/data/rides.json.

The ride is its own scene, so the world asks the flow for it (a `StartRide`
request) and the script waits on the ticket, like a flight stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.core.errors import ContentError
from game.core.requests import StartRide, Ticket
from game.dialogue.flags import FlagStore
from game.ride import RideResult, load_ride
from game.world.commands.params import ArgError, Name
from game.world.commands.registry import Command, command
from game.world.waits import Wait

if TYPE_CHECKING:
    from game.world.stage import Stage

RESULT_FLAG = "ride_result"


def ride(stage: Stage, name: str) -> Wait | None:
    """Fly the calm pod ride RIDE: gentle steering that drifts back to the route,
    passing pods, fireworks, lines spoken on the way and, if the ride has one, the
    red scan at "the line" (moving under it raises the ride's scan flag, the
    Queen's suspicion, by one per look). The script waits; afterwards $ride_result
    is "calm", "noticed" or "skipped" (Settings: skip pod rides).
    Example: `<<ride the_line>>` then `<<if $ride_result == "noticed">>`."""
    try:
        spec = load_ride(stage.ctx.assets, name)
    except ContentError as err:  # say which ride and why, on the error panel
        raise ArgError(str(err)) from None
    flags = stage.flags
    if stage.ctx.settings.skip_rides:
        flags.set(RESULT_FLAG, "skipped")
        return None
    request = StartRide(spec.name)
    stage.ask(request)
    scan_flag = spec.scan.flag if spec.scan else ""
    return WaitRide(request.ticket, lambda result: record(flags, result, scan_flag))


def record(flags: FlagStore, result: RideResult, scan_flag: str) -> None:
    """Write a finished ride into the flags."""
    flags.set(RESULT_FLAG, result.outcome)
    if result.looks and scan_flag:
        flags.set(scan_flag, int(flags.get(scan_flag)) + result.looks)


@dataclass
class WaitRide:
    """Until the ride is over; its result goes into the flags on the step it ends."""

    ticket: Ticket
    on_result: Callable[[RideResult], None]
    recorded: bool = False

    def update(self) -> None:
        if self.ticket.done and not self.recorded:
            self.recorded = True
            if isinstance(self.ticket.result, RideResult):
                self.on_result(self.ticket.result)

    def done(self) -> bool:
        self.update()
        return self.ticket.done


COMMANDS: tuple[Command, ...] = (
    command("ride", ride, Name("RIDE", "ride", key="name",
                               about="a ride of assets/data/rides.json")),
)
