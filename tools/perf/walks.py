"""Walking rows that stay on their map, and rows that walk through a door.

A walking row holds the four directions of `WALK_PATTERN` in turn, 90 frames each. From
a map's spawn the first direction can lead straight into a door, and then the timed
frames are a fade, a map load and another map. So each map's rotation of the pattern
is picked in an untimed dry run from the same start (the game is seeded, so the dry
run is the timed run): the first rotation whose frames keep the player on the map
with no fade. The same dry runs find, for the door rows, the first rotation that
does walk through a door, and where it leads.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tools.perf.stats import Row, Sample, time_calls

WALK_PATTERN = (("right",), ("down",), ("left",), ("up",))
DIRECTION_FRAMES = 90  # frames each direction of the pattern is held
FADE_LIMIT = 400  # frames a dry run follows a fade for before it gives up on its end


SETTLE_LIMIT = 600  # frames a map's opening card or fade may take before rows start


def _game(map_arg: str) -> Any:
    """A game started on the map, past what covers the world when it opens (an act's
    title card, the world's own fade from black): a row times the map's frames, not
    a card drawn over a world that is not drawn under it."""
    from game.app import Game
    from game.cli import parse_args
    game = Game(parse_args(["--map", map_arg, "--scale", "2", "--frames", "1"]))
    game.start()
    settle(game)
    return game


CLEAR_FRAMES = 30  # frames in a row with nothing over the world: the opening is over


def settle(game: Any) -> int:
    """Run standing frames (untimed) until nothing has covered the world for
    CLEAR_FRAMES in a row (an opening scene pushes its card a few frames in); how
    many ran."""
    from game.ui.title_card import TitleCardScene
    frame = framer(game, False)
    clear = 0
    for i in range(SETTLE_LIMIT):
        seen = probe(game)
        covered = (game.ctx.stack.find(TitleCardScene) is not None or seen.screen_fade
                   or seen.door_fade)
        clear = 0 if covered else clear + 1
        if clear >= CLEAR_FRAMES:
            return i
        frame(i)
    return SETTLE_LIMIT


def framer(game: Any, walking: bool, rotation: int = 0) -> Callable[[int], None]:
    """One frame as the game runs one: a logic step, the flow's answer, a draw and
    present. Walking holds `WALK_PATTERN` from its `rotation`-th direction on."""
    from game.core.actions import Action, InputState
    pattern = WALK_PATTERN[rotation:] + WALK_PATTERN[:rotation]
    directions = [frozenset({getattr(Action, d[0].upper())}) for d in pattern]

    def frame(i: int) -> None:
        held = directions[(i // DIRECTION_FRAMES) % len(directions)] if walking else frozenset()
        ctx = game.ctx
        ctx.stack.update(InputState(held, frozenset(), frozenset()))
        game.flow.after_step()
        ctx.frame += 1
        game.render()
    return frame


@dataclass(frozen=True)
class Probe:
    """What the game looks like after a frame: which map, and whether a fade is up."""

    map_name: str | None
    door_fade: bool  # a FadeScene is on the stack (a door, a scripted map change)
    screen_fade: bool  # the world's own scripted fade is not clear


def probe(game: Any) -> Probe:
    from game.ui.fade import FadeScene
    from game.world.scene import WorldScene
    stack = game.ctx.stack
    world = stack.find(WorldScene)
    if world is None:
        return Probe(None, stack.find(FadeScene) is not None, False)
    return Probe(world.session.map_name, stack.find(FadeScene) is not None,
                 world.fade.alpha > 0)


@dataclass(frozen=True)
class DryRun:
    """One rotation walked untimed: the first frame that left the map or faded (None:
    it stayed), why, and for a fade that ended on another map, that map and the span
    of frames from the one that started the fade to the one that ended it."""

    left_at: int | None
    reason: str = ""
    to_map: str | None = None
    fade_end: int | None = None


def dry_run(name: str, rotation: int, frames: int) -> DryRun:
    """Walk `frames` frames from the spawn; follow a fade that starts to its end."""
    game = _game(name)
    frame = framer(game, True, rotation)
    for i in range(frames):
        frame(i)
        seen = probe(game)
        if seen.map_name == name and not seen.door_fade and not seen.screen_fade:
            continue
        if not seen.door_fade:
            return DryRun(i, "fades" if seen.screen_fade else "leaves the map")
        for j in range(i + 1, i + FADE_LIMIT):
            frame(j)
            after = probe(game)
            if not after.door_fade:
                door = after.map_name not in (None, name)
                return DryRun(i, "crosses a door", after.map_name if door else None,
                              j if door else None)
        return DryRun(i, "crosses a door")
    return DryRun(None)


class Planner:
    """Dry runs of each map's rotations, each done once and shared by the rows."""

    def __init__(self, frames: int) -> None:
        self.frames = frames
        self._runs: dict[tuple[str, int], DryRun] = {}

    def run(self, name: str, rotation: int) -> DryRun:
        key = (name, rotation)
        if key not in self._runs:
            self._runs[key] = dry_run(name, rotation, self.frames)
        return self._runs[key]

    def walk(self, name: str) -> tuple[int, str]:
        """The first rotation that stays on the map, and "" ; if none does, rotation 0
        and why it does not stay (for the row's label)."""
        for rotation in range(len(WALK_PATTERN)):
            if self.run(name, rotation).left_at is None:
                return rotation, ""
        return 0, self.run(name, 0).reason

    def door(self, name: str) -> tuple[int, DryRun] | None:
        """The first rotation that walks through a door onto another map."""
        for rotation in range(len(WALK_PATTERN)):
            found = self.run(name, rotation)
            if found.to_map is not None:
                return rotation, found
        return None


WARMUP = 20


def walking_row(name: str, frames: int, planner: Planner) -> Row:
    """The walking frame row of a map on the rotation that stays on it."""
    rotation, why = planner.walk(name)
    game = _game(name)
    ours = time_calls(framer(game, True, rotation), frames, warmup=WARMUP)
    base = time_calls(lambda _i, g=game: g.display.present(), frames)
    label = f"{name} walking" + (f" ({why})" if why else "")
    return Row("frame", label, ours, base, "scale+flip only")


def door_rows(name: str, runs: int, frames: int, planner: Planner) -> list[Row]:
    """Walk through the map's first door: every frame from the step that starts the
    fade to the end of the fade-in, in `runs` fresh games after one untimed; beside
    the plain walking frame on the map. Three rows: all those frames, the one frame
    that swaps the maps (at black), and all but that one."""
    found = planner.door(name)
    if found is None:
        return []
    rotation, plan = found
    assert plan.left_at is not None and plan.fade_end is not None
    every = Sample([], [])
    swaps = Sample([], [])
    rest = Sample([], [])
    for attempt in range(runs + 1):
        game = _game(name)
        frame = framer(game, True, rotation)
        for i in range(plan.left_at):
            frame(i)
        world = _world_of(game)
        span: list[tuple[float, float, bool]] = []  # cpu ms, wall ms, the maps swapped
        for i in range(plan.left_at, plan.fade_end + 1):
            c0, w0 = time.process_time_ns(), time.perf_counter_ns()
            frame(i)
            c1, w1 = time.process_time_ns(), time.perf_counter_ns()
            now = _world_of(game)
            span.append(((c1 - c0) / 1e6, (w1 - w0) / 1e6, now is not world))
            world = now
        if attempt == 0:
            continue  # first imports of what the other map needs: not a player's frame
        for cpu, wall, swapped in span:
            for into in (every, swaps if swapped else rest):
                into.cpu.append(cpu)
                into.wall.append(wall)
    base = walking_row(name, frames, planner).ours
    label = f"{name} -> {plan.to_map}"
    return [Row("door", label, every, base, "walking"),
            Row("door", f"{label}: the swap frame", swaps, base, "walking"),
            Row("door", f"{label}: all but the swap", rest, base, "walking")]


def _world_of(game: Any) -> object:
    from game.world.scene import WorldScene
    scene = game.ctx.stack.find(WorldScene)
    return None if scene is None else scene.world

