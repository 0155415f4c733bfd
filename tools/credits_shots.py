"""Save the credits roll at several points, and its final still, as a player sees it.

    python -m tools.credits_shots --out /tmp/credits [--scale 2] [--shots 10]

The roll runs at its real speed in the real game (headless); the maps behind it are
read as they are first drawn (no worker thread), so the same run gives the same
pictures. Files: `credits_<nn>_<seconds>s.png`, then `credits_final.png`.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from game.app import Game
from game.cli import parse_args
from game.core.actions import EMPTY_INPUT
from game.screens.credits import SCREEN_H, CreditsScene

MAX_STEPS = 60 * 60 * 10


def save(game: Game, path: Path, scale: int) -> Path:
    canvas = game.display.canvas
    game.ctx.stack.draw(canvas)
    image = pygame.transform.scale_by(canvas, scale) if scale > 1 else canvas
    pygame.image.save(image, str(path))
    return path


def shoot(out: Path, scale: int, shots: int) -> list[Path]:
    game = Game(parse_args(["--scene", "title", "--frames", "1"]))
    game.run()
    roll = game.flow.roll_credits(then_title=False)
    assert isinstance(roll, CreditsScene)
    roll.backdrop.shelf.threaded = False
    length = round((roll.height + SCREEN_H) / roll.base)  # steps until the text is gone
    every = max(1, length // shots)
    written = []
    for step in range(MAX_STEPS):
        if roll not in game.ctx.stack:
            break
        if step % every == every // 2:
            written.append(save(game, out / f"credits_{step // every:02d}_{step // 60}s.png",
                                scale))
        if roll.on_final_image and roll.final_steps == 240:
            written.append(save(game, out / "credits_final.png", scale))
        roll.update(EMPTY_INPUT)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/credits"))
    parser.add_argument("--scale", type=int, default=2)
    parser.add_argument("--shots", type=int, default=10)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in shoot(args.out, args.scale, args.shots):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
