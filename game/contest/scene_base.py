"""What every contest scene shares: it takes every play action (the map below never
sees a confirm meant for the contest), MENU still opens the pause over it, and a
contest that the player chose to skip in Settings ends at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from game.core.actions import Action
from game.core.context import GameContext
from game.core.requests import OpenPause
from game.core.scene import Scene

PLAY_ACTIONS = frozenset({Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT, Action.CONFIRM,
                          Action.CANCEL, Action.SKIP, Action.BACKLOG})
DUCK = 0.4  # the music's share while a wave presses


class Skippable(Protocol):
    def skip(self) -> None: ...

    def result(self) -> Any: ...


def duck_music(ctx: GameContext, on: bool) -> None:
    """Lower the music under a wave (and bring it back), from the player's volumes."""
    s = ctx.settings
    ctx.audio.set_volumes(s.music_volume * (DUCK if on else 1.0), s.sfx_volume)


R = TypeVar("R", bound=Skippable)


class ContestScene(Scene, Generic[R]):
    """Base of the stand-off and duel scenes (and the ordered choice's input rule)."""

    busy = True
    end_steps = 100  # the outcome stays on screen this long
    rules: R
    helping: bool
    ending: int
    on_result: Callable[[Any], None]

    def enter(self) -> None:
        if self.ctx.settings.contest_skip:
            self.rules.skip()
            self.helping = False
            self.ending = self.end_steps  # straight on: nothing to watch

    def exit(self) -> None:
        duck_music(self.ctx, False)

    def intro_or_ending(self, confirm: bool, over: bool) -> bool:
        """The help card (Confirm closes it) and the outcome held on screen before the
        result goes to the script; True when that was this step's work."""
        if self.helping:
            self.helping = not confirm
            return True
        if not over:
            return False
        self.ending += 1
        if self.ending >= self.end_steps and self in self.ctx.stack:
            result = self.rules.result()
            assert result is not None
            self.ctx.stack.remove(self)
            self.on_result(result)
        return True

    def handle(self, action: Action) -> bool:
        if action is Action.MENU:  # the pause menu, over the contest; it waits
            self.ctx.requests.post(OpenPause())
            return True
        return action in PLAY_ACTIONS
