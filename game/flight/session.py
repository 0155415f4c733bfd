"""The flow around the battles: speed assist, retries, checkpoints, results.

`FlightSession` is the whole minigame minus pixels: `FlightScene` draws it and
`run_headless` drives it in tests. Each stage is a checkpoint: failing offers
Retry (same stage, same seed), Retry easier (one notch down, see
`FlightOptions.easier`) or Skip, which reports "skipped" so the story never
blocks a player.
"""

from __future__ import annotations

from dataclasses import replace

from game.content_flight import FlightScript
from game.core.actions import Action, InputState
from game.flight import checkpoint
from game.flight.battle import Battle
from game.flight.menu import RETRY, RETRY_EASIER, SKIP, ChoiceMenu, clear_panel, failure_menu
from game.flight.options import FlightOptions
from game.flight.registry import default_script
from game.flight.result import FlightResult, Outcome

PLAY, CLEAR, FAILED, DONE = "play", "clear", "failed", "done"


def stage_queue(stage: int | str, options: FlightOptions, script: FlightScript) -> list[str]:
    """Stages to play: one (a name or a place in the story order), or with stage
    "all" every stage the data lists, in its order, from `options.start_stage` on
    (from the first when that is empty)."""
    if isinstance(stage, str) and stage.strip().lower() == "all":
        order = script.order
        first = script.resolve(options.start_stage) if options.start_stage else order[0]
        return list(order[order.index(first):])
    return [script.resolve(stage)]


class FlightSession:
    """Runs battles at the chosen game speed and handles the menus between them.

    `script` holds every word the flight shows (the game passes `Content.flight`;
    without it the session reads the game's own data folder)."""

    def __init__(self, stage: int | str, options: FlightOptions,
                 script: FlightScript | None = None) -> None:
        self.script = script or default_script()
        self.queue = stage_queue(stage, options, self.script)
        self.index = 0
        self.options = options
        self.retries = 0
        self.phase = PLAY
        self.menu: ChoiceMenu | None = None
        self.results: list[FlightResult] = []
        self._speed_acc = 0
        self.checkpoint: Battle | None = None  # the last checkpoint reached in this stage
        self.battle = self._battle(self.queue[0], options)

    def _battle(self, stage: str, options: FlightOptions) -> Battle:
        return Battle(stage, options, script=self.script.stage(stage))

    @property
    def stage(self) -> str:
        return self.queue[self.index]

    def step(self, inp: InputState) -> FlightResult | None:
        """One update call (1/60 s of real time); returns a result when a stage ends."""
        if self.phase == PLAY:
            self._play(inp)
            return None
        if self.phase in (CLEAR, FAILED) and self.menu is not None:
            choice = self.menu.step(inp.pressed)
            if choice is not None:
                return self._choose(choice)
        return None

    def _play(self, inp: InputState) -> None:
        """Run 0 or 1 battle steps: at 70 % speed, 7 of every 10 calls step the battle.
        The battle reads only held actions, so a skipped call loses nothing."""
        self._speed_acc += self.options.speed_percent
        if self._speed_acc < 100:
            return
        self._speed_acc -= 100
        dx, dy = inp.direction()
        battle = self.battle
        battle.step(dx, dy, Action.CONFIRM in inp.held, Action.CANCEL in inp.held,
                    Action.HAIL in inp.held)
        if checkpoint.reached(battle):
            self.checkpoint = checkpoint.take(battle)
            battle.stage.warning = (battle.frame + 120, self.script.ui_text("checkpoint"))
        if battle.outcome == "won":
            self.phase = CLEAR
            stage = battle.stage
            self.menu = clear_panel(self.script, stage.title,
                                    stage.script.clear_lines(stage.result_values()))
        elif battle.outcome == "lost":
            self.phase = FAILED
            self.menu = failure_menu(self.script, battle.stage.title, self._easier_hint())

    def _easier_hint(self) -> str:
        now, easier = self.options, self.options.easier()
        if easier.difficulty != now.difficulty:
            return self.script.ui_text("easier_difficulty", difficulty=easier.difficulty.title())
        if easier.speed_percent != now.speed_percent:
            return self.script.ui_text("easier_speed", speed=easier.speed_percent)
        return self.script.ui_text("easier_invincible")

    def _choose(self, choice: str) -> FlightResult | None:
        if choice == RETRY:
            self._restart(self.options)
            return None
        if choice == RETRY_EASIER:
            self._restart(self.options.easier())
            return None
        outcome: Outcome = "skipped" if choice == SKIP else "won"
        return self._finish(outcome)

    def _restart(self, options: FlightOptions, retry: bool = True) -> None:
        """Back to the last checkpoint reached in this stage (or its start), same
        seed: fair and replayable. A new stage starts with no checkpoint."""
        self.options = options
        self.retries = self.retries + 1 if retry else 0
        if not retry:
            self.checkpoint = None
        if self.checkpoint is not None:
            self.battle = checkpoint.resume(self.checkpoint, options)
        else:
            self.battle = self._battle(self.stage, options)
        self.phase = PLAY
        self.menu = None
        self._speed_acc = 0

    def result(self, outcome: Outcome) -> FlightResult:
        b = self.battle
        return FlightResult(stage=self.stage, outcome=outcome, score=b.score,
                            wingmen_saved=b.stage.wingmen_saved, fired_on_lex=b.fired_on_lex,
                            retries=self.retries, frames=b.frame,
                            skipped=outcome == "skipped")

    def _finish(self, outcome: Outcome) -> FlightResult:
        result = self.result(outcome)
        self.results.append(result)
        if self.index + 1 < len(self.queue):  # next checkpoint
            self.index += 1
            if result.fired_on_lex:
                self.options = replace(self.options, lex_help=False)
            self._restart(self.options, retry=False)
        else:
            self.phase = DONE
            self.menu = None
        return result

    def pending(self) -> FlightResult | None:
        """The result a stage would report if the player stopped now at a menu."""
        if self.phase == CLEAR:
            return self.result("won")
        if self.phase == FAILED:
            return self.result("lost")
        return None
