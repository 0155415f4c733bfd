"""Faces for the 64x64 portraits: skin, eyes, brows, nose, mouth, age and facial hair.

Each feature is drawn from the cast sheet's words (face shape, nose, eye shape,
brows, mouth, marks) and one expression's numbers from
`assets/data/expressions.json` (how open the eyes are, where the brows go, how
the mouth curves and opens), so no two of the cast share a face and a new
expression is data. Letters: skin L S s x, hair I H h j, eye white W, iris e/o,
pupil E, mouth R, tongue X, lips r, blush Y.
"""

from __future__ import annotations

from dataclasses import dataclass

from tools.art.bust_canvas import AXIS, EYE_Y, SIZE, Canvas, HeadShape

# eye shape -> (width, upper lid height, lower lid height, outer corner lift)
EYES: dict[str, tuple[int, float, float, float]] = {
    "round": (7, 2.6, 1.6, 0.0),
    "almond": (7, 2.2, 1.2, 1.4),
    "narrow": (7, 1.7, 1.1, 0.4),
    "wide": (8, 2.8, 1.6, 0.0),
    "heavy": (7, 1.8, 1.3, -0.6),
    "gentle": (7, 2.2, 1.3, -1.2),
}
# brow style -> (thickness, arch, extra length)
BROWS: dict[str, tuple[int, float, int]] = {
    "soft": (1, 1.0, 0), "thin": (1, 0.6, 0), "arched": (1, 2.0, 1),
    "straight": (2, 0.0, 0), "thick": (2, 1.0, 1), "bushy": (3, 1.0, 2), "none": (0, 0, 0),
}
# nose style -> rows from the bridge down, anchored at x 28 (axis between columns 3 and 4)
NOSES: dict[str, list[str]] = {
    "button": ["....s...", "...Ls...", "..x.sx..", "...ss..."],
    "small": ["....s...", "....s...", "...xsx.."],
    "round": ["....s...", "....s...", "...LSs..", "..xLSsx.", "...sss.."],
    "straight": ["....s...", "....s...", "....s...", "....s...", "...Ls...", "..x.sx..",
                 "...ss..."],
    "sharp": ["....s...", "....s...", "....s...", "....s...", "...Lss..", "...x.s..",
              "....x..."],
    "aquiline": ["....s...", ".....s..", ".....s..", "....Ls..", "....Ls..", "...x.ss.",
                 "....ss.."],
    "long": ["....s...", "....s...", "....s...", "....s...", "....s...", "...Ls...",
             "..x.sx..", "...ss..."],
    "broad": ["....s...", "....s...", "....s...", "...Ls...", ".sL..ss.", ".x.sss.x"],
}
MOUTH_HALF = {"small": 3, "medium": 4, "wide": 5, "thin": 4, "full": 4}


@dataclass(frozen=True)
class Look:
    """One expression's face numbers (see `assets/data/expressions.json`)."""

    eyes: float = 1.0  # openness: 0 smiling-shut, 1 open, >1 wide
    lid: int = 0  # + lowers the inner upper lid (anger), - the outer (sorrow)
    gaze: int = 0  # + looks down
    brow_lift: int = 0
    brow_tilt: int = 0  # + raises the inner ends
    mouth_curve: int = 0  # + smile
    mouth_open: int = 0
    teeth: bool = False
    blush: bool = False
    glasses_lift: int = 0  # px a nervous wearer pushes their glasses up
    blink: bool = False


@dataclass(frozen=True)
class FaceSpec:
    head: HeadShape
    eye_shape: str
    brows: str
    nose: str
    mouth: str
    lashes: bool
    marks: frozenset[str]
    age: int

    @property
    def nose_top(self) -> int:
        return EYE_Y + 2

    @property
    def nose_bottom(self) -> int:
        return self.nose_top + len(NOSES[self.nose]) - 1

    @property
    def mouth_y(self) -> int:
        return min(self.head.chin_y - 5, self.nose_bottom + 4)


