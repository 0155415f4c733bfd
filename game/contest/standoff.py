"""The rules of a presence stand-off, without pygame: waves, tells, words, balance.

The opponent presses in waves; holding confirm through a wave loses a little
ground, letting go loses a lot. Between waves the opponent shows a tell once:
a tap while it shows pushes back, a tap at any other moment of the lull loses
ground. At set points the player picks words; the right ones push hardest. The
balance runs from -100 (Kara kneels) to +100 (the opponent gives way); when the
last wave is over, whoever is ahead has won. An unwinnable stand-off caps the
balance just short of the middle and its last wave cannot be held: the player
gets close, then Kara kneels.

Everything is decided by the spec, its seed and the inputs of each step, so a
replay of the same inputs ends the same way.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from game.contest.assist import Tuning

INTRO, GATHER, WAVE, LULL, WORDS, OVER = "intro", "gather", "wave", "lull", "words", "over"
WON, LOST, SKIPPED = "won", "lost", "skipped"

LIMIT = 100.0
INTRO_STEPS = 90  # time to read "hold to resist"
GATHER_STEPS = 36  # the ring draws in before a wave: the warning
GRACE_STEPS = 10  # reaction time at a wave's start before letting go costs
WAVE_STEPS = (100, 140)
LULL_STEPS = (110, 150)
TELL_STEPS = 20  # how long a tell shows (times the assist's window)
RESIST_LOSS = 0.035  # per strength point, per step, holding through a wave
SLIP_LOSS = 0.28  # per strength point, per step, not holding
TELL_PUSH = 18.0
MISSTEP = 7.0  # a tap on nothing
UNWINNABLE_CAP = -3.0  # the bar never passes the middle
UNWINNABLE_START = -12.0  # her presence fills the room before Kara says a word
LAST_WAVE_CRUSH = 1.2  # per step, the unwinnable last wave, held or not


@dataclass(frozen=True)
class WordOption:
    """One thing Kara can say, and how hard it pushes (negative: it backfires)."""

    text: str
    push: int


@dataclass(frozen=True)
class WordRound:
    """A choice of words offered once wave `after_wave` is over."""

    prompt: str
    options: tuple[WordOption, ...]
    after_wave: int


@dataclass(frozen=True)
class StandoffSpec:
    """What the script asked for: who presses, how hard, whether it can be won."""

    opponent: str
    strength: int = 3  # 1 (a bully) to 5 (the Queen at full height)
    waves: int = 4
    winnable: bool = True
    words: tuple[WordRound, ...] = ()
    seed: int = 0
    tuning: Tuning = field(default_factory=Tuning)


@dataclass(frozen=True)
class StandoffResult:
    outcome: str  # won / lost / skipped
    balance: int
    closest: int  # the best the player reached: an unwinnable one shows how close
    tells: int  # tells answered


class Standoff:
    """One stand-off in play: call `step` once per logic step."""

    def __init__(self, spec: StandoffSpec) -> None:
        self.spec = spec
        self._rng = random.Random(spec.seed)
        self.balance = 0.0 if spec.winnable else UNWINNABLE_START
        self.closest = self.balance
        self.phase = INTRO
        self.t = 0  # steps into the phase
        self.length = INTRO_STEPS
        self.wave = 0  # waves begun
        self.tell_at = -1
        self.tell_used = False
        self.tells = 0
        self.holding = False
        self.round: WordRound | None = None
        self.last_push: int | None = None  # the last words' push, until the next wave
        self.outcome: str | None = None
        self.events: list[str] = []  # this step's cues for sound and shake

    # what the scene shows --------------------------------------------------------
    @property
    def tell_showing(self) -> bool:
        return (self.phase == LULL and not self.tell_used and self.tell_at >= 0
                and self.tell_at <= self.t < self.tell_at + self._tell_steps)

    @property
    def wave_strength(self) -> float:
        """0..1 how far the current wave has swollen (for the ring and the shake)."""
        if self.phase == WAVE:
            return min(1.0, self.t / 20) * min(1.0, (self.length - self.t) / 12 + 0.2)
        if self.phase == GATHER:
            return 0.25 * self.t / GATHER_STEPS
        return 0.0

    @property
    def last_wave(self) -> bool:
        return self.wave >= self.spec.waves

    @property
    def _tell_steps(self) -> int:
        return round(TELL_STEPS * self.spec.tuning.window)

    # the rules -------------------------------------------------------------------
    def step(self, hold: bool, tap: bool) -> None:
        """One logic step with confirm held (`hold`) and/or pressed this step (`tap`)."""
        self.events = []
        if self.phase in (WORDS, OVER):
            return
        self.holding = hold or self.spec.tuning.auto
        self.t += 1
        if self.phase == WAVE:
            self._press()
        elif self.phase == LULL:
            if self.t == self.tell_at and not self.tell_used:
                self.events.append("tell")
            if tap:
                self._tap()
        if self.outcome is None and self.t >= self.length:
            self._next_phase()

    def choose(self, index: int) -> None:
        """The player picked option `index` of the words on offer."""
        if self.phase != WORDS or self.round is None:
            return
        option = self.round.options[index]
        self.last_push = option.push
        self._move(float(option.push))
        self.events.append("push" if option.push > 0 else "miss")
        self.round = None
        self._begin_wave_or_end()

    def skip(self) -> None:
        """Settings' Skip: the stand-off is passed over (the script treats it as won
        when it could be won)."""
        self.outcome = SKIPPED
        self.phase = OVER

    def result(self) -> StandoffResult | None:
        if self.outcome is None:
            return None
        return StandoffResult(self.outcome, round(self.balance), round(self.closest),
                              self.tells)

    # helpers -----------------------------------------------------------------------
    def _press(self) -> None:
        spec = self.spec
        if not spec.winnable and self.last_wave:
            self._move(-LAST_WAVE_CRUSH)
            self.events.append("crush")
            return
        pressure = spec.strength * spec.tuning.pressure
        if self.holding:
            self._move(-RESIST_LOSS * pressure)
        elif self.t > GRACE_STEPS:
            self._move(-SLIP_LOSS * pressure)
            self.events.append("slip")

    def _tap(self) -> None:
        if self.tell_showing:
            self.tell_used = True
            self.tells += 1
            self._move(TELL_PUSH)
            self.events.append("push")
        else:
            self._move(-MISSTEP)
            self.events.append("miss")

    def _move(self, amount: float) -> None:
        top = LIMIT if self.spec.winnable else UNWINNABLE_CAP
        self.balance = max(-LIMIT, min(top, self.balance + amount))
        self.closest = max(self.closest, self.balance)
        if self.balance >= LIMIT:
            self._end(WON)
        elif self.balance <= -LIMIT:
            self._end(LOST)

    def _next_phase(self) -> None:
        if self.phase == LULL:
            self._after_wave()
        elif self.phase == INTRO:
            self._enter(GATHER, GATHER_STEPS)
        elif self.phase == GATHER:
            self.wave += 1
            self._enter(WAVE, self._rng.randint(*WAVE_STEPS))
            self.events.append("wave")
        elif self.phase == WAVE:
            if self.last_wave:
                self._after_wave()
            else:
                self._enter(LULL, self._rng.randint(*LULL_STEPS))
                self.tell_at = self._rng.randint(30, self.length - self._tell_steps - 10)
                self.tell_used = False

    def _after_wave(self) -> None:
        offered = next((r for r in self.spec.words if r.after_wave == self.wave), None)
        if offered is not None:
            self.round = offered
            self._enter(WORDS, 0)
            self.events.append("words")
        else:
            self._begin_wave_or_end()

    def _begin_wave_or_end(self) -> None:
        if self.last_wave:
            won = self.spec.winnable and self.balance > 0
            self._end(WON if won else LOST)
        else:
            self._enter(GATHER, GATHER_STEPS)

    def _enter(self, phase: str, length: int) -> None:
        self.phase, self.t, self.length = phase, 0, length
        if phase == GATHER:
            self.events.append("gather")
        if phase == WAVE:
            self.last_push = None

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        self.phase = OVER
        self.events.append(outcome)
