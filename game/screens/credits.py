"""The credits: a slow scroll over the night sky, ending back at the title.

The rows come from `assets/data/credits.json` (`Content.credits`): editing the
credits or the cast list is a data edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.content_parts import CreditRow
from game.core.actions import Action
from game.core.context import GameContext
from game.core.scene import Scene
from game.ui.text import GOLD, INK, PALE_GOLD, TEXT

if TYPE_CHECKING:
    from game.flow import Flow

LINE = 16
CAST_GAP = 6  # px either side of the centre between a name and its part


class CreditsScene(Scene):
    def __init__(self, ctx: GameContext, flow: Flow, then_title: bool = True) -> None:
        super().__init__(ctx)
        self.flow = flow
        self.sky = ctx.assets.image("assets/ui/title_backdrop_sky.png")
        self.offset = 0.0
        self.then_title = then_title
        self.speed = 2.0 if ctx.options.fast else 0.4
        self.rows = ctx.content.credits.rows

    def enter(self) -> None:
        if self.ctx.content.credits.music:
            self.ctx.audio.play_music(self.ctx.content.credits.music)
            self.ctx.audio.play_ambience("")

    @property
    def finished(self) -> bool:
        return self.offset > 270 + sum(_height(row) for row in self.rows)

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
        for row in self.rows:
            if row.text and -20 < y < 280:
                if row.kind == "cast":  # name to the left of the centre, part to the right
                    small.draw(surface, row.text, (480 // 2 - CAST_GAP - small.width(row.text),
                                                   round(y)), PALE_GOLD, INK)
                    small.draw(surface, row.role, (480 // 2 + CAST_GAP, round(y)), TEXT, INK)
                else:
                    font = large if row.kind == "title" else small
                    colour = GOLD if row.kind in ("title", "head") else TEXT
                    font.draw(surface, row.text, ((480 - font.width(row.text)) // 2, round(y)),
                              colour, INK)
            y += _height(row)


def _height(row: CreditRow) -> int:
    return LINE * (2 if row.kind == "title" else 1)
