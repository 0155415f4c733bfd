"""Calm pod ride art: the canopy frame seen from inside the pod, firework
bursts, the red scan light of "the line" and its checkpoint gantry.

Drawn from the game palette with fixed tables (a seeded random for the
sparks), so every build writes the same pixels. The firework frames are white
and pale gold; the game tints them per burst colour.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pygame

from tools.art.palette import rgba
from tools.art.pixels import new_surface, save_png

W, H = 480, 270
DASH = 40  # dashboard height at the bottom of the canopy frame
BURST = 56  # firework frame size
BURST_FRAMES = 8


def cockpit() -> pygame.Surface:
    """The canopy frame: dark rim with rounded corners, two struts, a dashboard."""
    s = new_surface(W, H)
    rim = rgba("ink")
    # corners: solid outside a rounded window, one lighter edge inside
    window = pygame.Rect(10, 8, W - 20, H - DASH - 8)
    mask = new_surface(W, H)
    mask.fill(rim)
    pygame.draw.rect(mask, (0, 0, 0, 0), window, border_radius=38)
    s.blit(mask, (0, 0))
    pygame.draw.rect(s, rgba("violet_dark"), window.inflate(2, 2), 2, border_radius=38)
    pygame.draw.rect(s, rgba("stone_dark"), window.inflate(6, 6), 1, border_radius=40)
    # struts from the top corners to the dashboard, thin, with a highlight
    for x0, x1 in ((70, 40), (W - 70, W - 40)):
        pygame.draw.line(s, rim, (x0, 8), (x1, H - DASH), 5)
        pygame.draw.line(s, rgba("violet"), (x0 + 2, 8), (x1 + 2, H - DASH), 1)
    # dashboard: a navy panel with a gold trim and small lamps
    dash = pygame.Rect(0, H - DASH, W, DASH)
    pygame.draw.rect(s, rgba("navy"), dash)
    pygame.draw.line(s, rgba("gold"), (0, H - DASH), (W, H - DASH))
    pygame.draw.line(s, rgba("bronze"), (0, H - DASH + 1), (W, H - DASH + 1))
    for i, name in enumerate(("sky", "leaf", "gold", "sky", "red_light")):
        pygame.draw.rect(s, rgba(name), (14 + i * 7, H - DASH + 8, 4, 3))
        pygame.draw.rect(s, rgba(name), (W - 48 + i * 7, H - DASH + 8, 4, 3))
    # a small heading dial on each side of the text area
    for cx in (30, W - 30):
        pygame.draw.circle(s, rgba("blue_dark"), (cx, H - 14), 9)
        pygame.draw.circle(s, rgba("stone"), (cx, H - 14), 9, 1)
        pygame.draw.line(s, rgba("gold"), (cx, H - 14), (cx + 5, H - 19))
    return s


def firework_strip() -> pygame.Surface:
    """Eight frames of a burst: a bright core, sparks flying out, falling, fading."""
    strip = new_surface(BURST * BURST_FRAMES, BURST)
    table = random.Random(41)
    sparks = [(table.uniform(0, 2 * math.pi), table.uniform(0.6, 1.0)) for _ in range(26)]
    c = BURST / 2
    for f in range(BURST_FRAMES):
        frame = new_surface(BURST, BURST)
        grow = (f + 1) / BURST_FRAMES
        fade = 1.0 - f / BURST_FRAMES
        if f < 2:
            pygame.draw.circle(frame, rgba("white"), (c, c), 4 - f * 2 + 2)
        for angle, speed in sparks:
            r = grow ** 0.6 * speed * (c - 3)
            drop = 6 * grow ** 2  # sparks fall as they slow
            x, y = c + math.cos(angle) * r, c + math.sin(angle) * r + drop
            colour = rgba("white" if f < 3 else "pale_gold", round(255 * max(0.25, fade)))
            frame.set_at((round(x), round(y)), colour)
            if f < 5:  # a short tail back towards the centre
                tx, ty = c + math.cos(angle) * r * 0.8, c + math.sin(angle) * r * 0.8 + drop
                frame.set_at((round(tx), round(ty)), rgba("pale_gold", round(160 * fade)))
        strip.blit(frame, (f * BURST, 0))
    return strip


def scan_light() -> pygame.Surface:
    """A fan of red light shining down from the gantry, brightest in the middle."""
    w, h = 72, 150
    s = new_surface(w, h)
    for y in range(h):
        half = 6 + (w / 2 - 6) * y / h
        for x in range(w):
            off = abs(x + 0.5 - w / 2) / half
            if off > 1:
                continue
            level = math.ceil((1 - off) * 4) / 4 * (0.55 + 0.45 * (1 - y / h))
            s.set_at((x, y), rgba("red_light", round(150 * level)))
    pygame.draw.line(s, rgba("pale_gold", 200), (w // 2, 0), (w // 2, h // 3))
    return s


def gantry() -> pygame.Surface:
    """The checkpoint across the sky lane: a girder with guard booths and red lamps."""
    s = new_surface(W, 34)
    pygame.draw.rect(s, rgba("stone_dark"), (0, 12, W, 10))
    pygame.draw.line(s, rgba("stone_light"), (0, 12), (W, 12))
    pygame.draw.line(s, rgba("ink"), (0, 21), (W, 21))
    for x in range(0, W, 16):  # lattice
        pygame.draw.line(s, rgba("stone"), (x, 13), (x + 8, 20))
        pygame.draw.line(s, rgba("stone"), (x + 8, 13), (x + 16, 20))
    for bx in (48, W - 96):
        pygame.draw.rect(s, rgba("navy"), (bx, 2, 48, 30))
        pygame.draw.rect(s, rgba("ink"), (bx, 2, 48, 30), 1)
        pygame.draw.rect(s, rgba("sky"), (bx + 6, 8, 36, 8))
        pygame.draw.rect(s, rgba("red_dark"), (bx + 4, 24, 40, 4))
    for lx in range(24, W, 48):
        pygame.draw.circle(s, rgba("red_light"), (lx, 24), 2)
    return s


def palace() -> pygame.Surface:
    """The palace seen from above and behind as the pod leaves: domes, towers, a
    lit courtyard, the red crest banner; 120x72, drawn small so it can shrink."""
    s = new_surface(120, 72)
    stone, light, dark = rgba("stone"), rgba("stone_light"), rgba("stone_dark")
    pygame.draw.rect(s, dark, (10, 30, 100, 40))
    pygame.draw.rect(s, stone, (12, 32, 96, 36))
    pygame.draw.rect(s, rgba("gold", 200), (40, 42, 40, 16))  # the lit courtyard
    pygame.draw.rect(s, rgba("pale_gold"), (44, 46, 32, 8))
    for cx, r in ((24, 14), (96, 14), (60, 20)):
        pygame.draw.circle(s, dark, (cx, 28), r + 1)
        pygame.draw.circle(s, light, (cx, 28), r)
        pygame.draw.circle(s, rgba("marble"), (cx - r // 3, 28 - r // 3), r // 3)
    for tx in (4, 108):  # corner towers with a red lamp each
        pygame.draw.rect(s, dark, (tx, 20, 8, 50))
        pygame.draw.rect(s, stone, (tx + 1, 21, 6, 48))
        pygame.draw.circle(s, rgba("red_light"), (tx + 4, 20), 2)
    pygame.draw.rect(s, rgba("red"), (57, 2, 6, 10))  # the crest banner on the great dome
    pygame.draw.line(s, rgba("ink"), (56, 0), (56, 12))
    return s


def build(root: Path) -> list[Path]:
    return [
        save_png(cockpit(), root / "ride" / "cockpit.png"),
        save_png(firework_strip(), root / "ride" / "firework.png"),
        save_png(scan_light(), root / "ride" / "scan_light.png"),
        save_png(gantry(), root / "ride" / "gantry.png"),
        save_png(palace(), root / "ride" / "palace.png"),
    ]
