"""Game actions: what the player means, independent of keys and pads.

Only actions reach scenes; `InputMapper` turns keys and controller buttons into
them, and replays feed them directly, which is what makes runs reproducible.
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class Action(enum.Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    CONFIRM = "confirm"  # talk, advance text, choose; fire in the minigame
    CANCEL = "cancel"  # back out of menus; focus (slow move) in the minigame
    HAIL = "hail"  # the minigame's radio call to unknown ships
    MENU = "menu"  # pause menu
    SKIP = "skip"  # hold to fast-forward seen lines
    BACKLOG = "backlog"
    FULLSCREEN = "fullscreen"
    DEBUG_RELOAD = "debug_reload"
    DEBUG_OVERLAY = "debug_overlay"
    DEBUG_MENU = "debug_menu"

    @classmethod
    def parse(cls, text: str) -> Action:
        """Action from its script name; ValueError with the known names otherwise."""
        try:
            return cls(text.strip().lower())
        except ValueError:
            names = ", ".join(a.value for a in cls)
            raise ValueError(f"unknown action {text!r} (known: {names})") from None


DIRECTIONS: dict[Action, tuple[int, int]] = {
    Action.UP: (0, -1),
    Action.DOWN: (0, 1),
    Action.LEFT: (-1, 0),
    Action.RIGHT: (1, 0),
}


class InputState(NamedTuple):
    """The actions of one logic step: held now, and those that went down/up this step."""

    held: frozenset[Action] = frozenset()
    pressed: frozenset[Action] = frozenset()
    released: frozenset[Action] = frozenset()

    def direction(self) -> tuple[int, int]:
        """Held direction as (dx, dy) in -1..1; opposite keys cancel out."""
        dx = (Action.RIGHT in self.held) - (Action.LEFT in self.held)
        dy = (Action.DOWN in self.held) - (Action.UP in self.held)
        return dx, dy

    def was_pressed(self, *actions: Action) -> bool:
        return any(a in self.pressed for a in actions)


EMPTY_INPUT = InputState()
