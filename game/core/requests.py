"""Requests: how a scene asks the game flow for something it may not do itself.

The world, the minigame and the dialogue sit below the game flow (saves, menus,
the title, the credits). They never call it: they post a request here, and the
flow takes the queue after the logic step and decides (Nystrom's event queue).
So data moves one way each frame and the import graph has no hidden cycle:
this module knows no scene, no flow and no save.

A request that has an answer (a finished flight stage, a save's message) carries
a `Ticket`; the asker waits on `ticket.done` and reads `ticket.result`.
The queue they go into is `game.core.request_queue`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Ticket:
    """An answer to come: the flow sets `result` and `done` when it has one."""

    done: bool = False
    result: object = None

    def resolve(self, result: object = None) -> None:
        self.result = result
        self.done = True


@dataclass(frozen=True)
class Request:
    """Base class of everything a scene can ask the flow for."""


@dataclass(frozen=True)
class OpenPause(Request):
    """The player pressed Menu in the world."""


@dataclass(frozen=True)
class OpenBacklog(Request):
    """Show the recent lines (speaker, text)."""

    lines: tuple[tuple[str | None, str], ...]


@dataclass(frozen=True)
class Autosave(Request):
    """Save to the autosave slot now, or as soon as the running cutscene ends."""


@dataclass(frozen=True)
class CutsceneEnded(Request):
    """A cutscene finished: a deferred autosave may run now."""


@dataclass(frozen=True)
class ChangeAct(Request):
    """A new act begins: it is shown in saves and autosaved."""

    name: str


@dataclass(frozen=True)
class StartFlight(Request):
    """Fly a stage of the minigame; the ticket resolves once per finished stage
    with its result, and `done` when the flight scene has left the stack."""

    stage: str
    ticket: Ticket = field(default_factory=Ticket)
    results: list[object] = field(default_factory=list)


@dataclass(frozen=True)
class StartRide(Request):
    """Fly a calm pod ride of assets/data/rides.json; the ticket resolves with its
    result (a `game.ride.RideResult`) when the ride scene has left the stack."""

    ride: str
    ticket: Ticket = field(default_factory=Ticket)


@dataclass(frozen=True)
class OpenDebugMenu(Request):
    """F9, for map makers: the debug menu (flags, jump to a map, skip the cutscene)."""


@dataclass(frozen=True)
class JumpTo(Request):
    """Debug menu: go to a map and spawn at once, keeping the story's flags."""

    map_name: str
    spawn: str | None = None


@dataclass(frozen=True)
class SkipCutscene(Request):
    """Debug menu: end the running cutscene where it stands and give control back."""


@dataclass(frozen=True)
class RollCredits(Request):
    """Roll the credits; `then_title` goes back to the title screen afterwards."""

    then_title: bool = True
    ticket: Ticket = field(default_factory=Ticket)


@dataclass(frozen=True)
class GoToTitle(Request):
    """Leave play for the title screen (a map that cannot load at all)."""


@dataclass(frozen=True)
class Quit(Request):
    """Close the game."""
