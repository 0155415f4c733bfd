"""Remap keys or gamepad buttons: pick an action, press the new key.

A key belongs to one action, so taking it from another action moves it (or
swaps, when the other action would be left with none); the screen says what
happened. Reset puts every binding back.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.core.actions import Action
from game.core.context import GameContext
from game.persistence.keybindings import (
    rebind,
    rebind_button,
    reset_buttons,
    reset_keys,
)
from game.screens.common import MenuScene, backdrop, heading, make_menu
from game.ui.menu import MenuItem, draw_hint
from game.ui.text import GOLD, INK

if TYPE_CHECKING:
    from game.flow import Flow

REMAPPABLE = (Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT, Action.CONFIRM,
              Action.CANCEL, Action.HAIL, Action.MENU, Action.SKIP, Action.BACKLOG)
LABELS = {Action.UP: "Up", Action.DOWN: "Down", Action.LEFT: "Left", Action.RIGHT: "Right",
          Action.CONFIRM: "Confirm / talk", Action.CANCEL: "Cancel",
          Action.HAIL: "Hail (flight)", Action.MENU: "Menu",
          Action.SKIP: "Fast-forward", Action.BACKLOG: "Backlog"}


class ControlsScene(MenuScene):
    opaque = True

    def __init__(self, ctx: GameContext, flow: Flow, kind: str) -> None:
        super().__init__(ctx)
        self.flow = flow
        self.kind = kind  # "key" or "button"
        self.waiting: Action | None = None
        self.message = ""
        items = [MenuItem(LABELS[a], self._asker(a), value=partial(self._shown, a))
                 for a in REMAPPABLE]
        items.append(MenuItem("Reset to defaults", self._reset))
        items.append(MenuItem("Back", self.close))
        self.menu = make_menu(ctx, items, on_cancel=self.close)

    def _shown(self, action: Action) -> str:
        settings = self.flow.settings
        bindings = settings.keys if self.kind == "key" else settings.buttons
        return ", ".join(bindings.get(action.value, [])[:3]) or "-"

    def _asker(self, action: Action):
        def ask() -> None:
            self.waiting = action
            what = "key" if self.kind == "key" else "gamepad button"
            self.message = f"Press a {what} for {LABELS[action]}..."
            self.flow.mapper.capture = self._captured
        return ask

    def _captured(self, kind: str, code: int) -> None:
        action, self.waiting = self.waiting, None
        if action is None:
            return
        f = self.flow
        if kind == "key" and code == pygame.K_ESCAPE and action is not Action.MENU:
            self.message = "Cancelled."
            return
        if kind != self.kind:
            self.message = "That was the wrong kind of button; nothing changed."
            return
        conflicts = (rebind(f.settings, action, code) if kind == "key"
                     else rebind_button(f.settings, action, code))
        f.apply_settings()
        self.message = "; ".join(c.message for c in conflicts) or "Done."

    def _reset(self) -> None:
        f = self.flow
        (reset_keys if self.kind == "key" else reset_buttons)(f.settings)
        f.apply_settings()
        self.message = "Controls reset."

    def close(self) -> None:
        self.flow.mapper.capture = None
        self.flow.save_settings()
        self.ctx.stack.remove(self)

    def handle(self, action: Action) -> bool:
        if self.waiting is None:
            self.menu.handle(action)
        return True

    def draw(self, surface: pygame.Surface) -> None:
        backdrop(self.ctx, surface)
        heading(self.ctx, surface, "Keyboard" if self.kind == "key" else "Gamepad", 10)
        self.menu.draw(surface, (90, 36), 300)
        font = self.ctx.fonts.small
        if self.message:
            font.draw(surface, self.message, ((480 - font.width(self.message)) // 2, 240),
                      GOLD, INK)
        draw_hint(surface, font, "Confirm a line, then press the new key. Esc cancels.")
