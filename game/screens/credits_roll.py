"""The text of the credits: rows laid out once into blocks, drawn at a scroll offset.

Cast rows go two to a line, each with the character's portrait (the still,
neutral frame of the sheet the dialogue box uses, at its own size so the pixels
stay crisp) beside the name and the part; music rows show the title the player
hears. Everything comes from `Credits.rows`; nothing here knows a name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game.content_credits import CreditRow
from game.core.fonts import BitmapFont
from game.ui.dialogue_box import PORTRAIT_BACK, PORTRAIT_RIM
from game.ui.text import GOLD, INK, PALE_GOLD, TEXT, TEXT_DIM

LINE = 16
PORTRAIT = 64
CAST_H = PORTRAIT + 10  # one line of two cast entries
COLUMNS = (56, 256)  # left edge of each cast entry: the pair sits in the screen's middle
SCREEN_W, SCREEN_H = 480, 270


@dataclass(frozen=True)
class Block:
    """Rows drawn together at `y` (from the top of the roll): one text row, or a
    line of up to two cast entries."""

    y: int
    height: int
    rows: tuple[CreditRow, ...]


def layout(rows: Sequence[CreditRow], logo_height: int = 0) -> list[Block]:
    """Blocks from top to bottom; consecutive cast rows pair up."""
    blocks: list[Block] = []
    y = 0
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.kind == "cast":
            pair = tuple(rows[i:i + 2]) if i + 1 < len(rows) and rows[i + 1].kind == "cast" \
                else (row,)
            blocks.append(Block(y, CAST_H, pair))
            y += CAST_H
            i += len(pair)
            continue
        height = logo_height + LINE if row.kind == "logo" else LINE * (
            2 if row.kind == "title" else 1)
        blocks.append(Block(y, height, (row,)))
        y += height
        i += 1
    return blocks


def roll_height(blocks: Sequence[Block]) -> int:
    return blocks[-1].y + blocks[-1].height if blocks else 0


def draw_roll(surface: pygame.Surface, blocks: Sequence[Block], top: float,
              small: BitmapFont, large: BitmapFont,
              portrait: Callable[[str], pygame.Surface | None],
              logo: pygame.Surface | None = None) -> set[str]:
    """Draw the blocks with the roll's top at screen y `top`; returns who was drawn
    with a face (the tests' way of seeing the portraits)."""
    faces: set[str] = set()
    for block in blocks:
        y = round(top + block.y)
        if y > SCREEN_H or y + block.height < 0:
            continue
        first = block.rows[0]
        if first.kind == "cast":
            columns = COLUMNS if len(block.rows) > 1 else (sum(COLUMNS) // 2,)  # one: centred
            for row, x in zip(block.rows, columns, strict=False):
                if _cast_entry(surface, row, x, y, small, portrait):
                    faces.add(row.who)
        elif first.kind == "logo" and logo is not None:
            surface.blit(logo, ((SCREEN_W - logo.get_width()) // 2, y))
        elif first.text:
            font = large if first.kind == "title" else small
            colour = {"title": GOLD, "head": GOLD, "track": PALE_GOLD}.get(first.kind, TEXT)
            font.draw(surface, first.text, ((SCREEN_W - font.width(first.text)) // 2, y),
                      colour, INK)
    return faces


def _cast_entry(surface: pygame.Surface, row: CreditRow, x: int, y: int, font: BitmapFont,
                portrait: Callable[[str], pygame.Surface | None]) -> bool:
    face = portrait(row.who)
    well = pygame.Rect(x - 1, y + 3, PORTRAIT + 2, PORTRAIT + 2)
    surface.fill(PORTRAIT_RIM, well)
    surface.fill(PORTRAIT_BACK, well.inflate(-2, -2))
    if face is not None:
        surface.blit(face, (x, y + 4))
    tx = x + PORTRAIT + 8
    font.draw(surface, row.text, (tx, y + 22), PALE_GOLD, INK)
    font.draw(surface, row.role, (tx, y + 22 + font.line_height + 2), TEXT_DIM, INK)
    return face is not None
