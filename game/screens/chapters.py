"""The chapter menu: once the story has been finished, any act can be started again
from its beginning, with the flags a typical playthrough has there
(`assets/data/chapters.json`). Reached from the title screen."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.core.context import GameContext
from game.screens.common import MenuScene, backdrop, heading, make_menu
from game.ui.menu import MenuItem, draw_hint

if TYPE_CHECKING:
    from game.flow import Flow


class ChaptersScene(MenuScene):
    opaque = True

    def __init__(self, ctx: GameContext, flow: Flow) -> None:
        super().__init__(ctx)
        self.flow = flow
        items = [MenuItem(chapter.title, partial(flow.start_chapter, chapter),
                          hint=chapter.hint or "A fresh story from here; your save slots are kept.")
                 for chapter in ctx.content.chapters.acts]
        items.append(MenuItem("Back", self.close,
                              hint="Like New Game, a chapter replaces the autosave."))
        self.menu = make_menu(ctx, items, on_cancel=self.close)

    def close(self) -> None:
        if self in self.ctx.stack:
            self.ctx.stack.remove(self)

    def draw(self, surface: pygame.Surface) -> None:
        backdrop(self.ctx, surface)
        heading(self.ctx, surface, "Chapters", 24)
        w, _ = self.menu.size()
        self.menu.draw(surface, ((480 - w) // 2, 64), w)
        draw_hint(surface, self.ctx.fonts.small, self.menu.hint())
