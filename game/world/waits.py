"""Things a cutscene command can wait for before the script goes on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from game.core.errors import GameError
from game.core.requests import StartFlight, Ticket
from game.core.scene import Scene, SceneStack
from game.flight import FlightResult
from game.world.camera import Camera
from game.world.character import Character


class CutsceneAbandoned(GameError):
    """The scene cannot go on and its error is already on the panel: just end it."""


class Wait(Protocol):
    def update(self) -> None: ...

    def done(self) -> bool: ...


@dataclass
class WaitSteps:
    steps: int

    def update(self) -> None:
        self.steps -= 1

    def done(self) -> bool:
        return self.steps <= 0


@dataclass
class WaitWalk:
    character: Character

    def update(self) -> None:
        pass

    def done(self) -> bool:
        return self.character.path is None or self.character.path.done


@dataclass
class WaitCamera:
    camera: Camera

    def update(self) -> None:
        pass

    def done(self) -> bool:
        return self.camera.pan_done


@dataclass
class WaitScene:
    """Until a pushed scene (title card, fade, minigame) has left the stack."""

    stack: SceneStack
    scene: Scene

    def update(self) -> None:
        pass

    def done(self) -> bool:
        return all(s is not self.scene for s in self.stack)


@dataclass
class WaitMapChange:
    """Until the fade of a map change is over; a map that did not load (its error
    is on the panel, the old map stays) ends the cutscene instead of going on."""

    stack: SceneStack
    scene: Scene
    loaded: list[bool]  # filled in by the fade's swap

    def update(self) -> None:
        pass

    def done(self) -> bool:
        if any(s is self.scene for s in self.stack):
            return False
        if self.loaded and not self.loaded[0]:
            raise CutsceneAbandoned("the map change failed")
        return True


@dataclass
class WaitTicket:
    """Until the game flow has answered a request (the credits have rolled)."""

    ticket: Ticket

    def update(self) -> None:
        pass

    def done(self) -> bool:
        return self.ticket.done


@dataclass
class WaitFlight:
    """Until a flight the flow started is over; each stage's result is handed to
    `record` on the step it arrives, before the script goes on."""

    request: StartFlight
    record: Callable[[FlightResult], None]

    def update(self) -> None:
        while self.request.results:
            result = self.request.results.pop(0)
            if isinstance(result, FlightResult):
                self.record(result)

    def done(self) -> bool:
        return self.request.ticket.done and not self.request.results
