"""The world's heads-up display: story meters and the 'what next' journal toast."""

from __future__ import annotations

import pygame

from game.dialogue import FlagStore
from game.ui.text import GOLD, INK, NAVY, TEXT, BitmapFont

METER_MAX = 10


def bar(surface: pygame.Surface, frame: pygame.Surface, x: int, y: int, width: int,
        fraction: float, colour: tuple[int, int, int]) -> None:
    """A framed bar (assets/ui/bar_frame.png: 4 px caps, fill area x 3..w-4, y 2..5)."""
    h = frame.get_height()
    surface.blit(frame, (x, y), (0, 0, 4, h))
    middle = frame.subsurface((4, 0, frame.get_width() - 8, h))
    surface.blit(pygame.transform.scale(middle, (width - 8, h)), (x + 4, y))
    surface.blit(frame, (x + width - 4, y), (frame.get_width() - 4, 0, 4, h))
    inner = pygame.Rect(x + 3, y + 3, width - 6, h - 6)
    pygame.draw.rect(surface, NAVY, inner)
    filled = round(inner.width * max(0.0, min(1.0, fraction)))
    if filled:
        pygame.draw.rect(surface, colour, (inner.x, inner.y, filled, inner.height))


def draw_meters(surface: pygame.Surface, font: BitmapFont, frame: pygame.Surface,
                meters: list[tuple[str, str]], flags: FlagStore) -> None:
    """One bar per (flag, label), top right, with the value. One colour for all: a full
    bar is good news for trust and bad news for suspicion, and the label says which."""
    y = 8
    width = max((font.width(label) + font.width("10/10") + 12 for _, label in meters),
                default=110)
    x = 480 - width - 10
    height = len(meters) * (font.line_height + 14) + 4
    plate = pygame.Surface((width + 12, height), pygame.SRCALPHA)
    plate.fill((*NAVY, 170))
    surface.blit(plate, (x - 6, y - 4))
    for flag, label in meters:
        value = max(0, min(METER_MAX, int(flags.get(flag))))
        font.draw(surface, label, (x, y), TEXT, INK)
        number = f"{value}/{METER_MAX}"
        font.draw(surface, number, (x + width - font.width(number), y), GOLD, INK)
        bar(surface, frame, x, y + font.line_height + 1, width, value / METER_MAX, GOLD)
        y += font.line_height + 14


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
