"""A plain-language error panel: what broke and where, never a traceback.

Shown over the game when content is broken (a map, a script). Confirm closes it;
an optional callback then decides where the player goes (previous map, title).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pygame

from game.core.actions import Action
from game.core.context import GameContext
from game.core.scene import Scene
from game.ui.text import GOLD, INK, RED, TEXT

log = logging.getLogger(__name__)


class ErrorScene(Scene):
    opaque = False

    def __init__(self, ctx: GameContext, message: str, title: str = "Something is broken",
                 on_close: Callable[[], None] | None = None) -> None:
        super().__init__(ctx)
        self.message = message
        self.title = title
        self.on_close = on_close
        log.error("%s: %s", title, message)

    def handle(self, action: Action) -> bool:
        if action in (Action.CONFIRM, Action.CANCEL, Action.MENU):
            self.ctx.stack.remove(self)
            if self.on_close is not None:
                self.on_close()
        return True

    def draw(self, surface: pygame.Surface) -> None:
        shade = pygame.Surface((480, 270), pygame.SRCALPHA)
        shade.fill((26, 15, 31, 190))
        surface.blit(shade, (0, 0))
        font = self.ctx.fonts.small
        lines = font.wrap(self.message, 380)[:12]
        height = 44 + len(lines) * font.line_height
        box = pygame.Rect(40, (270 - height) // 2, 400, height)
        pygame.draw.rect(surface, (28, 35, 64), box)
        pygame.draw.rect(surface, RED, box, 1)
        font.draw(surface, self.title, (box.x + 10, box.y + 8), GOLD, INK)
        for i, line in enumerate(lines):
            font.draw(surface, line, (box.x + 10, box.y + 24 + i * font.line_height), TEXT, INK)
        hint = "Press Z / Enter to go on"
        font.draw(surface, hint, (box.right - font.width(hint) - 10, box.bottom - 14),
                  (157, 152, 168), INK)
