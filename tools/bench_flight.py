"""Frame-time benchmark of the flight minigame with crowds of bullets.

    python -m tools.bench_flight [--frames 240]

Runs the storm stage on a dummy display with 100, 1,000 and 3,000 bullets kept
on screen (half the player's going up, half the enemies' coming down) and 80
enemy craft, and times update+draw of each frame in CPU time (process time, so
other programs on the machine disturb it less). The game's content is loaded
first, so the heap is as big as in the game. Every row is run three times in the
same process: the game's way (uniform grid, heap frozen and automatic collection
off while the battle runs, see game/flight/gc_guard.py), the same with the
collector left as it is, and with a
naive all-pairs collision check; the ratios compare like with like on this
machine. It also counts garbage collections during the timed frames and the
longest one. Numbers are for reading, never for asserting in tests.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import time

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from game.content import load_content
from game.core.assets import AssetResolver
from game.core.fonts import Fonts
from game.flight.art import FlightArt
from game.flight.battle import Battle
from game.flight.entities import BOLT, FIELD_H, FIELD_W, ORB, Bullet
from game.flight.gc_guard import GcGuard
from game.flight.hud import Hud
from game.flight.options import FlightOptions
from game.flight.registry import STAGE_WORDS
from game.flight.render import BattleRenderer

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


class GcWatch:
    """Counts collections and times the longest (a gc.callbacks hook)."""

    def __init__(self) -> None:
        self.count = 0
        self.longest = 0.0
        self._start = 0.0
        self.on = False

    def __call__(self, phase: str, info: dict) -> None:
        if not self.on:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.longest = max(self.longest, (time.perf_counter() - self._start) * 1000)


def measure(count: int, collisions: str, frozen: bool, frames: int, renderer: BattleRenderer,
            hud: Hud, canvas: pygame.Surface, watch: GcWatch) -> list[float]:
    rng = random.Random(count)
    battle = crowded_battle(count, collisions, rng)
    guard = GcGuard()
    if frozen:
        guard.hold()
    times: list[float] = []
    watch.count, watch.longest = 0, 0.0
    try:
        for i in range(frames + WARMUP):
            refill(battle, count, rng)
            watch.on = i >= WARMUP
            start = time.process_time()
            battle.step(0, 0, False, False)
            renderer.draw(canvas, battle, False)
            hud.draw(canvas, battle, battle.options, False)
            elapsed = (time.process_time() - start) * 1000
            if i >= WARMUP:
                times.append(elapsed)
    finally:
        watch.on = False
        guard.release()
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
    content = load_content(assets, STAGE_WORDS)  # the game's heap, as in play
    art = FlightArt(assets)
    renderer = BattleRenderer(art)
    hud = Hud(assets, Fonts.load(assets), art, content.flight)
    canvas = pygame.Surface((480, 270))
    watch = GcWatch()
    gc.callbacks.append(watch)
    print(f"flight CPU time a frame, update+draw, {args.frames} frames, {ENEMIES} enemies (ms);"
          f" {len(gc.get_objects()):,} objects loaded")
    header = (f"{'bullets':>7} | {'game med':>8} {'p99':>6} {'gcs':>4} {'gc max':>6} | "
              f"{'gc live p99':>11} {'gcs':>4} {'gc max':>6} | {'naive med':>9} | "
              f"{'naive/grid':>10} {'live/game p99':>13}")
    print(header)
    print("-" * len(header))
    for count in COUNTS:
        game = measure(count, "grid", True, args.frames, renderer, hud, canvas, watch)
        g_gcs, g_max = watch.count, watch.longest
        live = measure(count, "grid", False, args.frames, renderer, hud, canvas, watch)
        l_gcs, l_max = watch.count, watch.longest
        naive = measure(count, "naive", True, args.frames, renderer, hud, canvas, watch)
        g_med, n_med = statistics.median(game), statistics.median(naive)
        print(f"{count:>7} | {g_med:>8.2f} {p99(game):>6.2f} {g_gcs:>4} {g_max:>6.2f} | "
              f"{p99(live):>11.2f} {l_gcs:>4} {l_max:>6.2f} | {n_med:>9.2f} | "
              f"{n_med / g_med:>9.1f}x {p99(live) / p99(game):>12.2f}x")
    gc.callbacks.remove(watch)
    _ = content
    print("budget at 60 Hz: 16.67 ms a frame")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
