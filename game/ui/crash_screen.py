"""The last screen after a bug: what happened in one sentence and where the report is.

A game started from a desktop icon has no console, so the one line ``main`` prints is
not enough: the window itself says that the game stopped and names the crash file to
send, and closes on any key. No traceback here either; that is in the file.
"""

from __future__ import annotations

import pygame

from game.core.display import Display
from game.core.fonts import BitmapFont
from game.ui.text import GOLD, INK, RED, TEXT

CLOSE_EVENTS = (pygame.QUIT, pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.CONTROLLERBUTTONDOWN)
MAX_WAIT_MS = 10 * 60 * 1000  # an unattended crash does not keep the window forever


def draw_crash_panel(surface: pygame.Surface, font: BitmapFont, message: str) -> None:
    """The panel: a title, the wrapped message (at most 12 lines) and how to close it."""
    surface.fill((26, 15, 31))
    lines = font.wrap(message, 400)[:12]
    height = 44 + len(lines) * font.line_height
    box = pygame.Rect(30, (surface.get_height() - height) // 2, 420, height)
    pygame.draw.rect(surface, (28, 35, 64), box)
    pygame.draw.rect(surface, RED, box, 1)
    font.draw(surface, "The game stopped", (box.x + 10, box.y + 8), GOLD, INK)
    for i, line in enumerate(lines):
        font.draw(surface, line, (box.x + 10, box.y + 24 + i * font.line_height), TEXT, INK)
    hint = "Press any key to close"
    font.draw(surface, hint, (box.right - font.width(hint) - 10, box.bottom - 14),
              (157, 152, 168), INK)


def show_crash_screen(display: Display, font: BitmapFont, message: str) -> None:
    """Show the panel until a key, a click, a button or the window's close; never raises."""
    try:
        draw_crash_panel(display.canvas, font, message)
        clock = pygame.time.Clock()
        waited = 0
        while waited < MAX_WAIT_MS:
            if any(event.type in CLOSE_EVENTS for event in pygame.event.get()):
                return
            display.present()
            waited += clock.tick(30)
    except Exception:  # the display itself may be what broke; the console line stands
        return
