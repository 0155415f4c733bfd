"""Lex's landed Earth ship: a boxy grey-green hull with twin tail booms, a glazed nose,
portholes, the green stripe of his coat's lining and a ramp let down to the street.

One 12x6-tile block (192x96 px) that maps place as Props, tile by tile, so that people
in front of it are drawn over it and the ramp is walked on. Two frames: the running
lights (red to port at the tail, green at the nose tip) blink, the engines breathe.
Writes tilesets/lex_ship.png + .tsx; tile names are `lex_ship_r<row>c<col>`.
"""

from __future__ import annotations

from pathlib import Path

from tools.art.outdoor_kit import Grid, Sheet, T, canvas, line, outline, polygon, put, rect

W, H = 12 * T, 6 * T
BODY = (16, 16, 160, 80)  # x0, y0, x1, y1 of the hull box
DOOR = (66, 46, 94, 80)  # the open hatch in the side face
RAMP_TOP, RAMP_BOTTOM = 80, 96


def _hull(g: Grid) -> None:
    """The box: roof plates (lit from the upper left), the side face, the skirt."""
    x0, y0, x1, y1 = BODY
    rect(g, x0, y0, x1 - x0, 22, "stone_light")  # roof
    for x in range(x0 + 12, x1, 24):
        line(g, x, y0 + 1, x, y0 + 20, "stone")  # plate seams
    rect(g, x0, y0, x1 - x0, 2, "marble")
    rect(g, x0, y0 + 22, x1 - x0, 2, "marble")  # the roof's edge catches the light
    rect(g, x0, y0 + 24, x1 - x0, 40, "stone")  # side face
    for x in range(x0 + 8, x1, 16):
        line(g, x, y0 + 25, x, y1 - 18, "stone_dark")
    rect(g, x0, y0 + 30, x1 - x0, 3, "green")  # Lex's green stripe
    rect(g, x0, y0 + 30, x1 - x0, 1, "leaf")
    rect(g, x0, y1 - 16, x1 - x0, 16, "stone_dark")  # skirt in shadow
    rect(g, x0, y1 - 16, x1 - x0, 1, "stone")
    for x in range(x0 + 6, x1 - 4, 10):  # hazard chevrons along the skirt
        rect(g, x, y1 - 6, 5, 2, "gold")
    for x in range(x0 + 10, x1 - 8, 14):  # portholes, lit from inside
        if not DOOR[0] - 8 <= x <= DOOR[2]:
            rect(g, x, y0 + 37, 6, 5, "ink")
            rect(g, x + 1, y0 + 38, 4, 3, "pale_gold")
            put(g, x + 1, y0 + 38, "white")
    rect(g, x0 + 40, y0 + 4, 36, 12, "stone")  # a dorsal hatch and the antenna
    rect(g, x0 + 41, y0 + 5, 34, 10, "stone_dark")
    line(g, x0 + 100, y0 - 12, x0 + 100, y0 + 8, "stone_dark")
    put(g, x0 + 100, y0 - 13, "red_light")


def _booms(g: Grid, frame: int) -> None:
    """Twin tail booms to the west, each ending in a nozzle glowing Earth green."""
    for top in (26, 50):
        rect(g, 2, top, 16, 12, "stone")
        rect(g, 2, top, 16, 3, "stone_light")
        rect(g, 0, top + 2, 4, 8, "stone_dark")
        rect(g, 0, top + 4, 2, 4, "leaf" if frame == 0 else "green_light")
    put(g, 4, 26, "red_light" if frame == 0 else "red_dark")  # port running light


def _nose(g: Grid, frame: int) -> None:
    """The glazed nose to the east, tapering to a point over the street."""
    x1 = BODY[2]
    polygon(g, [(x1, 16), (x1 + 18, 30), (x1 + 30, 52), (x1 + 26, 70), (x1, 80)], "stone")
    polygon(g, [(x1, 16), (x1 + 18, 30), (x1 + 22, 40), (x1, 40)], "stone_light")
    polygon(g, [(x1 + 2, 26), (x1 + 16, 32), (x1 + 24, 46), (x1 + 4, 46)], "blue_dark")
    polygon(g, [(x1 + 4, 28), (x1 + 14, 33), (x1 + 18, 40), (x1 + 6, 40)], "sky")
    line(g, x1 + 6, 29, x1 + 12, 33, "glow")  # a glint on the canopy
    rect(g, x1, 46, 20, 3, "green")
    rect(g, x1, 64, 22, 16, "stone_dark")
    put(g, x1 + 29, 52, "leaf" if frame == 0 else "green_dark")  # starboard light


def _door_and_ramp(g: Grid) -> None:
    """The hatch stands open on a lit hold; the ramp runs down to the street."""
    dx0, dy0, dx1, dy1 = DOOR
    rect(g, dx0 - 2, dy0 - 2, dx1 - dx0 + 4, dy1 - dy0 + 2, "stone_dark")
    rect(g, dx0, dy0, dx1 - dx0, dy1 - dy0, "pale_gold")
    rect(g, dx0, dy0, dx1 - dx0, 4, "gold")
    rect(g, dx0 + 4, dy0 + 8, 6, 14, "sand")  # cargo racks inside
    rect(g, dx1 - 10, dy0 + 8, 6, 14, "sand")
    polygon(g, [(dx0, RAMP_TOP), (dx1, RAMP_TOP), (dx1 + 6, RAMP_BOTTOM),
                (dx0 - 6, RAMP_BOTTOM)], "stone_light")
    for y in range(RAMP_TOP + 2, RAMP_BOTTOM, 3):  # treads
        line(g, dx0 - (y - RAMP_TOP) * 6 // 14 + 2, y,
             dx1 + (y - RAMP_TOP) * 6 // 14 - 2, y, "stone")
    line(g, dx0, RAMP_TOP, dx0 - 6, RAMP_BOTTOM, "gold")
    line(g, dx1 - 1, RAMP_TOP, dx1 + 5, RAMP_BOTTOM, "gold")


def ship(frame: int) -> Grid:
    """The whole ship on a 192x96 canvas, outlined in ink."""
    g = canvas(W, H)
    _booms(g, frame)
    _hull(g)
    _nose(g, frame)
    _door_and_ramp(g)
    for x in (30, 140):  # landing struts' shadows on the ground
        rect(g, x, BODY[3], 10, 3, "shadow")
    return outline(g)


def _solid(col: int, row: int) -> bool:
    """The hull blocks the way; the roof row (seen beyond), the hatch and ramp do not."""
    return 1 <= row <= 4 and not (4 <= col <= 5 and row >= 3)


LIGHTS = {(0, 2): "20,leaf", (0, 3): "20,leaf", (5, 3): "40,pale_gold", (11, 3): "14,leaf"}


def build(root: Path) -> list[Path]:
    s = Sheet("lex_ship", columns=24)
    s.add_anim_block("lex_ship", [ship(0), ship(1)], 700, solid=_solid, light=LIGHTS)
    return s.save(root)
