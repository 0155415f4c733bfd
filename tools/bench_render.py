"""Benchmark: our map renderer against pyscroll on the same maps, in one run.

    python -m tools.bench_render [--frames 300]

Prints a table of median and 99th-percentile draw time per frame and the ratio
pyscroll / ours (above 1 means ours is faster). Both draw the same map with the
camera panning across it and 0, 12 or 40 characters standing on it (pyscroll
through its PyscrollGroup, which redraws the tiles that cover each sprite), onto
the 480x270 canvas, on the dummy video driver. An empty map favours pyscroll's
single buffer blit; with people on screen, as in every scene of the game, ours
is several times faster because its overhead layer is one pre-composed blit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
import pyscroll
import pytmx

from game.world.camera import Camera
from game.world.character import Character, SpriteSheet
from game.world.loader import load_map
from game.world.model import Facing
from game.world.render import MapRenderer

ROOT = Path(__file__).resolve().parents[1]


def _camera_path(width: int, height: int, frames: int) -> list[tuple[float, float]]:
    """A deterministic sweep over the map (centre points)."""
    points = []
    for i in range(frames):
        t = i / max(1, frames - 1)
        points.append((width * (0.1 + 0.8 * t), height * (0.5 + 0.3 * (0.5 - abs(t - 0.5)))))
    return points


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _crowd(width: int, height: int, count: int) -> list[tuple[float, float]]:
    """Where the characters stand: spread over the middle of the map, fixed."""
    return [(width * (0.15 + 0.7 * ((i * 37) % 100) / 100),
             height * (0.2 + 0.6 * ((i * 61) % 100) / 100)) for i in range(count)]


def bench_ours(path: Path, frames: int, people: int) -> list[float]:
    data = load_map(path)
    renderer = MapRenderer(data.layers)
    camera = Camera(*data.pixel_size)
    canvas = pygame.Surface((480, 270))
    sheet = SpriteSheet.from_surface(pygame.Surface((64, 128), pygame.SRCALPHA))
    crowd = [Character(f"c{i}", "c", x, y, Facing.DOWN, sheet)
             for i, (x, y) in enumerate(_crowd(*data.pixel_size, people))]
    times = []
    for i, (cx, cy) in enumerate(_camera_path(*data.pixel_size, frames)):
        camera.snap(cx, cy)
        start = time.perf_counter()
        renderer.draw(canvas, camera, crowd, i * 16)
        times.append((time.perf_counter() - start) * 1000)
    return times


class _Sprite(pygame.sprite.Sprite):
    def __init__(self, x: float, y: float) -> None:
        super().__init__()
        self.image = pygame.Surface((16, 32), pygame.SRCALPHA)
        self.rect = self.image.get_rect(midbottom=(round(x), round(y)))


def bench_pyscroll(path: Path, frames: int, people: int) -> list[float]:
    tmx = pytmx.load_pygame(str(path))
    data = pyscroll.TiledMapData(tmx)
    layer = pyscroll.BufferedRenderer(data, (480, 270))
    group = pyscroll.PyscrollGroup(map_layer=layer, default_layer=2)
    w, h = tmx.width * tmx.tilewidth, tmx.height * tmx.tileheight
    for x, y in _crowd(w, h, people):
        group.add(_Sprite(x, y))
    canvas = pygame.Surface((480, 270))
    times = []
    for cx, cy in _camera_path(w, h, frames):
        start = time.perf_counter()
        group.center((cx, cy))
        group.draw(canvas)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("maps", nargs="*", help="maps to draw (default: every map in maps/)")
    args = parser.parse_args(argv)
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    maps = [Path(m) for m in args.maps] or sorted((ROOT / "maps").glob("*.tmx"))
    print(f"{'map':<14} {'people':>6} {'ours med':>9} {'ours p99':>9} {'pyscroll med':>13} "
          f"{'pyscroll p99':>13} {'ratio':>6}")
    for path in maps:
        for people in (0, 12, 40):
            ours = bench_ours(path, args.frames, people)
            theirs = bench_pyscroll(path, args.frames, people)
            om, op = statistics.median(ours), _percentile(ours, 0.99)
            tm, tp = statistics.median(theirs), _percentile(theirs, 0.99)
            print(f"{path.stem:<14} {people:>6} {om:>8.3f}ms {op:>8.3f}ms {tm:>12.3f}ms "
                  f"{tp:>12.3f}ms {tm / om:>5.1f}x")
    print("ratio = pyscroll median / ours median; times per frame in milliseconds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
