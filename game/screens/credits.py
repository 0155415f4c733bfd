"""The credits: the roll scrolls over scenes from the game, then rests on a final
still with "Thank you for playing", then the title.

What is shown comes from `assets/data/credits.json` (`Content.credits`, read when the
roll starts): a broken file is an error panel and the way back to the title, never a
crash. The scenes are drawn by `credits_scenes`, the text by `credits_roll`.

Controls (a stray press must not throw away the end of the story): Cancel, Esc,
pad B or Start once shows "Press again to skip", and a second press while it shows
skips; holding Confirm (Z, Enter, Space, pad A) runs the roll four times as fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.content_credits import CreditRow, Credits
from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.errors import GameError
from game.core.expressions import EXPRESSIONS_FILE, parse_expressions
from game.core.scene import Scene
from game.screens.credits_roll import draw_roll, layout, roll_height
from game.screens.credits_scenes import Backdrop
from game.ui.error_scene import ErrorScene
from game.ui.text import GOLD, INK, NAVY, TEXT

if TYPE_CHECKING:
    from game.flow import Flow

SPEED = 0.5  # pixels a step: 30 a second
FAST = 4  # while Confirm is held
TEST_SPEED = 2.0  # --fast
SKIP_STEPS = 180  # how long "Press again to skip" waits for the second press
FINAL_STEPS_FAST = 120  # --fast holds the final still this long instead of its seconds
SCREEN_W, SCREEN_H = 480, 270


class CreditsScene(Scene):
    def __init__(self, ctx: GameContext, flow: Flow, then_title: bool = True) -> None:
        super().__init__(ctx)
        self.flow = flow
        self.then_title = then_title
        self.base = TEST_SPEED if ctx.options.fast else SPEED
        self.offset = 0.0  # pixels scrolled
        self.skip_prompt = 0  # steps "Press again to skip" stays up
        self.final_steps = 0  # steps the final still has been fully shown
        self.faces_seen: set[str] = set()  # cast drawn with a portrait on the last frame
        self.error: str | None = None
        try:
            self.credits: Credits = ctx.content.credits
        except GameError as err:
            self.error = str(err)
            self.credits = Credits((CreditRow("title", ctx.content.title),))
        self.rows = self.credits.rows
        logo = next((r.text for r in self.rows if r.kind == "logo"), "")
        self._logo = ctx.assets.image(logo) if logo else None
        self.blocks = layout(self.rows, self._logo.get_height() if self._logo else 0)
        self.height = roll_height(self.blocks)
        self.backdrop = Backdrop(ctx, self.credits.scenes, self.credits.final,
                                 threaded=not ctx.options.fast)
        self._veil = _veil()
        self._portraits: dict[str, pygame.Surface | None] = {}
        self._done = False

    def enter(self) -> None:
        if self.error is not None:
            self._done = True
            self.ctx.stack.push(ErrorScene(self.ctx, self.error, "The credits cannot roll",
                                           on_close=self._leave))
            return
        if self.credits.music:
            self.ctx.audio.play_music(self.credits.music)
            self.ctx.audio.play_ambience("")

    # -- state a player sees --------------------------------------------------------------
    @property
    def text_done(self) -> bool:
        """The last row has scrolled off the top."""
        return self.offset > SCREEN_H + self.height

    @property
    def on_final_image(self) -> bool:
        return self.backdrop.final_shown

    @property
    def finished(self) -> bool:
        final = self.credits.final
        if final is None:
            return self.text_done
        hold = FINAL_STEPS_FAST if self.ctx.options.fast else round(final.scene.seconds * 60)
        return self.text_done and self.final_steps >= hold

    # -- input and steps ------------------------------------------------------------------
    def handle(self, action: Action) -> bool:
        if action in (Action.CANCEL, Action.MENU):
            if self.skip_prompt > 0:
                self._leave()
            else:
                self.skip_prompt = SKIP_STEPS
        return True

    def update(self, inp: InputState) -> None:
        if self._done:
            return
        fast = FAST if Action.CONFIRM in inp.held else 1
        self.skip_prompt = max(0, self.skip_prompt - 1)
        if not self.text_done:
            self.offset += self.base * fast
        self.backdrop.update(fast / 60 * (self.base / SPEED if self.ctx.options.fast else 1))
        if self.offset > self.height:
            self.backdrop.prepare_final()
        if self.offset > self.height + SCREEN_H * 0.75:  # the last rows are going: the still
            self.backdrop.finish()
        if self.on_final_image:
            self.final_steps += fast
        if self.finished:
            self._leave()

    def _leave(self) -> None:
        if self._done and self.error is None:
            return
        self._done = True
        self.backdrop.shelf.settle()
        if self.then_title:
            self.flow.to_title()
        elif self in self.ctx.stack:
            self.ctx.stack.remove(self)

    # -- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        self.backdrop.draw(surface)
        final = self.backdrop.final_at is not None
        if final:  # the still is the picture: the veil lifts off it
            into = self.backdrop.clock - (self.backdrop.final_at or 0)
            self._veil.set_alpha(round(255 * max(0.25, 1 - into / 1.6)))
        surface.blit(self._veil, (0, 0))
        small, large = self.ctx.fonts.small, self.ctx.fonts.large
        top = SCREEN_H - self.offset
        self.faces_seen = draw_roll(surface, self.blocks, top, small, large, self._portrait,
                                    self._logo)
        if final and self.credits.final is not None:
            self._closing(surface, self.credits.final.lines)
        if self.skip_prompt:
            hint = "Press again to skip"
            plate = pygame.Rect(0, 0, small.width(hint) + 16, small.line_height + 8)
            plate.bottomright = (SCREEN_W - 4, SCREEN_H - 4)
            surface.fill(NAVY, plate)
            pygame.draw.rect(surface, GOLD, plate, 1)
            small.draw(surface, hint, (plate.x + 8, plate.y + 4), TEXT, INK)

    def _closing(self, surface: pygame.Surface, lines: tuple[str, ...]) -> None:
        into = self.backdrop.clock - (self.backdrop.final_at or 0)
        if into <= 0.6 or not lines:
            return
        font = self.ctx.fonts.large
        y = SCREEN_H - 40 - len(lines) * font.line_height
        band = pygame.Surface((SCREEN_W, len(lines) * font.line_height + 16), pygame.SRCALPHA)
        band.fill((26, 15, 31, 150))
        surface.blit(band, (0, y - 8))
        for line in lines:
            font.draw(surface, line, ((SCREEN_W - font.width(line)) // 2, y), GOLD, INK)
            y += font.line_height

    def _portrait(self, who: str) -> pygame.Surface | None:
        """The still, neutral frame of the character's dialogue portrait (or None)."""
        if who not in self._portraits:
            self._portraits[who] = None
            info = self.ctx.content.characters.get(who)
            if info is not None and info.portrait:
                try:
                    table = parse_expressions(self.ctx.assets.json(EXPRESSIONS_FILE))
                    size = table.size
                    sheet = self.ctx.assets.image(f"assets/portraits/{info.portrait}.png")
                    if sheet.get_width() >= size and sheet.get_height() >= size:
                        self._portraits[who] = sheet.subsurface((0, 0, size, size))
                except GameError:
                    pass  # the linter names a missing portrait; the roll draws an empty well
        return self._portraits[who]


def _veil() -> pygame.Surface:
    """Darker in the middle where the text runs, lighter at the sides, darker at the
    top and bottom edges: the scenes show, the words stay readable."""
    veil = pygame.Surface((SCREEN_W, SCREEN_H), pygame.SRCALPHA)
    for x in range(SCREEN_W):
        d = abs(x - SCREEN_W / 2) / (SCREEN_W / 2)
        pygame.draw.line(veil, (26, 15, 31, round(150 - 70 * d * d)), (x, 0), (x, SCREEN_H))
    edge = pygame.Surface((SCREEN_W, 1), pygame.SRCALPHA)
    for y in range(36):
        edge.fill((26, 15, 31, round(110 * (1 - y / 36))))
        veil.blit(edge, (0, y))
        veil.blit(edge, (0, SCREEN_H - 1 - y))
    return veil
