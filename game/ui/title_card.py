"""A title card: black screen, a gold title and a line under it, for acts and chapters."""

from __future__ import annotations

import pygame

from game.core.actions import Action
from game.core.context import GameContext
from game.core.scene import Scene
from game.ui.text import GOLD, INK, TEXT_DIM

CARD_STEPS = 150  # 2.5 s
FAST_CARD_STEPS = 6


class TitleCardScene(Scene):
    opaque = True
    busy = True

    def __init__(self, ctx: GameContext, title: str, subtitle: str = "",
                 steps: int | None = None) -> None:
        super().__init__(ctx)
        self.title = title
        self.subtitle = subtitle
        self.steps = steps if steps is not None else (
            FAST_CARD_STEPS if ctx.options.fast else CARD_STEPS)
        self.t = 0

    def handle(self, action: Action) -> bool:
        if action is Action.CONFIRM and self.t > 20:
            self.t = max(self.t, self.steps - 20)  # skip to the fade-out
        return True

    def update(self, inp) -> None:
        self.t += 1
        if self.t >= self.steps:
            self.ctx.stack.remove(self)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(INK)
        fade = min(1.0, self.t / 20, max(0.0, (self.steps - self.t) / 20))
        colour = tuple(round(c * fade) for c in GOLD)
        sub = tuple(round(c * fade) for c in TEXT_DIM)
        large = self.ctx.fonts.large
        small = self.ctx.fonts.small
        w = large.width(self.title)
        large.draw(surface, self.title, ((480 - w) // 2, 110), colour, None)  # type: ignore[arg-type]
        if self.subtitle:
            sw = small.width(self.subtitle)
            small.draw(surface, self.subtitle, ((480 - sw) // 2, 138), sub, None)  # type: ignore[arg-type]
        line_w = round(120 * fade)
        pygame.draw.line(surface, colour, (240 - line_w, 132), (240 + line_w, 132))
