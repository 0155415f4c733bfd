"""Drawing shared by the contest scenes: tinted auras, the balance bar, panels,
the help card and a list of words to choose from. Pure drawing: no rules here."""

from __future__ import annotations

import pygame

from game.core.assets import AssetResolver
from game.core.fonts import BitmapFont
from game.ui.text import GOLD, INK, PALE_GOLD, RED, TEXT, TEXT_DIM

KARA_BLUE = (127, 178, 224)
RHEA_RED = (210, 69, 46)
AURA_SIZE = 64


def aura_frames(assets: AssetResolver, colour: tuple[int, int, int]) -> list[pygame.Surface]:
    """The white aura sheet, cut into frames and tinted one character's colour."""
    sheet = assets.image("assets/fx/aura.png")
    frames = []
    for i in range(sheet.get_width() // AURA_SIZE):
        frame = sheet.subsurface((i * AURA_SIZE, 0, AURA_SIZE, AURA_SIZE)).copy()
        frame.fill((*colour, 255), special_flags=pygame.BLEND_RGBA_MULT)
        frames.append(frame)
    return frames


def strip(assets: AssetResolver, path: str, width: int) -> list[pygame.Surface]:
    sheet = assets.image(path)
    return [sheet.subsurface((i * width, 0, width, sheet.get_height()))
            for i in range(sheet.get_width() // width)]


def draw_aura(surface: pygame.Surface, frames: list[pygame.Surface], centre: tuple[int, int],
              scale: float, tick: int) -> None:
    """A ring around a character, `scale` 1.0 at rest, bigger as presence swells."""
    frame = frames[(tick // 4) % len(frames)]
    size = max(8, round(AURA_SIZE * scale * 0.75))
    image = pygame.transform.scale(frame, (size, size))
    surface.blit(image, (centre[0] - size // 2, centre[1] - size // 2))


def vignette(colour: tuple[int, int, int]) -> pygame.Surface:
    """A 480x270 frame of colour, solid at the edges and clear in the middle
    (stepped bands, like the rest of the art, not a smooth gradient)."""
    surf = pygame.Surface((480, 270), pygame.SRCALPHA)
    for band in range(10):
        alpha = 130 - band * 13
        rect = pygame.Rect(band * 3, band * 2, 480 - band * 6, 270 - band * 4)
        pygame.draw.rect(surf, (*colour, max(0, alpha)), rect, 3)
    return surf


def panel(surface: pygame.Surface, rect: pygame.Rect, alpha: int = 215) -> None:
    """A dark, gold-edged box (the UI's colours, drawn, so it scales to any text)."""
    box = pygame.Surface(rect.size, pygame.SRCALPHA)
    box.fill((28, 35, 64, alpha))
    surface.blit(box, rect.topleft)
    pygame.draw.rect(surface, INK, rect.inflate(2, 2), 1)
    pygame.draw.rect(surface, GOLD, rect, 1)


def balance_bar(surface: pygame.Surface, font: BitmapFont, left: str, right: str,
                balance: float, cap: float | None, tick: int, y: int = 8) -> None:
    """Kara's name on the left, the opponent's on the right, the marker between.
    `balance` is -100..100 (positive: Kara ahead); `cap` marks a limit she cannot pass."""
    x, w, h = 140, 200, 8
    back_w = w + 24 + font.width(left) + font.width(right)
    back = pygame.Surface((back_w, h + 10), pygame.SRCALPHA)
    back.fill((26, 15, 31, 170))
    surface.blit(back, (x - 12 - font.width(left), y - 5))
    font.draw(surface, left, (x - 6 - font.width(left), y), KARA_BLUE)
    font.draw(surface, right, (x + w + 6, y), RHEA_RED)
    pygame.draw.rect(surface, INK, (x - 1, y - 1, w + 2, h + 2))
    mid = x + w // 2
    at = mid + round(balance / 100 * (w // 2))
    pygame.draw.rect(surface, RHEA_RED, (x, y, w, h))
    pygame.draw.rect(surface, KARA_BLUE, (x, y, max(0, at - x), h))
    pygame.draw.line(surface, TEXT, (mid, y - 2), (mid, y + h + 1))
    if cap is not None:
        cx = mid + round(cap / 100 * (w // 2))
        for yy in range(y, y + h, 2):
            surface.set_at((cx, yy), INK)
    glint = PALE_GOLD if (tick // 8) % 2 else TEXT
    pygame.draw.rect(surface, glint, (at - 1, y - 3, 3, h + 6))


def meter(surface: pygame.Surface, font: BitmapFont, label: str, value: float,
          rect: pygame.Rect, colour: tuple[int, int, int]) -> None:
    """A small labelled bar (the duel's guard)."""
    font.draw(surface, label, (rect.x, rect.y - 10), TEXT)
    pygame.draw.rect(surface, INK, rect.inflate(2, 2))
    fill = rect.copy()
    fill.width = round(rect.width * max(0.0, min(1.0, value)))
    pygame.draw.rect(surface, (60, 40, 70), rect)
    pygame.draw.rect(surface, colour if value > 0.3 else RED, fill)


def help_card(surface: pygame.Surface, font: BitmapFont, title: str,
              lines: tuple[str, ...]) -> None:
    """The first-time tutorial: what to press, in the player's words."""
    width = max(font.width(t) for t in (title, *lines)) + 24
    height = 26 + 11 * len(lines) + 14
    rect = pygame.Rect((480 - width) // 2, (270 - height) // 2 - 10, width, height)
    panel(surface, rect, 235)
    font.draw(surface, title, (rect.x + 12, rect.y + 8), GOLD)
    for i, line in enumerate(lines):
        font.draw(surface, line, (rect.x + 12, rect.y + 24 + 11 * i), TEXT)
    hint = "Press Confirm to begin"
    font.draw(surface, hint, (rect.right - 12 - font.width(hint), rect.bottom - 12), TEXT_DIM)


def choice_box(surface: pygame.Surface, font: BitmapFont, prompt: str, options: list[str],
               cursor: int, marked: str | None = None, y: int = 182) -> None:
    """A prompt over a list of phrases, the cursor on one; `marked` gets a star."""
    width = max(font.width(t) for t in (prompt, *options)) + 40
    rect = pygame.Rect((480 - width) // 2, y, width, 18 + 12 * len(options))
    panel(surface, rect)
    font.draw(surface, prompt, (rect.x + 10, rect.y + 5), PALE_GOLD)
    for i, text in enumerate(options):
        colour = GOLD if i == cursor else TEXT
        ty = rect.y + 17 + 12 * i
        if i == cursor:
            font.draw(surface, ">", (rect.x + 10, ty), GOLD)
        if marked is not None and text == marked:
            font.draw(surface, "*", (rect.right - 12, ty), PALE_GOLD)
        font.draw(surface, text, (rect.x + 20, ty), colour)


def caption(surface: pygame.Surface, font: BitmapFont, text: str, y: int,
            colour: tuple[int, int, int] = TEXT, x: int | None = None) -> None:
    """One line over the picture (centred unless `x`), on a dark strip so any
    ground reads."""
    width = font.width(text)
    left = (480 - width) // 2 if x is None else x
    strip_ = pygame.Surface((width + 16, font.line_height + 4), pygame.SRCALPHA)
    strip_.fill((26, 15, 31, 170))
    surface.blit(strip_, (left - 8, y - 2))
    font.draw(surface, text, (left, y), colour, INK)
