"""Screenshots of staged moments: a map, some cutscene commands, a PNG at x2.

    python -m tools.staging_shots --out shots/ [--only vase oath]

Each shot loads its map in the real game (headless), runs its commands through the
same registry the scripts use (poses, props, crowds), steps a little so crowds
settle, and saves the frame scaled, so anyone can look at what a moment shows.
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
from game.core.actions import InputState
from game.world.commands import build_registry
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parents[1]

# name -> (map, spawn for the player, commands); `set FLAG N` sets a story flag first
SHOTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "demo": ("test_staging", "start", ()),
    "demo_court_rises": ("test_staging", "start", ("crowd court mingle", "crowd rally face")),
    "vase": ("kara_room", "kara_stop", ("set progress 5",
        "show Lena", "teleport Lena vase_spot", "face Lena right", "hold Lena vase",
        "pose Lena raise", "face player left")),
    "kneel": ("kara_room", "kara_stop", ("set progress 5",
        "show Lena", "teleport Lena vase_spot", "face Lena right", "hold Lena vase",
        "pose Lena hold", "pose player kneel left")),
    "oath": ("throne_room", "from_grand_hall", ("set progress 14", "teleport player 13 13",
                                                "face player up", "pose Alex kneel up")),
    "hands": ("test_staging", "start", ("teleport player 22 5", "face player down",
                                        "pose_pair player lucy_arms_crossed hands")),
    "hug": ("test_staging", "start", ("teleport player 22 5",
                                      "pose_pair player lucy_arms_crossed hug")),
}


def shoot(name: str, out: Path, scale: int) -> Path | None:
    map_name, spawn, commands = SHOTS[name]
    game = Game(parse_args(["--map", map_name, "--spawn", spawn, "--frames", "2"]))
    game.run()
    scene = game.ctx.stack.find(WorldScene)
    if scene is None or scene.world is None:
        return None
    registry = build_registry()
    for line in commands:
        word, *rest = line.split()
        if word == "set":
            game.ctx.flags.set(rest[0], int(rest[1]))
            scene.world.refresh_npcs()
            continue
        args = [w for w in rest if "=" not in w]
        opts = dict(w.split("=", 1) for w in rest if "=" in w)
        registry.bind(word, args, opts).run(scene.stage)
    for _ in range(30):
        scene.world.step(InputState(), controllable=False)
    scene.camera.snap(scene.world.player.x, scene.world.player.y)
    scene.banner = 0
    canvas = game.display.canvas
    game.ctx.stack.draw(canvas)
    path = out / f"staging_{name}.png"
    pygame.image.save(pygame.transform.scale_by(canvas, scale), str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--only", nargs="*", choices=sorted(SHOTS))
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.only or SHOTS:
        print(shoot(name, args.out, args.scale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
