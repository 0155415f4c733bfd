"""The backlog: the last lines of dialogue, newest at the bottom, scrollable."""

from __future__ import annotations

import pygame

from game.core.actions import Action
from game.core.context import GameContext
from game.core.scene import Scene
from game.screens.common import dim, heading
from game.ui.text import GOLD, INK, TEXT, TEXT_DIM


class BacklogScene(Scene):
    opaque = False

    def __init__(self, ctx: GameContext, lines: list[tuple[str | None, str]]) -> None:
        super().__init__(ctx)
        font = ctx.fonts.small
        self.rows: list[tuple[str, str]] = []  # (speaker or "", wrapped text)
        for speaker, text in lines:
            for i, part in enumerate(font.wrap(text, 330)):
                self.rows.append(((speaker or "") if i == 0 else "", part))
        self.visible = (230 - 50) // font.line_height
        self.scroll = max(0, len(self.rows) - self.visible)

    def handle(self, action: Action) -> bool:
        if action is Action.UP:
            self.scroll = max(0, self.scroll - 1)
        elif action is Action.DOWN:
            self.scroll = min(max(0, len(self.rows) - self.visible), self.scroll + 1)
        elif action in (Action.CANCEL, Action.MENU, Action.BACKLOG, Action.CONFIRM):
            self.ctx.stack.remove(self)
        return True

    def draw(self, surface: pygame.Surface) -> None:
        dim(surface, 200)
        heading(self.ctx, surface, "Backlog", 14)
        font = self.ctx.fonts.small
        if not self.rows:
            font.draw(surface, "Nothing has been said yet.", (60, 60), TEXT_DIM, INK)
        for i, (speaker, text) in enumerate(self.rows[self.scroll:self.scroll + self.visible]):
            y = 50 + i * font.line_height
            if speaker:
                font.draw(surface, speaker, (30, y), GOLD, INK)
            font.draw(surface, text, (120, y), TEXT, INK)
        font.draw(surface, "Up/Down scroll - X closes", (30, 252), TEXT_DIM, INK)
