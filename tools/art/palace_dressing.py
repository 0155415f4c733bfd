"""Palace dressing: what makes a room look lived in (used by `tools.art.tiles_palace`).

Light overlays (sun and moon shafts, drawn translucent on their own map layers so
they come and go with the hour), wall hangings, furniture groups, clutter and
the court seated on its benches. Same house rules as `palace_draw`: palette
names only, light from the upper left, `ink` outlines, seeded randomness.
"""

from __future__ import annotations

import random

import pygame

from tools.art.palace_draw import (
    BLUE,
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


# light ---------------------------------------------------------------------------
def shaft(s: Surf, rng: Rng, frame_no: int = 0, moon: bool = False) -> None:
    """2x2 translucent window light falling down-right; mullions cast thin shadows.

    Sun shafts are warm and strong; moon shafts cold and faint. Drawn over the floor
    on a layer bound to lighting modes, never baked into the floor tiles."""
    body, edge = ("glow", "sky") if moon else ("gold", "pale_gold")
    inner, rim = (110, 200) if moon else (104, 190)
    for y in range(32):
        x0, x1 = 3 + y // 2, 13 + y // 2
        fade = 1.0 if y < 20 else max(0.25, 1 - (y - 20) / 14)
        for x in range(x0, min(32, x1 + 1)):
            mullion = x == 8 + y // 2 or (y == 11 and 9 <= x <= 20)
            if mullion:
                continue
            if x in (x0, x1):
                px(s, x, y, edge, round(rim * fade))
            elif moon and (x + y) % 2 == 0:
                # the night tint darkens everything it multiplies: an ordered dither of
                # bright moon-white keeps the cold shaft readable under it
                px(s, x, y, "white", round(200 * fade))
            else:
                px(s, x, y, body, round(inner * fade))


# wall hangings --------------------------------------------------------------------
def tapestry(s: Surf, rng: Rng, frame_no: int = 0, cloth: str = "red") -> None:
    """A woven hanging (2x2) for a wall face: red with the crest, or blue with a
    landscape under the swollen sun."""
    w, h = s.get_size()
    ramp = RED[1:] if cloth == "red" else BLUE[2:]
    rect(s, 2, 1, w - 4, 2, "bronze")  # rod
    hline(s, 2, 1, w - 4, "gold")
    px(s, 1, 1, "gold")
    px(s, w - 2, 1, "gold")
    bevel(s, 4, 3, w - 8, h - 7, ramp[1], ramp[0], ramp[2])
    frame(s, 5, 4, w - 10, h - 9, "gold")
    for y in range(6, h - 6, 3):
        for x in range(7, w - 7, 3):
            if rng.random() < 0.5:
                px(s, x, y, ramp[2])
    if cloth == "red":
        sun_crest(s, w // 2, h // 2 - 1, 6, ramp[2])
    else:
        rect(s, 6, 9, w - 12, 10, "red_dark")  # a sky the colour of embers
        ball(s, w // 2 + 2, 13, 5, 5, ("ember", "red_light", "red", "red_dark"), None, False)
        for x in range(6, w - 6):
            top = 17 + round(2 * abs(((x * 7) % 11) / 11 - 0.5))
            rect(s, x, top, 1, 22 - top, "violet")
        hline(s, 6, 22, w - 12, "violet_dark")
    for x in range(5, w - 5, 2):  # fringe
        px(s, x, h - 4, "gold")
        px(s, x, h - 3, "bronze" if x % 4 else "gold")
    shadow(s, 4, h - 2, w - 8, 2, 60)


def painting(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A small gilt-framed picture (1x1): the red sun setting over the hills."""
    bevel(s, 1, 2, 14, 11, "gold", "pale_gold", "bronze")
    rect(s, 3, 4, 10, 7, "red_dark")
    rect(s, 3, 4, 10, 2, "blood")
    ball(s, 9, 8, 2.5, 2.5, ("ember", "red_light", "red"), None, False)
    rect(s, 3, 9, 10, 2, "violet")
    px(s, 4, 8, "violet")
    px(s, 5, 8, "violet")
    hline(s, 2, 13, 12, "violet_dark")


def wall_shelf(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A shelf on a wall's lower face (2x1): books, a jar, a little brass clock."""
    w, _h = s.get_size()
    rect(s, 1, 10, w - 2, 2, "bronze")
    hline(s, 1, 10, w - 2, "gold")
    hline(s, 1, 12, w - 2, "ink")
    px(s, 3, 13, "brown_dark")
    px(s, w - 4, 13, "brown_dark")
    x = 2
    for ramp in (RED, BLUE[2:], GREEN, RED[1:]):
        bh = rng.randrange(5, 8)
        rect(s, x, 10 - bh, 2, bh, ramp[1])
        vline(s, x, 10 - bh, bh, ramp[0])
        x += 2
    ball(s, 16, 7, 2.5, 3, ("glow", "sky", "blue_light", "blue"))
    ball(s, 24, 7, 3, 3, ("pale_gold", "gold", "orange", "bronze"))
    px(s, 24, 7, "ink")
    px(s, 25, 6, "ink")


# furniture -------------------------------------------------------------------------
def court_bench(s: Surf, ox: int, oy: int, end: str) -> None:
    """A carved wooden court bench seen from the front (1x1 slice): red velvet seat."""
    rect(s, ox, oy + 3, 16, 3, "brown")  # backrest
    hline(s, ox, oy + 3, 16, "bronze")
    hline(s, ox, oy + 2, 16, "ink")
    bevel(s, ox, oy + 6, 16, 5, "red", "red_light", "red_dark", None)
    hline(s, ox, oy + 6, 16, "ember")
    rect(s, ox, oy + 11, 16, 3, "brown_dark")
    hline(s, ox, oy + 11, 16, "brown")
    hline(s, ox, oy + 14, 16, "ink")
    for x in (4, 11):
        px(s, ox + x, oy + 8, "gold")
    if end == "l":
        rect(s, ox, oy + 1, 2, 15, "brown")
        vline(s, ox, oy + 1, 15, "ink")
        px(s, ox + 1, oy + 1, "gold")
    if end == "r":
        rect(s, ox + 14, oy + 1, 2, 15, "brown_dark")
        vline(s, ox + 15, oy + 1, 15, "ink")
        px(s, ox + 14, oy + 1, "gold")


COURTIERS = {  # robe ramp, hair, skin: three quite different people
    "a": (("sky", "blue_light", "blue", "blue_dark"), "brown_dark", "skin_light"),
    "b": (("mauve", "violet_light", "violet", "violet_dark"), "marble", "skin_mid"),
    "c": (("leaf", "green_light", "green", "green_dark"), "ink", "skin_dark"),
}


def courtier(s: Surf, rng: Rng, frame_no: int = 0, who: str = "a") -> None:
    """A courtier seated on a bench (1x2): head and shoulders over the bench tile."""
    robe, hair, skin = COURTIERS[who]
    court_bench(s, 0, 16, "")
    # body: shoulders above the seat, lap on it, hem hanging in front
    bevel(s, 4, 12, 8, 10, robe[1], robe[0], robe[2])
    rect(s, 3, 20, 10, 5, robe[2])
    hline(s, 3, 20, 10, robe[1])
    frame(s, 3, 20, 10, 6, "ink")
    rect(s, 4, 21, 8, 4, robe[2])
    hline(s, 4, 25, 8, robe[3])
    px(s, 7, 14, "gold")  # brooch
    # folded hands
    rect(s, 6, 19, 4, 2, skin)
    # head
    ball(s, 8, 8, 3.5, 4, ("skin_light", skin, skin, "skin_mid"), "ink", False)
    if who == "a":  # a neat dark cap of hair
        rect(s, 5, 3, 7, 3, hair)
        px(s, 5, 6, hair)
        px(s, 11, 6, hair)
    elif who == "b":  # grey hair piled high
        ball(s, 8, 3, 3.5, 2.5, ("white", "marble", "stone_light"), "ink", False)
        px(s, 5, 6, "marble")
        px(s, 11, 6, "marble")
    else:  # long black hair over the shoulders
        rect(s, 4, 4, 9, 3, hair)
        vline(s, 4, 4, 9, hair)
        vline(s, 12, 4, 9, hair)
    px(s, 7, 8, "ink")
    px(s, 9, 8, "ink")
    shadow(s, 2, 29, 12, 3, 70)


def wardrobe(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A tall painted wardrobe (2x2) with gold handles and a carved crest."""
    w, h = s.get_size()
    shadow(s, 1, h - 4, w - 2, 4, 80)
    bevel(s, 1, 0, w - 2, h - 3, "brown", "bronze", "brown_dark")
    hline(s, 2, 2, w - 4, "gold")
    vline(s, w // 2, 4, h - 9, "ink")
    for x0 in (3, w // 2 + 2):
        frame(s, x0, 5, w // 2 - 5, h - 12, "brown_dark")
        hline(s, x0 + 1, 6, w // 2 - 7, "bronze")
    px(s, w // 2 - 2, h // 2, "gold")
    px(s, w // 2 + 2, h // 2, "gold")
    sun_crest(s, w // 2, 4, 2, "brown")
    rect(s, 2, h - 3, 3, 2, "brown_dark")
    rect(s, w - 5, h - 3, 3, 2, "brown_dark")


def desk(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A writing desk (2x1): open book, inkpot and quill, a stack of letters."""
    w, h = s.get_size()
    shadow(s, 1, h - 3, w - 2, 3, 80)
    bevel(s, 0, 3, w, 9, "brown", "bronze", "brown_dark")
    rect(s, 1, 12, 2, 3, "brown_dark")
    rect(s, w - 3, 12, 2, 3, "brown_dark")
    rect(s, 4, 4, 10, 6, "white")  # open book
    vline(s, 9, 4, 6, "stone_light")
    for y in (5, 7):
        hline(s, 5, y, 3, "stone")
        hline(s, 10, y, 3, "stone")
    frame(s, 3, 3, 12, 8, "ink")
    ball(s, 19, 7, 2, 2, ("blue_light", "blue", "navy"))
    vline(s, 20, 1, 5, "white")
    px(s, 21, 0, "white")
    for i, y in enumerate((9, 7, 5)):
        rect(s, 24 - i, y, 6, 2, "marble" if i % 2 else "white")
        hline(s, 24 - i, y + 1, 6, "stone_light")


def chest(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A brass-bound chest at a bed's foot (1x1)."""
    shadow(s, 1, 12, 14, 4, 80)
    bevel(s, 1, 3, 14, 11, "brown", "bronze", "brown_dark")
    hline(s, 2, 7, 12, "ink")
    for x in (4, 11):
        vline(s, x, 4, 9, "gold")
    rect(s, 7, 7, 2, 3, "gold")
    px(s, 7, 8, "ink")


def candelabrum(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A standing gold candelabrum (1x2) with three candles."""
    shadow(s, 3, 27, 10, 5, 80)
    vline(s, 8, 8, 20, "gold")
    vline(s, 7, 9, 19, "pale_gold")
    rect(s, 5, 27, 6, 2, "bronze")
    frame(s, 4, 26, 8, 4, "ink")
    hline(s, 3, 9, 11, "gold")
    for x in (3, 8, 13):
        rect(s, x - 1, 4, 2, 5, "white")
        px(s, x - 1, 4, "marble")
        px(s, x, 2, "orange")
        px(s, x, 3, "pale_gold")
        px(s, x - 1, 3, "gold")


def side_table(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A small round table (1x1) with a lit candle and a cup of tea."""
    shadow(s, 2, 12, 12, 4, 80)
    rect(s, 7, 10, 2, 5, "brown_dark")
    ball(s, 8, 8, 7, 3.5, ("orange", "bronze", "brown", "brown_dark"), "ink", False)
    hline(s, 4, 6, 8, "orange")
    rect(s, 4, 2, 2, 6, "white")  # candle in a gold cup
    vline(s, 5, 3, 5, "marble")
    px(s, 4, 0, "orange")
    px(s, 4, 1, "pale_gold")
    hline(s, 3, 7, 4, "gold")
    rect(s, 9, 6, 3, 3, "white")  # tea cup on its saucer
    vline(s, 11, 6, 3, "marble")
    px(s, 12, 7, "white")
    hline(s, 8, 9, 5, "stone_light")
    hline(s, 9, 6, 3, "brown")


def tree_pot(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A potted Daxamite tree (1x2): round crown of rust-red leaves."""
    shadow(s, 2, 27, 12, 5, 80)
    ball(s, 8, 8, 7, 7, ("ember", "red_light", "red", "red_dark", "blood"), "ink", False)
    for _ in range(14):
        px(s, rng.randrange(3, 13), rng.randrange(3, 13), rng.choice(("orange", "red_dark")))
    vline(s, 8, 15, 7, "brown")
    vline(s, 7, 16, 5, "brown_dark")
    bevel(s, 4, 21, 8, 8, "blue", "blue_light", "blue_dark")
    hline(s, 4, 23, 8, "gold")


def big_rug(s: Surf, rng: Rng, frame_no: int = 0, ground: str = "red") -> None:
    """A large rug (4x3) for a furniture group to stand on: field, border, medallion."""
    w, h = s.get_size()
    ramp = RED[1:] if ground == "red" else BLUE[2:]
    rect(s, 1, 1, w - 2, h - 2, ramp[2])
    for y in range(3, h - 3):
        for x in range(3, w - 3):
            if (x * 3 + y * 5) % 9 == 0:
                px(s, x, y, ramp[1])
    frame(s, 1, 1, w - 2, h - 2, ramp[3])
    frame(s, 3, 3, w - 6, h - 6, "gold")
    frame(s, 5, 5, w - 10, h - 10, ramp[3])
    for x in range(6, w - 6, 4):
        px(s, x, 4, "pale_gold")
        px(s, x + 2, h - 5, "bronze")
    for y in range(6, h - 6, 4):
        px(s, 4, y, "pale_gold")
        px(s, w - 5, y + 2, "bronze")
    cx, cy = w // 2, h // 2
    for y in range(cy - 12, cy + 12):
        span = 22 - abs(y - cy + 0.5) * 1.8
        if span > 0:
            hline(s, round(cx - span), y, round(2 * span), ramp[1])
            px(s, round(cx - span), y, "gold")
            px(s, round(cx + span) - 1, y, "gold")
    sun_crest(s, cx, cy, 7, ramp[1])
    for x in range(2, w - 2, 2):
        px(s, x, 0, "white")
        px(s, x, h - 1, "marble")


def cushions(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """Floor cushions (1x1), two of them, tossed where people sit and talk."""
    ball(s, 6, 9, 5, 4, ("ember", "red_light", "red", "red_dark"), "ink", False)
    ball(s, 11, 11, 4, 3, ("pale_gold", "gold", "orange", "bronze"), "ink", False)
    px(s, 6, 9, "gold")


def scrolls(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A pile of rolled scrolls tied with red ribbon, left on the floor (1x1)."""
    shadow(s, 1, 11, 14, 5, 70)
    for x0, y0 in ((1, 9), (6, 9), (3, 5)):
        rect(s, x0, y0, 9, 4, "white")
        hline(s, x0, y0 + 3, 9, "marble")
        frame(s, x0 - 1, y0 - 1, 11, 6, "ink")
        vline(s, x0, y0, 4, "stone_light")
        px(s, x0 + 8, y0 + 1, "stone_light")
        vline(s, x0 + 4, y0, 4, "red")
    px(s, 7, 4, "red_light")


def dresser(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A dressing table with a round mirror (2x2): brushes, a jewel box, perfume."""
    w, h = s.get_size()
    ball(s, w // 2, 8, 7, 7, ("gold", "bronze", "brown"), "ink", False)
    ball(s, w // 2, 8, 5, 5, ("glow", "sky", "blue_light", "blue"), None, True)
    shadow(s, 1, h - 4, w - 2, 4, 80)
    bevel(s, 0, 15, w, 12, "brown", "bronze", "brown_dark")
    hline(s, 1, 16, w - 2, "gold")
    for x0 in (2, w // 2 + 1):
        frame(s, x0, 19, w // 2 - 3, 6, "brown_dark")
        px(s, x0 + w // 4 - 2, 21, "gold")
    ball(s, 6, 13, 2, 2, ("mauve", "violet_light", "violet"))
    rect(s, 22, 11, 5, 4, "red")
    hline(s, 22, 11, 5, "gold")
    rect(s, 27, 12, 2, 3, "green_light")
