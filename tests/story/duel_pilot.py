"""The duel player of the story tests: the planning pilot of `tests.story.pilot`, plus
a player who fights every duel scene that comes up. One way of playing a duel, shared
by the Act Five duel tests and the throne-room challenge's pilot (and so the whole-game
runs), so the two cannot drift apart on how a duel is played."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.contest.duel import LOST, Duel
from game.contest.duel_scene import DuelScene
from game.core.actions import EMPTY_INPUT, Action, InputState
from tests.story.pilot import Pilot
from tools.contest_bot import duel_wants


def tap(frame: int) -> InputState:
    """Confirm on every other step: through a help card or a line of words."""
    return InputState(frozenset({Action.CONFIRM}), frozenset(), frozenset()) if frame % 2 \
        else EMPTY_INPUT


@dataclass
class DuelPilot(Pilot):
    """Fights each duel at its own skill: the first of `skills` for the first duel scene,
    and so on (the last one after that); `skills` empty leaves duels to Settings' Skip.
    With `give_up`, a lost last exchange is passed over (Cancel), as a player who gives up
    on it, and the rematch of a player who went down on the sand (the last exchange
    alone) is won; without it, a lost exchange is fought again. `duels` lists each duel
    met, in order."""

    skills: tuple[float, ...] = (1.0,)
    give_up: bool = False
    duels: list[Duel] = field(default_factory=list)

    def duel_skill(self, rules: Duel) -> float | None:
        """The skill this duel is played at (None: not played, Settings skip it)."""
        return self.skills[min(len(self.duels), len(self.skills)) - 1] if self.skills \
            else None

    def _decide(self, frame: int) -> InputState:
        top = self.game.ctx.stack.top
        if isinstance(top, DuelScene):
            if top.rules not in self.duels:
                self.duels.append(top.rules)
            skill = self.duel_skill(top.rules)
            if skill is not None:
                if self.give_up and top.rules.spec.final_only:
                    skill = 1.0  # down on the sand, up again: the rematch is won
                return self._duel(top, skill, frame)
        return super()._decide(frame)

    def _duel(self, top: DuelScene, skill: float, frame: int) -> InputState:
        if top.helping:
            return tap(frame)
        if self.give_up and top.rules.outcome == LOST:
            return InputState(frozenset({Action.CANCEL}), frozenset(), frozenset()) \
                if frame % 2 else EMPTY_INPUT
        wants = duel_wants(top.rules, top.cursor, skill, frame)
        return InputState(frozenset(wants), frozenset(), frozenset())
