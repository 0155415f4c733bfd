"""The palace garden and the Garden of Ether: lawn, paths, hedges, gazebos, the oak,
light strings, rose tables, the lake, night-glowing grass, the stage and the palace
wall. Writes tilesets/garden.png + garden.tsx (see docs/ASSETS.md)."""

from __future__ import annotations

import math
import random
from pathlib import Path

from tools.art.garden_grids import (
    cobble_tex,
    grass_tex,
    gravel_tex,
    hedge_front,
    hedge_tex,
    water_tex,
)
from tools.art.outdoor_kit import (
    Grid,
    Sheet,
    T,
    autotile,
    blit,
    canvas,
    dark,
    ellipse,
    light,
    line,
    outline,
    polygon,
    put,
    rect,
    shade,
    stamp,
    tex_grid,
)


# ------------------------------------------------------------------ objects
def flower_tuft(petal: str, seed: int, n: int = 5) -> Grid:
    g = canvas(T, T)
    rng = random.Random(seed)
    for _ in range(n):
        x, y = rng.randrange(2, 13), rng.randrange(2, 13)
        stamp(g, x, y, [".p.", "pcp", ".pd", ".g."],
              {"p": petal, "c": "pale_gold", "d": dark(petal) or petal, "g": "green_dark"})
    return g


