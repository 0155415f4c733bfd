"""The flight's own small menus: the failure menu and the stage-clear panel.

Menus are models (items and a cursor) driven by pressed actions, so the session
can run them headless; `hud.py` draws them. Items are ids the session acts on;
what the player reads (`labels`, title, lines) comes from the flight's data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.content_flight import FlightScript
from game.core.actions import Action

RETRY = "Retry"
RETRY_EASIER = "Retry easier"
SKIP = "Skip"
CONTINUE = "Continue"

FAILURE_ITEMS = (RETRY, RETRY_EASIER, SKIP)
LABEL_KEYS = {RETRY: "retry", RETRY_EASIER: "retry_easier", SKIP: "skip", CONTINUE: "continue"}


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
    labels: tuple[str, ...] = ()  # what the player reads for each item (default: the id)

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

    def label(self, index: int) -> str:
        return self.labels[index] if index < len(self.labels) else self.items[index]


def _labels(script: FlightScript, items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(script.ui_text(LABEL_KEYS[item]) for item in items)


def failure_menu(script: FlightScript, stage_title: str, easier_hint: str) -> ChoiceMenu:
    return ChoiceMenu(script.ui_text("failed", stage=stage_title), FAILURE_ITEMS,
                      [script.ui_text("story_goes_on"), easier_hint],
                      labels=_labels(script, FAILURE_ITEMS))


def clear_panel(script: FlightScript, stage_title: str, lines: list[str]) -> ChoiceMenu:
    return ChoiceMenu(script.ui_text("clear", stage=stage_title), (CONTINUE,), lines, delay=45,
                      labels=_labels(script, (CONTINUE,)))
