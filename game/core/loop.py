"""The fixed-timestep loop ("Fix Your Timestep").

Logic always advances in steps of exactly 1/60 s, drained from an accumulator of
real time; rendering happens once per pass and may be skipped, logic never. The one
exception is a step that itself runs long (the swap of two maps, at black): the time
it took beyond its own 1/60 s is not owed back, or the steps after it would run back
to back and the player would see the fade-in jump instead of the next frame.
With a step budget (`--frames N`) the loop runs N steps as fast as it can and
draws only the last one, which is how tests and headless runs stay quick and
exactly reproducible.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

STEP = 1.0 / 60.0
MAX_FRAME_TIME = 0.25  # after a stall, drop time rather than spiral


class LoopHooks(NamedTuple):
    """What the loop drives; the game supplies these."""

    poll: Callable[[], None]  # read window events into the input mapper
    step: Callable[[], None]  # one logic step
    render: Callable[[], None]  # draw and present
    running: Callable[[], bool]


def run_realtime(hooks: LoopHooks, clock: Callable[[], float] = time.perf_counter,
                 sleep: Callable[[float], None] = time.sleep) -> int:
    """Run until `hooks.running()` is false; return the number of logic steps."""
    steps = 0
    accumulator = 0.0
    previous = clock()
    while hooks.running():
        now = clock()
        accumulator += min(now - previous, MAX_FRAME_TIME)
        previous = now
        hooks.poll()
        while accumulator >= STEP and hooks.running():
            started = clock()
            hooks.step()
            steps += 1
            accumulator -= STEP
            overrun = clock() - started - STEP
            if overrun > 0:
                previous += overrun  # a long step: its extra time is not caught up
        hooks.render()
        spare = STEP - accumulator
        if spare > 0.002:
            sleep(spare * 0.5)  # yield the CPU; the accumulator keeps time exact
    return steps


def run_steps(hooks: LoopHooks, count: int, render_every: int = 0) -> int:
    """Run exactly `count` logic steps (or until stopped) without pacing."""
    steps = 0
    while steps < count and hooks.running():
        hooks.poll()
        hooks.step()
        steps += 1
        if render_every and steps % render_every == 0:
            hooks.render()
    hooks.render()
    return steps
