"""The heads-up display: side panels, comms, banners and the flight's menus.

The playfield stays clear; everything the player reads sits in the two side
panels (left: who you are and what to do; right: the stage's meters), except
warnings and the stage banner, which must be seen.
"""

from __future__ import annotations

import pygame

from game.content_flight import FlightScript
from game.core.assets import AssetResolver
from game.flight.art import EMBER, LEAF, FlightArt
from game.flight.battle import Battle
from game.flight.entities import FIELD_H, FIELD_W, FIELD_X
from game.flight.menu import ChoiceMenu
from game.flight.meters import draw_meters
from game.flight.options import FlightOptions
from game.ui.ninepatch import NinePatch
from game.ui.text import GOLD, INK, NAVY, PALE_GOLD, TEXT, TEXT_DIM, Fonts

PANEL_W = FIELD_X
RIGHT_X = FIELD_X + FIELD_W
BANNER_STEPS = 150
FAST_BANNER_STEPS = 40


class Hud:
    def __init__(self, assets: AssetResolver, fonts: Fonts, art: FlightArt,
                 script: FlightScript) -> None:
        self.fonts = fonts
        self.art = art
        self.panel = NinePatch(assets.image("assets/ui/panel.png"), 8)
        self.bar = assets.image("assets/ui/bar_frame.png")
        self.cursor = assets.image("assets/ui/cursor.png")
        shade = pygame.Surface((PANEL_W, FIELD_H), pygame.SRCALPHA)
        shade.fill((*INK, 255))  # opaque: no backdrop shape (a city dome) shows in the panels
        self.shade = shade
        self._bars: dict[tuple[int, bool], pygame.Surface] = {}
        self._ui = script  # the shared labels; each stage's own come from battle.stage
        self.hail_key = "V"  # the bound key's name; the scene sets it from the settings
        self._wrapped: dict[tuple[str, int], list[str]] = {}  # (text, width) -> lines

    # -- frame pieces ------------------------------------------------------------------
    def bar_frame(self, length: int, vertical: bool = False) -> pygame.Surface:
        """bar_frame.png stretched to `length` (caps kept, middle tiled)."""
        key = (length, vertical)
        frame = self._bars.get(key)
        if frame is None:
            frame = pygame.Surface((length, 8), pygame.SRCALPHA)
            frame.blit(self.bar, (0, 0), (0, 0, 4, 8))
            for x in range(4, length - 4, 8):
                frame.blit(self.bar, (x, 0), (4, 0, min(8, length - 4 - x), 8))
            frame.blit(self.bar, (length - 4, 0), (12, 0, 4, 8))
            if vertical:
                frame = pygame.transform.rotate(frame, 90)
            self._bars[key] = frame
        return frame

    def draw_bar(self, surface: pygame.Surface, x: int, y: int, length: int, fraction: float,
                 colour: tuple[int, int, int], vertical: bool = False) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if vertical:
            inner = length - 6
            fill = round(inner * fraction)
            pygame.draw.rect(surface, NAVY, (x + 2, y + 3, 4, inner))
            pygame.draw.rect(surface, colour, (x + 2, y + 3 + inner - fill, 4, fill))
        else:
            inner = length - 6
            pygame.draw.rect(surface, NAVY, (x + 3, y + 2, inner, 4))
            pygame.draw.rect(surface, colour, (x + 3, y + 2, round(inner * fraction), 4))
        surface.blit(self.bar_frame(length, vertical), (x, y))

    def _wrap(self, text: str, width: int, most: int) -> list[str]:
        """`text` in lines of the small font, laid out once per text rather than on
        every frame it stays up."""
        key = (text, width)
        lines = self._wrapped.get(key)
        if lines is None:
            if len(self._wrapped) > 256:
                self._wrapped.clear()
            lines = self._wrapped[key] = self.fonts.small.wrap(text, width)
        return lines[:most]

    # -- the whole HUD -------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, battle: Battle, options: FlightOptions,
             fast: bool) -> None:
        surface.blit(self.shade, (0, 0))
        surface.blit(self.shade, (RIGHT_X, 0))
        pygame.draw.line(surface, GOLD, (FIELD_X - 1, 0), (FIELD_X - 1, FIELD_H))
        pygame.draw.line(surface, GOLD, (RIGHT_X, 0), (RIGHT_X, FIELD_H))
        self._left(surface, battle)
        self._right(surface, battle, options)
        self._comms(surface, battle)
        self._warnings(surface, battle)
        self._prompt(surface, battle)
        self._banner(surface, battle, fast)

    def _left(self, surface: pygame.Surface, b: Battle) -> None:
        small, large = self.fonts.small, self.fonts.large
        stage = b.stage
        large.draw(surface, stage.pilot, (8, 6), GOLD)
        ui = self._ui
        small.draw(surface, stage.script.chapter, (8, 24), TEXT_DIM)
        small.draw(surface, ui.ui_text("hull"), (8, 42), TEXT)
        p = b.player
        for i in range(p.max_hp):
            colour = EMBER if i < p.hp else NAVY
            rect = pygame.Rect(8 + i * 11, 54, 9, 6)
            pygame.draw.rect(surface, colour, rect)
            pygame.draw.rect(surface, INK, rect, 1)
        if b.options.invincible:
            assist = ui.ui_text("assist")
            small.draw(surface, assist, (PANEL_W - 8 - small.width(assist), 42), LEAF)
        small.draw(surface, ui.ui_text("score"), (8, 68), TEXT)
        small.draw(surface, f"{b.score:,}", (8, 80), PALE_GOLD)
        objective = stage.objective()
        if objective:
            for i, line in enumerate(self._wrap(objective, PANEL_W - 14, 3)):
                small.draw(surface, line, (8, 100 + i * 11), GOLD if b.frame % 60 < 45 else TEXT)

    def _right(self, surface: pygame.Surface, b: Battle, options: FlightOptions) -> None:
        """The meters the stage's data lists (`game.flight.meters`), then the settings
        and the control hints."""
        small = self.fonts.small
        x = RIGHT_X + 8
        draw_meters(self, surface, b, b.stage.script.hud, x, 6, PANEL_W - 16)
        settings = f"{options.difficulty.upper()}"
        if options.speed_percent != 100:
            settings += f" {options.speed_percent}%"
        small.draw(surface, settings, (x, FIELD_H - 48), TEXT_DIM)
        ui = self._ui
        fire = ui.ui_text("fire_hint") if b.fire_enabled else ""
        small.draw(surface, f"{fire}  {ui.ui_text('focus_hint')}".strip(), (x, FIELD_H - 36),
                   TEXT_DIM)
        small.draw(surface, ui.ui_text("move_hint"), (x, FIELD_H - 24), TEXT_DIM)

    def _comms(self, surface: pygame.Surface, b: Battle) -> None:
        line = b.current_radio
        if line is None:
            return
        small = self.fonts.small
        rect = pygame.Rect(4, FIELD_H - 92, PANEL_W - 8, 88)
        surface.blit(self.panel.render(rect.w, rect.h), rect.topleft)
        age = b.frame - line.frame
        if age < 20 and age % 6 < 3:  # a blink on arrival draws the eye to new chatter
            pygame.draw.rect(surface, GOLD, rect, 1)
        small.draw(surface, line.speaker, (rect.x + 8, rect.y + 7), GOLD)
        shown = line.text[: max(1, age * 2)]  # typed out two letters a step
        for i, text in enumerate(self._wrap(shown, rect.w - 16, 6)):
            small.draw(surface, text, (rect.x + 8, rect.y + 20 + i * 10), TEXT)

    def _warnings(self, surface: pygame.Surface, b: Battle) -> None:
        warning = b.stage.warning
        if warning is None or b.frame >= warning[0] or b.frame % 30 >= 20:
            return
        small = self.fonts.small
        w = small.width(warning[1])
        x = FIELD_X + (FIELD_W - w) // 2
        band = pygame.Surface((w + 16, 15), pygame.SRCALPHA)
        band.fill((*INK, 180))
        surface.blit(band, (x - 8, 86))
        small.draw(surface, warning[1], (x, 89), EMBER)

    def _prompt(self, surface: pygame.Surface, b: Battle) -> None:
        """The stage's call to action (the hail prompt): boxed, steady, under the warnings."""
        text = b.stage.prompt(self.hail_key)
        if not text:
            return
        small = self.fonts.small
        w = small.width(text)
        rect = pygame.Rect(0, 0, w + 16, 15)
        rect.midtop = (FIELD_X + FIELD_W // 2, 104)
        band = pygame.Surface(rect.size, pygame.SRCALPHA)
        band.fill((*INK, 200))
        surface.blit(band, rect.topleft)
        pygame.draw.rect(surface, GOLD if b.frame % 40 < 28 else PALE_GOLD, rect, 1)
        small.draw(surface, text, (rect.x + 8, rect.y + 3), PALE_GOLD)

    def _banner(self, surface: pygame.Surface, b: Battle, fast: bool) -> None:
        steps = FAST_BANNER_STEPS if fast else BANNER_STEPS
        if b.frame >= steps:
            return
        fade = min(1.0, b.frame / 15, (steps - b.frame) / 15)
        large, small = self.fonts.large, self.fonts.small
        band = pygame.Surface((FIELD_W, 44), pygame.SRCALPHA)
        band.fill((*INK, int(190 * fade)))
        surface.blit(band, (FIELD_X, 112))
        title, subtitle = b.stage.title, b.stage.subtitle
        colour = tuple(int(c * fade) for c in GOLD)
        large.draw(surface, title, (FIELD_X + (FIELD_W - large.width(title)) // 2, 117),
                   colour, None)  # type: ignore[arg-type]
        sub = tuple(int(c * fade) for c in TEXT_DIM)
        small.draw(surface, subtitle, (FIELD_X + (FIELD_W - small.width(subtitle)) // 2, 139),
                   sub, None)  # type: ignore[arg-type]

    # -- menus ------------------------------------------------------------------------
    def draw_menu(self, surface: pygame.Surface, menu: ChoiceMenu, frame: int) -> None:
        small, large = self.fonts.small, self.fonts.large
        dim = pygame.Surface((FIELD_W, FIELD_H), pygame.SRCALPHA)
        dim.fill((*INK, 150))
        surface.blit(dim, (FIELD_X, 0))
        width = max(200, large.width(menu.title) + 32,
                    *(small.width(line) + 32 for line in menu.lines))
        height = 40 + len(menu.lines) * 12 + len(menu.items) * 16 + 12
        rect = pygame.Rect(0, 0, width, height)
        rect.center = (FIELD_X + FIELD_W // 2, FIELD_H // 2)
        surface.blit(self.panel.render(rect.w, rect.h), rect.topleft)
        large.draw(surface, menu.title, (rect.centerx - large.width(menu.title) // 2, rect.y + 9),
                   GOLD)
        y = rect.y + 32
        for line in menu.lines:
            small.draw(surface, line, (rect.centerx - small.width(line) // 2, y), TEXT_DIM)
            y += 12
        y += 6
        for i in range(len(menu.items)):
            item = menu.label(i)
            chosen = i == menu.index
            colour = PALE_GOLD if chosen else TEXT
            if not menu.ready:
                colour = TEXT_DIM
            x = rect.centerx - small.width(item) // 2
            small.draw(surface, item, (x, y), colour)
            if chosen and menu.ready:
                bob = (frame // 10) % 2
                surface.blit(self.cursor, (x - 13 + bob, y + 1))
            y += 16
