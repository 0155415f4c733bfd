"""Camera commands: where the player's eye goes during a scene."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.world.commands.params import Number, Spot, Tile
from game.world.commands.registry import Command, command
from game.world.waits import Wait, WaitCamera

if TYPE_CHECKING:
    from game.world.stage import Stage


def camera(stage: Stage, to: tuple[float, float], speed: float) -> Wait:
    """Pan the camera to a Spawn, a character or a tile, and wait until it is there
    (a pan that cannot arrive jumps after a while). `<<camera_reset>>` gives it back
    to the player."""
    stage.camera.pan_to(to, speed * (4 if stage.fast else 1))
    return WaitCamera(stage.camera)


def camera_reset(stage: Stage) -> None:
    """The camera follows the player again."""
    stage.camera.pan_target = None


def _speed() -> Number:
    return Number("speed", 0.25, 16, default=2.0, unit="pixels a step")


COMMANDS: tuple[Command, ...] = (
    command("camera", camera, Spot("WHO|SPAWN"), alt=[(Tile(),)], options=[_speed()]),
    command("camera_reset", camera_reset),
)
