"""Speaking bust portraits: assets/portraits/<id>.png, drawn from the cast sheet.

A sheet has one column per expression of `assets/data/expressions.json` (in its
order) and three rows: still, blink (eyes shut) and talk (mouth moved), each
frame 64x64; the dialogue box animates the rows while a line types. Faces are
assembled from the character's words in `assets/data/cast.json` (face shape,
eyes, brows, nose, mouth, age, marks, hair, clothes, extras) by the parts in
`bust_face`, `bust_hair` and `bust_body`, so no two of the cast share a face.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pygame

from game.core.errors import ContentError
from game.core.expressions import EXPRESSIONS_FILE, ExpressionTable, parse_expressions
from tools.art import bust_body, bust_face, bust_hair
from tools.art.bust_canvas import AXIS, HEADS, SIZE, Canvas
from tools.art.cast import CastMember, load_cast
from tools.art.characters import key_for, spec_for
from tools.art.palette import rgba
from tools.art.pixels import grid_surface, new_surface, save_png

ROOT = Path(__file__).resolve().parents[2]
# eye colour -> (iris, lower iris light, pupil)
IRIS = {"blue": ("blue_light", "sky", "navy"), "green": ("green_light", "leaf", "green_dark"),
        "brown": ("brown", "bronze", "shadow"), "brown_dark": ("brown_dark", "brown", "ink"),
        "grey": ("stone", "stone_light", "shadow"), "hazel": ("bronze", "green_light", "shadow")}
BROAD = {"broad": 2, "full": 2, "square": 1, "small": -2, "narrow": -1, "heart": -1}
LOOK_FIELDS = ("eyes", "lid", "gaze", "brow_lift", "brow_tilt", "mouth_curve", "mouth_open",
               "teeth", "blush", "glasses_lift")
_BOUNDS = {"eyes": (0.0, 1.6), "lid": (-3, 3), "gaze": (-2, 2), "brow_lift": (-3, 4),
           "brow_tilt": (-4, 4), "mouth_curve": (-3, 3), "mouth_open": (0, 5),
           "glasses_lift": (0, 2)}


def load_looks(path: Path = ROOT / EXPRESSIONS_FILE
               ) -> tuple[ExpressionTable, dict[str, bust_face.Look]]:
    """The expression table and each expression's face numbers, checked and bounded."""
    data = json.loads(path.read_text(encoding="utf-8"))
    table = parse_expressions(data, EXPRESSIONS_FILE)
    looks: dict[str, bust_face.Look] = {}
    for entry in data["expressions"]:
        values: dict[str, Any] = {}
        for name in LOOK_FIELDS:
            value = entry.get(name, getattr(bust_face.Look(), name))
            if name in ("teeth", "blush"):
                ok = isinstance(value, bool)
            else:
                low, high = _BOUNDS[name]
                ok = (isinstance(value, (int, float)) and not isinstance(value, bool)
                      and low <= value <= high)
            if not ok:
                raise ContentError(f"{EXPRESSIONS_FILE}: expression '{entry['name']}': "
                                   f"'{name}' is {value!r}; out of range or wrong type")
            values[name] = value
        looks[entry["name"]] = bust_face.Look(**values)
    return table, looks


def face_of(member: CastMember) -> bust_face.FaceSpec:
    f = member.face
    return bust_face.FaceSpec(HEADS[f.shape], f.eyes, f.brows, f.nose, f.mouth, f.lashes,
                              frozenset(f.marks), member.age)


def compose(member: CastMember, look: bust_face.Look, talking: bool = False) -> list[str]:
    """The letter grid of one frame."""
    face = face_of(member)
    style = bust_hair.STYLES[member.hair.style]
    extras = set(member.extras)
    cv = Canvas()
    bust_hair.back(cv, style, face.head)
    bust_face.skin(cv, face)
    bust_body.shoulders(cv, member.clothes.bust, BROAD.get(member.face.shape, 0),
                        member.clothes.cape is not None)
    bust_body.worn(cv, extras)
    bust_face.nose(cv, face)
    bust_face.marks(cv, face, look)
    bust_face.mouth(cv, face, look, talking)
    bust_face.moustache(cv, face)
    if "ruddy" in face.marks and not look.blush:
        bust_face.blush(cv, face)
    bust_face.eyes(cv, face, look)
    streaks = next((m for m in ("streaks", "streak") if m in face.marks or m in extras), "")
    bust_hair.front(cv, style, face.head, streaks)
    brow = "h" if member.hair.colour in ("blonde", "grey", "platinum", "silver") else "j"
    bust_face.brows(cv, face, look, brow)
    if "glasses" in extras:
        width = bust_face.EYES[face.eye_shape][0]
        gap = 4 if face.head.cheek < 14 else 5
        bust_body.glasses(cv, int(AXIS) - gap - width, width, look.glasses_lift)
    for name in ("circlet", "crown", "tall_crown"):
        if name in extras:
            bust_body.crown(cv, name)
    cv.outline("0")
    if look.brow_tilt <= -3 and "aura" in face.marks:  # the Queen's anger shows as a red aura
        cv.outline("6")
    return cv.lines()


def portrait_key(member: CastMember) -> dict[str, str]:
    key = key_for(spec_for(member))
    iris, light, pupil = IRIS[member.eye_colour]
    lips = "red" if "lipstick" in member.face.marks else key["x"]
    if "lipstick" in member.face.marks and member.age >= 45:
        lips = "red_dark"
    key.update({"W": "white", "w": "marble", "e": iris, "o": light, "E": pupil,
                "R": "blood", "X": "red_light", "Y": "ember", "V": "sky", "r": lips,
                "G": "gold", "g": "white", "l": "leaf"})
    return key


def _hologram(surface: pygame.Surface) -> pygame.Surface:
    """Titus speaks from far away: blue, with scan lines."""
    ramp = ["navy", "blue_dark", "blue", "blue_light", "sky", "glow"]
    out = surface.copy()
    w, h = surface.get_size()
    for y in range(h):
        for x in range(w):
            c = surface.get_at((x, y))
            if not c.a:
                continue
            lum = (c.r * 3 + c.g * 5 + c.b * 2) / 2550
            name = ramp[min(len(ramp) - 1, 1 + int(lum * len(ramp)))]
            if y % 3 == 0:
                name = ramp[max(0, ramp.index(name) - 1)]
            out.set_at((x, y), rgba(name))
    return out


def sheet(member: CastMember, table: ExpressionTable,
          looks: dict[str, bust_face.Look]) -> pygame.Surface:
    surf = new_surface(SIZE * len(table.names), SIZE * len(table.rows))
    key = portrait_key(member)
    for col, name in enumerate(table.names):
        look = looks[name]
        frames = {
            "still": compose(member, look),
            "blink": compose(member, replace(look, blink=True)),
            "talk": compose(member, look, talking=True),
        }
        for row, row_name in enumerate(table.rows):
            frame = grid_surface(frames[row_name], key)
            if "hologram" in member.face.marks:
                frame = _hologram(frame)
            surf.blit(frame, (col * SIZE, row * SIZE))
    return surf


def build(root: Path) -> list[Path]:
    table, looks = load_looks()
    out = root / "portraits"
    return [save_png(sheet(member, table, looks), out / f"{cid}.png")
            for cid, member in load_cast().items()]
