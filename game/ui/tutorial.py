"""The first-time tutorial panel of a mechanic: a title, a few lines, and how to go on.

Shared by the stealth scenes and the calm pod rides so every new mechanic
explains itself the same way, once, before its clock starts.
"""

from __future__ import annotations

import pygame

from game.core.fonts import BitmapFont
from game.ui.text import GOLD, INK, NAVY, TEXT, TEXT_DIM

WIDTH = 300


def draw_tutorial(surface: pygame.Surface, font: BitmapFont, title: str,
                  lines: list[str], footer: str) -> None:
    """A navy panel in the middle of the screen with a gold rule under the title."""
    wrapped = [part for line in lines for part in font.wrap(line, WIDTH - 24)]
    step = font.line_height + 2
    height = 34 + step * len(wrapped) + step
    x, y = (480 - WIDTH) // 2, (270 - height) // 2
    panel = pygame.Surface((WIDTH, height), pygame.SRCALPHA)
    panel.fill((*NAVY, 235))
    surface.blit(panel, (x, y))
    pygame.draw.rect(surface, GOLD, (x, y, WIDTH, height), 1)
    font.draw(surface, title, (x + 12, y + 8), GOLD, INK)
    pygame.draw.line(surface, GOLD, (x + 12, y + 10 + font.line_height),
                     (x + WIDTH - 12, y + 10 + font.line_height))
    ty = y + 16 + font.line_height
    for line in wrapped:
        font.draw(surface, line, (x + 12, ty), TEXT, INK)
        ty += step
    font.draw(surface, footer, (x + WIDTH - 12 - font.width(footer), ty + 2), TEXT_DIM, INK)


def binding_label(keys: dict[str, list[str]], action: str) -> str:
    """The first key bound to an action, as the player set it ('?' if none)."""
    names = keys.get(action) or []
    return names[0].upper() if names else "?"
