"""The world's heads-up display: story meters and the 'what next' journal toast."""

from __future__ import annotations

import pygame

from game.dialogue import FlagStore
from game.ui.text import GOLD, INK, NAVY, RED, TEXT, BitmapFont

METER_MAX = 10


def draw_meters(surface: pygame.Surface, font: BitmapFont, meters: list[tuple[str, str]],
                flags: FlagStore) -> None:
    """One bar per (flag, label), top right; red when nearly full."""
    y = 8
    for flag, label in meters:
        value = max(0, min(METER_MAX, int(flags.get(flag))))
        width = 100
        x = 480 - width - 10
        font.draw(surface, label, (x, y), TEXT, INK)
        bar = pygame.Rect(x, y + font.line_height, width, 6)
        pygame.draw.rect(surface, INK, bar.inflate(2, 2))
        pygame.draw.rect(surface, NAVY, bar)
        fill = bar.copy()
        fill.width = round(width * value / METER_MAX)
        pygame.draw.rect(surface, RED if value >= 7 else GOLD, fill)
        y += font.line_height + 12


def draw_journal_toast(surface: pygame.Surface, font: BitmapFont, text: str, left: int,
                       total: int) -> None:
    """'New goal' slides in under the map title for a few seconds after the journal changes."""
    alpha = min(1.0, left / 30, (total - left) / 15 + 0.01)
    label = "Next: "
    width = font.width(label + text) + 20
    plate = pygame.Surface((width, 16), pygame.SRCALPHA)
    plate.fill((28, 35, 64, round(210 * alpha)))
    surface.blit(plate, (0, 30))
    gold = tuple(round(c * alpha) for c in GOLD)
    white = tuple(round(c * alpha) for c in TEXT)
    font.draw(surface, label, (10, 33), gold, None)  # type: ignore[arg-type]
    font.draw(surface, text, (10 + font.width(label), 33), white, None)  # type: ignore[arg-type]
