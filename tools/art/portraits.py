"""Bust portraits for dialogue: assets/portraits/<id>.png.

One row of 48x48 frames: neutral, happy, sad, angry for everyone, plus
surprised and tender for the main six. Portraits are built like the walking
sprites: a letter canvas filled by procedural shapes (face, neck, shoulders and
outfit, hair cap, fringe and locks) and text grids (eyes, brows, mouths per
expression, glasses, crowns, helmet), dressed with the same `Spec` and colour
ramps as `tools.art.characters`, so a portrait matches its walk sprite.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from tools.art import portrait_parts as pp
from tools.art.characters import CAST, CHARACTER_IDS, Spec, key_for
from tools.art.pixels import grid_surface, new_surface, save_png

SIZE = 48
CX = 23.5  # the face's axis lies between columns 23 and 24
MAIN_SIX = ("kara", "lena", "alex", "maggie", "winn", "rhea")
LASHED = {"kara", "lena", "maggie", "rhea", "lucy", "siobhan", "leslie", "astra", "alura",
          "noble_a", "noble_c", "slum_b", "grandmother"}
# face half-width per row (rows 9..34)
_FACE_HW = {9: 6, 10: 8, 11: 9, 28: 9, 29: 9, 30: 8, 31: 7, 32: 6, 33: 5, 34: 3}
_IRIS = {"blue": ("blue_light", "sky", "navy"), "green": ("green_light", "leaf", "green_dark"),
         "brown": ("brown", "bronze", "shadow"), "brown_dark": ("brown", "bronze", "shadow")}


def expressions_for(cid: str) -> tuple[str, ...]:
    return pp.EXPRESSIONS if cid in MAIN_SIX else pp.EXPRESSIONS[:4]


class Canvas:
    def __init__(self) -> None:
        self.rows = [["."] * SIZE for _ in range(SIZE)]

    def put(self, x: int, y: int, ch: str) -> None:
        if 0 <= x < SIZE and 0 <= y < SIZE and ch not in " .":
            self.rows[y][x] = ch

    def get(self, x: int, y: int) -> str:
        return self.rows[y][x] if 0 <= x < SIZE and 0 <= y < SIZE else "."

    def grid(self, rows: list[str], x: int, y: int, mirror: bool = False) -> None:
        for dy, row in enumerate(rows):
            for dx, ch in enumerate(row[::-1] if mirror else row):
                self.put(x + dx, y + dy, ch)

    def outline(self) -> None:
        src = [r[:] for r in self.rows]
        for y in range(SIZE):
            for x in range(SIZE):
                if src[y][x] != ".":
                    continue
                for nx, ny in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                    if 0 <= nx < SIZE and 0 <= ny < SIZE and src[ny][nx] != ".":
                        self.rows[y][x] = "0"
                        break

    def lines(self) -> list[str]:
        return ["".join(r) for r in self.rows]


def _face_hw(y: int) -> int:
    return _FACE_HW.get(y, 10 if 12 <= y <= 27 else 0)


def _style(cid: str, spec: Spec) -> dict[str, object]:
    style = dict(pp.HAIR[spec.hair_style])
    style.update(pp.HAIR_OVERRIDE.get(cid, {}))
    return style


# ---------------------------------------------------------------- body
def _shoulders(cv: Canvas, spec: Spec) -> None:
    halves = {38: 9, 39: 13, 40: 16, 41: 18, 42: 19, 43: 20, 44: 20, 45: 21, 46: 21, 47: 21}
    if spec.cape:
        for y in range(37, SIZE):
            h = halves.get(y, 8) + 2
            for x in range(24 - h, 24 + h):
                cv.put(x, y, "C" if x < 24 else "c")
    for y, h in halves.items():
        x0, x1 = 24 - h, 23 + h
        for x in range(x0, x1 + 1):
            ch = "T"
            if x <= x0 + 1:
                ch = "U"
            elif x >= x1 - 2:
                ch = "t"
            if y == 38 or (y == 39 and x < 24):
                ch = "U" if ch == "T" else ch
            cv.put(x, y, ch)
    o = spec.outfit
    if o in ("tunic", "dress", "robe"):
        deep = 4 if o == "dress" else 6
        for y in range(38, 38 + deep):
            w = (38 + deep - y) if o != "dress" else max(0, 7 - (y - 38) * 2)
            for x in range(24 - w, 24 + w):
                cv.put(x, y, "S" if x < 26 else "s")
            cv.put(24 - w - 1, y, "Z")
            cv.put(24 + w, y, "a")
        if o == "robe":
            for y in range(38 + deep, SIZE):
                cv.put(23, y, "Z")
                cv.put(24, y, "a")
    if o == "coat":
        for y in range(38, SIZE):
            w = max(0, 5 - (y - 38) // 2)
            for x in range(24 - w, 24 + w):
                cv.put(x, y, "7" if x < 25 else "8")
            cv.put(24 - w - 1, y, "A")
            cv.put(24 - w - 2, y, "Z")
            cv.put(24 + w, y, "a")
            cv.put(24 + w + 1, y, "A")
        for y in (43, 46):
            cv.put(18, y, "3")
            cv.put(29, y, "9")
    if o == "armour":
        for y in range(38, 41):
            for x in range(18, 30):
                cv.put(x, y, "Z" if x < 22 else ("A" if x < 27 else "a"))
        for y in range(41, SIZE):
            cv.put(23, y, "U")
            cv.put(24, y, "t")
        for side in (0, 1):
            for y in range(38, 46):
                for dx in range(10):
                    r = ((dx - 4.5) / 5.5) ** 2 + ((y - 41) / 4.5) ** 2
                    if r <= 1 and y >= 38:
                        x = 3 + dx if side == 0 else 34 + dx
                        ch = "A"
                        if y <= 39 or (side == 0 and dx < 3):
                            ch = "Z"
                        if y >= 44 or (side == 1 and dx > 6):
                            ch = "a"
                        cv.put(x, y, ch)
    if spec.cape:
        cv.put(13, 40, "3")
        cv.put(34, 40, "9")
    extras = set(spec.extras)
    if "crest" in extras:
        cv.grid([".3333.", "322223", "322226", ".3226.", "..33.."], 21, 41)
    if "sash" in extras:
        for i in range(10):
            cv.put(14 + i * 2, 39 + i, "2")
            cv.put(15 + i * 2, 39 + i, "6")
    if "apron" in extras or "work_apron" in extras:
        a, b = ("7", "8") if "apron" in extras else ("m", "n")
        for y in range(40, SIZE):
            cv.put(16, y, a)
            cv.put(31, y, b)
        if "work_apron" in extras:
            for y in range(44, SIZE):
                for x in range(17, 31):
                    cv.put(x, y, "m" if x < 28 else "n")
    if "collar" in extras:
        cv.grid(["777..888", ".777888."], 20, 37)
    if "shawl" in extras:
        for y in range(38, 44):
            for x in range(24 - 20, 24 + 20):
                if cv.get(x, y) in "UTt" and y - 38 < 6 - abs(x - 23.5) // 6:
                    cv.put(x, y, "Z" if x < 16 else ("A" if x < 32 else "a"))


def _head(cv: Canvas) -> None:
    for y in range(30, 40):  # neck
        for x in range(20, 28):
            cv.put(x, y, "s" if x >= 26 or y <= 35 else "S")
    for y in range(9, 35):
        hw = _face_hw(y)
        for x in range(24 - hw, 24 + hw):
            ch = "S"
            if x >= 23 + hw - 1 or y == 34 or (y >= 32 and x >= 23 + hw - 2):
                ch = "s"
            cv.put(x, y, ch)
    for x in (15, 16):
        cv.put(x, 28, "L")
    for y in range(21, 27):  # ears
        cv.put(13, y, "S" if y < 25 else "s")
        cv.put(34, y, "s")
        if 22 <= y <= 24:
            cv.put(12, y, "s")
            cv.put(35, y, "x")
    cv.put(24, 26, "s")
    cv.put(24, 27, "x")


# ---------------------------------------------------------------- hair
def _hair_back(cv: Canvas, style: dict[str, object]) -> None:
    half, last = style["back"]  # type: ignore[misc]
    rx, ry, top = style["cap"]  # type: ignore[misc]
    if not half:
        return
    cy = top + ry
    for y in range(top + 2, last + 1):
        if y < cy:
            w = rx * (1 - ((y - cy) / (ry + 1)) ** 2) ** 0.5 + 1
        else:
            w = min(half, rx + 1 + (y - cy) * 0.3)
        for x in range(int(24 - w), int(24 + w)):
            tip = (x * 5) % 3 + (2 if abs(x + 0.5 - CX) < w - 4 else 0)
            if y > last - tip:
                continue
            ch = "h"
            if x >= 24 + w - 3 or y > last - tip - 2 or x % 4 == 1:
                ch = "j"
            cv.put(x, y, ch)


def _in_cap(x: int, y: int, style: dict[str, object]) -> bool:
    rx, ry, top = style["cap"]  # type: ignore[misc]
    if not rx:
        return False
    cy = top + ry
    return ((x + 0.5 - CX) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0 and y <= cy


def _hair_front(cv: Canvas, style: dict[str, object], extra_streak: bool) -> set:
    rx, ry, top = style["cap"]  # type: ignore[misc]
    if not rx:
        return set()
    fringe = str(style["fringe"])
    side = int(style["side"])  # type: ignore[arg-type]
    cells: set[tuple[int, int]] = set()
    for x in range(6, 42):
        idx = x - 10
        depth = int(fringe[idx], 16) if 0 <= idx < len(fringe) and fringe[idx] != "." else 0
        for y in range(0, 48):
            below = y > top + ry and abs(x + 0.5 - CX) <= rx
            if (_in_cap(x, y, style) or below) and y <= 10 + depth:
                cells.add((x, y))
    # locks beside the face
    for y in range(14, side + 1):
        wobble = 1 if style.get("extra") == "curls" and (y // 3) % 2 else 0
        for x in range(11 + wobble, 16 + wobble):
            if y < side - (x - 11) % 3:
                cells.add((x, y))
                cells.add((47 - x, y))
    if style.get("extra") == "bun":
        for y in range(top - 7, top + 2):
            for x in range(18, 30):
                if ((x - CX) / 5.5) ** 2 + ((y - top + 2.5) / 4.5) ** 2 <= 1:
                    cells.add((x, y))
    if style.get("extra") == "spikes":
        for x, y in ((14, top + 1), (15, top), (19, top - 1), (20, top - 2), (27, top - 1),
                     (28, top - 2), (32, top), (33, top + 1), (24, top - 1)):
            cells.add((x, y))
            cells.add((x, y + 1))
    cy = top + ry
    for x, y in sorted(cells):
        ch = "H"
        d = ((x - CX + 3) / rx) ** 2 + ((y - cy + 3) / ry) ** 2
        if 0.3 < d < 0.62 and x < CX + 4 and y < cy - 2 and (x + 2 * y) % 7:
            ch = "I"
        if x > CX and d > 0.75:
            ch = "h"
        if y > cy:
            lock = x < 16 or x > 31
            if lock and (x % 3 == 0 or x > 33):
                ch = "h"
            elif lock and x % 3 == 1 and x < 16 and y % 6 < 3:
                ch = "I"
            elif not lock and (x % 3 == 2) and (x, y + 2) not in cells:
                ch = "h"
        if (x, y + 1) not in cells or ((x, y + 2) not in cells and ch == "H" and x % 3 == 0):
            ch = "h"
        if (x - 1, y) not in cells and (x + 1, y) in cells and y > cy and x > CX:
            ch = "h"
        cv.put(x, y, ch)
    if extra_streak:
        for y in range(top + 1, 24):
            for x in (17, 18):
                if (x, y) in cells:
                    cv.put(x, y, "5" if x == 17 else "7")
    return cells


def _beard(cv: Canvas) -> None:
    for y in range(26, 39):
        hw = _face_hw(y) if y < 35 else max(0, 3 - (y - 35))
        for x in range(24 - hw, 24 + hw):
            if y < 29 and abs(x + 0.5 - CX) < 7:
                continue
            ch = "H" if x < 26 else "h"
            if y >= 37 or x >= 23 + hw - 1:
                ch = "h"
            cv.put(x, y, ch)
    for x in range(19, 29):  # moustache
        cv.put(x, 29, "h" if x in (19, 28) else "H")


# ---------------------------------------------------------------- frames
def compose(cid: str, expression: str) -> list[str]:
    spec = CAST[cid]
    style = _style(cid, spec)
    extras = set(spec.extras)
    cv = Canvas()
    if "helmet" not in extras:
        _hair_back(cv, style)
    _shoulders(cv, spec)
    _head(cv)
    eyes = (pp.EYES_LASHED if cid in LASHED else pp.EYES)[expression]
    ey = 20 - (len(eyes) - 5)
    cv.grid(eyes, 16, ey)
    cv.grid(eyes, 26, ey, mirror=True)
    if expression in ("happy", "tender") or (cid == "kara" and expression == "surprised"):
        for x in (16, 18, 29, 31):
            cv.put(x, 27, "Y")
    if spec.beard:
        _beard(cv)
    mouth = pp.MOUTH_OVERRIDE.get((cid, expression), pp.MOUTHS[expression])
    cv.grid(mouth, 20, 29)
    if "helmet" in extras:
        cv.grid(pp.HELMET, 12, 0)
    else:
        _hair_front(cv, style, "streak" in extras)
    by = 16 + pp.BROW_LIFT[expression]
    cv.grid(pp.BROWS[expression], 16, by)
    cv.grid(pp.BROWS[expression], 26, by, mirror=True)
    if "glasses" in extras:
        cv.grid(pp.GLASSES, 15, 19)
    for name in ("circlet", "crown", "tall_crown"):
        if name in extras:
            rows = pp.CROWNS[name]
            cv.grid(rows, 24 - len(rows[0]) // 2 - (1 if name == "circlet" else 0),
                    {"circlet": 10, "crown": 2, "tall_crown": 0}[name])
    cv.outline()
    return cv.lines()


def portrait_key(spec: Spec) -> dict[str, str]:
    key = key_for(spec)
    iris, light, pupil = _IRIS.get(spec.eyes, ("stone", "stone_light", "shadow"))
    key.update({"W": "white", "w": "marble", "e": iris, "o": light, "E": pupil,
                "R": "blood", "X": "red_light", "Y": "ember", "V": "sky"})
    key["G"] = "navy"
    key["g"] = "navy"
    if spec.glasses == "glow":
        key["W"] = "white"
    return key


def sheet(cid: str) -> pygame.Surface:
    spec = CAST[cid]
    exprs = expressions_for(cid)
    surf = new_surface(SIZE * len(exprs), SIZE)
    key = portrait_key(spec)
    for i, expression in enumerate(exprs):
        surf.blit(grid_surface(compose(cid, expression), key), (i * SIZE, 0))
    return surf


def build(root: Path) -> list[Path]:
    out = root / "portraits"
    return [save_png(sheet(cid), out / f"{cid}.png") for cid in CHARACTER_IDS]
