"""Sprites and sky layers of the pod-flight minigame ("Rao's Storm").

Ships face up (the sky scrolls down). They are drawn as the left half of a text
grid, mirrored for the right half, whose colours are shaded one step darker
(light from the upper left). Animated things are horizontal strips of equal
frames; `sprites.json` lists every file with frame size and count.
"""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from tools.art.flight_fx import backgrounds, effects, mothership
from tools.art.palette import rgba
from tools.art.pixels import SHEET_KEY, new_surface, paint_grid, save_png

KEY = {**SHEET_KEY, "G": "glow", "L": "leaf", "h": "green_light", "H": "green",
       "j": "green_dark"}
DARKER = {"p": "g", "g": "b", "R": "r", "r": "x", "w": "a", "a": "T", "T": "t", "t": "q",
          "c": "l", "l": "B", "B": "d", "e": "r", "G": "c", "m": "V", "V": "v",
          "L": "h", "h": "H", "H": "j"}

SHIPS: dict[str, list[str]] = {
    "player_pod": [
        "..........kk", ".........kpg", ".........kgR", "........kgRR", "........kRRc",
        "........kRcw", "........kRcc", "........kRrc", ".......kRRrr", "...kk..kRRrr",
        "..kgk..kRrrr", "..kgRkkRRrrr", ".kgRRRRRrrrg", ".kgRRRRrrrgp", "kgRRrrrrrrgg",
        "kgRrrrrrrrrr", "kgrrrxxrrrrr", "kbxxkkkxrrxx", ".kk...kxrrkk", "......kbxkek",
        "......kkkkok", "..........ek", "...........e", "............",
    ],
    "alex_jet": [
        "...........k", "..........kT", "..........kT", ".........kTa", ".........kTc",
        ".........kcw", ".........kcc", "........kTac", "........kTaa", "...k....kTaa",
        "..kr...kTaar", ".kRr..kTTaar", ".kRrkkTTaaaa", "kRrrTTTaaaaa", "kRxTTtttaaaa",
        "kxkkktttaaTa", ".k..kqtttaat", "....kqkkkqtt", "...kRrk.kqkq", "...kxxk..kek",
        "....kk...kok", "..........ek", "...........e", "............",
    ],
    "wingman": [
        ".......k", "......kT", "......kT", ".....kTc", ".....kTw", "..k..kTa",
        ".kRkkTaa", "kRrTTTaa", "kxkqttaa", ".k.kkqtt", "....kRkq", "....kxkk",
        ".......e", "........", "........", "........",
    ],
    "dart": [
        ".......k", ".......k", "......kG", "......kw", ".....kwa", ".....kwl",
        "....kwac", "...kwaTc", "..kwaTTl", ".kwaTTkB", "kwaTkk.k", "kTkk..kG",
        "kk.....c", "........", "........", "........",
    ],
    "drone": [
        "........", "...kkkkk", "..kTaaak", ".kTaTkkk", "kTaTkBlk", "kaTkBlcG",
        "kaTklcwG", "kaTkBlcG", "kTaTkBlk", ".kTaTkkk", "..kTtttk", "...kkkkk",
        "....kq.k", ".....k..", "........", "........",
    ],
    # Lex's Earth ships: boxy twin-boom hulls in green and gunmetal with green running
    # lights, nothing like the swept white-and-red curves of every Daxamite craft.
    "lex_ship": [
        "............", "..kkkk......", "..kLLk......", "..kLhk......", "..khhk...kkk",
        "..kLhk..kTLL", "..kLhkkkTLhG", "..kLhTTTTLhG", "..kLhTttttLh", "..kLhTTTTTLh",
        "..kLhkkkkTth", "..kLhk..kTtt", "..kLhk...kkk", "..khHk......", "..kttk......",
        "..kGGk......", "...cc.......", "............", "............", "............",
    ],
    # Kara's royal jet: a slim blue delta with gold leading edges and a long needle
    # nose; no tail fins (Alex's is a white fighter with red fins).
    "kara_jet": [
        "...........k", "..........kp", "..........kg", "..........kl", ".........kBl",
        ".........kBG", ".........kcw", ".........kcG", "........kBcc", "........kBBl",
        ".......kgBBl", "......kgBBBl", ".....kgBBdBl", "....kgBBdBBB", "...kgBBdBBBB",
        "..kgBBdBBBBl", ".kgBBddBBBBl", "kpgBddkkBBBB", "kggkkk..kdBB", ".kk.....kbdd",
        "........kbkk", ".........kok", "..........ek", "...........e",
    ],
    "bomber": [
        "..............kk", ".............kaT", "............kaTT", "............kTcc",
        "...........kTcwl", "...........kTclB", "..........kTTTtt", ".........kTaTttt",
        "....kk...kTaTtttt"[:16], "...kTak.kTaTttttt"[:16], "..kTaTakTaTtttqqq"[:16],
        ".kTaTaTTaTttqqqq", "kTaTaTTTTttqqkkk", "kaTaTTTttqqqkxRe", "kTaTTtttqqqkkxre",
        "kTTttttqqqkk.kkk", "kqqqqqqqkk......", ".kkkkkkkk.......", "........kqttqk..",
        "........kkekek..", ".........ko.ok..", "..........e..e..", "................",
        "................",
    ],
    "turret": [
        "..........kk", "..........kT", "..........kT", "..........kt", "..........kq",
        "......kkkkkq", "....kkgpggkk", "...kgpgRRRxk", "..kgpgRrrrrk", "..kggRrrrxxk",
        ".kbgRrrxxkkk", ".kbgRrxxkkbk", ".kbgRrxxkbgk", ".kbbgrrxkbgk", "..kbbggbbbgk",
        "..kzbbbbbbbk", "...kzzzbbbbk", "....kkkkkkkk", "kkkqqqqqqqqq", "kqqtttttqqqq",
        "kqtTTTTTtttt", "kqtttttttttt", "kqqqqqqqqqqq", "kkkkkkkkkkkk",
    ],
}


