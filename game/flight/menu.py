"""The flight's own small menus: the failure menu and the stage-clear panel.

Menus are models (items and a cursor) driven by pressed actions, so the session
can run them headless; `hud.py` draws them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.core.actions import Action

RETRY = "Retry"
RETRY_EASIER = "Retry easier"
SKIP = "Skip"
CONTINUE = "Continue"

FAILURE_ITEMS = (RETRY, RETRY_EASIER, SKIP)


@dataclass
class ChoiceMenu:
    """A vertical list; UP/DOWN move (wrapping), CONFIRM chooses.

    `delay` swallows input for a few steps after opening, so a fire button still
    held from the battle cannot pick an item by accident.
    """

    title: str
    items: tuple[str, ...]
    lines: list[str] = field(default_factory=list)
    index: int = 0
    delay: int = 30
    t: int = 0

    def step(self, pressed: frozenset[Action]) -> str | None:
        """One step of input; returns the chosen item or None."""
        self.t += 1
        if self.t <= self.delay:
            return None
        if Action.UP in pressed:
            self.index = (self.index - 1) % len(self.items)
        if Action.DOWN in pressed:
            self.index = (self.index + 1) % len(self.items)
        if Action.CONFIRM in pressed:
            return self.items[self.index]
        return None

    @property
    def ready(self) -> bool:
        return self.t > self.delay


def failure_menu(stage_title: str, easier_hint: str) -> ChoiceMenu:
    return ChoiceMenu(f"{stage_title} - FAILED", FAILURE_ITEMS,
                      ["The story goes on whatever you choose.", easier_hint])


def clear_panel(stage_title: str, lines: list[str]) -> ChoiceMenu:
    return ChoiceMenu(f"{stage_title} - CLEAR", (CONTINUE,), lines, delay=45)
