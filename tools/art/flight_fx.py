"""Procedural parts of the flight art (used by tools/art/flight_sprites.py):
the mothership, animated effects and the tileable scrolling layers."""

from __future__ import annotations

import math
import random

import pygame

from tools.art.palette import rgba
from tools.art.pixels import new_surface

BAYER = (0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5)


def put(surf: pygame.Surface, x: int, y: int, name: str, alpha: int = 255,
        wrap: bool = False) -> None:
    w, h = surf.get_size()
    if wrap:
        x, y = x % w, y % h
    if 0 <= x < w and 0 <= y < h:
        surf.set_at((x, y), rgba(name, alpha))


def ramp_pick(ramp: list[str], t: float, x: int, y: int) -> str | None:
    """Dithered pick along a colour ramp; t in [0, 1], None beyond the end."""
    v = t * (len(ramp) - 1)
    i = int(v)
    if BAYER[(y % 4) * 4 + x % 4] < int((v - i) * 16):
        i += 1
    return ramp[i] if 0 <= i < len(ramp) else None


def mothership() -> pygame.Surface:
    w, h = 200, 120
    mask = new_surface(w, h)
    hull = [(100, 118), (118, 98), (150, 92), (198, 62), (172, 40), (152, 16), (122, 4),
            (78, 4), (48, 16), (28, 40), (2, 62), (50, 92), (82, 98)]
    pygame.draw.polygon(mask, (255, 255, 255, 255), hull)
    for side in (-1, 1):  # forward prongs either side of the prow
        pygame.draw.polygon(mask, (255, 255, 255, 255), [
            (100 + side * 24, 90), (100 + side * 34, 90), (100 + side * 30, 116)])
    spine = [(100, 112), (114, 92), (116, 24), (100, 10), (84, 24), (86, 92)]
    spine_mask = new_surface(w, h)
    pygame.draw.polygon(spine_mask, (255, 255, 255, 255), spine)
    rng = random.Random(23)
    surf = new_surface(w, h)

    def inside(m: pygame.Surface, x: int, y: int) -> bool:
        return 0 <= x < w and 0 <= y < h and m.get_at((x, y)).a > 0

    for y in range(h):
        for x in range(w):
            if not inside(mask, x, y):
                continue
            on_spine = inside(spine_mask, x, y)
            m = spine_mask if on_spine else mask
            if not inside(m, x - 1, y - 1) or (not inside(m, x - 2, y - 2) and on_spine):
                name = "marble" if on_spine else "stone_light"
            elif not inside(m, x + 1, y + 1) or not inside(m, x + 2, y + 2):
                name = "navy" if on_spine else "shadow"
            else:
                if on_spine:
                    name = "stone_dark" if y % 10 == 0 else "stone_light" if x < 100 else "stone"
                else:
                    panel = (x // 12 * 7 + y // 10 * 3) % 5
                    name = "blue_dark" if panel == 0 else "stone_dark"
                    if y % 10 == 0 or (x % 12 == 0 and panel == 0):
                        name = "navy"
            put(surf, x, y, name)
    # window rows and vent lights along the wings
    for y in range(20, 92, 6):
        for x in range(8, 192, 3):
            if inside(mask, x, y + 1) and not inside(spine_mask, x, y) and rng.random() < 0.3:
                put(surf, x, y + 1, rng.choice(["glow", "sky", "blue_light"]))
    for side in (-1, 1):
        for i in range(6):
            cx, cy = 100 + side * (30 + i * 11), 66 + i * 4
            for dx in range(-2, 3):
                put(surf, cx + dx, cy, "glow")
                put(surf, cx + dx, cy + 1, "sky")
    # engines at the stern (top) and the beam emitter eye at the prow
    for ex in (70, 88, 112, 130):
        for dy in range(4):
            for dx in range(-3, 4):
                put(surf, ex + dx, 2 + dy, ["white", "glow", "sky", "blue_light"][dy])
    for y in range(84, 112):
        for x in range(88, 113):
            d = math.hypot(x - 100, (y - 98) * 1.2)
            if d < 9:
                name = ramp_pick(["white", "glow", "sky", "blue_light", "blue", "navy"],
                                 d / 9, x, y)
                if name:
                    put(surf, x, y, name)
    # ink outline
    out = surf.copy()
    for y in range(h):
        for x in range(w):
            if surf.get_at((x, y)).a == 0 and any(
                    0 <= x + a < w and 0 <= y + b < h and surf.get_at((x + a, y + b)).a
                    for a, b in ((1, 0), (-1, 0), (0, 1), (0, -1))):
                put(out, x, y, "ink")
    return out


def explosion(size: int, frames: int, seed: int) -> pygame.Surface:
    surf = new_surface(size * frames, size)
    rng = random.Random(seed)
    phase = [rng.random() * 6.28 for _ in range(3)]
    ramp = ["white", "pale_gold", "gold", "orange", "ember", "red_light", "red", "red_dark"]
    smoke = ["stone_light", "stone", "violet_light", "violet", "violet_dark"]
    c = size / 2 - 0.5
    for f in range(frames):
        t = f / (frames - 1)
        r = size * (0.16 + 0.34 * math.sqrt(t))
        hollow = max(0.0, t - 0.35) * 1.3
        for y in range(size):
            for x in range(size):
                ang = math.atan2(y - c, x - c)
                wob = (1 + 0.18 * math.sin(5 * ang + phase[0] + f)
                       + 0.1 * math.sin(3 * ang + phase[1]))
                d = math.hypot(x - c, y - c) / (r * wob)
                if d >= 1 or d < hollow:
                    continue
                if t < 0.6:
                    name = ramp_pick(ramp, min(1.0, d * 0.55 + t * 0.9), x, y)
                else:
                    name = ramp_pick(smoke, min(1.0, (t - 0.6) * 1.5 + d * 0.4), x, y)
                if name:
                    put(surf, f * size + x, y, name)
        for _ in range(int(6 * (1 - t)) + 2):
            ang, rr = rng.random() * 6.28, r * (1.05 + rng.random() * 0.4)
            put(surf, f * size + round(c + math.cos(ang) * rr), round(c + math.sin(ang) * rr),
                "pale_gold" if t < 0.5 else "ember")
    return surf


def ring_strip(size: int, frames: int, radii: list[float], names: list[list[str]],
               alphas: list[int], dashes: int = 0, height: int | None = None) -> pygame.Surface:
    """Frames of a (possibly squashed, dashed) ring."""
    hh = height or size
    surf = new_surface(size * frames, hh)
    cx, cy, squash = size / 2 - 0.5, hh / 2 - 0.5, size / hh
    for f in range(frames):
        for y in range(hh):
            for x in range(size):
                dx, dy = x - cx, (y - cy) * squash
                d = math.hypot(dx, dy)
                ang = math.atan2(dy, dx)
                for r, ring_names in ((radii[f], names[f]),):
                    band = int(abs(d - r) + 0.5)
                    if band >= len(ring_names):
                        continue
                    if dashes and math.sin(ang * dashes + f * 1.3) > 0.55:
                        continue
                    put(surf, f * size + x, y, ring_names[band], alphas[f])
    return surf


def shield_bubble() -> pygame.Surface:
    surf = new_surface(128, 32)
    for f in range(4):
        for y in range(32):
            for x in range(32):
                d = math.hypot(x - 15.5, y - 15.5)
                ang = math.atan2(y - 15.5, x - 15.5)
                if d > 15:
                    continue
                if d > 13.5:
                    put(surf, f * 32 + x, y, "glow", 230)
                elif d > 12:
                    put(surf, f * 32 + x, y, "sky", 170)
                else:
                    put(surf, f * 32 + x, y, "blue_light", 50)
                sheen = abs(((ang + 2.3 - f * 0.5) + math.pi) % (2 * math.pi) - math.pi)
                if 10 < d < 13 and sheen < 0.45:
                    put(surf, f * 32 + x, y, "white", 220)
    return surf


def jump_gate() -> pygame.Surface:
    size, frames = 64, 6
    surf = new_surface(size * frames, size)
    swirl = ["white", "glow", "sky", "blue_light", "violet_light", "violet", "violet_dark"]
    for f in range(frames):
        for y in range(size):
            for x in range(size):
                dx, dy = x - 31.5, y - 31.5
                d = math.hypot(dx, dy)
                ang = math.atan2(dy, dx)
                ox = f * size + x
                if d < 24:
                    arm = math.sin(ang * 3 + d * 0.35 - f * (2 * math.pi / frames))
                    t = d / 24 * 0.7 + (0.3 if arm < 0 else 0)
                    name = ramp_pick(swirl, min(1.0, t), x, y)
                    if name:
                        put(surf, ox, y, name, 235)
                elif d < 30:
                    lit = dx + dy < 0
                    name = "ink" if d > 29 or d < 25 else (
                        "pale_gold" if lit and d < 26.5 else "gold" if lit else "bronze")
                    put(surf, ox, y, name)
            for k in range(8):
                a = k * math.pi / 4
                on = (k + f) % 3 == 0
                put(surf, ox - x + round(31.5 + math.cos(a) * 27.5),
                    round(31.5 + math.sin(a) * 27.5), "white" if on else "ember")
    return surf


def vertical_tile(width: int, height: int, frames: int, fn) -> pygame.Surface:
    surf = new_surface(width * frames, height)
    for f in range(frames):
        for y in range(height):
            for x in range(width):
                got = fn(f, x, y)
                if got:
                    put(surf, f * width + x, y, got[0], got[1])
    return surf


def _telegraph(f: int, x: int, y: int):
    if (y + f * 8) % 16 >= 10:
        return None
    return {3: ("red_light", 255), 4: ("ember", 255), 2: ("red", 120), 5: ("red", 120)}.get(x)


def _beam(f: int, x: int, y: int):
    wob = 1.5 * math.sin((y / 32 + f / 4) * 2 * math.pi)
    d = abs(x - 11.5 + wob * 0.4) - (f % 2) * 0.5
    if d < 2:
        return ("white", 255)
    if d < 4:
        return ("glow", 255)
    if d < 7:
        return ("sky", 200)
    if d < 10 + wob:
        return ("blue_light", 110)
    return None


def effects() -> dict[str, tuple[pygame.Surface, int, int, str]]:
    pulse_r = [4 + i * 5.2 for i in range(6)]
    pulse_names = [["white", "mauve", "violet_light"]] * 3 + [["mauve", "violet_light"]] * 3
    return {
        "explosion": (explosion(32, 8, 5), 32, 32, "play once, ~4 ticks a frame"),
        "explosion_small": (explosion(16, 6, 9), 16, 16, "hits and small drones"),
        "shield_bubble": (shield_bubble(), 32, 32, "loop; shimmer"),
        "jump_gate": (jump_gate(), 64, 64, "loop; the retreat gate"),
        "recode_pulse": (ring_strip(64, 6, pulse_r, pulse_names, [255, 250, 230, 200, 150, 100],
                                    dashes=7), 64, 64, "play once per recode"),
        "beam_telegraph": (vertical_tile(8, 32, 2, _telegraph), 8, 32,
                           "tile vertically; loop; warning ~2 s before the sweep"),
        "beam": (vertical_tile(24, 32, 4, _beam), 24, 32, "tile vertically; loop"),
    }


def _noise(x: int, y: int, w: int, h: int, waves: list[tuple[int, int, float, float]]) -> float:
    return sum(a * math.sin(2 * math.pi * (kx * x / w + ky * y / h) + p) for kx, ky, a, p in waves)


def _waves(rng: random.Random, n: int) -> list[tuple[int, int, float, float]]:
    return [(rng.randint(-4, 4), rng.randint(1, 4), rng.uniform(0.3, 1.0), rng.random() * 6.28)
            for _ in range(n)]


def _star(surf: pygame.Surface, x: int, y: int, size: int, name: str) -> None:
    put(surf, x, y, "white" if size > 0 else name, wrap=True)
    for r in range(1, size + 1):
        shade = name if r == 1 else "violet_light"
        for dx, dy in ((r, 0), (-r, 0), (0, r), (0, -r)):
            put(surf, x + dx, y + dy, shade, 255 if r == 1 else 170, wrap=True)


def backgrounds() -> dict[str, pygame.Surface]:
    rng = random.Random(31)
    far = new_surface(480, 270)
    waves = _waves(rng, 7)
    neb = ["ink", "ink", "shadow", "violet_dark", "navy", "blue_dark", "violet"]
    for y in range(270):
        for x in range(480):
            v = (_noise(x, y, 480, 270, waves) / 4.5 + 1) / 2
            put(far, x, y, ramp_pick(neb, min(max(v, 0), 1) ** 1.4, x, y) or "violet")
    for _ in range(420):
        _star(far, rng.randrange(480), rng.randrange(270), 0,
              rng.choice(["stone", "stone_light", "violet_light", "blue_light"]))
    mid = new_surface(480, 270)
    for _ in range(110):
        _star(mid, rng.randrange(480), rng.randrange(270), 0 if rng.random() < 0.6 else 1,
              rng.choice(["glow", "pale_gold", "mauve", "sky"]))
    near = new_surface(480, 270)
    for _ in range(14):
        _star(near, rng.randrange(480), rng.randrange(270), 2, rng.choice(["glow", "pale_gold"]))
    for _ in range(40):
        put(near, rng.randrange(480), rng.randrange(270), "stone", 150, wrap=True)
    return {"space_far": far, "space_mid": mid, "space_near": near,
            "night_daxam": night_daxam(rng), "clouds": clouds(rng)}


def night_daxam(rng: random.Random) -> pygame.Surface:
    w, h = 480, 540
    surf = new_surface(w, h)
    waves = _waves(rng, 5)
    for y in range(h):
        for x in range(w):
            v = (_noise(x, y, w, h, waves) / 3.5 + 1) / 2
            put(surf, x, y, ramp_pick(["ink", "navy", "shadow", "blue_dark"],
                                      min(max(v, 0), 1), x, y) or "navy")
    # city blocks with lit windows, along a street grid
    for by in range(0, h, 36):
        for bx in range(0, w, 40):
            for _ in range(rng.randint(2, 4)):
                x0, y0 = bx + rng.randrange(3, 24), by + rng.randrange(3, 20)
                bw, bh = rng.randrange(6, 14), rng.randrange(6, 12)
                for yy in range(bh):
                    for xx in range(bw):
                        edge = xx == 0 or yy == 0
                        name = "violet" if edge else "violet_dark"
                        if not edge and (xx + yy * 3) % 4 == 0 and rng.random() < 0.35:
                            name = rng.choice(["gold", "ember", "pale_gold"])
                        put(surf, x0 + xx, y0 + yy, name, wrap=True)
                put(surf, x0 + bw, y0 + bh, "ink", wrap=True)
        for x in range(0, w, 2):
            put(surf, x, by, "blue_dark" if x % 8 else "gold", wrap=True)
    for bx in range(0, w, 40):
        for y in range(0, h, 3):
            put(surf, bx, y, "blue_dark" if y % 9 else "orange", wrap=True)
    # shield domes seen from above: translucent glow discs with bright rims
    for cx, cy, r in ((110, 120, 70), (360, 300, 95), (90, 440, 50), (300, 40, 40)):
        for y in range(cy - r - 1, cy + r + 2):
            for x in range(cx - r - 1, cx + r + 2):
                d = math.hypot(x - cx, y - cy)
                if d > r:
                    continue
                lit = (x - cx) + (y - cy) < -r * 0.6
                if d > r - 1.5:
                    put(surf, x, y, "glow", 230, wrap=True)
                elif d > r - 4:
                    put(surf, x, y, "sky", 120, wrap=True)
                elif lit and (x + y) % 2 == 0:
                    put(surf, x, y, "sky", 60, wrap=True)
                elif (x * 7 + y * 3) % 23 == 0:
                    put(surf, x, y, "blue_light", 90, wrap=True)
    return surf


def clouds(rng: random.Random) -> pygame.Surface:
    w, h = 480, 270
    surf = new_surface(w, h)
    waves = _waves(rng, 6)
    for y in range(h):
        for x in range(w):
            v = _noise(x, y, w, h, waves) / 3.2
            if v < 0.35:
                continue
            above = _noise(x, y - 3, w, h, waves) / 3.2
            name = "blue_light" if above < 0.35 else "blue" if v < 0.6 else "blue_dark"
            alpha = 120 if v < 0.45 else 170
            if BAYER[(y % 4) * 4 + x % 4] < 6 and v < 0.42:
                continue
            put(surf, x, y, name, alpha)
    return surf
