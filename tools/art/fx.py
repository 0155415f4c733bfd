"""Effects: the radial light glow, emote balloons and the presence ring.

The lighting modes the glow is used with are data (assets/lighting.json, edited by
hand and read by the game); this generator does not own or rewrite that file."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pygame

from tools.art.palette import rgba
from tools.art.pixels import new_surface, paint_grid, save_png

KEY = {"k": "ink", "w": "white", "a": "marble", "r": "red", "R": "red_light", "x": "red_dark",
       "c": "sky", "l": "blue_light", "B": "blue", "g": "gold", "p": "pale_gold",
       "b": "bronze", "m": "mauve", "V": "violet", "e": "ember", "n": "navy"}

def glow() -> pygame.Surface:
    """64x64 white light with a stepped (quantised) alpha falloff."""
    surf = new_surface(64, 64)
    steps = [255, 200, 150, 105, 70, 40, 18]
    for y in range(64):
        for x in range(64):
            d = math.hypot(x - 31.5, y - 31.5) / 32
            if d >= 1:
                continue
            k = int((d ** 0.8) * len(steps))
            surf.set_at((x, y), rgba("white", steps[min(k, len(steps) - 1)]))
    return surf


BALLOON = [
    "..kkkkkkkkkkkk..",
    ".kwwwwwwwwwwwwk.",
    "kwwwwwwwwwwwwwak",
    "kwwwwwwwwwwwwwak",
    "kwwwwwwwwwwwwwak",
    "kwwwwwwwwwwwwwak",
    "kwwwwwwwwwwwwwak",
    "kwwwwwwwwwwwwwak",
    "kwwwwwwwwwwwwwak",
    "kwwwwwwwwwwwwwak",
    "kwwwwwwwwwwwwwak",
    ".kaaaaaaaaaaaak.",
    "..kkkkkwwkkkkk..",
    "......kwak......",
    ".......kk.......",
    "................",
]

# Symbols drawn inside the balloon (offset 2,1), keyed by the emote name scripts
# write; assets/data/emotes.json gives each its frame in the strip.
EMOTES_DATA = Path(__file__).resolve().parents[2] / "assets" / "data" / "emotes.json"
SYMBOLS = {
    "!": ["......RR....", "......Rr....", "......Rr....", "......rx....",
                "......rx....", "............", "......rx...."],
    "?": [".....nBBn...", "....nB..Bn..", "........Bn..", "......nBn...",
                 "......Bn....", "............", "......Bn...."],
    "...": ["", "", "", "", "..nn..nn..nn", "..nn..nn..nn"],
    "heart": ["", "..RR...RR...", ".RppR.RrrR..", ".RprrRrrrx..", "..RrrrrrxR..",
              "...Rrrrxx...", "....Rrx.....", ".....x......"],
    "anger": ["", "..rr...rr...", "...rr.rr....", "............", "...rr.rr....",
              "..rr...rr...", "", ""],
    "sweat": ["", "........l...", ".......lcl..", "......lccwl.", "......lcccl.",
              ".......lll..", "", "....n.n....."],
    "note": ["", ".......VVV..", ".......V.VV.", ".......V....", ".......V....",
             "....VVVV....", "...VVVVV....", "....VVV....."],
}


def emote_frames(path: Path = EMOTES_DATA) -> dict[str, int]:
    """Emote name -> frame, from the game's data; every name needs a drawing here."""
    frames = json.loads(path.read_text(encoding="utf-8"))["emotes"]
    missing = sorted(set(frames) - set(SYMBOLS))
    if missing:
        raise SystemExit(f"{path}: no balloon drawing for emote(s) {', '.join(missing)} "
                         "(add its symbol to SYMBOLS in tools/art/fx.py)")
    return {str(name): int(index) for name, index in frames.items()}


def emotes(frames: dict[str, int] | None = None) -> pygame.Surface:
    """The balloon strip: each emote's symbol at its frame (16 px a frame)."""
    frames = emote_frames() if frames is None else frames
    surf = new_surface(16 * (max(frames.values()) + 1), 16)
    for name, index in frames.items():
        paint_grid(surf, index * 16, 0, BALLOON, KEY)
        paint_grid(surf, index * 16 + 2, 2, SYMBOLS[name], KEY)
    return surf


def presence_ring() -> pygame.Surface:
    """8 frames of a 48x24 aura ring on the ground, seen in perspective,
    shimmering gold-red, with sparks rising from the far side."""
    frames, w, h = 8, 48, 24
    surf = new_surface(w * frames, h)
    for f in range(frames):
        for y in range(h):
            for x in range(w):
                dx, dy = (x - 23.5) / 21, (y - 14.5) / 8
                d = math.hypot(dx, dy)
                ang = math.atan2(dy, dx)
                wave = math.sin(ang * 6 + f * (2 * math.pi / frames))
                if abs(d - 1) < 0.11:
                    front = dy > 0
                    name = "pale_gold" if wave > 0.5 else "gold" if wave > -0.3 else "ember"
                    surf.set_at((f * w + x, y), rgba(name, 255 if front else 170))
                elif 0.78 < d < 0.9 and wave > 0.6:
                    surf.set_at((f * w + x, y), rgba("red_light", 130))
        for k in range(5):
            ang = k * 1.25 + f * 0.3
            sx = round(23.5 + math.cos(ang) * 21)
            rise = (f * 2 + k * 3) % 10
            sy = round(14.5 + math.sin(ang) * 8) - rise
            if 0 <= sy < h:
                surf.set_at((f * w + sx, sy), rgba("pale_gold" if rise < 5 else "ember",
                                                   230 - rise * 15))
    return surf


README = """Effects (generated by tools/art/fx.py, CC0)
glow.png: 64x64 white radial light; tint and scale it, add with lighting.json "glow" alpha.
emotes.png: 16x16 balloons, one per emote at the frame assets/data/emotes.json gives it
(! ? ... heart anger sweat note). The balloon's tail is at the bottom centre.
presence_ring.png: 8 frames of 48x24, loop; centre it on the character's feet.
"""


def build(root: Path) -> list[Path]:
    out = [
        save_png(glow(), root / "fx" / "glow.png"),
        save_png(emotes(), root / "fx" / "emotes.png"),
        save_png(presence_ring(), root / "fx" / "presence_ring.png"),
    ]
    readme = root / "fx" / "README.txt"
    readme.write_text(README, encoding="utf-8")
    return [*out, readme]
