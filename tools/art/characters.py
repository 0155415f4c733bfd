"""Walking sprite sheets for every character: assets/sprites/characters/<id>.png.

A sheet is 4 columns (idle, walk 1-3; played 1,2,3,2) by 4 rows (down, left,
right, up) of 16x32 frames. One parametric body is assembled from the text-grid
parts in `tools.art.character_parts` (head, hair, torso, overlays, accessories)
and procedural limbs (arms, legs, skirts, capes that swing with the walk), then
each character is dressed by a spec (skin, hair style and colour, outfit, ramps)
made from their line in the cast sheet, `assets/data/cast.json` (`tools.art.cast`).
Everything is composed as a letter grid, outlined in `ink` and only then turned
into palette colours, so a sheet is fully deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pygame

from tools.art import character_parts as parts
from tools.art import character_poses as poses
from tools.art.cast import CastMember, load_cast
from tools.art.letter_canvas import LetterCanvas
from tools.art.pixels import grid_surface, new_surface, save_png
from tools.art.pose_rows import PoseRows, load_pose_rows

FRAME_W, FRAME_H = 16, 32
DIRECTIONS = ("down", "left", "right", "up")


@dataclass(frozen=True)
class Spec:
    skin: str = "fair"
    hair: str = "brown_hair"
    hair_style: str = "short"
    outfit: str = "tunic"  # tunic, armour, coat, dress, robe
    top: str = "stone"
    bottom: str = "navy"
    accent: str = "bronze"
    boots: str = "leather"
    cape: str | None = None
    skirt: str | None = None  # None, "coat", "dress", "gown", "robe"
    eyes: str = "brown_dark"
    beard: bool = False
    height: int = 0  # +1 tall, -1 short, -2 a small child
    extras: tuple[str, ...] = field(default=())  # accessories and overlays
    glasses: str = "gold"
    moustache: str | None = None


SPRITE_EXTRAS = ("crest", "glasses", "circlet", "crown", "tall_crown", "helmet", "apron",
                 "work_apron", "sash", "collar", "shawl", "streak")
BEARDS = ("short_beard", "full_beard")
MOUSTACHES = ("moustache", "walrus_moustache", "pencil_moustache")


def spec_for(member: CastMember) -> Spec:
    """The sprite's dressing, from the character's line in the cast sheet."""
    c = member.clothes
    marks = set(member.face.marks)
    moustache = next((m for m in MOUSTACHES if m in marks), None)
    return Spec(member.skin, member.hair.colour, member.hair.sprite, c.outfit, c.top, c.bottom,
                c.accent, c.boots, cape=c.cape, skirt=c.skirt, eyes=member.eye_colour,
                beard=bool(marks & set(BEARDS)), height=member.height,
                extras=tuple(e for e in member.extras if e in SPRITE_EXTRAS),
                moustache=moustache)


def cast_specs(cast: dict[str, CastMember] | None = None) -> dict[str, Spec]:
    """Every character's sprite spec, in cast-sheet order (reads the sheet if not given)."""
    cast = load_cast() if cast is None else cast
    return {cid: spec_for(member) for cid, member in cast.items()}


_OVERLAYS = ("crest", "apron", "work_apron", "sash", "collar", "shawl")


class Canvas(LetterCanvas):
    """One 16x32 frame."""

    def __init__(self) -> None:
        super().__init__(FRAME_W, FRAME_H)


# ------------------------------------------------------------------ limbs
# per frame: (bob, left/near leg offset, right/far leg offset, arm swing)
# leg offset: 0 planted, 1 forward, -1 back/raised; arm swing: +1 forward
_GAIT = {0: (0, 0, 0, 0), 1: (0, 1, -1, 1), 2: (-1, 0, 0, 0), 3: (0, -1, 1, -1)}


def _leg_front(cv: Canvas, x0: int, hip: int, raised: int, lit: bool) -> None:
    """A leg seen from the front/back: 3 px wide, 2-row boot at the bottom."""
    ground = 30 - raised
    pants = "QPp" if lit else "PPp"
    for y in range(hip, ground - 1):
        cv.span(x0, y, pants)
    cv.span(x0, ground - 1, "FBb" if lit else "BBb")
    cv.span(x0, ground, "BBb" if raised == 0 else "bbf")


