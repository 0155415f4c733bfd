"""Things a cutscene command can wait for before the script goes on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from game.core.scene import Scene, SceneStack
from game.world.camera import Camera
from game.world.character import Character


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
