"""Render one scene per map under each lighting mode to PNG, for looking at art.

    python -m tools.screenshots --out shots/ [--maps garden balcony] [--scale 2]

Each map is loaded in the real game (headless), the camera placed at the map's
first Spawn, a few logic steps run so people settle, then the frame is saved
once per lighting mode: `<map>_<mode>.png`.
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
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parents[1]


def shoot(map_name: str, out: Path, scale: int) -> list[Path]:
    game = Game(parse_args(["--map", map_name, "--frames", "20"]))
    game.run()
    scene = game.ctx.stack.find(WorldScene)
    written: list[Path] = []
    if scene is None or scene.world is None:
        return written
    for mode in game.ctx.content.lighting:  # every mode of assets/lighting.json
        scene.stage.set_lighting(mode, 1)
        scene.banner = 0
        canvas = game.display.canvas
        game.ctx.stack.draw(canvas)
        image = pygame.transform.scale_by(canvas, scale) if scale > 1 else canvas
        path = out / f"{map_name}_{mode}.png"
        pygame.image.save(image, str(path))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--maps", nargs="*", help="map names (default: every map in maps/)")
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    names = args.maps or sorted(p.stem for p in (ROOT / "maps").glob("*.tmx"))
    for name in names:
        for path in shoot(name, args.out, args.scale):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
