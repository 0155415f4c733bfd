"""Shoulders, clothes and worn things for the 64x64 portraits.

The bust word of the cast sheet picks the cut (tunic, gown, dress, robe, coat,
jacket, armour, hoodie, uniform, shawl); the extras add what makes a character
recognisable at a glance: Kara's glasses and circlet, Rhea's crown and shoulder
plates, Alex's pin, Sam Lane's medals, Siobhan's fan, Ysolde's lorgnette, Castan's
ledger. Letters: top U T t v, bottom Q P p q, accent Z A a z, cape K C c k,
fixed digits as in `tools.art.character_parts`, glasses G (rim) g (glint).
"""

from __future__ import annotations

from tools.art.bust_canvas import AXIS, EYE_Y, SIZE, TOP_Y, Canvas

SHOULDER_TOP = 50


def _half(y: int, broad: int) -> int:
    table = {50: 8, 51: 13, 52: 17, 53: 20, 54: 22, 55: 23, 56: 24}
    return table.get(y, 25) + (broad if y > 51 else 0)


def shoulders(cv: Canvas, bust: str, broad: int, cape: bool) -> None:
    if cape:
        for y in range(SHOULDER_TOP + 2, SIZE):
            h = _half(y, broad) + 3
            for x in range(int(AXIS) - h, int(AXIS) + h):
                cv.put(x, y, "C" if x < AXIS else "c")
    for y in range(SHOULDER_TOP, SIZE):
        h = _half(y, broad)
        x0, x1 = int(AXIS) - h, int(AXIS) + h - 1
        for x in range(x0, x1 + 1):
            ch = "T"
            if x <= x0 + 1 or (y == SHOULDER_TOP + 1 and x < AXIS):
                ch = "U"
            elif x >= x1 - 2:
                ch = "t"
            elif y >= SHOULDER_TOP + 5 and x in (x0 + 6, x1 - 6):
                ch = "v"  # where the arms meet the chest
            elif y >= SHOULDER_TOP + 5 and x == x0 + 7:
                ch = "U"
            cv.put(x, y, ch)
    _CUTS.get(bust, _plain)(cv, broad)
    if cape:
        cv.put2(int(AXIS) - _half(53, broad) + 1, 53, "3", "9")


def _plain(cv: Canvas, broad: int) -> None:
    pass


def _tunic(cv: Canvas, broad: int) -> None:
    for y in range(SHOULDER_TOP, SHOULDER_TOP + 7):
        w = SHOULDER_TOP + 7 - y
        for x in range(int(AXIS) - w, int(AXIS) + w):
            cv.put(x, y, "S" if x < AXIS + 2 else "s")
        cv.put2(int(AXIS) - w - 1, y, "Z", "a")


