"""The credits: a slow scroll over the night sky, ending back at the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.actions import Action
from game.core.context import GameContext
from game.core.scene import Scene
from game.ui.text import GOLD, INK, TEXT

if TYPE_CHECKING:
    from game.flow import Flow

CREDITS = (
    ("title", "Red Sun over Daxam"),
    ("", ""),
    ("head", "Story, design and code"),
    ("line", "The Red Sun over Daxam team"),
    ("", ""),
    ("head", "Pixel art"),
    ("line", "Drawn by our own generators in tools/art"),
    ("", ""),
    ("head", "Music and sound"),
    ("line", "Made by our chiptune synthesiser in tools/audio"),
    ("", ""),
    ("head", "Made with"),
    ("line", "pygame-ce, pytmx, pyscroll and the Tiled map editor"),
    ("", ""),
    ("head", "Licences"),
    ("line", "Art and sound CC0 - see assets/CREDITS.md"),
    ("", ""),
    ("", ""),
    ("line", "Thank you for playing."),
)
LINE = 16


class CreditsScene(Scene):
    def __init__(self, ctx: GameContext, flow: Flow, then_title: bool = True) -> None:
        super().__init__(ctx)
        self.flow = flow
        self.sky = ctx.assets.image("assets/ui/title_backdrop_sky.png")
        self.offset = 0.0
        self.then_title = then_title
        self.speed = 2.0 if ctx.options.fast else 0.4

    @property
    def finished(self) -> bool:
        return self.offset > 270 + len(CREDITS) * LINE

    def handle(self, action: Action) -> bool:
        if action in (Action.CANCEL, Action.MENU):
            self._leave()
        elif action is Action.CONFIRM:
            self.speed = 2.0
        return True

    def _leave(self) -> None:
        if self.then_title:
            self.flow.to_title()
        else:
            self.ctx.stack.remove(self)

    def update(self, inp) -> None:
        self.offset += self.speed
        if self.finished:
            self._leave()

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(self.sky, (0, 0))
        veil = pygame.Surface((480, 270), pygame.SRCALPHA)
        veil.fill((26, 15, 31, 140))
        surface.blit(veil, (0, 0))
        small, large = self.ctx.fonts.small, self.ctx.fonts.large
        y = 270 - self.offset
        for kind, text in CREDITS:
            if text and -20 < y < 280:
                font = large if kind == "title" else small
                colour = GOLD if kind in ("title", "head") else TEXT
                font.draw(surface, text, ((480 - font.width(text)) // 2, round(y)), colour, INK)
            y += LINE * (2 if kind == "title" else 1)
