"""The Kryptonian envoys' craft that lands on the palace runway in Act 7: a long white
and silver hull shaped like a drawn-out teardrop, blue light running along its seams,
a crystal fin, the round crest of Astra and Alura's house, and an open door whose
ramp comes down to the runway (where Rhea walks aboard).

One 9x6-tile block (144x96 px) that maps place as Props, tile by tile (as Lex's ship
is placed on the slums), so that people in front of it are drawn over it and the ramp
is walked on. Two frames: the seam lights pulse, the crest glows.
Writes tilesets/krypton_ship.png + .tsx; tile names are `krypton_ship_r<row>c<col>`.
"""

from __future__ import annotations

from pathlib import Path

from tools.art.outdoor_kit import Grid, Sheet, T, canvas, ellipse, line, outline, polygon, put, rect

W, H = 9 * T, 6 * T
DOOR = (98, 44, 118, 78)  # x0, y0, x1, y1: the door in the hull's side, over column 6
RAMP_TOP, RAMP_BOTTOM = 78, 96


def _hull(g: Grid) -> None:
    """The teardrop: a round prow to the west, tapering to a point to the east; the
    upper half catches the light (white), the belly is silver in shadow."""
    ellipse(g, 60, 50, 56, 26, "stone_light")
    polygon(g, [(60, 24), (118, 30), (142, 52), (118, 74), (60, 76)], "stone_light")
    ellipse(g, 58, 44, 50, 17, "marble")  # the lit back
    polygon(g, [(58, 27), (116, 32), (134, 48), (58, 48)], "marble")
    ellipse(g, 50, 38, 34, 8, "white")  # a long highlight
    polygon(g, [(8, 60), (118, 64), (136, 56), (118, 74), (60, 76), (18, 70)], "stone")  # belly
    line(g, 12, 52, 138, 52, "blue_light")  # the seam of light along the hull
    line(g, 20, 64, 120, 66, "blue")


def _fin_and_canopy(g: Grid, frame: int) -> None:
    """A crystal fin on the back and a dark canopy at the prow."""
    polygon(g, [(70, 26), (86, 2), (92, 4), (96, 30)], "sky")
    polygon(g, [(74, 26), (86, 6), (88, 28)], "glow" if frame else "blue_light")
    polygon(g, [(10, 40), (26, 30), (40, 30), (40, 46), (12, 48)], "blue_dark")
    polygon(g, [(16, 40), (26, 33), (34, 33), (34, 38)], "sky")
    line(g, 20, 38, 28, 34, "white")  # a glint on the canopy


def _crest(g: Grid, frame: int) -> None:
    """The house crest: a ring holding a diamond, lit from within."""
    ellipse(g, 66, 56, 8, 7, "blue_dark")
    ellipse(g, 66, 56, 6, 5, "blue" if frame == 0 else "blue_light")
    polygon(g, [(66, 51), (70, 56), (66, 61), (62, 56)], "glow" if frame else "sky")
    put(g, 66, 56, "white")


def _door_and_ramp(g: Grid) -> None:
    """The door stands open on white light; a silver ramp runs down to the runway."""
    dx0, dy0, dx1, dy1 = DOOR
    polygon(g, [(dx0, dy0 + 4), (dx0 + 4, dy0), (dx1 - 4, dy0), (dx1, dy0 + 4),
                (dx1, dy1), (dx0, dy1)], "blue_dark")
    polygon(g, [(dx0 + 2, dy0 + 5), (dx0 + 5, dy0 + 2), (dx1 - 5, dy0 + 2),
                (dx1 - 2, dy0 + 5), (dx1 - 2, dy1), (dx0 + 2, dy1)], "white")
    rect(g, dx0 + 4, dy1 - 8, dx1 - dx0 - 8, 8, "glow")  # light spilling out
    polygon(g, [(dx0 + 2, RAMP_TOP), (dx1 - 2, RAMP_TOP), (dx1 + 4, RAMP_BOTTOM - 1),
                (dx0 - 4, RAMP_BOTTOM - 1)], "marble")
    for y in range(RAMP_TOP + 3, RAMP_BOTTOM - 1, 4):  # light strips on the ramp
        line(g, dx0 + 1, y, dx1 - 1, y, "blue_light")
    line(g, dx0 + 2, RAMP_TOP, dx0 - 4, RAMP_BOTTOM - 1, "blue")
    line(g, dx1 - 3, RAMP_TOP, dx1 + 3, RAMP_BOTTOM - 1, "blue")


def _legs(g: Grid) -> None:
    """Two slim landing legs and their shadows on the runway."""
    for x in (30, 78):
        polygon(g, [(x, 70), (x + 6, 70), (x + 10, 90), (x - 2, 90)], "stone")
        rect(g, x - 4, 90, 16, 3, "stone_light")
        rect(g, x - 6, 93, 20, 2, "shadow")


def ship(frame: int) -> Grid:
    """The whole craft on a 144x96 canvas, outlined in ink."""
    g = canvas(W, H)
    _legs(g)
    _hull(g)
    _fin_and_canopy(g, frame)
    _crest(g, frame)
    for x in range(24, 132, 12):  # running lights along the seam
        put(g, x, 52, "glow" if (x // 12 + frame) % 2 else "white")
    _door_and_ramp(g)
    return outline(g)


def _solid(col: int, row: int) -> bool:
    """The hull blocks the way; the fin row (seen beyond), the door and ramp do not."""
    return 1 <= row <= 4 and not (col == 6 and row >= 3)


LIGHTS = {(6, 4): "26,glow", (4, 3): "12,sky"}


def build(root: Path) -> list[Path]:
    s = Sheet("krypton_ship", columns=18)
    s.add_anim_block("krypton_ship", [ship(0), ship(1)], 800, solid=_solid, light=LIGHTS)
    return s.save(root)