def _legs_down(cv: Canvas, hip: int, frame: int) -> None:
    _, a, b, _ = _GAIT[frame]
    _leg_front(cv, 5, hip, 1 if a < 0 else 0, True)
    _leg_front(cv, 8, hip, 1 if b < 0 else 0, False)


def _leg_side(cv: Canvas, hip: int, pose: int, far: bool) -> None:
    """A leg in profile (facing left). pose 1 forward, -1 back, 0 straight, 2 lifted."""
    base = 7 if far else 6
    rows = 30 - hip + 1
    pants = "ppq" if far else "QPp"
    boot = "bbf" if far else "FBb"
    for i in range(rows):
        y = hip + i
        t = i / max(rows - 1, 1)
        if pose == 1:
            x = base - round(2 * t)
        elif pose == -1:
            x = base + round(2 * t)
        else:
            x = base
        if pose == 2 and y >= 29:
            continue
        if y >= (27 if pose == 2 else 29):
            cv.span(x, y, boot)
            if y == (28 if pose == 2 else 30) and pose != -1:
                cv.put(x - 1, y, boot[0])
        else:
            cv.span(x, y, pants)


def _legs_side(cv: Canvas, hip: int, frame: int) -> None:
    near, far = {0: (0, 0), 1: (1, -1), 2: (2, 0), 3: (-1, 1)}[frame]
    _leg_side(cv, hip, far, True)
    _leg_side(cv, hip, near, False)


def _arm_front(cv: Canvas, x0: int, top: int, swing: int, lit: bool) -> None:
    """A 2 px arm hanging from the shoulder; swing +1 lowers the hand, -1 lifts it."""
    hand = top + 5 + swing
    sleeve = "Tt" if lit else "tv"
    for y in range(top, hand):
        cv.span(x0, y, sleeve)
    cv.span(x0, hand, "Ss" if lit else "ss")


def _arm_side(cv: Canvas, top: int, swing: int, far: bool) -> None:
    path = {0: (7, 7, 7, 7, 7), 1: (7, 6, 6, 5, 4), -1: (8, 8, 9, 9, 10)}[swing]
    sleeve = "tv" if far else "UT"
    for i, x in enumerate(path[:-1]):
        cv.span(x, top + i, sleeve)
    cv.span(path[-1], top + 4, "ss" if far else "Ss")


