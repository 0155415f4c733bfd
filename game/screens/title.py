"""The title screen: the logo over a slowly moving red-sun skyline, and the main menu."""

from __future__ import annotations

import pygame

from game import __version__
from game.core.actions import Action
from game.core.context import GameContext
from game.core.scene import Scene
from game.screens.common import flow, make_menu
from game.ui.menu import MenuItem, draw_hint
from game.ui.text import INK, TEXT_DIM


class TitleScene(Scene):
    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        a = ctx.assets
        self.sky = a.image("assets/ui/title_backdrop_sky.png")
        self.city = a.image("assets/ui/title_backdrop_city.png")
        self.front = a.image("assets/ui/title_backdrop_front.png")
        self.logo = a.image("assets/ui/logo.png")
        self.tick = 0
        self.menu = make_menu(ctx, [])
        self._first_visit = True

    def resume(self) -> None:
        f = flow(self.ctx)
        self.menu.items = [
            MenuItem("New Game", f.new_game, hint="Begin at Kara's twentieth birthday."),
            MenuItem("Continue", f.continue_game, enabled=f.can_continue(),
                     hint="Pick up from your latest save."),
            MenuItem("Load", f.open_load, hint="Choose a save."),
            MenuItem("Settings", f.open_settings, hint="Sound, text, window, controls."),
            MenuItem("Credits", f.open_credits, hint="Who made this game."),
            MenuItem("Quit", self.ctx.request_quit, hint="Leave Daxam for now."),
        ]
        if self._first_visit or not self.menu.selected.enabled:
            self.menu.cursor = 1 if f.can_continue() else 0  # Continue first, like most games
        self._first_visit = False
        audio = self.ctx.services.get("audio")
        if audio is not None:
            audio.play_music("title")
            audio.play_ambience("none")  # no crickets from the last map under the title

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