def flower_bed(petal: str, seed: int) -> Grid:
    rng = random.Random(seed)
    g = [[rng.choice(("brown_dark", "brown", "brown_dark")) for _ in range(T)] for _ in range(T)]
    for y in range(0, T, 4):
        for x in range((y // 4) % 2 * 2, T, 4):
            stamp(g, x, y, ["gpg", "pcp", "lpd"], {"p": petal, "c": "pale_gold", "g": "green",
                                                   "l": "green_light", "d": dark(petal)})
    return g


def gazebo_roof() -> Grid:
    g = canvas(48, 48)
    cx, cy = 24, 23
    pts = [(cx + 22 * math.cos(math.radians(-90 + 72 * i)),
            cy + 22 * math.sin(math.radians(-90 + 72 * i))) for i in range(5)]
    tones = ["red_light", "red", "red_dark", "red_dark", "red"]
    for i in range(5):
        a, b = pts[i], pts[(i + 1) % 5]
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2

        def facet(x, y, t=tones[i], mx=mx, my=my):
            k = (cx - mx) * (x + 0.5 - mx) + (cy - my) * (y + 0.5 - my)
            band = int(k / (math.hypot(cx - mx, cy - my) or 1)) % 4
            return dark(t) if band == 0 else t
        polygon(g, [(cx, cy), a, b], facet)
    for p in pts:
        line(g, cx, cy, round(p[0]), round(p[1]), "gold")
    for i in range(5):
        a, b = pts[i], pts[(i + 1) % 5]
        line(g, round(a[0]), round(a[1]), round(b[0]), round(b[1]), "bronze")
    ellipse(g, cx + 0.5, cy + 0.5, 2.5, 2.5, "pale_gold")
    put(g, cx - 1, cy - 1, "white")
    return outline(g)


def gazebo_floor() -> Grid:
    g = canvas(48, 48)
    cx, cy = 24, 24
    pts = [(cx + 20 * math.cos(math.radians(-90 + 72 * i)),
            cy + 20 * math.sin(math.radians(-90 + 72 * i))) for i in range(5)]
    polygon(g, pts, lambda x, y: "stone_light" if int(math.hypot(x - cx, y - cy)) % 5 == 0
            else "marble")
    g = outline(g, "stone")
    g = outline(g, "ink")
    rect(g, 19, 43, 10, 3, "stone_light")
    rect(g, 19, 46, 10, 1, "stone")
    for px, py in pts:
        x, y = round(px), round(py)
        rect(g, x - 2, y - 4, 4, 6, "white")
        rect(g, x + 1, y - 4, 1, 6, "marble")
        rect(g, x - 2, y - 5, 4, 1, "gold")
        rect(g, x - 2, y + 2, 4, 1, "violet")
    return g


def oak() -> Grid:
    g = canvas(64, 80)
    ellipse(g, 32, 72, 26, 6, lambda x, y: "green_dark" if (x + y) % 2 else None)
    trunk = canvas(64, 80)
    polygon(trunk, [(26, 40), (38, 40), (40, 70), (46, 76), (36, 73), (32, 77), (28, 73),
                    (17, 76), (24, 70)], "brown")
    for y in range(40, 78):
        for x in range(16, 48):
            if trunk[y][x]:
                trunk[y][x] = "bronze" if x < 29 else "brown_dark" if x > 35 else (
                    "brown" if (y + x // 3) % 5 else "brown_dark")
    blit(g, outline(trunk), 0, 0)
    crown = canvas(64, 80)
    rng = random.Random(5)
    blobs = [(rng.uniform(12, 52), rng.uniform(12, 44), rng.uniform(8, 12)) for _ in range(16)]
    blobs.sort(key=lambda b: b[1])
    for bx, by, r in blobs:
        def leafy(x, y, bx=bx, by=by, r=r):
            d = ((x - bx) + (y - by)) / r
            j = ((x * 5 + y * 3) % 7) / 7 * 0.5
            return ("leaf" if d + j < -0.9 else "green_light" if d + j < -0.2 else
                    "green" if d + j < 0.75 else "green_dark")
        ellipse(crown, bx, by, r, r * 0.9, leafy)
        crown = outline(crown, "green_dark") if by > 30 else crown
    blit(g, outline(crown), 0, 0)
    return g


def string_tile(vertical: bool, bulbs: tuple[str, str], lit: int) -> Grid:
    g = canvas(T, T)
    for t in range(T):
        sag = round(3 * math.sin(math.pi * t / T))
        put(g, 7 + sag if vertical else t, t if vertical else 3 + sag, "shadow")
    for i, pos in enumerate((4, 11)):
        sag = round(3 * math.sin(math.pi * pos / T))
        x, y = (8 + sag, pos) if vertical else (pos, 4 + sag)
        c = bulbs[i] if (i + lit) % 2 == 0 else dark(bulbs[i])
        stamp(g, x - 1, y, [".k.", "bcb", "bdb", ".b."],
              {"k": "bronze", "b": c, "c": "white" if (i + lit) % 2 == 0 else c,
               "d": dark(c)})
    return g


def rose_table(part: str, rose: str | None) -> Grid:
    g = canvas(T, T)
    x0 = 2 if part == "l" else 0
    x1 = 14 if part == "r" else 16
    rect(g, x0, 2, x1 - x0, 9, "white")
    rect(g, x0, 5, x1 - x0, 3, "red")
    rect(g, x0, 11, x1 - x0, 3, "marble")
    for x in range(x0, x1, 3):
        put(g, x, 13, "stone_light")
    rect(g, x0, 14, x1 - x0, 1, "violet")
    rect(g, x0, 2, x1 - x0, 1, "white")
    if rose:
        stamp(g, 5, 1, ["..r.r..", ".rRrRr.", "grRcRrg", ".gr.rg.", "..bbb.."],
              {"r": rose, "R": dark(rose), "c": light(rose), "g": "green", "b": "glow"})
    elif part == "m":
        stamp(g, 3, 3, ["mmm...o..", "mgm..oYo.", "mmm...k.."],
              {"m": "marble", "g": "gold", "o": "orange", "Y": "pale_gold", "k": "bronze"})
    if part == "l":
        rect(g, 1, 2, 1, 12, "ink")
    if part == "r":
        rect(g, 14, 2, 1, 12, "ink")
    rect(g, 0, 1, 16, 1, None)
    for x in range(x0, x1):
        put(g, x, 1, "ink")
        put(g, x, 15, "ink")
    return g


def bench(part: str) -> Grid:
    g = canvas(T, T)
    x0, x1 = (2, 16) if part == "l" else (0, 14)
    rect(g, x0, 5, x1 - x0, 7, "bronze")
    for y in (7, 10):
        rect(g, x0, y, x1 - x0, 1, "brown")
    rect(g, x0, 5, x1 - x0, 1, "orange")
    lx = 3 if part == "l" else 11
    rect(g, lx, 12, 2, 2, "stone_dark")
    g = outline(g)
    return g


def stage() -> Grid:
    g = canvas(80, 80)
    for y in range(0, 36):
        hw = 4 + min(max(y - 6, 0), 18) * 0.7
        for x in range(80):
            d = abs(x + 0.5 - 40)
            if d < hw:
                g[y][x] = "shadow" if (x * 3 + y * 7) % 23 else "violet_light"
                continue
            f = int(x + (d - hw) * 0.3) % 6 if d - hw < 10 else x % 6
            g[y][x] = ("red_light", "red", "red", "red_dark", "blood", "red_dark")[f]
            if d - hw < 1.5:
                g[y][x] = "red_light" if x < 40 else "red_dark"
    for side in (-1, 1):
        x = round(40 + side * 17)
        rect(g, x - 2, 22, 4, 2, "gold")
        put(g, x - 1, 22, "pale_gold")
        rect(g, x, 24, 1, 4, "orange")
    rect(g, 0, 0, 80, 6, "red_dark")
    for x in range(0, 80, 8):
        ellipse(g, x + 4, 6, 4, 3, "red")
        put(g, x + 2, 6, "red_light")
    rect(g, 0, 0, 80, 2, "gold")
    for x in range(0, 80, 4):
        put(g, x + 1, 1, "pale_gold")
    for y in range(36, 66):
        for x in range(80):
            g[y][x] = "bronze" if (y - 36) % 5 else "brown"
            if (x + (y // 5) * 7) % 19 == 0:
                g[y][x] = "brown"
    rect(g, 0, 36, 80, 1, "shadow")
    rect(g, 0, 66, 80, 2, "orange")
    rect(g, 0, 68, 80, 10, "brown_dark")
    for x in range(0, 80, 6):
        rect(g, x, 69, 1, 9, "brown")
    rect(g, 32, 66, 16, 14, "bronze")
    for y in (70, 74, 78):
        rect(g, 32, y, 16, 1, "brown")
    for x in (6, 72):
        rect(g, x, 60, 3, 6, "gold")
    return outline(g)


def fountain() -> Grid:
    g = canvas(48, 48)
    ellipse(g, 24, 26, 22, 19, "stone_light")
    ellipse(g, 24, 26, 19, 16, "marble")
    ellipse(g, 24, 27, 17, 14, lambda x, y: water_tex(0)(x, y))
    ellipse(g, 24, 23, 6, 5, "stone_light")
    ellipse(g, 24, 22, 4, 3, "glow")
    rect(g, 23, 9, 3, 13, "marble")
    ellipse(g, 24, 9, 3, 2, "sky")
    for x, y in ((18, 16), (30, 16), (16, 24), (32, 24), (24, 13)):
        put(g, x, y, "glow")
    g = outline(g)
    shade(g)
    return g


def statue() -> Grid:
    g = canvas(T, 32)
    rect(g, 3, 22, 10, 8, "stone_light")
    rect(g, 2, 21, 12, 2, "marble")
    stamp(g, 4, 2, ["..gGg...", ".gGpGg..", "..gGg...", "...mm...", "..mmmm..", ".mmmmmm.",
                    ".mmmmmm.", "..mmmm..", "..mmmm..", "..mmmm..", "..mmmm..", "..mmmm..",
                    ".mmmmmm.", ".mmmmmm.", ".mmmmmm.", "mmmmmmmm", "mmmmmmmm"],
          {"g": "gold", "G": "orange", "p": "pale_gold", "m": "marble"})
    shade(g)
    return outline(g)


def palace_wall(door: bool) -> Grid:
    w = 64 if door else T
    g = canvas(w, 48)
    for y in range(48):
        for x in range(w):
            bx, by = (x + (y // 8) * 8) % 16, y % 8
            g[y][x] = ("stone" if by == 7 or bx == 15 else "white" if by == 0 or bx == 0
                       else "stone_light" if (x * 7 + y * 13) % 29 == 0 else "marble")
    rect(g, 0, 0, w, 4, "gold")
    rect(g, 0, 1, w, 1, "pale_gold")
    rect(g, 0, 4, w, 2, "red_dark")
    rect(g, 0, 40, w, 6, "stone_light")
    rect(g, 0, 46, w, 2, "violet")
    if door:
        polygon(g, [(12, 46), (12, 18), (20, 10), (32, 7), (44, 10), (52, 18), (52, 46)],
                "gold")
        polygon(g, [(15, 46), (15, 19), (22, 12), (32, 10), (42, 12), (49, 19), (49, 46)],
                lambda x, y: "red_dark" if (x % 6) else "blood")
        rect(g, 31, 11, 2, 35, "ink")
        for y in range(20, 44, 6):
            for x in (18, 26, 38, 46):
                put(g, x, y, "gold")
        ellipse(g, 32, 24, 6, 6, "gold")
        ellipse(g, 32, 24, 4, 4, "red_light")
        put(g, 30, 22, "ember")
    return g


# ------------------------------------------------------------------ the sheet
def build(root: Path) -> list[Path]:
    s = Sheet("garden")
    greens = [grass_tex(i) for i in (1, 2, 3)]
    for i, tex in enumerate(greens):
        s.add(f"grass_{i + 1}", tex_grid(tex))
    tall = grass_tex(9, tufts=18)
    s.add("grass_tall", tex_grid(tall))
    g = tex_grid(greens[0])
    blit(g, flower_tuft("white", 4, 2), 0, 0)
    s.add("grass_daisies", g)
    for col in ("red_light", "gold", "white", "mauve", "sky"):
        s.add(f"flowers_{col}", flower_tuft(col, len(col)))
    s.newrow()
    path_kw = dict(margin=4, rim_out="green_dark", top_in="stone", top_depth=1)
    s.add_set("cobble", autotile(cobble_tex(11), greens[0], **path_kw))
    s.add_set("gravel", autotile(gravel_tex(12), greens[0], margin=4, rim_out="green_dark",
                                 top_in="dirt"))
    bands = ((0, 6, (4, 12)), (7, 4, (1, 9)), (12, 3, (6, 14)))
    s.add("cobble_2", tex_grid(cobble_tex(13, bands)))
    s.add("gravel_2", tex_grid(gravel_tex(14)))
    s.newrow()
    s.add_set("hedge", autotile(hedge_tex, None, margin=1, wobble=0, round_r=3, rim_out="ink",
                                top_in="green_light", front=hedge_front, front_depth=5),
              solid=True)
    for col in ("red", "gold", "white", "mauve", "sky"):
        s.add(f"flower_bed_{col}", flower_bed(col, 3))
    s.newrow()
    lake = [autotile(water_tex(f), greens[0], margin=5, rim_out="brown", top_in="navy",
                     top_depth=2, bottom_in="sky") for f in range(4)]
    for piece in ("nw", "n", "ne", "w", "c", "e", "sw", "s", "se", "inner_se", "inner_sw",
                  "inner_ne", "inner_nw"):
        s.add_anim(f"lake_{piece}", [lake[f][piece] for f in range(4)], 300, solid=True)
    s.newrow()
    glow_pal = ("navy", "blue_dark", "blue_dark", "sky")
    for i in range(3):
        s.add(f"glow_grass_{i + 1}", tex_grid(grass_tex(40 + i, 5 + 3 * i, glow_pal)),
              light="16,glow")
    tuft = canvas(T, T)
    for x, y in ((3, 5), (9, 3), (12, 10), (5, 11)):
        stamp(tuft, x, y, [".g.", "gsg", ".b."], {"g": "glow", "s": "sky", "b": "blue_light"})
    s.add("glow_tuft", tuft, light="16,glow")
    ff = []
    for f in range(4):
        fg = canvas(T, T)
        for i, (bx, by) in enumerate(((4, 5), (11, 9), (7, 12))):
            a = (f + i) * math.pi / 2
            x, y = bx + round(2 * math.cos(a)), by + round(2 * math.sin(a * 1.5))
            if (f + i) % 4 != 3:
                stamp(fg, x - 1, y - 1, [".g.", "gpg", ".g."], {"g": "leaf", "p": "pale_gold"})
            else:
                put(fg, x, y, "green_light")
        ff.append(fg)
    s.add_anim("fireflies", ff, [220, 260, 200, 280], light="24,pale_gold")
    s.newrow()
    for kind, bulbs in (("gold", ("gold", "pale_gold")), ("party", ("red_light", "sky"))):
        for vert in (False, True):
            nm = f"lights_{kind}_{'v' if vert else 'h'}"
            s.add_anim(nm, [string_tile(vert, bulbs, k) for k in (0, 1)], [500, 420],
                       light=f"24,{bulbs[0]}")
    lamp = canvas(T, 32)
    stamp(lamp, 4, 2, ["..kk....", ".kkkk...", "kbpwbk..", "kbppbk..", "kbggbk..", ".kkkk...",
                       "..kk....", "..kk....", ], {"k": "bronze", "b": "gold", "p": "pale_gold",
                                                   "w": "white", "g": "orange"})
    rect(lamp, 6, 10, 2, 19, "brown_dark")
    rect(lamp, 6, 10, 1, 19, "bronze")
    rect(lamp, 4, 28, 6, 2, "stone")
    lamp = outline(lamp)
    s.add_block("lantern", lamp, lambda c, r: r == 1, {(0, 0): "40,orange"},
                [["lantern_top"], ["lantern_post"]])
    for part in ("l", "r"):
        s.add(f"bench_{part}", bench(part), solid=True)
    s.newrow()
    s.add("table_l", rose_table("l", None), solid=True)
    s.add("table_m", rose_table("m", None), solid=True)
    for rose in ("red", "white", "gold", "mauve", "sky"):
        s.add(f"table_roses_{rose}", rose_table("m", rose), solid=True)
    s.add("table_r", rose_table("r", None), solid=True)
    s.newrow()
    roof = gazebo_roof()
    s.add_block("gazebo_roof", roof)
    posts = {(1, 0), (0, 1), (2, 1), (0, 2), (2, 2)}
    s.add_block("gazebo_floor", gazebo_floor(), lambda c, r: (c, r) in posts)
    s.add_block("oak", oak(), lambda c, r: r == 4 and c in (1, 2))
    s.add_block("fountain", fountain(), lambda c, r: True)
    s.add_block("statue", statue(), lambda c, r: r == 1)
    s.add_block("stage", stage(), lambda c, r: r < 2 or (r == 4 and c != 2))
    wall = palace_wall(False)
    s.add_block("palace_wall", wall, lambda c, r: True,
                names=[["palace_wall_top"], ["palace_wall_face"], ["palace_wall_base"]])
    s.add_block("palace_doors", palace_wall(True), lambda c, r: True)
    return s.save(root)

