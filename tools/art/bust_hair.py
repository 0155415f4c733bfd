"""Hair for the 64x64 portraits, one style per word of the cast sheet.

A style is a few numbers: how far the hair stands off the skull, the shape of
the hairline over the forehead (`fringe`), how long the locks beside the face
fall and how wide they are, the hair behind the shoulders, and an extra shape
(ponytail, bun, piled updo, braided crown, shaved side, scarf, helmet).
Shading follows the light from the upper left: a sheen arc, darker strands,
dark tips. Letters: hair I H h j; cloth K C c k for the scarf.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tools.art.bust_canvas import AXIS, EYE_Y, SIZE, TOP_Y, Canvas, HeadShape


@dataclass(frozen=True)
class Style:
    volume: int = 2  # px of hair standing off the skull
    fringe: str = "side"  # hairline: side, middle, swept, bangs, messy, crop, slick, receding
    lock_end: int = 0  # last row of the locks beside the face (0: none)
    lock_width: int = 3
    lock_in: int = 1  # px the locks fall over the face's edge
    back_end: int = 0  # last row of hair behind the shoulders (0: none)
    back_width: int = 0
    extra: str = ""  # ponytail, bun, updo, braid, undercut, scarf, helmet
    wavy: bool = False
    texture: str = "strands"  # strands, curls, dots


STYLES: dict[str, Style] = {
    "ponytail": Style(2, "swept", 38, 2, 1, extra="ponytail"),
    "long": Style(2, "side", 60, 4, 2, 60, 17),
    "waves": Style(3, "side", 58, 5, 2, 60, 19, wavy=True),
    "bob": Style(2, "bangs", 40, 4, 1, 41, 16),
    "chin": Style(2, "side", 39, 3, 1, 39, 15),
    "shoulder": Style(2, "middle", 50, 4, 2, 51, 17, wavy=True),
    "messy": Style(3, "messy", 29, 2, 1, extra="spikes"),
    "tousled": Style(3, "messy", 27, 2, 0),
    "crop": Style(1, "crop", texture="curls"),
    "crew": Style(0, "crop", texture="dots"),
    "short": Style(1, "side", 25, 2, 0),
    "slick": Style(1, "slick", 24, 1, 0, texture="combed"),
    "knot": Style(1, "middle", 26, 2, 1, extra="bun"),
    "updo": Style(2, "slick", 25, 2, 0, extra="updo", texture="curls"),
    "braid_crown": Style(1, "slick", 25, 2, 0, extra="braid", texture="combed"),
    "undercut": Style(2, "side", 27, 2, 0, extra="undercut"),
    "receding": Style(1, "receding", 25, 2, 0),
    "bald": Style(0, "none"),
    "scarf": Style(2, "none", extra="scarf"),
    "helmet": Style(0, "none", extra="helmet"),
}


def hairline(style: Style, dx: float, temple: float) -> float:
    """The lowest row the hair covers at offset dx from the axis (forehead shape)."""
    a = min(1.0, abs(dx) / max(temple, 1.0))
    kind = style.fringe
    if kind == "middle":
        return 14 + 11 * a ** 0.8
    if kind == "side":
        p = -4.5  # the parting, left of the axis
        tip = (1, 0, 2)[int(dx + 40) % 3]
        if dx < p:
            return 15 + (p - dx) * 1.3 + tip
        return 16 + (dx - p) * 0.55 + 3 * a ** 3 + tip
    if kind == "swept":
        return 18 + (dx + temple) / (2 * temple) * 6 - (1 if int(dx) % 3 == 0 else 0)
    if kind == "bangs":
        return 21 - (1 if int(dx + 40) % 4 == 0 else 0) + 3 * a ** 4
    if kind == "messy":
        return 17 + (3, 0, 5, 1, 4, 0, 2)[int(dx + 40) % 7] + 5 * a ** 3
    if kind == "crop":
        return 16 + 8 * a ** 2
    if kind == "slick":
        return 15 + 9 * a ** 2.2
    if kind == "receding":
        return 15 + 9 * a ** 1.5 if a > 0.55 else 12.0
    return -1.0


def back(cv: Canvas, style: Style, head: HeadShape) -> None:
    """Hair behind the head and shoulders, drawn before the body."""
    if style.extra == "ponytail":
        for y in range(20, 57):
            cx = 45 + (y - 20) * 0.15
            w = 3.0 if y < 48 else 3.0 - (y - 48) * 0.35
            for x in range(round(cx - w), round(cx + w)):
                ch = "h" if x > cx or (x + y // 3) % 3 == 0 else "H"
                cv.put(x, y, "I" if x < cx - 1.5 and y % 5 else ch)
        for x in range(43, 49):
            cv.put(x, 22, "A")  # the ribbon that ties it
        return
    if style.extra == "bun":
        _blob(cv, 32, TOP_Y - 4, 6, 4.5)
    if style.extra == "updo":
        _blob(cv, 32, TOP_Y - 3, 12, 8)
        _blob(cv, 32, TOP_Y - 8, 7, 5)
    if not style.back_end:
        return
    for y in range(EYE_Y - 6, style.back_end + 1):
        w = min(style.back_width, head.temple + style.volume + (y - EYE_Y + 6) * 0.4)
        if style.wavy:
            w += 1 if (y // 4) % 2 else 0
        for x in range(round(AXIS - w), round(AXIS + w)):
            tip = (x * 7) % 3
            if y > style.back_end - tip:
                continue
            cv.put(x, y, "j" if (x % 4 == 1 or x > AXIS + w - 3) else "h")


def _blob(cv: Canvas, cx: float, cy: float, rx: float, ry: float) -> None:
    for y in range(int(cy - ry), int(cy + ry) + 1):
        for x in range(int(cx - rx), int(cx + rx) + 1):
            d = ((x + 0.5 - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
            if d <= 1:
                ch = "I" if d < 0.5 and x < cx - 1 and y < cy else "H"
                if x > cx + rx * 0.5 or d > 0.8 or (x + 2 * y) % 5 == 0:
                    ch = "h"
                cv.put(x, y, ch)


def front(cv: Canvas, style: Style, head: HeadShape, streaks: str = "") -> None:
    """The hair over the skull, the fringe and the locks, drawn after the face."""
    if style.extra == "scarf":
        _scarf(cv, head)
        return
    if style.extra == "helmet":
        _helmet(cv, head)
        return
    if style.fringe == "none":
        _shine(cv, head)
        return
    cells: set[tuple[int, int]] = set()
    rx = head.temple + style.volume + 0.5
    cy = EYE_Y - 4
    ry = cy - TOP_Y + style.volume + 0.6
    for y in range(0, SIZE):
        for x in range(SIZE):
            dx = x + 0.5 - AXIS
            inside = (dx / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1 and y <= cy
            below = y > cy and abs(dx) <= rx and abs(dx) >= head.half_width(y) - 0.5
            if style.extra == "undercut" and dx < -4 and y > 15:
                continue
            if (inside or (below and y < cy + 3)) and y <= hairline(style, dx, head.temple):
                cells.add((x, y))
    if style.lock_end:
        for y in range(cy, style.lock_end + 1):
            face = head.half_width(min(y, head.chin_y)) if y <= head.chin_y else 0
            wob = 1 if style.wavy and (y // 4) % 2 else 0
            inner = max(face - style.lock_in, 4)
            outer = max(face, head.temple - 1) + style.lock_width + wob
            for x in range(round(AXIS - outer), round(AXIS - inner)):
                if y <= style.lock_end - (x % 3):
                    if style.extra != "undercut":
                        cells.add((x, y))
                    cells.add((SIZE - 1 - x, y))
    if style.extra == "spikes":
        for x, y in ((20, TOP_Y - 1), (25, TOP_Y - 3), (26, TOP_Y - 2), (33, TOP_Y - 3),
                     (38, TOP_Y - 2), (43, TOP_Y)):
            cells.update({(x, y), (x, y + 1), (x + 1, y + 1)})
    _shade(cv, cells, style, rx, ry, cy, streaks)
    if style.extra == "undercut":
        for y in range(16, EYE_Y - 1):
            x0, _ = head.span(y)
            for x in range(x0, x0 + 6):
                if (x + y) % 2 == 0:
                    cv.put(x, y, "h")
    if style.extra == "braid":
        _braid(cv, head)


def _shade(cv: Canvas, cells: set[tuple[int, int]], style: Style, rx: float, ry: float,
           cy: float, streaks: str) -> None:
    """Strands fanning from the crown, a broken sheen on the lit side, dark tips."""
    px = AXIS - 4.5 if style.fringe in ("side", "swept") else AXIS
    py = TOP_Y - 3
    for x, y in sorted(cells):
        dx = x + 0.5 - AXIS
        ch = "H"
        if y <= cy:
            angle = math.atan2(x + 0.5 - px, y - py)
            strand = int((angle + 4) * 11)
            r = math.hypot((x + 0.5 - px) / rx, (y - py) / ry)
            if 0.28 < r < 0.5 and dx < 3 and strand % 3:
                ch = "I"
            elif strand % 4 == 0:
                ch = "h"
            if dx > rx * 0.5:
                ch = "j" if strand % 4 == 0 else "h"
        else:  # locks: lit outer strands on the left, the side towards the face in shadow
            inner = (x + 1, y) not in cells if dx < 0 else (x - 1, y) not in cells
            outer = (x - 1, y) not in cells if dx < 0 else (x + 1, y) not in cells
            if (x + y // 5) % 3 == 0:
                ch = "h"
            if outer:
                ch = "I" if dx < 0 and y % 4 else "h"
            if inner:
                ch = "j" if dx > 0 else "h"
        if style.texture == "combed" and y <= cy:  # combed straight back, with a shine
            ch = "h" if (x + y // 2) % 3 == 0 else ("I" if dx < -2 and y < cy - 5 else "H")
            if dx > rx * 0.5:
                ch = "h" if (x + y // 2) % 3 else "j"
        curl = style.texture == "curls" and (x + (y % 2)) % 2 == 0 and ch != "I"
        if curl or (style.texture == "dots" and (x + y) % 3 == 0):
            ch = "h"
        if (x, y + 1) not in cells:
            ch = "j" if y > cy else "h"
        if style.fringe == "receding" and abs(dx) < 8 and y > TOP_Y - 1 and (x + y) % 2:
            continue  # thinning on top: the scalp shows through
        if streaks == "streaks" and x % 5 == 0 and ch in "Hh":
            ch = "8"
        if streaks == "streak" and -7 < dx < -4:
            ch = "5" if dx < -5.5 else "7"
        cv.put(x, y, ch)
    for x, y in cells:  # the hair's shadow on the forehead and cheeks
        if (x, y + 1) not in cells and cv.get(x, y + 1) == "S":
            cv.put(x, y + 1, "s")


def _shine(cv: Canvas, head: HeadShape) -> None:
    """A bald head catches the light."""
    for x, y in ((25, TOP_Y + 2), (26, TOP_Y + 1), (27, TOP_Y + 1), (24, TOP_Y + 3),
                 (28, TOP_Y + 1)):
        cv.put(x, y, "L")


def _braid(cv: Canvas, head: HeadShape) -> None:
    """A braid wound round the head like a crown, under the real one."""
    for x in range(round(AXIS - head.temple - 1), round(AXIS + head.temple + 1)):
        for y in (TOP_Y + 4, TOP_Y + 5, TOP_Y + 6):
            phase = (x + (y - TOP_Y) * 2) % 4
            cv.put(x, y, "IHhj"[phase] if y != TOP_Y + 6 else "j")


def _scarf(cv: Canvas, head: HeadShape) -> None:
    """A kerchief over the head, framing the face and knotted under the chin."""
    rx = head.temple + 2.5
    cy = EYE_Y - 4
    for y in range(TOP_Y - 2, head.chin_y + 1):
        for x in range(SIZE):
            dx = x + 0.5 - AXIS
            a = min(1.0, abs(dx) / rx)
            hem = 18 + 7 * a ** 2
            over = (dx / rx) ** 2 + ((y - cy) / (cy - TOP_Y + 2.5)) ** 2 <= 1 and y <= cy
            side = y > cy and head.half_width(y) - 1 <= abs(dx) <= head.half_width(y) + 3
            if (over and y <= hem) or side:
                fold = (x + 2 * y) % 7 == 0 or y == round(hem)
                cv.put(x, y, "c" if dx > 4 or fold else "C")
            elif over and y <= hem + 1 and abs(dx) < 8 and x % 3:
                cv.put(x, y, "H")  # white wisps under the hem
    for y in range(head.chin_y, head.chin_y + 4):  # the knot
        w = 3 - (y - head.chin_y) // 2
        for x in range(int(AXIS) - w, int(AXIS) + w):
            cv.put(x, y, "C" if x < AXIS else "c")


def _helmet(cv: Canvas, head: HeadShape) -> None:
    rx = head.temple + 2
    cy = EYE_Y - 4
    for y in range(TOP_Y - 3, EYE_Y + 8):
        for x in range(SIZE):
            dx = x + 0.5 - AXIS
            dome = (dx / rx) ** 2 + ((y - cy) / (cy - TOP_Y + 3.5)) ** 2 <= 1 and y <= cy - 3
            cheek = cy - 3 < y and head.half_width(y) - 1 <= abs(dx) <= rx
            if dome:
                ch = "7" if dx < -2 else ("8" if dx < 6 else "d")
                cv.put(x, y, "5" if (dx < -5 and y < TOP_Y + 3) else ch)
            elif cheek:
                cv.put(x, y, "8" if dx < 0 else "d")
    for x in range(round(AXIS - rx), round(AXIS + rx)):
        cv.put(x, cy - 3, "3")
        cv.put(x, cy - 2, "9")
    for y in range(TOP_Y - 7, TOP_Y + 1):
        for x in (30, 31, 32, 33):
            cv.put(x, y, "2" if x < 32 else "6")
