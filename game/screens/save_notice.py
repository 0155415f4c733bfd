"""The one line that tells the player saving is off, on the title and the pause menu.

A read-only, full or missing user folder must not stop the game, but the player has to
know before they trust a save that never happened (the reason, never a traceback).
"""

from __future__ import annotations

import pygame

from game.ui.text import INK, RED, BitmapFont

NOTICE_Y = 4


def save_notice(problem: str | None) -> str:
    """The text of the line, or "" when saving works."""
    return f"Saving is off: {problem}. Your existing saves are kept." if problem else ""


def draw_save_notice(surface: pygame.Surface, font: BitmapFont, problem: str | None) -> None:
    """Draw the notice centred at the top of the screen, cut to fit if it must be."""
    text = save_notice(problem)
    if not text:
        return
    limit = surface.get_width() - 8
    while len(text) > 1 and font.width(text) > limit:
        text = text[:-2] + "…"
    font.draw(surface, text, ((surface.get_width() - font.width(text)) // 2, NOTICE_Y), RED, INK)
