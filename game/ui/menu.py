"""A vertical menu on a framed panel: the one widget every screen's list uses.

Items may be disabled (drawn dim, skipped by the cursor) and may show a value
that left/right change (settings). The cursor wraps and is remembered by the
screen that owns the menu.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pygame

from game.core.actions import Action
from game.ui.ninepatch import NinePatch
from game.ui.text import GOLD, INK, TEXT, TEXT_DIM, BitmapFont

DIM = (90, 84, 104)


class MenuItem(NamedTuple):
    label: str
    on_select: Callable[[], None] | None = None
    enabled: bool = True
    value: Callable[[], str] | None = None
    on_left: Callable[[], None] | None = None
    on_right: Callable[[], None] | None = None
    hint: str = ""


class Menu:
    def __init__(self, items: list[MenuItem], font: BitmapFont, panel: NinePatch,
                 cursor: pygame.Surface, on_cancel: Callable[[], None] | None = None,
                 sound: Callable[[str], None] | None = None) -> None:
        self.items = items
        self.font = font
        self.panel = panel
        self.cursor_image = cursor
        self.on_cancel = on_cancel
        self.sound = sound or (lambda name: None)
        self.cursor = self._first_enabled()
        self.tick = 0
        self.max_rows: int | None = None  # a longer list scrolls with the cursor

    def _first_enabled(self) -> int:
        return next((i for i, item in enumerate(self.items) if item.enabled), 0)

    @property
    def selected(self) -> MenuItem:
        return self.items[self.cursor]

    def _move(self, step: int) -> None:
        n = len(self.items)
        for k in range(1, n + 1):
            candidate = (self.cursor + step * k) % n
            if self.items[candidate].enabled:
                self.cursor = candidate
                self.sound("menu_move")
                return

    def handle(self, action: Action) -> bool:
        item = self.selected if self.items else None
        if action is Action.UP:
            self._move(-1)
        elif action is Action.DOWN:
            self._move(1)
        elif action is Action.LEFT and item and item.on_left and item.enabled:
            item.on_left()
            self.sound("menu_move")
        elif action is Action.RIGHT and item and item.on_right and item.enabled:
            item.on_right()
            self.sound("menu_move")
        elif action is Action.CONFIRM and item and item.enabled:
            if item.on_select is not None:
                self.sound("menu_confirm")
                item.on_select()
            elif item.on_right is not None:
                item.on_right()
                self.sound("menu_move")
        elif action in (Action.CANCEL, Action.MENU) and self.on_cancel is not None:
            self.sound("menu_cancel")
            self.on_cancel()
        else:
            return False
        return True

    def update(self) -> None:
        self.tick += 1

    def size(self, value_width: int = 0) -> tuple[int, int]:
        labels = max((self.font.width(i.label) for i in self.items), default=40)
        values = max((self.font.width(i.value()) for i in self.items if i.value), default=0)
        width = labels + (max(values, value_width) + 24 if values or value_width else 0) + 36
        height = self._rows() * (self.font.line_height + 4) + 14
        return width, height

    def _rows(self) -> int:
        return min(len(self.items), self.max_rows or len(self.items))

    def _first_row(self) -> int:
        """The first item shown: the window follows the cursor through a long list."""
        rows = self._rows()
        return max(0, min(self.cursor - rows // 2, len(self.items) - rows))

    def draw(self, surface: pygame.Surface, topleft: tuple[int, int],
             width: int | None = None) -> pygame.Rect:
        w, h = self.size()
        w = max(w, width or 0)
        x, y = topleft
        surface.blit(self.panel.render(w, h), (x, y))
        row_h = self.font.line_height + 4
        first = self._first_row()
        if first > 0:
            self.font.draw(surface, "^", (x + w // 2, y + 1), TEXT_DIM, INK)
        if first + self._rows() < len(self.items):
            self.font.draw(surface, "v", (x + w // 2, y + h - 10), TEXT_DIM, INK)
        for i, item in enumerate(self.items):
            if not first <= i < first + self._rows():
                continue
            ty = y + 8 + (i - first) * row_h
            selected = i == self.cursor
            colour = GOLD if selected else (TEXT if item.enabled else DIM)
            if selected:
                bob = (self.tick // 10) % 2
                surface.blit(self.cursor_image,
                             (x + 8 + bob, ty + (self.font.line_height - 8) // 2))
            self.font.draw(surface, item.label, (x + 20, ty), colour, INK)
            if item.value is not None:
                text = item.value()
                if item.on_left or item.on_right:
                    text = f"< {text} >" if selected else text
                vx = x + w - 12 - self.font.width(text)
                self.font.draw(surface, text, (vx, ty), colour if item.enabled else DIM, INK)
        return pygame.Rect(x, y, w, h)

    def hint(self) -> str:
        return self.selected.hint if self.items else ""


def draw_hint(surface: pygame.Surface, font: BitmapFont, text: str) -> None:
    """A line of help at the bottom of a menu screen."""
    if text:
        font.draw(surface, text, ((480 - font.width(text)) // 2, 254), TEXT_DIM, INK)
