"""Frame-time benchmark of the flight minigame with crowds of bullets.

    python -m tools.bench_flight [--frames 240]

Runs the storm stage on a dummy display with 100, 1,000 and 3,000 bullets kept
on screen (half the player's going up, half the enemies' coming down) and 80
enemy craft, and times update+draw of each frame. Every row is run twice in the
same process: with the uniform grid the game uses, and with a naive all-pairs
collision check, so the ratio compares like with like on this machine.
Numbers are for reading, never for asserting in tests.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from game.core.assets import AssetResolver
from game.flight.art import FlightArt
from game.flight.battle import Battle
from game.flight.entities import BOLT, FIELD_H, FIELD_W, ORB, Bullet
from game.flight.hud import Hud
from game.flight.options import FlightOptions
from game.flight.registry import default_script
from game.flight.render import BattleRenderer
from game.ui.text import Fonts

COUNTS = (100, 1000, 3000)
ENEMIES = 80
WARMUP = 10


def crowded_battle(bullets: int, collisions: str, rng: random.Random) -> Battle:
    """A storm with the script switched off and a fixed crowd to collide."""
    battle = Battle("storm", FlightOptions(invincible=True, seed=1), collisions=collisions)
    battle.stage.update = lambda: None  # type: ignore[method-assign]
    battle.mothership = None
    for i in range(ENEMIES):
        ship = battle.stage.spawn("drone", rng.uniform(10, FIELD_W - 10), rng.uniform(10, 150))
        ship.hp = 10**9  # they soak every hit, so the crowd stays the same size
        ship.slot = i
        ship.cooldown = 10**9
    refill(battle, bullets, rng)
    return battle


def refill(battle: Battle, count: int, rng: random.Random) -> None:
    """Top the bullets back up to `count` (hits and the screen edge remove some)."""
    while len(battle.player_bullets) < count // 2:
        battle.player_bullets.append(
            Bullet(rng.uniform(0, FIELD_W), rng.uniform(0, FIELD_H), 0.0, -3.0, BOLT))
    while len(battle.enemy_bullets) < count - count // 2:
        battle.enemy_bullets.append(
            Bullet(rng.uniform(0, FIELD_W), rng.uniform(0, FIELD_H),
                   rng.uniform(-1, 1), rng.uniform(1, 2), ORB))


def measure(count: int, collisions: str, frames: int, renderer: BattleRenderer, hud: Hud,
            canvas: pygame.Surface) -> list[float]:
    rng = random.Random(count)
    battle = crowded_battle(count, collisions, rng)
    times: list[float] = []
    for i in range(frames + WARMUP):
        refill(battle, count, rng)
        start = time.perf_counter()
        battle.step(0, 0, False, False)
        renderer.draw(canvas, battle, False)
        hud.draw(canvas, battle, battle.options, False)
        elapsed = (time.perf_counter() - start) * 1000
        if i >= WARMUP:
            times.append(elapsed)
    return times


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=240, help="timed frames per row")
    args = parser.parse_args(argv)
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    assets = AssetResolver.discover()
    art = FlightArt(assets)
    renderer = BattleRenderer(art)
    hud = Hud(assets, Fonts.load(assets), art, default_script())
    canvas = pygame.Surface((480, 270))
    print(f"flight frame time, update+draw, {args.frames} frames, {ENEMIES} enemies (ms)")
    header = (f"{'bullets':>8} | {'grid med':>8} {'grid p99':>8} | "
              f"{'naive med':>9} {'naive p99':>9} | {'naive/grid':>10}")
    print(header)
    print("-" * len(header))
    for count in COUNTS:
        grid = measure(count, "grid", args.frames, renderer, hud, canvas)
        naive = measure(count, "naive", args.frames, renderer, hud, canvas)
        g_med, n_med = statistics.median(grid), statistics.median(naive)
        print(f"{count:>8} | {g_med:>8.2f} {p99(grid):>8.2f} | "
              f"{n_med:>9.2f} {p99(naive):>9.2f} | {n_med / g_med:>9.1f}x")
    print("budget at 60 Hz: 16.67 ms a frame")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
