"""Rao's drones hovering over the slums in Act 6, before Winn's jam drops them: a dark
saucer with two rotor arms, one red eye that sweeps and pulses, and its shadow on the
street below. Placed as Props (their `when` ends at `$a6_jammed`, when the slums
map's fallen drones take over); the red eye is a light, so they read at night.

Writes tilesets/drones.png + .tsx: `drone_hover` (a 1x2 block, four frames: the body
bobs, the eye sweeps left to right) and `drone_eye_sky` (a high drone: only the dark
shape and its eye, no shadow, for over the roofs).
"""

from __future__ import annotations

from pathlib import Path

from tools.art.outdoor_kit import Grid, Sheet, T, canvas, ellipse, line, outline, put, rect

BOB = (0, -1, -1, 0)  # the body's lift per frame
EYE = (-2, 0, 2, 0)  # the eye's sweep per frame


def _body(g: Grid, cx: int, cy: int, frame: int) -> None:
    """The saucer, its rotor arms and the eye at (cx, cy)."""
    line(g, cx - 7, cy - 3, cx - 3, cy - 1, "stone_dark")  # rotor arms
    line(g, cx + 3, cy - 1, cx + 7, cy - 3, "stone_dark")
    rect(g, cx - 8, cy - 4, 3, 1, "stone" if frame % 2 else "stone_light")  # spinning blades
    rect(g, cx + 6, cy - 4, 3, 1, "stone_light" if frame % 2 else "stone")
    ellipse(g, cx, cy, 5, 3, "violet_dark")
    ellipse(g, cx - 1, cy - 1, 3, 1, "stone_dark")  # the lit top
    ex = cx + EYE[frame]
    rect(g, ex - 1, cy + 1, 3, 2, "red")
    put(g, ex, cy + 1, "red_light")
    put(g, cx, cy + 4, "ink")  # the gun under it


def drone(frame: int) -> Grid:
    """A 16x32 drone: body in the upper tile, its shadow on the street in the lower."""
    g = canvas(T, 2 * T)
    ellipse(g, 8, 28, 4, 1, "shadow")
    _body(g, 8, 9 + BOB[frame], frame)
    return outline(g)


def drone_high(frame: int) -> Grid:
    """A 16x16 drone seen higher up: no shadow near it."""
    g = canvas(T, T)
    _body(g, 8, 8 + BOB[frame], frame)
    return outline(g)


def build(root: Path) -> list[Path]:
    s = Sheet("drones", columns=8)
    s.add_anim_block("drone_hover", [drone(f) for f in range(4)], 180,
                     light={(0, 0): "12,red_light"})
    s.add_anim("drone_eye_sky", [drone_high(f) for f in range(4)], 200, light="10,red_light")
    return s.save(root)
