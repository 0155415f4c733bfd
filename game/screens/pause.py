"""The pause menu over the world: resume, save, load, settings, journal, quit to title."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.actions import Action
from game.core.context import GameContext
from game.screens.common import MenuScene, dim, heading, make_menu, panel
from game.screens.save_notice import draw_save_notice
from game.ui.menu import MenuItem, draw_hint
from game.ui.text import GOLD, INK, TEXT
from game.world.scene import WorldScene

if TYPE_CHECKING:
    from game.flow import Flow


class PauseScene(MenuScene):
    opaque = False

    def __init__(self, ctx: GameContext, flow: Flow, world: WorldScene) -> None:
        super().__init__(ctx)
        self.flow = flow
        self.world = world
        self.message = ""
        self.menu = make_menu(ctx, [
            MenuItem("Resume", self.close),
            MenuItem("Save", self.save, hint="Three slots; the autosave is kept apart."),
            MenuItem("Load", flow.open_load),
            MenuItem("Settings", flow.open_settings),
            MenuItem("Backlog", lambda: flow.open_backlog(list(world.director.backlog)),
                     hint="The last lines you read."),
            MenuItem("Quit to title", flow.to_title,
                     hint="Progress since your last save is lost."),
        ], on_cancel=self.close)

    def save(self) -> None:
        if self.world.busy:
            self.message = "You can't save in the middle of a scene."
            return
        self.flow.open_save(self.world)

    def close(self) -> None:
        self.ctx.stack.remove(self)

    def handle(self, action: Action) -> bool:
        self.message = "" if action in (Action.UP, Action.DOWN) else self.message
        self.menu.handle(action)
        return True

    def draw(self, surface: pygame.Surface) -> None:
        dim(surface)
        heading(self.ctx, surface, "Paused", 20)
        font = self.ctx.fonts.small
        draw_save_notice(surface, font, self.flow.saves.write_problem)
        session = self.world.session
        self.menu.draw(surface, (40, 60), 150)
        box = pygame.Rect(210, 60, 230, 110)
        panel(self.ctx, surface, box)
        font.draw(surface, "Journal", (box.x + 10, box.y + 8), GOLD, INK)
        lines = font.wrap(session.journal or "Look around.", box.width - 20)
        for i, line in enumerate(lines[:5]):
            font.draw(surface, line, (box.x + 10, box.y + 24 + i * font.line_height), TEXT, INK)
        where = self.world.world.data.title if self.world.world else ""
        act = session.act or self.ctx.content.start.act
        font.draw(surface, f"{act}  -  {where}", (box.x + 10, box.bottom - 16), GOLD, INK)
        if self.message:
            font.draw(surface, self.message, (40, 200), (210, 69, 46), INK)
        else:
            draw_hint(surface, font, self.menu.hint())
