"""The title screen: the logo over a slowly moving red-sun skyline, and the main menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game import __version__
from game.core.actions import Action
from game.core.context import GameContext
from game.core.scene import Scene
from game.screens.common import make_menu
from game.screens.save_notice import draw_save_notice
from game.ui.menu import MenuItem, draw_hint
from game.ui.text import INK, TEXT_DIM

if TYPE_CHECKING:
    from game.flow import Flow


class TitleScene(Scene):
    def __init__(self, ctx: GameContext, flow: Flow) -> None:
        super().__init__(ctx)
        self.flow = flow
        a = ctx.assets
        self.sky = a.image("assets/ui/title_backdrop_sky.png")
        self.city = a.image("assets/ui/title_backdrop_city.png")
        self.front = a.image("assets/ui/title_backdrop_front.png")
        self.logo = a.image("assets/ui/logo.png")
        self.tick = 0
        self.menu = make_menu(ctx, [])
        self._first_visit = True

    def resume(self) -> None:
        f = self.flow
        words = self.ctx.content.title_menu  # labels and hints: assets/data/title.json

        def item(key: str, action: Callable[[], None], enabled: bool = True) -> MenuItem:
            return MenuItem(words[key].label, action, enabled=enabled, hint=words[key].hint)

        chapters = ([item("chapters", f.open_chapters)]
                    if f.finished and self.ctx.content.chapters.acts else [])
        self.menu.items = [
            item("new_game", f.new_game),
            item("continue", f.continue_game, f.can_continue()),
            item("load", f.open_load),
            *chapters,  # once the story has been seen to its end
            item("settings", f.open_settings),
            item("credits", f.open_credits),
            item("quit", self.ctx.request_quit),
        ]
        if self._first_visit or not self.menu.selected.enabled:
            self.menu.cursor = 1 if f.can_continue() else 0  # Continue first, like most games
        self._first_visit = False
        self.ctx.audio.play_music("title")
        self.ctx.audio.play_ambience("none")  # no crickets from the last map under the title

    def handle(self, action: Action) -> bool:
        if action is Action.MENU:
            return True  # Esc on the title does nothing rather than quit by surprise
        return self.menu.handle(action)

    def update(self, inp) -> None:
        self.tick += 1
        self.menu.update()

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(self.sky, (0, 0))
        spare = self.city.get_width() - 480
        drift = (self.tick // 6) % (spare + 1) if spare > 0 else 0
        surface.blit(self.city, (-drift, 0))
        surface.blit(self.front, (0, 0))
        bob = round(2 * ((self.tick // 40) % 2))
        surface.blit(self.logo, ((480 - self.logo.get_width()) // 2, 18 + bob))
        w, _ = self.menu.size()
        self.menu.draw(surface, ((480 - w) // 2, 118), w)
        draw_hint(surface, self.ctx.fonts.small, self.menu.hint())
        version = f"v{__version__}"
        font = self.ctx.fonts.small
        font.draw(surface, version, (480 - font.width(version) - 6, 260), TEXT_DIM, INK)
        draw_save_notice(surface, font, self.flow.saves.write_problem)