def skin(cv: Canvas, face: FaceSpec) -> None:
    """Head, ears and neck, lit from the upper left."""
    head = face.head
    neck = 5 if head.jaw < 11 else (7 if head.jaw >= 13 else 6)
    for y in range(head.chin_y - 6, SIZE):
        for x in range(int(AXIS) - neck, int(AXIS) + neck):
            shade = x >= AXIS + neck - 2 or y <= head.chin_y + 1
            cv.put(x, y, "s" if shade else "S")
    for y in range(0, head.chin_y + 1):
        x0, x1 = head.span(y)
        for x in range(x0, x1 + 1):
            ch = "S"
            if x >= x1 - 1 or y >= head.chin_y - 1 or (y >= head.jaw_y and x >= x1 - 3):
                ch = "s"
            cv.put(x, y, ch)
    for y in range(EYE_Y - 1, EYE_Y + 6):  # ears
        x0, x1 = head.span(y)
        out = 2 if EYE_Y <= y <= EYE_Y + 3 else 1
        for i in range(1, out + 1):
            cv.put(x0 - i, y, "S" if i == 1 else "s")
            cv.put(x1 + i, y, "s" if i == 1 else "x")
    x0, _ = head.span(EYE_Y + 3)
    cv.put(x0 + 2, EYE_Y + 3, "L")
    cv.put(x0 + 3, EYE_Y + 3, "L")
    for y in range(EYE_Y - 2, head.chin_y - 1):  # the shaded side of the face
        _, x1 = head.span(y)
        cv.put(x1 - 2, y, "s")
    if "cheekbones" in face.marks:  # a soft hollow under high cheekbones
        x0, _ = head.span(EYE_Y + 6)
        cv.put2(x0 + 2, EYE_Y + 6, "s")
        cv.put2(x0 + 3, EYE_Y + 7, "s")


def eyes(cv: Canvas, face: FaceSpec, look: Look) -> None:
    width, up, low, lift = EYES[face.eye_shape]
    if face.age < 14:
        up += 0.5
    gap = 4 if face.head.cheek < 14 else 5
    left = int(AXIS) - gap - width  # outer corner of the left eye
    for mirror in (False, True):
        _eye(cv, face, look, left, width, up, low, lift, mirror)


def _eye(cv: Canvas, face: FaceSpec, look: Look, left: int, width: int, up: float,
         low: float, lift: float, mirror: bool) -> None:
    def put(lx: int, y: int, ch: str) -> None:
        x = left + lx
        cv.put(SIZE - 1 - x if mirror else x, y, ch)

    half = (width - 1) / 2
    if look.blink or look.eyes <= 0.05:
        closed_up = look.eyes <= 0.05 and not look.blink  # a smile closes eyes upward
        for lx in range(width):
            t = (lx - half) / half
            bend = round(1.3 * (1 - t * t))
            y = EYE_Y - bend if closed_up else EYE_Y + bend - 1
            put(lx, y, "0")
            if closed_up:
                put(lx, y + 2, "s" if abs(t) < 0.8 else ".")
        if face.lashes:
            put(-1, EYE_Y - (1 if closed_up else 0), "0")
        return
    for lx in range(width):
        t = (lx - half) / half  # -1 outer corner, +1 inner
        f = max(0.0, 1 - t * t) ** 0.6
        tilt = -lift * (-t) / 2
        cut = look.lid * max(0.0, t) if look.lid > 0 else -look.lid * max(0.0, -t)
        top = round(EYE_Y - up * look.eyes * f + tilt + cut * 0.7)
        bottom = round(EYE_Y + low * f + tilt * 0.5)
        if bottom <= top:
            bottom = top + 1
        put(lx, top, "0")
        if face.lashes and lx < width // 2:
            put(lx, top - 1, "0")
        for y in range(top + 1, bottom):
            put(lx, y, _eye_pixel(lx - half, y - (EYE_Y + look.gaze * 0.6), look))
        put(lx, bottom, "x" if bottom - top > 1 else "0")
    if face.lashes:
        put(-1, round(EYE_Y - up * look.eyes * 0.3 - lift / 2) - 1, "0")
    if face.eye_shape == "heavy" or face.age >= 50:  # the crease of an older lid
        for lx in range(1, width - 1):
            put(lx, round(EYE_Y - up * look.eyes) - 2, "s")
    if face.age >= 45:
        put(-2, EYE_Y, "s")
        put(-2, EYE_Y + 2, "s")
    if face.age >= 55:
        for lx in range(1, width - 2):
            put(lx, EYE_Y + round(low) + 2, "s")


