"""The rules of the duel before Rao, without pygame: telegraphed attacks, counters,
a guard bar, and a presence stand-off for the last exchange.

Rhea winds up (a pose the player learns to read), flashes white a beat before
she commits, and her attack lands unless the right counter comes inside the
window: block (confirm alone) the forearm strike, press down (down + confirm)
the rising knee, sweep (left or right + confirm) the over-reaching lunge. A
counter too early or the wrong one lets the blow land; Kara's guard falls.
When the exchanges are over, or Kara's guard is low, Rhea threatens Lena and a
presence stand-off decides the end; every counter Kara landed gives her a head
start in it. Her guard never reaches zero: the story's way through is always open.
A lost last exchange is faced again at once, unless the spec says the loss goes
back to the story (`retry=False`: the script stages Kara's fall, then asks for the
last exchange alone, `start=final`, with a `rally` head start).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from game.contest.assist import Tuning
from game.contest.standoff import Standoff, StandoffSpec, WordRound

STRIKE, KNEE, LUNGE = "strike", "knee", "lunge"
BLOCK, PRESS, SWEEP = "block", "press", "sweep"
COUNTERS = {STRIKE: BLOCK, KNEE: PRESS, LUNGE: SWEEP}
ATTACKS = (STRIKE, KNEE, LUNGE)

READY, WINDUP, WINDOW, RECOVER, THREAT, FINAL, OVER = (
    "ready", "windup", "window", "recover", "threat", "final", "over")
WON, LOST, SKIPPED = "won", "lost", "skipped"

INTRO_STEPS = 100
READY_STEPS = (36, 64)
WINDUP_STEPS = 56  # at strength 1; stronger is quicker
WINDUP_PER_STRENGTH = 5
WINDOW_STEPS = 16
RECOVER_STEPS = 40
THREAT_STEPS = 200
GUARD = 100
LOW_GUARD = 30
MIN_GUARD = 8
HIT_BASE, HIT_PER_STRENGTH = 8, 3
SURGE_PER_COUNTER = 6.0  # stand-off head start for each counter landed


@dataclass(frozen=True)
class DuelSpec:
    opponent: str = "Rhea"
    strength: int = 3
    exchanges: int = 8
    final_words: tuple[WordRound, ...] = ()
    threat: str = ""  # what she says when she turns on Lena (the script's words)
    seed: int = 0
    tuning: Tuning = field(default_factory=Tuning)
    retry: bool = True  # a lost last exchange is faced again; False: the duel ends "lost"
    final_only: bool = False  # begin at her threat: the last exchange alone (a rematch)
    rally: float = 0.0  # the last exchange's head start on top of the counters' (0-60)


@dataclass(frozen=True)
class DuelResult:
    outcome: str
    counters: int
    hits: int


def move_for(direction: tuple[int, int]) -> str:
    """The counter the held direction makes when confirm is pressed."""
    dx, dy = direction
    if dx:
        return SWEEP
    if dy > 0:
        return PRESS
    return BLOCK


class Duel:
    """One duel in play: `step` once per logic step with the move pressed, if any."""

    def __init__(self, spec: DuelSpec) -> None:
        self.spec = spec
        self._rng = random.Random(spec.seed)
        self.guard = float(GUARD)
        self.phase = READY
        self.t = 0
        self.length = INTRO_STEPS
        self.exchange = 0
        self.attack = STRIKE
        self.last: str | None = None  # "countered" or "hit", shown while recovering
        self.kara_move: str | None = None
        self.counters = 0
        self.hits = 0
        self.final: Standoff | None = None
        self.outcome: str | None = None
        self.events: list[str] = []
        if spec.final_only:  # she is up again, hurt: her guard is low, her presence not
            self.guard = float(LOW_GUARD)
            self._enter(THREAT, THREAT_STEPS)

    @property
    def flashing(self) -> bool:
        """Rhea's white flash: the beat before the window, and the window itself."""
        return self.phase == WINDOW or (self.phase == WINDUP and self.length - self.t <= 8)

    def windup_steps(self) -> int:
        base = WINDUP_STEPS - WINDUP_PER_STRENGTH * (self.spec.strength - 1)
        return round(base * self.spec.tuning.pace)

    def step(self, move: str | None, hold: bool = False, tap: bool = False) -> None:
        """One logic step: `move` is the counter pressed this step (or None); `hold`
        and `tap` are confirm for the final stand-off."""
        self.events = []
        if self.phase == OVER:
            return
        if self.phase == FINAL:
            self._final_step(hold, tap)
            return
        self.t += 1
        if self.spec.tuning.auto and self.phase == WINDOW and self.t == 1:
            move = COUNTERS[self.attack]
        if move is not None and self.phase in (WINDUP, WINDOW):
            self._resolve(move)
        elif self.phase == WINDOW and self.t >= self.length:
            self._resolve(None)
        elif self.t >= self.length:
            self._next()

    def skip(self) -> None:
        self.outcome = SKIPPED
        self.phase = OVER

    def retry_final(self) -> None:
        """After a lost last exchange: Kara gets up and faces her again (unless the
        loss went back to the story, which stages her getting up itself)."""
        if self.outcome == LOST and self.spec.retry:
            self.outcome = None
            self._begin_final()

    def result(self) -> DuelResult | None:
        if self.outcome is None:
            return None
        return DuelResult(self.outcome, self.counters, self.hits)

    # helpers -----------------------------------------------------------------------
    def _resolve(self, move: str | None) -> None:
        self.kara_move = move
        if self.phase == WINDOW and move == COUNTERS[self.attack]:
            self.counters += 1
            self.last = "countered"
            self.events.append("counter")
        else:
            self.hits += 1
            self.last = "hit"
            damage = (HIT_BASE + HIT_PER_STRENGTH * self.spec.strength) * self.spec.tuning.pressure
            self.guard = max(MIN_GUARD, self.guard - damage)
            self.events.append("hit")
        self._enter(RECOVER, RECOVER_STEPS)

    def _next(self) -> None:
        if self.phase == READY:
            self.attack = self._rng.choice(ATTACKS)
            self.kara_move, self.last = None, None
            self._enter(WINDUP, self.windup_steps())
            self.events.append("windup")
        elif self.phase == WINDUP:
            self._enter(WINDOW, round(WINDOW_STEPS * self.spec.tuning.window))
            self.events.append("flash")
        elif self.phase == RECOVER:
            self.exchange += 1
            if self.exchange >= self.spec.exchanges or self.guard <= LOW_GUARD:
                self._enter(THREAT, THREAT_STEPS)
                self.events.append("threat")
            else:
                self._enter(READY, self._rng.randint(*READY_STEPS))
        elif self.phase == THREAT:
            self._begin_final()

    def _begin_final(self) -> None:
        spec = self.spec
        self.final = Standoff(StandoffSpec(
            spec.opponent, spec.strength, waves=2, winnable=True, words=spec.final_words,
            seed=spec.seed + 1, tuning=replace(spec.tuning, auto=spec.tuning.auto)))
        self.final.balance = min(60.0, self.counters * SURGE_PER_COUNTER + spec.rally)
        self.final.closest = self.final.balance
        self._enter(FINAL, 0)
        self.events.append("surge")

    def _final_step(self, hold: bool, tap: bool) -> None:
        final = self.final
        assert final is not None
        final.step(hold, tap)
        self.events.extend(final.events)
        if final.outcome is not None:
            self.outcome = final.outcome
            self.phase = FINAL if final.outcome == LOST and self.spec.retry else OVER

    def _enter(self, phase: str, length: int) -> None:
        self.phase, self.t, self.length = phase, 0, length
