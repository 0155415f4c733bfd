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


def meters_rect(font: BitmapFont, meters: list[tuple[str, str]]) -> pygame.Rect:
    """The plate the meters take, top right (empty when there are none): the journal
    and the map title keep left of it."""
    if not meters:
        return pygame.Rect(480, 0, 0, 0)
    width = max((font.width(label) + font.width("10/10") + 12 for _, label in meters),
                default=110)
    height = len(meters) * (font.line_height + 14) + 4
    return pygame.Rect(480 - width - 16, 4, width + 12, height)


def draw_meters(surface: pygame.Surface, font: BitmapFont, frame: pygame.Surface,
                meters: list[tuple[str, str]], flags: FlagStore) -> None:
    """One bar per (flag, label), top right, with the value. One colour for all: a full
    bar is good news for trust and bad news for suspicion, and the label says which."""
    plate_rect = meters_rect(font, meters)
    y = 8
    width = plate_rect.width - 12
    x = plate_rect.x + 6
    height = plate_rect.height
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


JOURNAL_Y = 30  # under the map title's plate (y 10..27)


def journal_rect(font: BitmapFont, text: str, right: int) -> tuple[pygame.Rect, list[str]]:
    """The journal plate and its lines: wrapped so that it ends left of `right` (the
    meters), at most three lines."""
    label = "Next: "
    room = max(80, right - 4 - 20 - font.width(label))
    lines = font.wrap(text, room)[:3] or [""]
    width = font.width(label) + max(font.width(line) for line in lines) + 20
    height = 6 + len(lines) * font.line_height + 4
    return pygame.Rect(0, JOURNAL_Y, min(width, right - 4), height), lines


def draw_journal_toast(surface: pygame.Surface, font: BitmapFont, text: str, left: int,
                       total: int, right: int = 480) -> None:
    """'New goal' slides in under the map title for a few seconds after the journal changes
    (or stays, `left == total`, when the player keeps it on screen); it keeps left of
    `right`, where the meters begin."""
    alpha = 1.0 if left >= total else min(1.0, left / 30, (total - left) / 15 + 0.01)
    label = "Next: "
    rect, lines = journal_rect(font, text, right)
    plate = pygame.Surface(rect.size, pygame.SRCALPHA)
    plate.fill((28, 35, 64, round(210 * alpha)))
    surface.blit(plate, rect.topleft)
    gold = tuple(round(c * alpha) for c in GOLD)
    white = tuple(round(c * alpha) for c in TEXT)
    font.draw(surface, label, (10, rect.y + 3), gold, None)  # type: ignore[arg-type]
    for i, line in enumerate(lines):
        font.draw(surface, line, (10 + font.width(label), rect.y + 3 + i * font.line_height),
                  white, None)  # type: ignore[arg-type]
