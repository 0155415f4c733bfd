"""Furniture of the palace tileset (used by `tools.art.tiles_palace`; rugs, plants
and hangings are in `tools.art.palace_decor`).

Each function draws one whole object on a transparent surface the size of its
block (w*16 x h*16); the tileset builder slices it into tiles. Signature:
`fn(s, rng, frame_no)`.
"""

from __future__ import annotations

import random

import pygame

from tools.art.palace_draw import (
    BLUE,
    GOLD,
    GREEN,
    RED,
    ball,
    bevel,
    frame,
    hline,
    px,
    rect,
    shadow,
    sun_crest,
    vline,
)

Surf = pygame.Surface
Rng = random.Random


def throne(s: Surf, rng: Rng, frame_no: int = 0, queen: bool = True) -> None:
    """The Queen's throne (2x3, red) or the King's (2x2, blue, lower back)."""
    w, h = s.get_size()
    cush = RED if queen else BLUE[1:]
    top = 1
    shadow(s, 3, h - 7, w - 4, 7, 90)
    back_bottom = h - 14
    # tall back: gold frame with a pointed crown top
    bx0, bx1 = 5, w - 6
    rect(s, bx0, top + 5, bx1 - bx0 + 1, back_bottom - top - 5, "ink")
    for i in range(5):  # crown points
        px(s, w // 2 - i, top + i, "ink")
        px(s, w // 2 - 1 + i, top + i, "ink")
        hline(s, w // 2 - i + 1, top + i, 2 * i - 2, "gold" if i > 1 else "pale_gold")
    bevel(s, bx0, top + 4, bx1 - bx0 + 1, back_bottom - top - 4, "gold", "pale_gold", "bronze")
    # cushion panel
    cx0, cy0 = bx0 + 3, top + 13 if queen else top + 9
    cw, ch = bx1 - bx0 - 5, back_bottom - cy0 - 1
    bevel(s, cx0, cy0, cw, ch, cush[2], cush[1], cush[3])
    for y in range(cy0 + 3, cy0 + ch - 2, 4):  # tufting
        for x in range(cx0 + 3, cx0 + cw - 2, 4):
            px(s, x, y, cush[3])
            px(s, x - 1, y - 1, cush[1])
    sun_crest(s, w // 2 - 1 if w % 2 == 0 else w // 2, top + (8 if queen else 6),
              4 if queen else 3, "navy" if queen else "blood")
    if not queen:
        sun_crest(s, w // 2, top + 6, 3, "blood")
    # finials
    for fx in (bx0 - 1, bx1 - 1):
        ball(s, fx + 1, top + 6, 2.2, 2.2, GOLD)
    # armrests and seat
    sy = back_bottom - 2
    bevel(s, 2, sy, 7, 11, "gold", "pale_gold", "bronze")
    bevel(s, w - 9, sy, 7, 11, "gold", "pale_gold", "bronze")
    ball(s, 5.5, sy + 1.5, 3, 2.5, GOLD)
    ball(s, w - 5.5, sy + 1.5, 3, 2.5, GOLD)
    bevel(s, 8, sy, w - 16, 8, cush[2], cush[1], cush[3])
    hline(s, 9, sy + 1, w - 18, cush[0])
    # front apron and feet
    bevel(s, 6, sy + 8, w - 12, 5, "gold", "pale_gold", "bronze")
    for x in range(8, w - 8, 3):
        px(s, x, sy + 10, "bronze")
    rect(s, 6, h - 3, 3, 2, "bronze")
    rect(s, w - 9, h - 3, 3, 2, "bronze")
    frame(s, 6, h - 4, 3, 3, "ink")
    frame(s, w - 9, h - 4, 3, 3, "ink")


def bed(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """Kara's big bed (2x3): carved headboard, pillows, red and gold coverlet."""
    w, h = s.get_size()
    shadow(s, 2, h - 5, w - 2, 5, 80)
    # headboard
    bevel(s, 1, 0, w - 2, 11, "brown", "bronze", "brown_dark")
    bevel(s, 4, 2, w - 8, 6, "red_dark", "red", "blood")
    sun_crest(s, w // 2, 5, 3, "blood")
    ball(s, 2.5, 2.5, 2.5, 2.5, GOLD)
    ball(s, w - 2.5, 2.5, 2.5, 2.5, GOLD)
    # mattress
    bevel(s, 2, 10, w - 4, h - 14, "white", "white", "marble")
    # pillows
    for cx in (w // 4 + 1.5, 3 * w // 4 - 1.5):
        ball(s, cx, 14.5, w / 4 - 2, 3.8, ("white", "white", "marble", "stone_light"),
             "violet_light")
        px(s, int(cx) - 2, 13, "white")
    # coverlet with the sheet folded back
    cy = 20
    bevel(s, 2, cy, w - 4, h - cy - 4, "red", "red_light", "red_dark")
    rect(s, 3, cy + 1, w - 6, 3, "white")
    hline(s, 3, cy + 4, w - 6, "stone_light")
    hline(s, 3, cy + 5, w - 6, "gold")
    hline(s, 3, cy + 6, w - 6, "bronze")
    for y in range(cy + 9, h - 6, 4):  # quilting
        for x in range(5 + (y // 4) % 2 * 2, w - 5, 4):
            px(s, x, y, "red_dark")
            px(s, x - 1, y - 1, "red_light")
    vline(s, 3, cy + 7, h - cy - 11, "red_light")
    vline(s, w - 4, cy + 1, h - cy - 5, "red_dark")
    hline(s, 3, h - 6, w - 6, "gold")
    for x in range(4, w - 4, 2):
        px(s, x, h - 5, "pale_gold")
    # footboard
    bevel(s, 1, h - 5, w - 2, 4, "brown", "bronze", "brown_dark")
    hline(s, 3, h - 4, w - 6, "gold")


def table(s: Surf, rng: Rng, frame_no: int = 0, cloth: bool = True) -> None:
    """A dark wood table; with `cloth`, a white tablecloth and a gold-edged runner."""
    w, h = s.get_size()
    shadow(s, 1, h - 6, w - 1, 6, 80)
    top_h = h - 9
    bevel(s, 0, 1, w, top_h, "brown", "bronze", "brown_dark")
    for y in range(3, top_h, 3):
        hline(s, 2 + (y * 5) % 7, y, 4, "brown_dark" if y % 2 else "bronze")
    bevel(s, 1, top_h, w - 2, 4, "brown_dark", "brown", "shadow")
    for x in (2, w - 4):
        frame(s, x - 1, top_h + 3, 4, 6, "ink")
        rect(s, x, top_h + 3, 2, 5, "brown_dark")
        px(s, x, top_h + 3, "brown")
    if not cloth:
        return
    # cloth over the top, hanging over the front edge in soft folds
    rect(s, 1, 2, w - 2, top_h + 1, "white")
    frame(s, 0, 1, w, top_h + 3, "ink")
    vline(s, w - 2, 2, top_h + 1, "marble")
    for x in range(1, w - 1):
        fold = x % 6
        c = "white" if fold in (1, 2) else "marble" if fold in (0, 3, 4) else "stone_light"
        rect(s, x, top_h - 1, 1, 4, c)
        px(s, x, top_h + 3, "ink" if fold != 2 else "marble")
        if fold == 2:
            px(s, x, top_h + 4, "ink")
    hline(s, 1, top_h - 2, w - 2, "stone_light")
    # runner down the middle
    rect(s, w // 2 - 4, 2, 8, top_h + 2, "red")
    vline(s, w // 2 - 4, 2, top_h + 2, "gold")
    vline(s, w // 2 + 3, 2, top_h + 2, "bronze")
    vline(s, w // 2 - 3, 2, top_h + 2, "red_light")
    rect(s, w // 2 - 4, top_h + 3, 8, 1, "gold")
    px(s, w // 2 - 1, top_h + 4, "gold")
    px(s, w // 2, top_h + 4, "bronze")
    # a candlestick
    rect(s, w // 2 - 1, 5, 2, 5, "white")
    px(s, w // 2 - 1, 4, "ember")
    px(s, w // 2 - 1, 3, "gold")
    ball(s, w / 2, 10.5, 2.5, 1.5, GOLD)


def round_table(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A small round side table with a white cloth and a bud vase."""
    shadow(s, 2, 11, 13, 5, 80)
    rect(s, 6, 10, 4, 5, "ink")
    rect(s, 7, 10, 2, 4, "brown")
    ball(s, 8, 7, 7, 5.5, ("white", "white", "marble", "stone_light", "violet_light"),
         gloss=False)
    for x in range(2, 15, 3):
        px(s, x, 11, "stone_light")
    rect(s, 9, 3, 3, 5, "ink")
    vline(s, 10, 3, 4, "sky")
    px(s, 10, 3, "glow")
    hline(s, 9, 8, 3, "ink")
    vline(s, 10, 1, 2, "green")
    px(s, 9, 0, "red_light")
    px(s, 10, 0, "red")
    px(s, 11, 1, "leaf")
    ball(s, 5.5, 7.5, 2, 1.3, ("ember", "red_light", "red"), "red_dark")


def chair(s: Surf, rng: Rng, frame_no: int = 0, facing: str = "down") -> None:
    """A red-cushioned chair; `facing` is where the sitter looks."""
    shadow(s, 3, 12, 11, 4, 80)
    if facing in ("down", "up"):
        seat_y = 6 if facing == "down" else 3
        bevel(s, 3, seat_y, 10, 7, "red", "red_light", "red_dark")
        for x in (3, 11):
            rect(s, x, seat_y + 7, 2, 3, "brown_dark")
            frame(s, x - 1, seat_y + 6, 4, 5, "ink")
            vline(s, x, seat_y + 7, 3, "brown")
        bevel(s, 3, seat_y + 6, 10, 2, "brown", "bronze", "brown_dark", None)
        if facing == "down":
            bevel(s, 3, 0, 10, 7, "brown", "bronze", "brown_dark")
            bevel(s, 5, 1, 6, 4, "red", "red_light", "red_dark", None)
            px(s, 7, 0, "gold")
            px(s, 8, 0, "gold")
        else:
            bevel(s, 3, 10, 10, 4, "brown", "bronze", "brown_dark")
            hline(s, 5, 11, 6, "gold")
    else:
        left = facing == "left"
        bevel(s, 3, 5, 10, 7, "red", "red_light", "red_dark")
        bx = 11 if left else 2
        bevel(s, bx, 0, 3, 13, "brown", "bronze", "brown_dark")
        px(s, bx + 1, 1, "gold")
        for x in (4, 10):
            vline(s, x, 12, 3, "brown_dark")
            px(s, x, 14, "ink")


def couch(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A red velvet couch (3x2) with gold piping and a cushion pair."""
    w, h = s.get_size()
    shadow(s, 2, h - 6, w - 2, 6, 80)
    bevel(s, 2, 1, w - 4, 13, "red", "red_light", "red_dark")
    for x in range(6, w - 5, 6):  # button tufts
        for y in (4, 9):
            px(s, x, y, "gold")
            px(s, x + 1, y + 1, "red_dark")
    hline(s, 3, 1, w - 6, "gold")
    bevel(s, 6, 13, w - 12, 12, "red", "red_light", "red_dark")
    vline(s, w // 2, 14, 10, "red_dark")
    vline(s, w // 2 + 1, 14, 10, "red_light")
    for x in (0, w - 7):  # arms
        bevel(s, x, 9, 7, 17, "red", "red_light", "red_dark")
        hline(s, x + 1, 10, 5, "gold")
        ball(s, x + 3.5, 11, 3, 2.5, RED[:4])
    # cushions
    ball(s, 11, 16, 4, 3, ("pale_gold", "gold", "bronze"))
    ball(s, w - 11, 16, 4, 3, ("sky", "blue_light", "blue", "blue_dark"))
    bevel(s, 2, 25, w - 4, 4, "red_dark", "red", "blood")
    hline(s, 3, 25, w - 6, "gold")
    for x in (3, w - 5):
        rect(s, x, 29, 2, 2, "bronze")
        frame(s, x - 1, 28, 4, 4, "ink")
        rect(s, x, 29, 2, 2, "gold")


def bookshelf(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A tall bookshelf (2x2) against the wall: four shelves of books and a globe."""
    w, h = s.get_size()
    bevel(s, 0, 0, w, h, "brown", "bronze", "brown_dark")
    hline(s, 1, 1, w - 2, "gold")
    colours = (RED, BLUE[2:], GREEN, ("pale_gold", "gold", "bronze"),
               ("mauve", "violet_light", "violet"), ("marble", "stone_light", "stone"))
    for shelf in range(4):
        y0 = 3 + shelf * 7
        rect(s, 2, y0, w - 4, 6, "shadow")
        hline(s, 2, y0 + 6, w - 4, "bronze")
        x = 2
        while x < w - 3:
            if shelf == 2 and 18 <= x <= 25:
                ball(s, 22, y0 + 3, 3, 3, BLUE[1:])
                px(s, 21, y0 + 2, "leaf")
                px(s, 22, y0 + 3, "green_light")
                x = 26
                continue
            bw = rng.choice((2, 2, 3))
            bh = rng.randrange(4, 7)
            ramp = rng.choice(colours)
            if rng.random() < 0.12:  # a leaning book
                for k in range(bh):
                    px(s, x + k // 2, y0 + 6 - bh + k, ramp[1])
                x += 3
                continue
            rect(s, x, y0 + 6 - bh, bw, bh, ramp[1])
            vline(s, x, y0 + 6 - bh, bh, ramp[0])
            px(s, x + bw - 1, y0 + 5, ramp[-1])
            if bh > 4:
                px(s, x + (bw > 2), y0 + 7 - bh + 1, "gold")
            x += bw
    vline(s, 1, 2, h - 3, "bronze")
