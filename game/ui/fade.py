"""Fade transitions: a scene pushed over the world that darkens, calls back at
black (the moment to swap maps), brightens and removes itself.

While it is on top the world below does not update, so the player cannot walk
during a fade, and saving is refused (`busy`). So what the scenes below show stands
still: the fade draws it once, keeps the picture and blends over the copy each frame
(the same pixels as drawing the world again, for the price of a copy). At full black
(the frame that swaps the maps, and any hold) nothing below shows; that frame draws
the picture of the new map the fade-in will uncover, where a millisecond is not seen.
Either way the fade is `opaque` and the stack draws nothing under it.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.core.context import GameContext
from game.core.scene import Scene

FADE_STEPS = 20  # each way; a third of a second
FAST_FADE_STEPS = 2  # test mode: short, but the same logic runs


def darken(surface: pygame.Surface, alpha: int) -> None:
    """Black at `alpha` (0..255) over the whole of `surface`, as a multiply: SDL blends
    a translucent overlay pixel by pixel (~200 us a frame), a multiply fill is one
    vector pass (~20 us). It gives the blend's levels within one (the picture at 0,
    black at 255)."""
    level = 255 - alpha
    surface.fill((level, level, level), special_flags=pygame.BLEND_RGB_MULT)


class FadeScene(Scene):
    busy = True

    def __init__(self, ctx: GameContext, at_black: Callable[[], None] | None = None,
                 steps: int | None = None, hold: int = 0, colour: tuple[int, int, int] = (0, 0, 0),
                 fade_in: bool = True, start_black: bool = False) -> None:
        super().__init__(ctx)
        default = FAST_FADE_STEPS if ctx.options.fast else FADE_STEPS
        self.steps = max(1, steps if steps is not None else default)
        self.hold = 0 if ctx.options.fast else hold
        self.at_black = at_black
        self.colour = colour
        self.fade_in = fade_in
        self.t = self.steps if start_black else 0
        self._overlay = pygame.Surface((480, 270))
        self._overlay.fill(colour)
        self._below: pygame.Surface | None = None  # what the scenes below show, kept

    @property
    def alpha(self) -> int:
        if self.t <= self.steps:
            return round(255 * self.t / self.steps)
        if self.t <= self.steps + self.hold:
            return 255
        back = self.t - self.steps - self.hold
        return max(0, 255 - round(255 * back / self.steps))

    @property
    def opaque(self) -> bool:  # type: ignore[override]
        """At full black, or once the picture below is kept: the stack need not draw it."""
        return self._below is not None or self.alpha >= 255

    def handle(self, action) -> bool:
        return True  # nothing gets through a fade

    def update(self, inp) -> None:
        self.t += 1
        if self.t == self.steps and self.at_black is not None:
            callback, self.at_black = self.at_black, None
            self._below = None  # the maps are swapped: the picture is taken again at black
            callback()
            if self.ctx.stack.top is not self:
                return  # the callback pushed something (an error screen): let it run
        if (not self.fade_in and self.t >= self.steps) or self.t >= 2 * self.steps + self.hold:
            self.ctx.stack.remove(self)

    def draw(self, surface: pygame.Surface) -> None:
        alpha = self.alpha
        if alpha >= 255:  # what the blit at full alpha leaves, without reading below
            surface.fill(self.colour, self._overlay.get_rect())
            if self._below is None and self.fade_in:
                below = surface.copy()  # under it, as the canvas would hold it next frame
                if self.ctx.stack.draw_below(self, below):
                    self._below = below
            return
        if alpha == 0:  # the blend at alpha 0 leaves every pixel as it was
            if self._below is not None:  # (no fade on the stack draws so; in case)
                surface.blit(self._below, (0, 0))
            return
        if self._below is None:  # the first frame: the stack has just drawn what is below
            self._below = surface.copy()
        else:
            surface.blit(self._below, (0, 0))
        if self.colour == (0, 0, 0):
            darken(surface, alpha)
            return
        self._overlay.set_alpha(alpha)
        surface.blit(self._overlay, (0, 0))