def _eye_pixel(dx: float, dy: float, look: Look) -> str:
    radius = 1.6 if look.eyes <= 1.2 else 1.3  # wide eyes show white around a smaller iris
    if dx * dx + dy * dy > radius * radius + 0.6:
        return "W" if dx < 0 else "w"
    if -1.2 < dx < 0 and -1.2 < dy < 0:
        return "W" if (dx, dy) == (-0.5, -0.5) else "E"
    if abs(dx) < 0.8 and abs(dy) < 0.8:
        return "E"
    return "o" if dy > 0.4 else "e"


def brows(cv: Canvas, face: FaceSpec, look: Look, colour: str) -> None:
    thick, arch, extra = BROWS[face.brows]
    if not thick:
        return
    width, up, _, lift = EYES[face.eye_shape]
    gap = 4 if face.head.cheek < 14 else 5
    left = int(AXIS) - gap - width - 1 - extra // 2
    length = width + 1 + extra
    base = EYE_Y - round(up) - 3 - look.brow_lift
    for side in (0, 1):
        raise_one = 1 if side == 1 and "raised_brow" in face.marks else 0
        for i in range(length):
            t = i / (length - 1)  # 0 outer, 1 inner
            y = round(base - raise_one - arch * (1 - (2 * t - 0.8) ** 2) - look.brow_tilt * t
                      - lift * (1 - t) * 0.4)
            x = left + i
            rows = thick if 0.2 < t < 0.95 else max(1, thick - 1)
            for r in range(rows):
                ch = colour if r < 2 else "h"
                if side:
                    cv.put(SIZE - 1 - x, y + r, ch)
                else:
                    cv.put(x, y + r, ch)
    if "scar_brow" in face.marks:
        for y in range(base - 3, EYE_Y - 2):
            cv.put(left + 3, y, "L")
            cv.put(left + 4, y + 1, "x")


def nose(cv: Canvas, face: FaceSpec) -> None:
    cv.grid(NOSES[face.nose], 28, face.nose_top)


def mouth(cv: Canvas, face: FaceSpec, look: Look, talking: bool) -> None:
    half = MOUTH_HALF[face.mouth]
    if face.age >= 65:
        half -= 1
    my = face.mouth_y
    resting = 1 if "smile" in face.marks else (-1 if "frown" in face.marks else 0)
    base = max(-3, min(3, look.mouth_curve + resting))
    opening = look.mouth_open
    if talking:
        opening = opening + 2 if opening <= 1 else opening - 2
    lips = "r"
    for x in range(int(AXIS) - half, int(AXIS) + half):
        dx = abs(x + 0.5 - AXIS) / half
        curve = base + (1 if "smirk" in face.marks and x > AXIS else 0)  # one corner up
        y = my - round(curve * dx * dx) + (1 if curve < 0 and dx > 0.6 else 0)
        depth = round(opening * max(0.0, 1 - dx * dx) ** 0.5)
        if depth <= 0:
            cv.put(x, y, lips if face.mouth != "thin" or dx < 0.9 else "x")
            continue
        for r in range(depth + 1):
            ch = "R"
            if r == 0 and look.teeth:
                ch = "W"
            elif r == depth and depth >= 3:
                ch = "X"
            cv.put(x, y + r, ch)
        cv.put(x, y - 1, lips if dx < 0.8 else "x")
    lip_y = my + max(1, opening) + 1
    if face.mouth in ("full", "medium", "wide") or "lipstick" in face.marks:
        for x in range(int(AXIS) - half + 2, int(AXIS) + half - 2):
            cv.put(x, lip_y, "r" if "lipstick" in face.marks else "s")
    if "dimples" in face.marks and base > 0:
        cv.put2(int(AXIS) - half - 2, my - 1, "x")
    if face.age >= 40 or "lines" in face.marks:  # lines from nose to mouth
        for i in range(3):
            cv.put2(int(AXIS) - half - 1 - (1 if i < 2 else 0), face.nose_bottom + i, "s", "x")
    if look.blush:
        blush(cv, face)


