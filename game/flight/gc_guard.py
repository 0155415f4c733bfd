"""No garbage-collection pauses mid-battle.

Why: the cyclic collector runs every few hundred allocations, and a battle with
3,000 bullets allocates thousands a frame (bullets, the lists rebuilt each step),
so it ran five times a frame and its older-generation passes, walking every
bullet and everything the game loaded, cost up to 12-37 ms: a dropped frame.
The battle makes no reference cycles that matter (bullets and ships are freed by
reference counting the moment they die), so while a battle runs the loaded heap
is frozen out of the collector's sight and automatic collection is off; it is
back on, with one collection, when the battle scene ends. `tools/bench_flight.py`
measures both ways.
"""

from __future__ import annotations

import gc


class GcGuard:
    """`hold()` when a battle starts (after loading), `release()` when it ends."""

    def __init__(self) -> None:
        self.held = False
        self._was_enabled = True

    def hold(self) -> None:
        if not self.held:
            gc.collect()
            gc.freeze()
            self._was_enabled = gc.isenabled()
            gc.disable()
            self.held = True

    def release(self) -> None:
        if self.held:
            gc.unfreeze()
            if self._was_enabled:
                gc.enable()
            gc.collect()
            self.held = False
