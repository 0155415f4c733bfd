"""Helpers for tests that drive the real game: input scripts and in-process runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.app import Game
from game.cli import parse_args
from game.core.actions import EMPTY_INPUT, Action
from game.world.scene import WorldScene


@dataclass
class InputScript:
    """Builds a frame-stamped input script the way a player would play."""

    frame: int = 0
    lines: list[str] = field(default_factory=list)

    def hold(self, action: str, frames: int) -> InputScript:
        self.lines.append(f"{self.frame} +{action}")
        self.frame += frames
        self.lines.append(f"{self.frame} -{action}")
        self.frame += 1
        return self

    def tap(self, action: str, times: int = 1, gap: int = 3) -> InputScript:
        for _ in range(times):
            self.lines.append(f"{self.frame} +{action}")
            self.lines.append(f"{self.frame + 1} -{action}")
            self.frame += 1 + gap
        return self

    def wait(self, frames: int) -> InputScript:
        self.frame += frames
        return self

    def write(self, path: Path) -> Path:
        path.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        return path


def run_game(argv: list[str]) -> Game:
    """Run the real game loop in this process (headless) and return it for inspection."""
    game = Game(parse_args(argv))
    game.run()
    return game


def read_on(scene: WorldScene, presses: int = 30) -> None:
    """Press Confirm a step at a time until the scene's dialogue is over, as a player
    reading on would; fails if it is still running after `presses`."""
    for _ in range(presses):
        if not scene.director.active:
            break
        scene.handle(Action.CONFIRM)
        scene.update(EMPTY_INPUT)
    assert not scene.director.active, "the dialogue never ended"
