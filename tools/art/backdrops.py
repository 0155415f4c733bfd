"""Parallax backdrops: the view from Kara's balcony (skies for each lighting mode, the
red sun, the moon, hills, the tower city, pods, the Garden of Ether and its lake,
fireworks) and the force-field dome over the slums.

Layers, back to front: sky_<mode>, sun / moon, hills, towers_<day|night>, garden_<day|
night>, lake_<blue|purple|red>, pods / pods_far (traffic lanes), fireworks (sprite strip). The
sky is 480x270; layers that scroll are 640x270. All colours come from the palette;
only glows and the dome use partial alpha.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pygame

from tools.art.backdrop_pods import pods
from tools.art.palette import rgba
from tools.art.pixels import hex_nearest, new_surface, save_png

W, H, WIDE = 480, 270, 640
BAYER = (0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5)

SKIES = {
    # Daxam's day under its swollen, dying red sun: amber-red, never Earth blue.
    "day": ["red_dark", "red", "red_light", "ember", "orange", "gold", "pale_gold"],
    "sunset": ["navy", "violet_dark", "violet", "red_dark", "red", "red_light", "ember",
               "orange"],
    "night": ["ink", "navy", "navy", "blue_dark", "violet_dark", "violet"],
    "dawn": ["blue_dark", "violet", "violet_light", "mauve", "ember", "gold", "pale_gold"],
    "moon": ["ink", "navy", "blue_dark", "blue_dark", "blue", "blue_light"],
}


def px(s: pygame.Surface, x: int, y: int, c: str, a: int = 255) -> None:
    if 0 <= x < s.get_width() and 0 <= y < s.get_height():
        s.set_at((x, y), rgba(c, a))


def gradient(s: pygame.Surface, y0: int, y1: int, stops: list[str]) -> None:
    """Vertical Bayer-dithered ramp through `stops` over rows y0..y1."""
    for y in range(y0, y1):
        t = (y - y0) / max(y1 - y0 - 1, 1) * (len(stops) - 1)
        i = min(int(t), len(stops) - 2)
        level = int((t - i) * 16)
        for x in range(s.get_width()):
            c = stops[i + 1] if BAYER[(y % 4) * 4 + x % 4] < level else stops[i]
            s.set_at((x, y), rgba(c))


def disc(s, cx, cy, r, c, a=255, ry=None) -> None:
    ry = ry or r
    for y in range(int(cy - ry) - 1, int(cy + ry) + 2):
        for x in range(int(cx - r) - 1, int(cx + r) + 2):
            if ((x + 0.5 - cx) / r) ** 2 + ((y + 0.5 - cy) / ry) ** 2 <= 1:
                px(s, x, y, c, a)


def clouds(s, rng, mode: str) -> None:
    body, lit, dim = {"day": ("orange", "pale_gold", "ember"),
                      "sunset": ("red_dark", "ember", "blood"),
                      "dawn": ("mauve", "pale_gold", "violet_light"),
                      "night": ("violet_dark", "violet", "shadow"),
                      "moon": ("blue_dark", "stone_light", "navy")}[mode]
    for _ in range(9):
        cx, cy = rng.randrange(-40, W + 40), rng.randrange(40, 180)
        n = rng.randrange(3, 7)
        for k in range(n):
            x = cx + k * rng.randrange(10, 18) - n * 7
            rx, ry = rng.randrange(14, 30), rng.randrange(3, 6)
            disc(s, x, cy + rng.randrange(-2, 3), rx, dim, ry=ry)
            disc(s, x - 1, cy - 1 + rng.randrange(-2, 1), rx - 2, body, ry=ry - 1)
            for xx in range(x - rx // 2, x + rx // 2):
                if xx % 3:
                    px(s, xx, cy - ry + (1 if mode != "sunset" else ry * 2 - 2), lit)


def sky(mode: str) -> pygame.Surface:
    s = new_surface(W, H)
    gradient(s, 0, H, SKIES[mode])
    rng = random.Random(len(mode) * 7 + 1)
    if mode in ("night", "moon"):
        for _ in range(260 if mode == "night" else 120):
            x, y = rng.randrange(W), rng.randrange(int(H * 0.7))
            c = rng.choice(("white", "glow", "sky", "pale_gold", "mauve"))
            px(s, x, y, c)
            if rng.random() < 0.08:
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    px(s, x + dx, y + dy, "blue_light")
        if mode == "night":
            for x in range(W):
                y = int(150 - x * 0.35 + 8 * math.sin(x / 37))
                for k in range(-24, 25):
                    if rng.random() < 0.22 * (1 - abs(k) / 25) ** 2:
                        px(s, x, y + k, rng.choice(("violet", "violet_light", "blue", "glow")))
    clouds(s, rng, mode)
    return s


def sun() -> pygame.Surface:
    """Rao, a swollen red giant: a huge disc, ember at the heart, red at the limb."""
    s = new_surface(200, 200)
    c = 100
    for r, col, a in ((98, "red", 18), (84, "red_light", 30), (72, "ember", 40)):
        disc(s, c, c, r, col, a)
    for y in range(200):
        for x in range(200):
            d = math.hypot(x + 0.5 - c, y + 0.5 - c)
            if d <= 60:
                t = d / 60 + (x - y) / 500
                level = int((t * 4 % 1) * 16)
                ramp = ["gold", "orange", "ember", "red_light", "red", "red_dark"]
                i = min(int(t * 4) + 1, len(ramp) - 2)
                col = ramp[i + 1] if BAYER[(y % 4) * 4 + x % 4] < level else ramp[i]
                s.set_at((x, y), rgba(col))
    return s


def moon() -> pygame.Surface:
    s = new_surface(72, 72)
    disc(s, 36, 36, 34, "glow", 24)
    disc(s, 36, 36, 28, "sky", 40)
    disc(s, 36, 36, 22, "stone_light")
    disc(s, 35, 35, 21, "marble")
    disc(s, 33, 33, 17, "white")
    for cx, cy, r in ((30, 30, 4), (42, 38, 5), (34, 45, 3), (44, 26, 2.5)):
        disc(s, cx, cy, r, "stone_light")
        disc(s, cx + 1, cy + 1, r - 1, "marble")
    return s


def ridge(rng, base: int, amp: int, freq: float) -> list[int]:
    phase = [rng.uniform(0, 6.3) for _ in range(3)]
    return [int(base - amp * (0.6 * math.sin(x * freq + phase[0]) +
                              0.3 * math.sin(x * freq * 2.7 + phase[1]) +
                              0.15 * math.sin(x * freq * 7.1 + phase[2])))
            for x in range(WIDE)]


def hills() -> pygame.Surface:
    s = new_surface(WIDE, H)
    rng = random.Random(11)
    for base, amp, freq, body, rim in ((190, 34, 0.012, "violet", "mauve"),
                                       (214, 22, 0.021, "violet_dark", "violet_light")):
        top = ridge(rng, base, amp, freq * 2 * math.pi / 6.3)
        for x in range(WIDE):
            for y in range(top[x], H):
                px(s, x, y, body)
            px(s, x, top[x], rim)
            if top[x - 1] > top[x] and x > 0:
                px(s, x, top[x] + 1, rim)
            for y in range(top[x] + 6, H, 7):
                if (x * 7 + y) % 11 == 0:
                    px(s, x, y, "shadow" if body == "violet_dark" else "violet_dark")
    return s


def towers(night: bool) -> pygame.Surface:
    """The tower city. Day and night share one silhouette (`rng`); only the windows
    (`lit`, a second random source) differ, so sunset can blend into night."""
    s = new_surface(WIDE, H)
    rng = random.Random(23)
    lit = random.Random(24)
    for row, (body, rim, dark) in enumerate((("violet", "mauve", "violet_dark"),
                                             ("violet_dark", "violet_light", "shadow"))):
        x = rng.randrange(-10, 10)
        while x < WIDE:
            w = rng.randrange(10, 22) if row else rng.randrange(8, 16)
            h = rng.randrange(50, 150) if row else rng.randrange(40, 110)
            if row and rng.random() < 0.25:
                h += 50
            top = H - h
            for y in range(top, H):
                for xx in range(x, x + w):
                    px(s, xx, y, rim if xx == x else dark if xx >= x + w - 2 else body)
            kind = rng.randrange(3)
            if kind == 0:
                disc(s, x + w / 2, top, w / 2, body, ry=w / 3)
                px(s, x + w // 2, top - w // 3 - 1, rim)
            elif kind == 1:
                for k in range(w // 2):
                    for xx in range(x + k, x + w - k):
                        px(s, xx, top - k * 2, body)
                        px(s, xx, top - k * 2 - 1, body)
                for y in range(top - w - 8, top - w + 1):
                    px(s, x + w // 2, y, rim)
            else:
                for xx in range(x - 2, x + w + 2):
                    px(s, xx, top, rim)
                    px(s, xx, top + 1, dark)
            for y in range(top + 5, H, 6):
                for xx in range(x + 2, x + w - 2, 3):
                    r = lit.random()
                    if night and r < 0.45:
                        c = lit.choice(("gold", "pale_gold", "orange", "gold"))
                        px(s, xx, y, c)
                        px(s, xx, y + 1, "orange" if c != "orange" else "bronze")
                    elif not night and r < 0.25:
                        px(s, xx, y, "blue_dark" if row else "violet_dark")
                        px(s, xx, y + 1, "blue_dark" if row else "violet_dark")
            if night:
                px(s, x + w // 2, top - (w + 8 if kind == 1 else w // 3 + 2), "red_light")
            x += w + rng.randrange(14, 56 if row else 30)
        if row == 0:
            for _ in range(5):
                bx, by = rng.randrange(WIDE), rng.randrange(150, 200)
                for xx in range(bx, bx + rng.randrange(20, 50)):
                    px(s, xx, by, rim)
                    px(s, xx, by + 1, body)
                    if night and xx % 6 == 0:
                        px(s, xx, by, "pale_gold")
    return s


def garden(night: bool) -> pygame.Surface:
    """The palace grounds far below: lawns, hedge rows, trees, the oak ringed by five
    gazebos, paths; a hole is left for the lake layer. Night: the grass glows blue."""
    s = new_surface(WIDE, H)
    rng = random.Random(31)
    lawn = ("blue_dark", "blue", "blue_light", "glow") if night else (
        "green_dark", "green", "green_light", "leaf")
    tree = ("navy", "blue_dark", "blue") if night else ("green_dark", "green", "green_light")
    top = 212
    for y in range(top, H):
        for x in range(WIDE):
            if ((x - 140) / 110) ** 2 + ((y - 248) / 22) ** 2 <= 1.15:
                continue
            n = math.sin(x * 0.031 + y * 0.05) + 0.6 * math.sin(x * 0.011 - y * 0.13)
            c = lawn[1] if n + (BAYER[(y % 4) * 4 + x % 4] / 16 - 0.5) > -0.6 else lawn[0]
            if rng.random() < (0.06 if night else 0.03):
                c = rng.choice(lawn[2:]) if night else lawn[2]
            px(s, x, y, c)
    for x in range(WIDE):
        px(s, x, top, tree[0])
    for k in range(-4, 5):
        for y in range(top + 1, H):
            x = int(330 + k * (y - top) * 1.6 + k * 20)
            c = ("blue_dark" if k % 2 else "navy") if night else ("sand" if k % 2 else "dirt")
            if ((x - 140) / 110) ** 2 + ((y - 248) / 22) ** 2 > 1.15:
                px(s, x, y, c)
                px(s, x + 1, y, c)
    for hy in (222, 236, 258):
        for x in range(WIDE):
            if (x // 60) % 3 != 2 and ((x - 140) / 110) ** 2 + ((hy - 248) / 22) ** 2 > 1.3:
                px(s, x, hy - 1, tree[2])
                px(s, x, hy, tree[1])
                px(s, x, hy + 1, tree[0])
    for _ in range(40):
        x, y = rng.randrange(WIDE), rng.randrange(top + 4, H)
        if ((x - 140) / 120) ** 2 + ((y - 248) / 28) ** 2 <= 1 or abs(x - 420) < 60:
            continue
        r = 2 + (y - top) / 12
        disc(s, x + 1, y + 1, r, tree[0], ry=r * 0.8)
        disc(s, x, y, r, tree[1], ry=r * 0.8)
        disc(s, x - r / 3, y - r / 3, r / 2, tree[2], ry=r * 0.4)
    ox, oy = 420, 238
    disc(s, ox + 2, oy + 3, 20, tree[0], ry=12)
    for k in range(9):
        a = k * 0.7
        disc(s, ox + 12 * math.cos(a), oy + 7 * math.sin(a), 9, tree[1], ry=6)
        disc(s, ox + 12 * math.cos(a) - 2, oy + 7 * math.sin(a) - 2, 5, tree[2], ry=3)
    for k in range(5):
        a = k * 2 * math.pi / 5 - math.pi / 2
        gx, gy = ox + 46 * math.cos(a), oy + 20 * math.sin(a)
        disc(s, gx, gy, 5, "red", ry=3)
        px(s, int(gx) - 1, int(gy) - 1, "red_light")
        px(s, int(gx), int(gy), "gold")
        if night:
            for t in range(2, 14, 2):
                px(s, int(gx + (ox - gx) * t / 14), int(gy + (oy - gy) * t / 14), "pale_gold")
    if night:
        for _ in range(90):
            x, y = rng.randrange(WIDE), rng.randrange(top + 2, H)
            if s.get_at((x, y)).a:
                px(s, x, y, rng.choice(("pale_gold", "leaf", "glow")))
    return s


def lake(tint: str) -> pygame.Surface:
    ramps = {"blue": ("navy", "blue_dark", "blue", "sky"),
             "purple": ("violet_dark", "violet", "violet_light", "mauve"),
             "red": ("blood", "red_dark", "red", "ember"),
             # by day the water holds the amber sky: "a lake shaped like a spilled coin"
             "amber": ("brown", "bronze", "orange", "pale_gold")}
    deep, mid, hi, glint = ramps[tint]
    s = new_surface(WIDE, H)
    rng = random.Random(5)
    for y in range(224, H):
        for x in range(20, 262):
            d = ((x - 140) / 110) ** 2 + ((y - 248) / 22) ** 2
            if d <= 1.15:
                c = "green_dark" if d > 1 else deep if d < 0.5 and y < 250 else mid
                if 0.85 < d <= 1 and y > 250:
                    c = hi
                px(s, x, y, c)
    for _ in range(70):
        y = rng.randrange(229, 268)
        x = int(rng.gauss(140, 45))
        ln = rng.randrange(3, 16)
        for xx in range(x, x + ln):
            if ((xx - 140) / 104) ** 2 + ((y - 248) / 19) ** 2 <= 1:
                px(s, xx, y, glint if abs(xx - 140) < 30 and ln > 8 else hi)
    return s


def fireworks() -> pygame.Surface:
    """Rows gold / red / sky, 6 frames of 64x64: the burst grows, then falls and fades."""
    s = new_surface(384, 192)
    for row, (core, col, tail) in enumerate((("white", "gold", "orange"),
                                             ("pale_gold", "red_light", "red_dark"),
                                             ("white", "sky", "blue"))):
        rng = random.Random(row + 40)
        rays = [(rng.uniform(0, 6.283), rng.uniform(0.75, 1.0)) for _ in range(22)]
        for f in range(6):
            ox, oy = f * 64 + 32, row * 64 + 32
            r = (4, 12, 20, 25, 28, 30)[f]
            drop = (0, 0, 1, 3, 6, 10)[f]
            for a, k in rays:
                for t in range(max(0, int(r * k) - 7), int(r * k) + 1):
                    x = ox + round(t * math.cos(a))
                    y = oy + round(t * math.sin(a)) + round(drop * t / 30)
                    head = t >= int(r * k) - 1
                    if f >= 4 and not head and (t + f) % 2:
                        continue
                    c = (core if f < 2 else col) if head else tail
                    px(s, x, y, c, 255 if f < 4 else (170 if f == 4 else 100))
            if f < 2:
                disc(s, ox, oy, 3 - f, core)
    return s


def dome() -> pygame.Surface:
    """A faint hexagonal force field: thin low-alpha cell edges, a brighter rim."""
    s = new_surface(W, H)
    size = 12
    dx, dy = size * math.sqrt(3), size * 1.5
    cx, cy, rad = W / 2, H * 1.35, W * 0.78
    for y in range(H):
        for x in range(W):
            d = math.hypot(x - cx, (y - cy) * 1.05)
            if d > rad:
                continue
            near = hex_nearest(x, y, dx, dy)
            rim = rad - d
            a = 0
            if near[1] - near[0] < 1.2:
                a = 30 + int(50 * max(0.0, 1 - rim / 50))
            elif rim < 3:
                a = 100
            elif near[0] < 2.5 and (x // 37 + y // 23) % 5 == 0:
                a = 30
            if a:
                s.set_at((x, y), rgba("glow" if rim < 3 else "sky", min(a, 120)))
    return s


def build(root: Path) -> list[Path]:
    out = root / "backdrops"
    files = [save_png(sky(m), out / "balcony" / f"sky_{m}.png") for m in SKIES]
    files += [
        save_png(sun(), out / "balcony" / "sun.png"),
        save_png(moon(), out / "balcony" / "moon.png"),
        save_png(hills(), out / "balcony" / "hills.png"),
        save_png(towers(False), out / "balcony" / "towers_day.png"),
        save_png(towers(True), out / "balcony" / "towers_night.png"),
        save_png(garden(False), out / "balcony" / "garden_day.png"),
        save_png(garden(True), out / "balcony" / "garden_night.png"),
    ]
    files += [save_png(lake(t), out / "balcony" / f"lake_{t}.png")
              for t in ("blue", "purple", "red", "amber")]
    files += [
        save_png(pods(), out / "balcony" / "pods.png"),
        save_png(pods("far"), out / "balcony" / "pods_far.png"),
        save_png(fireworks(), out / "balcony" / "fireworks.png"),
        save_png(dome(), out / "slums" / "dome.png"),
    ]
    return files
