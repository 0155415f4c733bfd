"""What every menu screen shares: the panel, the cursor, the dimmed backdrop."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.scene import Scene
from game.ui.menu import Menu, MenuItem
from game.ui.ninepatch import NinePatch
from game.ui.text import GOLD, INK


class MenuScene(Scene):
    """A screen that is one menu: input goes to the menu and stops here."""

    menu: Menu

    def handle(self, action: Action) -> bool:
        self.menu.handle(action)
        return True

    def update(self, inp: InputState) -> None:
        self.menu.update()


def make_menu(ctx: GameContext, items: list[MenuItem],
              on_cancel: Callable[[], None] | None = None) -> Menu:
    sound = ctx.audio.play_sfx
    return Menu(items, ctx.fonts.small, NinePatch(ctx.assets.image("assets/ui/panel.png"), 8),
                ctx.assets.image("assets/ui/cursor.png"), on_cancel, sound)


def dim(surface: pygame.Surface, alpha: int = 150) -> None:
    veil = pygame.Surface((480, 270), pygame.SRCALPHA)
    veil.fill((26, 15, 31, alpha))
    surface.blit(veil, (0, 0))


def backdrop(ctx: GameContext, surface: pygame.Surface) -> None:
    """The background of full-screen menus: the title sky, darkened."""
    surface.blit(ctx.assets.image("assets/ui/title_backdrop_sky.png"), (0, 0))
    dim(surface, 170)


def panel(ctx: GameContext, surface: pygame.Surface, rect: pygame.Rect) -> None:
    """A framed panel, the same frame as every menu."""
    frame = NinePatch(ctx.assets.image("assets/ui/panel.png"), 8)
    surface.blit(frame.render(rect.width, rect.height), rect.topleft)


def heading(ctx: GameContext, surface: pygame.Surface, text: str, y: int = 24) -> None:
    large = ctx.fonts.large
    large.draw(surface, text, ((480 - large.width(text)) // 2, y), GOLD, INK)