def _gown(cv: Canvas, broad: int) -> None:
    for y in range(SHOULDER_TOP - 3, SHOULDER_TOP + 2):  # a stiff high collar
        for x in range(21, 43):
            if abs(x + 0.5 - AXIS) > 6 + (y - SHOULDER_TOP + 3):
                cv.put(x, y, "Z" if x < AXIS else "a")
    for y in range(SHOULDER_TOP + 2, SIZE):
        w = max(0, 6 - (y - SHOULDER_TOP - 2) // 2)
        for x in range(int(AXIS) - w, int(AXIS) + w):
            cv.put(x, y, "P" if x < AXIS + 1 else "p")
    for y in range(SHOULDER_TOP + 3, SHOULDER_TOP + 9):
        cv.put2(int(AXIS) - 1 - max(0, 6 - (y - SHOULDER_TOP - 2) // 2), y, "3", "9")


def _dress(cv: Canvas, broad: int) -> None:
    """A scooped neckline with a trim; the dress covers the chest below it."""
    for y in range(SHOULDER_TOP, SIZE):
        for x in range(SIZE):
            if cv.get(x, y) in "Ss":
                cv.put(x, y, "T" if x < AXIS + 4 else "t")
    for y in range(SHOULDER_TOP, SHOULDER_TOP + 5):
        w = (9, 9, 8, 6, 3)[y - SHOULDER_TOP]
        for x in range(int(AXIS) - w, int(AXIS) + w):
            cv.put(x, y, "S" if x < AXIS + 3 else "s")
        cv.put2(int(AXIS) - w - 1, y, "A", "a")
    for x in range(int(AXIS) - 3, int(AXIS) + 3):
        cv.put(x, SHOULDER_TOP + 5, "A" if x < AXIS else "a")
    cv.put2(26, SHOULDER_TOP + 1, "x")


def _robe(cv: Canvas, broad: int) -> None:
    for y in range(SHOULDER_TOP, SIZE):
        w = max(1, 8 - (y - SHOULDER_TOP) // 2)
        for x in range(int(AXIS) - w, int(AXIS) + w):
            cv.put(x, y, "P" if x < AXIS else "p")
        cv.put(int(AXIS) - w - 1, y, "Z")
        cv.put(int(AXIS) - w - 2, y, "A")
        cv.put(int(AXIS) + w, y, "A")
        cv.put(int(AXIS) + w + 1, y, "a")


def _coat(cv: Canvas, broad: int) -> None:
    for y in range(SHOULDER_TOP, SIZE):
        w = max(0, 6 - (y - SHOULDER_TOP) // 3)
        for x in range(int(AXIS) - w, int(AXIS) + w):
            cv.put(x, y, "7" if x < AXIS + 1 else "8")  # the shirt
        for side, (a, b) in ((-1, ("Z", "A")), (1, ("a", "A"))):
            edge = int(AXIS) - w - 1 if side < 0 else int(AXIS) + w
            cv.put(edge, y, a)
            cv.put(edge + side, y, b)
            if y < SHOULDER_TOP + 6:
                cv.put(edge + 2 * side, y, b)
    for y in (56, 60):
        cv.put(int(AXIS) - 9, y, "3")


def _jacket(cv: Canvas, broad: int) -> None:
    for y in range(SHOULDER_TOP - 2, SHOULDER_TOP + 4):  # a collar turned up
        for x in range(22, 42):
            if 5 < abs(x + 0.5 - AXIS) < 10 + (y - SHOULDER_TOP):
                cv.put(x, y, "U" if x < AXIS else "t")
    for y in range(SHOULDER_TOP + 1, SIZE):
        w = 4 if y < 57 else 3
        for x in range(int(AXIS) - w, int(AXIS) + w):
            cv.put(x, y, "P" if x < AXIS + 1 else "p")
        cv.put(int(AXIS) - w - 1, y, "v")
        cv.put(int(AXIS) + w, y, "v")


def _armour(cv: Canvas, broad: int) -> None:
    for side in (-1, 1):
        cx = AXIS + side * (17 + broad)
        for y in range(SHOULDER_TOP, SIZE):
            for x in range(SIZE):
                d = ((x + 0.5 - cx) / 9) ** 2 + ((y - 56) / 6.5) ** 2
                if d <= 1:
                    ch = "A"
                    if y < 53 or (side < 0 and x < cx - 4):
                        ch = "Z"
                    if y > 60 or (side > 0 and x > cx + 4):
                        ch = "a"
                    cv.put(x, y, ch)
    for y in range(SHOULDER_TOP + 3, SIZE):
        cv.put(int(AXIS) - 1, y, "U")
        cv.put(int(AXIS), y, "t")


def _hoodie(cv: Canvas, broad: int) -> None:
    for y in range(SHOULDER_TOP - 3, SHOULDER_TOP + 5):  # the hood bunched round the neck
        for x in range(18, 46):
            r = abs(x + 0.5 - AXIS)
            if 6 < r < 14 - max(0, y - SHOULDER_TOP) and y >= SHOULDER_TOP - 3 + (r > 11):
                cv.put(x, y, "U" if x < AXIS - 8 else ("T" if x < AXIS + 8 else "t"))
    for y in range(SHOULDER_TOP + 4, SIZE):  # the worker's tabard over it
        for x in range(23, 41):
            cv.put(x, y, "m" if x < 38 else "n")
        cv.put(22, y, "n")


def _uniform(cv: Canvas, broad: int) -> None:
    for y in range(SHOULDER_TOP - 2, SHOULDER_TOP + 2):
        for x in range(25, 39):
            cv.put(x, y, "Z" if x < AXIS else "a")
    for y in range(SHOULDER_TOP + 3, SIZE, 3):
        cv.put2(28, y, "3", "9")
    for side in (-1, 1):
        x = int(AXIS) + side * 20 - (1 if side < 0 else 0)
        for dx in range(-3, 4):
            cv.put(x + dx, 53, "3")
            cv.put(x + dx, 54, "9")


def _shawl(cv: Canvas, broad: int) -> None:
    for y in range(SHOULDER_TOP - 1, SIZE):
        for x in range(SIZE):
            r = abs(x + 0.5 - AXIS)
            draped = cv.get(x, y) in "UTtv" or (y < SHOULDER_TOP + 2 and 5 < r < 20)
            if draped and y < SHOULDER_TOP + 9 - r // 4:
                cv.put(x, y, "Z" if x < 20 else ("A" if x < 44 else "a"))
    for x in range(16, 48, 2):
        cv.put(x, SHOULDER_TOP + 9 - int(abs(x + 0.5 - AXIS) // 4), "z")


_CUTS = {"tunic": _tunic, "gown": _gown, "dress": _dress, "robe": _robe, "coat": _coat,
         "jacket": _jacket, "armour": _armour, "helmeted": _armour, "hoodie": _hoodie,
         "uniform": _uniform, "shawl": _shawl}


def worn(cv: Canvas, extras: set[str]) -> None:
    """Things worn over the clothes: crests, pins, medals, jewels, props in hand."""
    if "crest" in extras:
        cv.grid([".3333.", "322223", "322226", ".3226.", "..33.."], 29, 55)
    if "crest_silver" in extras:
        cv.grid([".7777.", "7dddd7", "7d77d8", ".7dd8.", "..88.."], 29, 55)
    if "pin" in extras:
        cv.grid(["434", "323", ".3."], 22, 54)
    if "medals" in extras:
        for i, c in enumerate("2V3Q2"):
            cv.put(20 + i * 2, 55, c if c != "Q" else "L")
            cv.put(20 + i * 2, 56, "3")
    if "jewels" in extras:
        for i, x in enumerate(range(26, 38, 2)):
            cv.put(x, 53 + (1 if 28 < x < 36 else 0), "3" if i % 2 else "V")
    if "sash" in extras:
        for i in range(14):
            cv.put(16 + i * 2, 51 + i, "2")
            cv.put(17 + i * 2, 51 + i, "6")
    if "tool_belt" in extras:
        for i in range(12):
            cv.put(40 - i * 2, 52 + i, "n")
            cv.put(41 - i * 2, 52 + i, "m")
        cv.grid(["99", "9d"], 30, 57)
    if "hood_strings" in extras:
        for y in range(52, 58):
            cv.put2(28, y, "7")
    if "gold_trim" in extras:
        for y in range(51, SIZE):
            cv.put2(int(AXIS) - max(0, 6 - (y - 50) // 3) - 1, y, "3", "9")
    if "shoulder_plates" in extras:
        for side in (-1, 1):
            cx = AXIS + side * 19
            for y in range(48, 58):
                for x in range(SIZE):
                    d = ((x + 0.5 - cx) / 8) ** 2 + ((y - 52.5) / 4.5) ** 2
                    if d <= 1:
                        cv.put(x, y, "4" if d < 0.3 and side < 0 else ("3" if x < cx + 3 else "9"))
    _props(cv, extras)


def _props(cv: Canvas, extras: set[str]) -> None:
    if "fan" in extras:
        for i in range(9):
            cv.put(46 + i // 2, 62 - i, "3" if i % 2 else "A")
            cv.put(47 + i // 2, 62 - i, "a")
    if "lorgnette" in extras:
        cv.grid([".333.", "3.W.3", "3...3", ".393.", "..9..", "..9..", "..9..", "..9..",
                 "..9.."], 12, 54)
    if "ledger" in extras:
        cv.grid(["6666666", "2777772", "2777772", "2777772", "2222222"], 9, 58)
    if "goblet" in extras:
        cv.grid(["43333", "33339", ".339.", "..9..", ".999."], 48, 57)
    if "slate" in extras:
        cv.grid(["dddddd", "dVVVgd", "dVVVVd", "dVVVVd"], 46, 59)
    if "wrist_device" in extras:
        cv.grid(["ddddd", "dlLld", "ddddd"], 10, 60)


def glasses(cv: Canvas, left: int, width: int, lift: int = 0) -> None:
    """Thin gold rims round clear lenses (never dark), a bridge, and one glint each."""
    top, bottom = EYE_Y - 4 - lift, EYE_Y + 3 - lift
    for side in (0, 1):
        x0, x1 = left - 2, left + width + 1

        def put(x: int, y: int, ch: str, side: int = side) -> None:
            cv.put(SIZE - 1 - x if side else x, y, ch)

        for x in range(x0, x1 + 1):
            put(x, top, "G")
            put(x, bottom, "G")
        for y in range(top, bottom + 1):
            put(x0, y, "G")
            put(x1, y, "G")
        put(x1 - 1, top + 1, "g")
        put(x1 - 2, top + 1, "g")
        put(x1 - 1, top + 2, "g")
        put(x0 - 1, top + 1, "G")
        put(x0 - 2, top + 1, "G")
    for x in range(left + width + 2, SIZE - 1 - (left + width + 1)):
        cv.put(x, top + 1, "G")


def crown(cv: Canvas, name: str) -> None:
    """The Queen's heavy crown with its red sun stone; the King's smaller one; circlets."""
    if name == "tall_crown":
        for x in range(20, 44):
            for y in range(TOP_Y, TOP_Y + 4):
                ch = "3" if y < TOP_Y + 3 else "9"
                if y == TOP_Y and x % 3 == 0:
                    ch = "4"
                cv.put(x, y, ch)
        for px, height in ((21, 4), (26, 6), (32, 8), (37, 6), (42, 4)):
            for y in range(TOP_Y - height, TOP_Y):
                w = 1 if y < TOP_Y - height + 2 else 2
                for x in range(px - w, px + w):
                    cv.put(x, y, "4" if x < px else "3")
            cv.put(px - 1, TOP_Y - height - 1, "4")
        cv.grid([".22.", "2562", "2266", ".66."], 30, TOP_Y - 1)
    elif name == "crown":
        for x in range(23, 41):
            for y in range(TOP_Y, TOP_Y + 3):
                cv.put(x, y, "3" if y < TOP_Y + 2 else "9")
        for px in (24, 32, 39):
            for y in range(TOP_Y - 4, TOP_Y):
                cv.put(px, y, "3")
                cv.put(px - 1 if px > 30 else px + 1, y, "4" if y > TOP_Y - 3 else ".")
        cv.put(31, TOP_Y + 1, "2")
    elif name == "circlet":
        for x in range(20, 44):
            y = TOP_Y + 9 + round(abs(x + 0.5 - AXIS) ** 2 / 60)
            cv.put(x, y, "3" if x < 38 else "9")
        cv.grid(["323", ".3."], 30, TOP_Y + 8)