def blush(cv: Canvas, face: FaceSpec) -> None:
    x0, _ = face.head.span(EYE_Y + 4)
    for dx in (3, 4, 5):
        cv.put2(x0 + dx, EYE_Y + 4, "Y")


def marks(cv: Canvas, face: FaceSpec, look: Look) -> None:
    """Freckles, beauty marks, stubble, beards, moustaches and sideburns."""
    head, my = face.head, face.mouth_y
    half = MOUTH_HALF[face.mouth]
    if "freckles" in face.marks:
        for x, y in ((24, 31), (26, 32), (23, 33), (27, 30)):
            cv.put2(x, y, "s")
    if "beauty_mark" in face.marks:
        cv.put(int(AXIS) + half + 2, my - 2, "j")
    if "stubble" in face.marks:  # a shadow of beard along the jaw, dithered
        for y in range(my - 2, head.chin_y + 1):
            x0, x1 = head.span(y)
            for x in range(x0 + 1, x1):
                low = y >= my + 2 or abs(x + 0.5 - AXIS) > half + 2
                if low and (x + y) % 2 == 0 and cv.get(x, y) in "Ss":
                    cv.put(x, y, "s" if cv.get(x, y) == "S" else "x")
    if "sideburns" in face.marks:
        for y in range(EYE_Y - 3, my + 1):
            x0, x1 = head.span(y)
            w = 3 if y < my - 2 else 4
            for i in range(w):
                cv.put(x0 + i, y, "H" if i < w - 1 else "h")
                cv.put(x1 - i, y, "h")
    beard = "full_beard" if "full_beard" in face.marks else (
        "short_beard" if "short_beard" in face.marks else None)
    if beard:
        drop = 6 if beard == "full_beard" else 3
        for y in range(my - 3, head.chin_y + drop):
            hw = head.half_width(min(y, head.chin_y)) + (0 if y <= head.chin_y else
                                                          -1.5 * (y - head.chin_y))
            for x in range(round(AXIS - hw), round(AXIS + hw)):
                if y < my + 2 and abs(x + 0.5 - AXIS) < half + 1:
                    continue
                ch = "H" if x < AXIS + hw - 3 else "h"
                if (x + y) % 4 == 0 or y == head.chin_y + drop - 1:
                    ch = "h"
                cv.put(x, y, ch)


def moustache(cv: Canvas, face: FaceSpec) -> None:
    """Drawn over the mouth: a walrus moustache hides the upper lip, as it should."""
    my, half = face.mouth_y, MOUTH_HALF[face.mouth]
    beard = "full_beard" in face.marks or "short_beard" in face.marks
    style = next((m for m in ("walrus_moustache", "pencil_moustache", "moustache")
                  if m in face.marks), None)
    if beard and not style:
        style = "moustache"
    if style == "moustache":
        for x in range(int(AXIS) - half - 1, int(AXIS) + half + 1):
            cv.put(x, my - 2, "H" if x < AXIS + half - 1 else "h")
            cv.put(x, my - 1, "h")
    elif style == "pencil_moustache":
        for x in range(int(AXIS) - half, int(AXIS) + half):
            if abs(x + 0.5 - AXIS) > 0.6:
                cv.put(x, my - 2, "j")
    elif style == "walrus_moustache":
        w = half + 4
        for x in range(int(AXIS) - w, int(AXIS) + w):
            d = abs(x + 0.5 - AXIS) / w
            top = my - 3 + round(d * 1.5)
            bottom = my + round(d * d * 4)
            for y in range(top, bottom + 1):
                ch = "H"
                if y == top and x < AXIS:
                    ch = "I"
                elif y == bottom or x > AXIS + w - 3 or (x + y) % 5 == 0:
                    ch = "h"
                cv.put(x, y, ch)