def mirror(half: list[str], shade: bool = True) -> list[str]:
    rows = []
    for row in half:
        right = "".join(DARKER.get(ch, ch) if shade else ch for ch in reversed(row))
        rows.append(row + right)
    return rows


def ship_strip(name: str, frames: int = 2) -> pygame.Surface:
    """A ship with `frames` frames of engine flicker / blinking lights."""
    rows = mirror(SHIPS[name])
    w, h = len(rows[0]), len(rows)
    surf = new_surface(w * frames, h)
    for f in range(frames):
        if f % 2 == 1:
            swap = {"e": "o", "o": "p", "G": "w", "c": "G"}
            frame_rows = ["".join(swap.get(c, c) for c in row) for row in rows]
        else:
            frame_rows = rows
        paint_grid(surf, f * w, 0, frame_rows, KEY)
    return surf


def fallen_drone() -> pygame.Surface:
    """A powered-down drone tumbling: 4 frames, lights dark, rotated by 90 deg."""
    dark = {"G": "v", "c": "V", "w": "V", "l": "v", "B": "s"}
    rows = ["".join(dark.get(c, c) for c in r) for r in mirror(SHIPS["drone"])]
    base = new_surface(16, 16)
    paint_grid(base, 0, 0, rows, KEY)
    surf = new_surface(64, 16)
    for i in range(4):
        surf.blit(pygame.transform.rotate(base, -90 * i), (i * 16, 0))
    # a wisp of smoke above
    for i in range(4):
        surf.set_at((i * 16 + 2 + i, 1), rgba("stone_light", 200))
        surf.set_at((i * 16 + 3 + i, 0), rgba("stone", 160))
    return surf


BULLETS = [
    # player bolt, player spread, player heavy, enemy orb, enemy needle,
    # enemy ring, turret shell, Lex laser
    ["...kk...", "..kpwk..", "..kpgk..", "..kgek..", "..kgek..", "...ek...", "...o....",
     "........"],
    ["........", "........", "..kkk...", ".kpwgk..", ".kggek..", "..kek...", "...o....",
     "........"],
    ["..kkkk..", ".kpwwgk.", "kpwwpgek", "kpwpggek", "kgpggeek", ".kgeeek.", "..keek..",
     "...oo..."],
    ["........", "..kkkk..", ".kcwwGk.", ".kwGGlk.", ".kGGlBk.", ".klBBdk.", "..kkkk..",
     "........"],
    ["...k....", "...kk...", "...wG...", "...Gc...", "...cl...", "...lB...", "...BB...",
     "...kk..."],
    ["..kkkk..", ".kmVVmk.", "kmk..kVk", "kV....Vk", "kV....mk", "kVk..kmk", ".kmVmk..",
     "..kkkk.."],
    ["........", "...kk...", "..kpgk..", "..kggk..", "..kgbk..", "..kbbk..", "...ee...",
     "....o..."],
    ["...G....", "...c....", "...c....", "...G....", "...w....", "...G....", "...c....",
     "...l...."],
]


def bullets() -> pygame.Surface:
    surf = new_surface(8 * len(BULLETS), 8)
    for i, rows in enumerate(BULLETS):
        paint_grid(surf, i * 8, 0, rows, KEY)
    return surf


def hitbox() -> pygame.Surface:
    surf = new_surface(5, 5)
    paint_grid(surf, 0, 0, [".kkk.", "kwwwk", "kwRwk", "kwwwk", ".kkk."], KEY)
    return surf


def build(root: Path) -> list[Path]:
    out: list[Path] = []
    meta: dict[str, dict] = {}

    def save(name: str, surf: pygame.Surface, fw: int, fh: int, notes: str = "") -> None:
        count = surf.get_width() // fw
        out.append(save_png(surf, root / "flight" / f"{name}.png"))
        meta[name] = {"file": f"{name}.png", "frame_width": fw, "frame_height": fh,
                      "frames": count}
        if notes:
            meta[name]["notes"] = notes

    for name in SHIPS:
        strip = ship_strip(name)
        save(name, strip, strip.get_width() // 2, strip.get_height(), "engine flicker")
    save("drone_fallen", fallen_drone(), 16, 16, "powered down, tumbling")
    save("bullets", bullets(), 8, 8, "player bolt, player spread, player heavy, enemy orb, "
         "enemy needle, enemy ring, turret shell, lex laser")
    save("hitbox", hitbox(), 5, 5, "player hitbox marker")
    ms = mothership()
    save("mothership", ms, ms.get_width(), ms.get_height(), "boss hazard, indestructible")
    for name, (surf, fw, fh, notes) in effects().items():
        save(name, surf, fw, fh, notes)
    for name, surf in backgrounds().items():
        save(name, surf, surf.get_width(), surf.get_height(), "tileable scrolling layer")
    path = root / "flight" / "sprites.json"
    path.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    out.append(path)
    return out
