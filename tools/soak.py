"""Soak test: a bot presses random actions across every map, the menus and the minigame.

    python -m tools.soak --minutes 60 [--seed N]      # the long run
    python -m tools.soak --steps 3000                  # a short run (the suite runs one)

It runs headless (SDL dummy drivers) and in-process: each map is entered the way
``--map`` enters it, then the bot walks, talks, opens menus and backs out. Every visit
ends by reaching the pause menu (it must always be reachable outside a fade), no
cutscene may run longer than ``MAX_CUTSCENE_STEPS`` logic steps while the bot keeps
pressing keys, and an error panel or an exception is a failure. Memory (Python heap
through tracemalloc, plus RSS where the system reports it) is printed every minute; it
must stay flat once every map has been visited once. The same seed presses the same
keys in the same order, so a failure can be replayed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.app import Game

MAX_CUTSCENE_STEPS = 60 * 60 * 2  # two minutes of game time with a player pressing keys
PAUSE_WITHIN_STEPS = 240  # from anywhere (outside a fade) to the pause menu
STEPS_PER_VISIT = 500
FLIGHT_STEPS = 400
MENU_STEPS = 150
RENDER_EVERY = 4  # draw every few steps: drawing is exercised, the run stays quick
MEMORY_SLACK_BYTES = 6 * 1024 * 1024  # Python heap growth allowed after the first round
RSS_SLACK_BYTES = 64 * 1024 * 1024  # allocator noise is large; a real leak grows without end
BOT_ACTIONS = ("up", "down", "left", "right", "confirm", "cancel", "menu", "skip", "backlog")


class SoakFailure(AssertionError):
    """What the bot found: the message says at which step and where."""


@dataclass
class Report:
    """What a run did, for the console and for the test."""

    steps: int = 0
    visits: dict[str, int] = field(default_factory=dict)
    pauses_reached: int = 0
    pauses_in_cutscenes: int = 0  # of those, reached while a cutscene was running
    flights: int = 0
    menu_visits: int = 0
    longest_cutscene: int = 0
    memory: list[tuple[int, int, int]] = field(default_factory=list)  # (step, heap, rss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.soak", description=__doc__.split(
        "\n")[0])
    parser.add_argument("--minutes", type=float, default=None, help="run this long")
    parser.add_argument("--steps", type=int, default=None, help="or this many logic steps")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.minutes is None and args.steps is None:
        args.minutes = 60.0
    if (args.minutes is not None and not 0 < args.minutes <= 24 * 60) or (
            args.steps is not None and args.steps <= 0):
        parser.error("--minutes must be in (0, 1440] and --steps above 0")
    try:
        seconds = None if args.minutes is None else args.minutes * 60
        report = soak(args.seed, steps=args.steps, seconds=seconds,
                      say=lambda text: print(text, flush=True))
    except SoakFailure as err:
        print(f"soak FAILED: {err}", file=sys.stderr)
        return 1
    print(f"soak ok: {report.steps} steps, visits {report.visits}, "
          f"{report.pauses_reached} pauses ({report.pauses_in_cutscenes} during cutscenes), "
          f"{report.flights} flights, "
          f"longest cutscene {report.longest_cutscene} steps")
    return 0


def soak(seed: int, steps: int | None = None, seconds: float | None = None,
         say: Callable[[str], None] = print, maps: list[str] | None = None,
         visit_steps: int = STEPS_PER_VISIT) -> Report:
    """Run the bot until ``steps`` logic steps or ``seconds`` of wall time have passed.

    ``visit_steps``: random steps on each map before the pause check (the suite's short
    run uses fewer, so two whole rounds fit in a few thousand steps).
    """
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if "RED_SUN_HOME" not in os.environ:  # never touch the player's own saves
        os.environ["RED_SUN_HOME"] = tempfile.mkdtemp(prefix="red-sun-soak-")
    from game.app import Game
    from game.cli import parse_args

    game = Game(parse_args(["--fast", "--seed", str(seed), "--frames", "1"]))
    bot = _Bot(game, random.Random(seed), Report(), steps, seconds, say)
    bot.visit_steps = visit_steps
    names = maps if maps is not None else sorted(
        p.stem for p in game.ctx.assets.maps_dir.glob("*.tmx"))
    if not names:
        raise SoakFailure("no maps to visit")
    tracemalloc.start()
    try:
        bot.run(names)
    finally:
        tracemalloc.stop()
    return bot.report


class _Bot:
    def __init__(self, game: Game, rng: random.Random, report: Report, steps: int | None,
                 seconds: float | None, say: Callable[[str], None]) -> None:
        import pygame

        self.pygame = pygame
        self.game = game
        self.rng = rng
        self.report = report
        self.limit_steps = steps
        self.deadline = None if seconds is None else time.monotonic() + seconds
        self.say = say
        keys: dict[str, int] = {}
        for key, action in sorted(game.mapper.keys.items()):
            keys.setdefault(action.value, key)
        self.keys = keys
        self.held: dict[int, int] = {}  # key -> step to release it
        self.cutscene = 0
        self.next_report = time.monotonic() + 60
        self.baseline: tuple[int, int] | None = None
        self.visit_steps = STEPS_PER_VISIT

    # the schedule ----------------------------------------------------------------
    def run(self, names: list[str]) -> None:
        round_number = 0
        while not self.done():
            for name in names:
                self.visit(name)
                if self.done():
                    break
            if self.done():
                break
            self.title_menus()
            self.flight()
            round_number += 1
            self.check_memory(round_number)

    def done(self) -> bool:
        if self.limit_steps is not None and self.report.steps >= self.limit_steps:
            return True
        return self.deadline is not None and time.monotonic() >= self.deadline

    def visit(self, name: str) -> None:
        self.release_all()
        self.game.flow.start_at(name, None)
        self.report.visits[name] = self.report.visits.get(name, 0) + 1
        check_at = self.rng.randrange(self.visit_steps)  # once mid-visit, maybe mid-cutscene
        for index in range(self.visit_steps):
            self.press_random()
            self.step(f"map {name}")
            if index == check_at:
                self.reach_pause(f"map {name}")
        self.reach_pause(f"map {name}")

    def title_menus(self) -> None:
        self.release_all()
        self.game.flow.to_title()
        self.report.menu_visits += 1
        for _ in range(MENU_STEPS):
            self.press_random(avoid_quit=True)
            self.step("title menus")

    def flight(self) -> None:
        self.release_all()
        self.game.flow.to_title()
        self.game.flow.play_flight("all")
        self.report.flights += 1
        for _ in range(FLIGHT_STEPS):
            self.press_random(flight=True)
            self.step("the pod flight")

    # input -----------------------------------------------------------------------
    def press_random(self, avoid_quit: bool = False, flight: bool = False) -> None:
        roll = self.rng.random()
        if roll < 0.35:
            weights = (4, 4, 4, 4, 6, 1, 1, 1, 1) if not flight else (4, 4, 4, 4, 8, 2, 0, 0, 0)
            action = self.rng.choices(BOT_ACTIONS, weights)[0]
            hold = self.rng.randint(1, 40) if action in ("up", "down", "left", "right") else 1
            self.tap(action, hold)

    def tap(self, action: str, hold: int = 1) -> None:
        key = self.keys.get(action)
        if key is None or key in self.held:
            return
        self.game.mapper.process(self.pygame.event.Event(self.pygame.KEYDOWN, key=key, mod=0))
        self.held[key] = self.report.steps + hold

    def release_all(self) -> None:
        for key in list(self.held):
            self.game.mapper.process(self.pygame.event.Event(self.pygame.KEYUP, key=key, mod=0))
        self.held.clear()

    # one logic step with the checks -------------------------------------------------
    def step(self, where: str) -> None:
        for key, until in list(self.held.items()):
            if self.report.steps >= until:
                self.game.mapper.process(self.pygame.event.Event(self.pygame.KEYUP, key=key,
                                                                 mod=0))
                del self.held[key]
        ctx = self.game.ctx
        try:
            self.game.step()
            if self.report.steps % RENDER_EVERY == 0:
                self.game.render()
        except Exception as err:
            raise SoakFailure(f"step {self.report.steps} in {where}: "
                              f"{type(err).__name__}: {err}") from err
        ctx.quit_requested = False  # the bot may pick Quit on the title; keep going
        self.report.steps += 1
        self.check_scene(where)
        if time.monotonic() >= self.next_report:
            self.next_report += 60
            heap, rss = self.memory()
            self.report.memory.append((self.report.steps, heap, rss))
            self.say(f"soak: step {self.report.steps}, heap {heap / 2**20:.1f} MiB, "
                     f"rss {rss / 2**20:.1f} MiB, {where}")

    def check_scene(self, where: str) -> None:
        from game.ui.error_scene import ErrorScene
        from game.world.scene import WorldScene

        stack = self.game.ctx.stack
        for scene in stack:
            if isinstance(scene, ErrorScene):
                raise SoakFailure(f"step {self.report.steps} in {where}: error panel "
                                  f"'{scene.title}': {scene.message}")
        world = stack.find(WorldScene)
        if isinstance(world, WorldScene) and world.director.active:
            self.cutscene += 1
            self.report.longest_cutscene = max(self.report.longest_cutscene, self.cutscene)
            if self.cutscene > MAX_CUTSCENE_STEPS:
                raise SoakFailure(f"step {self.report.steps} in {where}: a cutscene ran "
                                  f"{self.cutscene} steps without ending")
        else:
            self.cutscene = 0

    def reach_pause(self, where: str) -> None:
        """Back out of whatever is open and press Menu until the pause menu shows."""
        from game.screens.pause import PauseScene
        from game.world.scene import WorldScene

        self.release_all()
        in_cutscene = self.cutscene > 0
        if self.game.ctx.stack.find(WorldScene) is None:
            # The bot chose "Quit to title" or loaded nothing: the world is gone, so there
            # is no pause menu to reach. Enter the map again and check from there.
            self.game.flow.start_at(where.removeprefix("map "), None)
            self.step(where)
        for attempt in range(PAUSE_WITHIN_STEPS):
            top = self.game.ctx.stack.top
            if isinstance(top, PauseScene):
                self.report.pauses_reached += 1
                self.report.pauses_in_cutscenes += in_cutscene
                self.tap("cancel")
                self.step(where)
                return
            if attempt % 2 == 0:
                world_on_top = isinstance(top, WorldScene)
                self.tap("menu" if world_on_top or attempt % 4 == 0 else "cancel")
            self.step(where)
            self.release_all()
        raise SoakFailure(f"step {self.report.steps} in {where}: the pause menu could not "
                          f"be reached in {PAUSE_WITHIN_STEPS} steps (top scene: "
                          f"{type(self.game.ctx.stack.top).__name__})")

    # memory ----------------------------------------------------------------------
    def memory(self) -> tuple[int, int]:
        heap, _peak = tracemalloc.get_traced_memory()
        return heap, _rss()

    def check_memory(self, round_number: int) -> None:
        """After round 1 every map has been loaded once; later rounds must not grow."""
        import gc

        gc.collect()
        heap, rss = self.memory()
        self.report.memory.append((self.report.steps, heap, rss))
        if round_number == 1 or self.baseline is None:
            self.baseline = (heap, rss)
            return
        base_heap, base_rss = self.baseline
        if heap > base_heap + MEMORY_SLACK_BYTES:
            raise SoakFailure(f"Python heap grew from {base_heap / 2**20:.1f} MiB after the "
                              f"first round to {heap / 2**20:.1f} MiB after round "
                              f"{round_number}")
        if rss and base_rss and rss > base_rss + RSS_SLACK_BYTES:
            raise SoakFailure(f"memory (RSS) grew from {base_rss / 2**20:.1f} MiB to "
                              f"{rss / 2**20:.1f} MiB after round {round_number}")


def _rss() -> int:
    """Resident memory in bytes where the system reports it (Linux), else 0."""
    try:
        pages = Path("/proc/self/statm").read_text().split()[1]
    except (OSError, IndexError):
        return 0
    return int(pages) * os.sysconf("SC_PAGE_SIZE")


if __name__ == "__main__":
    sys.exit(main())