def _skirt(cv: Canvas, kind: str, view: str, top: int, frame: int, drop: int = 0) -> None:
    """Skirts, robes and coat tails from the waist down, swaying with the walk
    (`drop`: a kneeling or seated body lowers the hem too, down to the floor)."""
    bottom = min(30, {"jacket": 26, "coat": 27, "dress": 29, "gown": 30, "robe": 29}[kind] + drop)
    _, a, _, _ = _GAIT[frame]
    sway = a if frame in (1, 3) else 0
    for y in range(top, bottom + 1):
        i = y - top
        grow = min(i // 2, 2) if kind in ("dress", "gown", "robe") else min(i // 3, 1)
        if view == "side":
            x0, x1 = 5 - (grow + 1) // 2, 10 + grow
        else:
            x0, x1 = 5 - grow, 10 + grow
        if y >= bottom - 1:
            x0 += sway
            x1 += sway
        width = x1 - x0 + 1
        hem = y == bottom
        if kind in ("coat", "jacket") and view != "up" and view != "side":
            left = "U" + "T" * (width // 2 - 1)
            right = "T" * (width - width // 2 - 1) + "t"
            cv.span(x0, y, left)
            cv.span(x0 + width - len(right), y, right)
            cv.put(x0 + width // 2 - 1, y, ".")
            cv.put(x0 + width // 2, y, ".")
            if hem:
                cv.span(x0, y, "t" * (width // 2 - 1))
            continue
        if hem and kind in ("gown", "robe"):
            cv.span(x0, y, "Z" + "A" * (width - 2) + "a")
            continue
        row = "U" + "T" * (width - 3) + "tt"
        if hem:
            row = "t" + "t" * (width - 2) + "v"
        if i % 3 == 2 and not hem and width > 7:
            mid = list(row)
            mid[width // 2] = "t"
            row = "".join(mid)
        cv.span(x0, y, row)


def _cape(cv: Canvas, view: str, top: int, frame: int, over: bool) -> None:
    _, a, _, _ = _GAIT[frame]
    if view == "side":
        for i in range(11):
            y = top + i
            flutter = 1 if frame in (1, 3) and i > 4 else 0
            if frame == 2 and i > 6:
                flutter = 2
            x0 = 8 + i // 4
            w = 3 + i // 3 + flutter
            cv.span(x0, y, "C" * (w - 1) + "c")
        return
    if not over:  # seen from the front: edges beside the arms
        for i in range(10):
            y = top + 1 + i
            cv.span(2 if i > 1 else 3, y, "Kc")
            cv.span(12, y, "cC" if i > 1 else "c")
            if i >= 7:
                cv.span(4, y, "CcccccccC")
        return
    for i in range(11):
        y = top + i
        w = 10 + (1 if i > 3 else 0) + (1 if i > 7 else 0)
        x0 = 3 - (w - 10) // 2
        row = ["C"] * w
        row[0] = "K"
        row[-1] = "c"
        for fold in (3, 6, 9):
            if fold < w - 1 and i > 2:
                row[fold] = "c"
        if i == 10:
            row = ["c"] * w
            if a:
                x0 += a
        cv.span(x0, y, "".join(row))


def compose(spec: Spec, direction: str, frame: int, pose: str | None = None) -> list[str]:
    """The letter grid of one frame: a walk frame, or frame `frame` of a pose."""
    view = "side" if direction in ("left", "right") else direction
    body = poses.body(pose, view, frame) if pose else poses.Body()
    if body.whole:
        return _compose_whole(spec, view, body)
    bob = _GAIT[frame][0] if pose is None else 0
    step = frame if pose is None else 0
    dy = bob - max(spec.height, -1) + body.drop
    hx, hy = body.head
    cv = Canvas()
    hip = 25 + dy
    swing = _GAIT[step][3]
    hair_front, hair_back = parts.HAIR[spec.hair_style][view]
    extras = set(spec.extras)
    if body.underlay:
        body.underlay(cv, view, 19 + dy)

    # behind the body
    if view == "down":
        cv.grid(hair_back, 2 + hx, 4 + dy + hy)
        if spec.cape:
            _cape(cv, view, 18 + dy, step, over=False)
    if view == "side":
        if spec.cape:
            _cape(cv, view, 18 + dy, step, over=False)
        if body.far_arm:
            _arm_side(cv, 19 + dy, -swing, far=True)
    # legs and skirt
    if body.legs:
        body.legs(cv, view, hip)
    elif view == "side":
        _legs_side(cv, hip, step)
    else:
        _legs_down(cv, hip, step)
    torso = parts.TORSO[spec.outfit][view]
    cv.grid(torso, 3, 18 + dy)
    if spec.skirt:
        _skirt(cv, spec.skirt, view, 24 + dy, step, drop=body.drop)
    for name in _OVERLAYS:
        if name in extras and view in parts.OVERLAY[name]:
            cv.grid(parts.OVERLAY[name][view], 3, 18 + dy)
    # arms
    if body.arms:
        body.arms(cv, view, 19 + dy)
    elif view == "side":
        _arm_side(cv, 19 + dy, swing, far=False)
    else:
        _arm_front(cv, 3, 19 + dy, -swing if view == "down" else swing, True)
        _arm_front(cv, 11, 19 + dy, swing if view == "down" else -swing, False)
    if spec.outfit == "armour":
        cv.grid(parts.PAULDRON[view], 2, 18 + dy)
    if view == "up" and spec.cape:
        _cape(cv, view, 18 + dy, step, over=True)
        if body.arms and body.over_cape:
            body.arms(cv, view, 19 + dy)
    _head(cv, spec, view, dy, hx, hy, hair_front, extras)
    if body.overlay:
        body.overlay(cv, view, 19 + dy + hy)
    cv.outline()
    return _toddler(cv.lines(), dy) if spec.height < -1 else cv.lines()


def _compose_whole(spec: Spec, view: str, body: poses.Body) -> list[str]:
    """A body drawn whole by its pose (lying flat, no standing parts), the usual head
    if the pose asks for one, the outline, then the floor shadow outside the outline."""
    cv = Canvas()
    assert body.whole is not None
    body.whole(cv, view, 0)
    if body.head_as:
        hair_front, _ = parts.HAIR[spec.hair_style][body.head_as]
        hx, hy = body.head
        _head(cv, spec, body.head_as, 0, hx, hy, hair_front, set(spec.extras))
    cv.outline()
    cv.shade(body.ground)
    return cv.lines()


def _toddler(rows: list[str], dy: int) -> list[str]:
    """Height -2: a small child, the head, shoulders and arms kept whole and five rows
    of the body below them taken out (feet stay on the floor line)."""
    cut = set(range(23 + dy, 28 + dy))
    kept = [r for i, r in enumerate(rows) if i not in cut]
    return ["." * len(rows[0])] * (len(rows) - len(kept)) + kept


def _head(cv: Canvas, spec: Spec, view: str, dy: int, hx: int, hy: int,
          hair_front: list[str], extras: set[str]) -> None:
    """Head, hair, face marks and headwear, offset by a pose (a bow tips it)."""
    hdy = dy + hy
    cv.grid(parts.HEAD[view], 3 + hx, 7 + hdy)
    cv.grid(hair_front, 2 + hx, 4 + hdy)
    if spec.beard and view in parts.BEARD:
        cv.grid(parts.BEARD[view], 3 + hx, 13 + hdy)
    if spec.moustache and view in parts.MOUSTACHE[spec.moustache]:
        cv.grid(parts.MOUSTACHE[spec.moustache][view], 3 + hx, 15 + hdy)
    if "streak" in extras:
        streak = {"down": [(5, 6), (4, 7), (4, 8), (3, 9), (3, 10)],
                  "side": [(5, 6), (6, 7), (7, 8), (8, 9), (9, 10)],
                  "up": [(4, 7), (4, 8), (4, 9), (4, 10), (4, 11), (4, 12)]}[view]
        for i, (x, y) in enumerate(streak):
            cv.put(x + hx, y + hdy, "5" if i < len(streak) - 1 else "7")
    for name in ("glasses", "circlet", "crown", "tall_crown", "helmet"):
        if name in extras and view in parts.ACCESSORY[name]:
            cv.grid(parts.ACCESSORY[name][view], 2 + hx, hdy)


def key_for(spec: Spec) -> dict[str, str]:
    """Slot letters and digits -> palette names for one character."""
    key = dict(parts.FIXED)
    ramps = {"skin": spec.skin, "hair": spec.hair, "top": spec.top,
             "bottom": spec.bottom, "accent": spec.accent, "boots": spec.boots,
             "cape": spec.cape or spec.top}
    for slot, ramp in ramps.items():
        for letter, colour in zip(parts.SLOTS[slot], parts.RAMPS[ramp], strict=True):
            key[letter] = colour
    dark = "ink" if spec.skin == "dark_skin" else "shadow"
    key["E"] = dark
    key["e"] = {"blue": "blue", "green": "green", "grey": "stone", "hazel": "bronze"}.get(
        spec.eyes, "brown_dark")
    key["G"] = spec.glasses
    key["g"] = "navy"
    return key


def _frame(spec: Spec, key: dict[str, str], direction: str, frame: int,
           pose: str | None = None) -> pygame.Surface:
    image = grid_surface(compose(spec, direction, frame, pose), key)
    return pygame.transform.flip(image, True, False) if direction == "right" else image


def sheet(spec: Spec, pose_rows: list[PoseRows] | None = None) -> pygame.Surface:
    """The walk block (rows 0-3), then one row per frame of every pose below it."""
    pose_rows = load_pose_rows() if pose_rows is None else pose_rows
    rows = max([4, *(p.row + p.frames for p in pose_rows)])
    surf = new_surface(FRAME_W * 4, FRAME_H * rows)
    key = key_for(spec)
    for row, direction in enumerate(DIRECTIONS):
        for col in range(4):
            surf.blit(_frame(spec, key, direction, col), (col * FRAME_W, row * FRAME_H))
    for p in pose_rows:
        for f in range(p.frames):
            for direction in p.directions:
                col = DIRECTIONS.index(direction)
                surf.blit(_frame(spec, key, direction, f, p.name),
                          (col * FRAME_W, (p.row + f) * FRAME_H))
    return surf


def build(root: Path) -> list[Path]:
    out = root / "sprites" / "characters"
    rows = load_pose_rows()
    return [save_png(sheet(spec, rows), out / f"{cid}.png") for cid, spec in cast_specs().items()]
