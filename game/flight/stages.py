"""The stage contract: a timeline of scripted beats plus the rules that end it.

Each of the three stages of FLIGHT.md is a `Stage` subclass in its own module
(`stage_hold_fire`, `stage_storm`, `stage_pod_run`); the battle calls the hooks
below and never asks which stage it is running. A stage's words (title, radio,
HUD texts, result lines) come from its data file (`StageScript`); the class
declares in `words` which keys it uses, and the loader checks the data has them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from game.content_flight import Beat, RadioLine, StageScript, StageWords
from game.flight.entities import ENEMY, FIELD_W, Bullet, Shield, Ship

if TYPE_CHECKING:
    from game.flight.battle import Battle


class Stage:
    """Base stage: schedule beats with `at`, override the hooks you need."""

    name = ""
    words: ClassVar[StageWords] = StageWords()
    craft = "alex_jet"  # sprite of the player's craft
    background = "space"  # which parallax set the renderer draws
    scroll_speed = 1.0  # px per step of the nearest layer
    top_limit = 40.0  # the player may not fly above this line
    beam_shield_damage = 0.35  # per step of a mothership beam over a shield
    wingmen_saved = 0  # the result field; only stages with wingmen change it

    def __init__(self, battle: Battle, script: StageScript) -> None:
        self.b = battle
        self.script = script
        self._beats: list[tuple[int, int, Callable[[], None]]] = []
        self._seq = 0
        self.warning: tuple[int, str] | None = None  # (until frame, text) for the HUD
        self.halted = False  # set when the stage is decided: no more beats run
        for timed in script.radio:  # the data's timeline of chatter
            self.at(timed.at, partial(self._put_on_air, timed.line))
        for beat in script.timeline:  # the data's waves and events
            self.at(beat.at, partial(self._run, beat))

    @property
    def title(self) -> str:
        return self.script.title

    @property
    def subtitle(self) -> str:
        return self.script.subtitle

    @property
    def pilot(self) -> str:
        return self.script.pilot

    # -- scripting -------------------------------------------------------------------
    def at(self, frame: int, beat: Callable[[], None]) -> None:
        """Run `beat` at the start of step `frame` (beats keep the order they were added)."""
        self._seq += 1
        self._beats.append((frame, self._seq, beat))
        self._beats.sort(key=lambda item: (item[0], item[1]))

    def _run(self, beat: Beat) -> None:
        """Run a timeline beat (method `beat_<do>`), and schedule its next repeat."""
        getattr(self, f"beat_{beat.do}")(**beat.params)
        if beat.every:
            interval = max(beat.every // 2, round(beat.every / self.b.tuning.spawn_rate))
            if self.b.frame + interval <= beat.until:
                self.at(self.b.frame + interval, partial(self._run, beat))

    def count(self, base: float, least: int = 2) -> int:
        """A wave's size from its Normal size and the difficulty's spawn rate."""
        return max(least, round(base * self.b.tuning.spawn_rate))

    def say(self, key: str, **values: object) -> None:
        """Put the stage's event line `key` on the radio now."""
        self._put_on_air(self.script.line(key, **values))

    def _put_on_air(self, line: RadioLine) -> None:
        self.b.say(line.speaker, line.text, line.steps)

    def text(self, key: str, **values: object) -> str:
        """One of the stage's HUD texts (objectives, labels, warnings)."""
        return self.script.text(key, **values)

    def warn(self, key: str, steps: int = 120) -> None:
        """Flash the warning text `key` over the field for `steps`."""
        self.warning = (self.b.frame + steps, self.text(key))

    def spawn(self, kind: str, x: float, y: float, vx: float = 0.0, vy: float = 0.0,
              team: str = ENEMY, slot: int = 0, target: object | None = None) -> Ship:
        ship = Ship(kind, x, y, team, vx, vy)
        ship.slot = slot
        ship.target = target
        ship.cooldown = 20 + self.b.rng.randint(0, 40)
        (self.b.enemies if team == ENEMY else self.b.allies).append(ship)
        return ship

    # -- hooks the battle calls --------------------------------------------------------
    def start(self) -> None:
        """Set up the field and schedule the timeline."""

    def update(self) -> None:
        """Run due beats, then the stage's own per-step rules."""
        frame = self.b.frame
        while not self.halted and self._beats and self._beats[0][0] <= frame:
            _, _, beat = self._beats.pop(0)
            beat()
        self.tick()

    def tick(self) -> None:
        """Per-step rules (spawners, meters)."""

    def check_end(self) -> None:
        """Set `self.b.outcome` when the stage is won."""

    def objective(self) -> str:
        """One line for the HUD: what the player should be doing now."""
        return ""

    def result_values(self) -> dict[str, object]:
        """The placeholders (and yes/no conditions) of the stage-clear panel."""
        return {"score": f"{self.b.score:,}"}

    def snapshot(self) -> dict[str, object]:
        """The stage's own state a replay must reproduce (joins `Battle.snapshot`)."""
        return {}

    def resume(self) -> None:
        """Play goes on from a checkpoint after a loss: repair what the stage needs."""

    def hail(self) -> None:
        """The pilot calls on the radio (the hail action is held this step)."""

    def gauge(self, meter: str) -> float | None:
        """The value a side-panel meter of `words.meters` shows now (0-1 for a bar),
        or None when there is nothing to show (`game.flight.meters` draws it)."""
        return None

    def is_unknown(self, ship: Ship) -> bool:
        """True while `ship` has not identified itself: drawn with the unknown marker."""
        return False

    def prompt(self, hail_key: str) -> str:
        """A call to action shown over the field (e.g. the hail prompt), or ""."""
        return ""

    def on_kill(self, ship: Ship) -> None:
        pass

    def on_ally_lost(self, ship: Ship) -> None:
        pass

    def on_friendly_fire(self, ship: Ship) -> None:
        pass

    def shield_hit(self, shield: Shield, damage: float, x: float) -> None:
        pass

    def bullet_landed(self, bullet: Bullet) -> None:
        pass

    # -- helpers shared by stages --------------------------------------------------------
    def dart_vee(self, count: int, centre: float, vy: float = 1.8,
                 targets: list | None = None) -> None:
        """A V of darts diving in from the top, each pointed at one of `targets`."""
        rng = self.b.rng
        for i in range(count):
            side = 1 if i % 2 else -1
            rank = (i + 1) // 2
            x = min(FIELD_W - 10, max(10, centre + side * rank * 18))
            target = rng.choice(targets) if targets else self.b.player
            self.spawn("dart", x, -12 - rank * 14, 0.0, vy, slot=i, target=target)

