"""Drawing kit shared by the outdoor generators (garden, slums, balcony, backdrops).

Pictures are grids: lists of rows of palette names (or None for transparent), so
every pixel is a palette colour by construction. `Sheet` packs tiles, multi-tile
blocks and animation strips onto a 16-column sheet and writes the PNG and TSX.
`autotile` renders the 13 pieces of a 3x3 + inner-corner terrain set from two
seamless textures, with rims and shading lit from the upper left.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from pathlib import Path

from tools.art.palette import rgba
from tools.art.pixels import new_surface, save_png
from tools.art.tsx import TileInfo, write_tsx

T = 16
Grid = list[list[str | None]]
Tex = Callable[[int, int], str | None]

DARK = {
    "white": "marble", "marble": "stone_light", "stone_light": "stone", "stone": "stone_dark",
    "stone_dark": "violet_dark", "leaf": "green_light", "green_light": "green",
    "green": "green_dark", "green_dark": "shadow", "pale_gold": "gold", "gold": "orange",
    "orange": "bronze", "bronze": "brown", "brown": "brown_dark", "brown_dark": "shadow",
    "sand": "dirt", "dirt": "brown", "ember": "red_light", "red_light": "red", "red": "red_dark",
    "red_dark": "blood", "blood": "shadow", "glow": "sky", "sky": "blue_light",
    "blue_light": "blue", "blue": "blue_dark", "blue_dark": "navy", "navy": "shadow",
    "mauve": "violet_light", "violet_light": "violet", "violet": "violet_dark",
    "violet_dark": "shadow", "shadow": "ink", "ink": "ink", "skin_light": "skin",
    "skin": "skin_mid", "skin_mid": "skin_dark", "skin_dark": "brown_dark",
}
LIGHT = {
    "marble": "white", "stone_light": "marble", "stone": "stone_light", "stone_dark": "stone",
    "green_light": "leaf", "green": "green_light", "green_dark": "green", "gold": "pale_gold",
    "orange": "gold", "bronze": "orange", "brown": "bronze", "brown_dark": "brown",
    "dirt": "sand", "red": "red_light", "red_dark": "red", "blood": "red_dark",
    "red_light": "ember", "blue": "blue_light", "blue_light": "sky", "sky": "glow",
    "blue_dark": "blue", "navy": "blue_dark", "violet": "violet_light", "violet_dark": "violet",
    "violet_light": "mauve", "shadow": "violet_dark", "ink": "shadow", "sand": "pale_gold",
}


def dark(c: str | None) -> str | None:
    return None if c is None else DARK.get(c, c)


def light(c: str | None) -> str | None:
    return None if c is None else LIGHT.get(c, c)


# ---------------------------------------------------------------- grid drawing
def canvas(w: int, h: int, c: str | None = None) -> Grid:
    return [[c] * w for _ in range(h)]


def steel_plate() -> Grid:
    """A tile of bare deck plating: 8 px panels, lit top-left seams, dark bottom-right."""
    g = canvas(T, T, "stone_dark")
    for y in range(T):
        for x in range(T):
            if x % 8 == 7 or y % 8 == 7:
                g[y][x] = "violet_dark"
            elif x % 8 == 0 or y % 8 == 0:
                g[y][x] = "stone"
    return g


def put(g: Grid, x: int, y: int, c: str | None) -> None:
    if 0 <= y < len(g) and 0 <= x < len(g[0]):
        g[y][x] = c


def get(g: Grid, x: int, y: int) -> str | None:
    if 0 <= y < len(g) and 0 <= x < len(g[0]):
        return g[y][x]
    return None


def rect(g: Grid, x: int, y: int, w: int, h: int, c: str | None) -> None:
    for yy in range(y, y + h):
        for xx in range(x, x + w):
            put(g, xx, yy, c)


def ellipse(g: Grid, cx: float, cy: float, rx: float, ry: float, c: str | Tex) -> None:
    for yy in range(int(cy - ry) - 1, int(cy + ry) + 2):
        for xx in range(int(cx - rx) - 1, int(cx + rx) + 2):
            if ((xx + 0.5 - cx) / rx) ** 2 + ((yy + 0.5 - cy) / ry) ** 2 <= 1.0:
                put(g, xx, yy, c(xx, yy) if callable(c) else c)


def line(g: Grid, x0: int, y0: int, x1: int, y1: int, c: str) -> None:
    n = max(abs(x1 - x0), abs(y1 - y0), 1)
    for i in range(n + 1):
        put(g, round(x0 + (x1 - x0) * i / n), round(y0 + (y1 - y0) * i / n), c)


def polygon(g: Grid, pts: list[tuple[float, float]], c: str | Tex) -> None:
    ys = [p[1] for p in pts]
    for yy in range(int(min(ys)), int(max(ys)) + 1):
        sy = yy + 0.5
        xs = []
        for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1], strict=True):
            if (ay <= sy < by) or (by <= sy < ay):
                xs.append(ax + (sy - ay) * (bx - ax) / (by - ay))
        xs.sort()
        for a, b in zip(xs[::2], xs[1::2], strict=False):
            for xx in range(round(a), round(b)):
                put(g, xx, yy, c(xx, yy) if callable(c) else c)


def stamp(g: Grid, x: int, y: int, rows: list[str], key: dict[str, str]) -> None:
    """Paint a text grid (one char per pixel) onto g; unknown chars are transparent."""
    for dy, row in enumerate(rows):
        for dx, ch in enumerate(row):
            if ch in key:
                put(g, x + dx, y + dy, key[ch])


def blit(g: Grid, src: Grid, x: int, y: int) -> None:
    for dy, row in enumerate(src):
        for dx, c in enumerate(row):
            if c is not None:
                put(g, x + dx, y + dy, c)


def outline(g: Grid, c: str = "ink") -> Grid:
    """A copy with a 1 px outline around every opaque region (inside the grid)."""
    out = [row[:] for row in g]
    for y, row in enumerate(g):
        for x, v in enumerate(row):
            if v is None and any(
                get(g, x + dx, y + dy) is not None for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
            ):
                out[y][x] = c
    return out


def shade(g: Grid, shadow: str | None = None) -> None:
    """Light from the upper left: opaque pixels whose upper-left neighbour is empty get
    lighter, those with an empty lower-right neighbour darker (outline must come after)."""
    src = [row[:] for row in g]
    for y, row in enumerate(src):
        for x, v in enumerate(row):
            if v is None or v == "ink":
                continue
            if get(src, x - 1, y) is None or get(src, x, y - 1) is None:
                g[y][x] = light(v)
            elif get(src, x + 1, y) is None or get(src, x, y + 1) is None:
                g[y][x] = shadow or dark(v)


def crop(g: Grid, x: int, y: int, w: int, h: int) -> Grid:
    return [[get(g, xx, yy) for xx in range(x, x + w)] for yy in range(y, y + h)]


def tex_grid(tex: Tex, w: int = T, h: int = T) -> Grid:
    return [[tex(x, y) for x in range(w)] for y in range(h)]


def seamless_noise(seed: int, cells: int = 4, size: int = T) -> Callable[[int, int], float]:
    """Smooth value noise in 0..1 that wraps every `size` pixels."""
    rng = random.Random(seed)
    lat = [[rng.random() for _ in range(cells)] for _ in range(cells)]
    step = size / cells

    def f(x: int, y: int) -> float:
        fx, fy = (x % size) / step, (y % size) / step
        ix, iy = int(fx), int(fy)
        tx, ty = fx - ix, fy - iy
        tx, ty = tx * tx * (3 - 2 * tx), ty * ty * (3 - 2 * ty)
        a = lat[iy % cells][ix % cells]
        b = lat[iy % cells][(ix + 1) % cells]
        c = lat[(iy + 1) % cells][ix % cells]
        d = lat[(iy + 1) % cells][(ix + 1) % cells]
        return (a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty

    return f


# ---------------------------------------------------------------- autotile
PIECES = ("nw", "n", "ne", "w", "c", "e", "sw", "s", "se", "inner_se", "inner_sw",
          "inner_ne", "inner_nw")
_WOB = (0, 0, 1, 1, 1, 0, 0, -1, -1, -1, 0, 0, 1, 1, 0, 0)


def autotile(
    inside: Tex, outside: Tex | None, *, margin: int = 4, wobble: int = 1, round_r: int = 3,
    rim_out: str | None = None, top_in: str | None = None, top_depth: int = 1,
    bottom_in: str | None = None, front: Callable[[int, int, int], str] | None = None,
    front_depth: int = 0,
) -> dict[str, Grid]:
    """Render the 13 terrain pieces for `inside` (the region) over `outside`."""
    outer = ["00000", "01110", "01110", "01110", "00000"]
    hole = ["11111", "11111", "11011", "11111", "11111"]
    out: dict[str, Grid] = {}
    for layout, picks in (
        (outer, {"nw": (1, 1), "n": (2, 1), "ne": (3, 1), "w": (1, 2), "c": (2, 2),
                 "e": (3, 2), "sw": (1, 3), "s": (2, 3), "se": (3, 3)}),
        (hole, {"inner_se": (1, 1), "inner_sw": (3, 1), "inner_ne": (1, 3),
                "inner_nw": (3, 3)}),
    ):
        big = _render_layout(layout, inside, outside, margin, wobble, round_r, rim_out,
                             top_in, top_depth, bottom_in, front, front_depth)
        for name, (cx, cy) in picks.items():
            out[name] = crop(big, cx * T, cy * T, T, T)
    return out


def _render_layout(layout, inside, outside, m, wob, rr, rim_out, top_in, top_depth,
                   bottom_in, front, front_depth) -> Grid:
    n = len(layout)

    def occ(cx: int, cy: int) -> bool:
        return layout[min(max(cy, 0), n - 1)][min(max(cx, 0), n - 1)] == "1"

    size = n * T
    mask = [[False] * size for _ in range(size)]
    for y in range(size):
        for x in range(size):
            cx, cy, lx, ly = x // T, y // T, x % T, y % T
            if not occ(cx, cy):
                continue
            nn, ss, ww, ee = occ(cx, cy - 1), occ(cx, cy + 1), occ(cx - 1, cy), occ(cx + 1, cy)
            ins = True
            if not nn:
                ins &= ly >= m + wob * _WOB[lx]
            if not ss:
                ins &= ly <= T - 1 - m + wob * _WOB[(lx + 5) % T]
            if not ww:
                ins &= lx >= m + wob * _WOB[(ly + 3) % T]
            if not ee:
                ins &= lx <= T - 1 - m + wob * _WOB[(ly + 9) % T]
            for open_a, open_b, kx, ky in ((nn, ww, 0, 0), (nn, ee, 1, 0), (ss, ww, 0, 1),
                                           (ss, ee, 1, 1)):
                qx = lx if kx == 0 else T - 1 - lx
                qy = ly if ky == 0 else T - 1 - ly
                if not open_a and not open_b and qx < m + rr and qy < m + rr:
                    ins &= math.hypot(qx - (m + rr) + 0.5, qy - (m + rr) + 0.5) <= rr + 0.3
                diag = occ(cx + (1 if kx else -1), cy + (1 if ky else -1))
                if open_a and open_b and not diag:
                    ins &= math.hypot(qx + 0.5, qy + 0.5) > m + 0.2
            mask[y][x] = ins

    def mk(x: int, y: int) -> bool:
        return mask[min(max(y, 0), size - 1)][min(max(x, 0), size - 1)]

    g = canvas(size, size)
    for y in range(size):
        for x in range(size):
            if mask[y][x]:
                c = inside(x, y)
                if top_in and any(not mk(x, y - d) or not mk(x - d, y)
                                  for d in range(1, top_depth + 1)):
                    c = top_in
                elif bottom_in and (not mk(x, y + 1) or not mk(x + 1, y)):
                    c = bottom_in
                if front and front_depth:
                    for d in range(1, front_depth + 1):
                        if not mk(x, y + d):
                            c = front(x, y, d)
                            break
            else:
                c = outside(x, y) if outside else None
                if rim_out and any(mk(x + dx, y + dy)
                                   for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))):
                    c = rim_out
            g[y][x] = c
    return g


# ---------------------------------------------------------------- the sheet
class Sheet:
    """Packs tiles onto a 16-column sheet; blocks keep their shape for Tiled stamps."""

    def __init__(self, name: str, columns: int = 16) -> None:
        self.name = name
        self.cols = columns
        self.cells: dict[int, Grid] = {}
        self.info: dict[int, TileInfo] = {}
        self.cursor = 0

    def _fits(self, start: int, w: int, h: int) -> bool:
        col = start % self.cols
        if col + w > self.cols:
            return False
        return all(start + r * self.cols + c not in self.cells
                   for r in range(h) for c in range(w))

    def _alloc(self, w: int, h: int) -> int:
        start = self.cursor
        while not self._fits(start, w, h):
            start += 1
        return start

    def newrow(self) -> None:
        used = max(self.cells, default=-1) + 1
        self.cursor = -(-used // self.cols) * self.cols

    def add(self, name: str, g: Grid, solid: bool = False, light: str | None = None,
            **extra: str) -> int:
        tid = self._alloc(1, 1)
        self._set(tid, name, g, solid, light, extra)
        return tid

    def _set(self, tid, name, g, solid, light, extra) -> None:
        if any(i.name == name for i in self.info.values()):
            raise ValueError(f"duplicate tile name {name}")
        self.cells[tid] = g
        self.info[tid] = TileInfo(name=name, solid=solid, light=light, extra=dict(extra))

    def add_anim(self, name: str, frames: list[Grid], ms: int | list[int], solid: bool = False,
                 light: str | None = None) -> int:
        """Frames side by side; the first tile plays the animation."""
        tid = self._alloc(len(frames), 1)
        durs = ms if isinstance(ms, list) else [ms] * len(frames)
        for i, f in enumerate(frames):
            self._set(tid + i, name if i == 0 else f"{name}_f{i + 1}", f, solid, light, {})
        self.info[tid].animation = [(tid + i, d) for i, d in enumerate(durs)]
        return tid

    def add_block(self, name: str, big: Grid, solid: Callable[[int, int], bool] | None = None,
                  light: dict[tuple[int, int], str] | None = None,
                  names: list[list[str]] | None = None) -> int:
        """Slice `big` into tiles kept together; names default to name_r<row>c<col>."""
        h, w = len(big) // T, len(big[0]) // T
        tid = self._alloc(w, h)
        for r in range(h):
            for c in range(w):
                nm = names[r][c] if names else f"{name}_r{r}c{c}"
                self._set(tid + r * self.cols + c, nm, crop(big, c * T, r * T, T, T),
                          bool(solid and solid(c, r)), (light or {}).get((c, r)), {})
        return tid

    def add_anim_block(self, name: str, frames: list[Grid], ms: int,
                       solid: Callable[[int, int], bool] | None = None,
                       light: dict[tuple[int, int], str] | None = None) -> int:
        """A multi-tile animation: the frames' blocks side by side, frame 0 plays."""
        h, w = len(frames[0]) // T, len(frames[0][0]) // T
        tid = self._alloc(w * len(frames), h)
        for k, big in enumerate(frames):
            for r in range(h):
                for c in range(w):
                    t = tid + r * self.cols + k * w + c
                    nm = f"{name}_r{r}c{c}" + (f"_f{k + 1}" if k else "")
                    self._set(t, nm, crop(big, c * T, r * T, T, T),
                              bool(solid and solid(c, r)), (light or {}).get((c, r)), {})
        for r in range(h):
            for c in range(w):
                t = tid + r * self.cols + c
                self.info[t].animation = [(t + k * w, ms) for k in range(len(frames))]
        return tid

    def add_set(self, prefix: str, pieces: dict[str, Grid], solid: bool = False) -> None:
        """A 13-piece autotile set: the 3x3 block, then the inner corners as a 2x2."""
        names = [["nw", "n", "ne"], ["w", "c", "e"], ["sw", "s", "se"]]
        big = canvas(3 * T, 3 * T)
        for r, row in enumerate(names):
            for c, k in enumerate(row):
                blit(big, pieces[k], c * T, r * T)
        self.add_block(prefix, big, (lambda c, r: solid) if solid else None,
                       names=[[f"{prefix}_{k}" for k in row] for row in names])
        inner = [["inner_se", "inner_sw"], ["inner_ne", "inner_nw"]]
        big = canvas(2 * T, 2 * T)
        for r, row in enumerate(inner):
            for c, k in enumerate(row):
                blit(big, pieces[k], c * T, r * T)
        self.add_block(prefix, big, (lambda c, r: solid) if solid else None,
                       names=[[f"{prefix}_{k}" for k in row] for row in inner])

    def surface(self):
        rows = max(self.cells) // self.cols + 1
        surf = new_surface(self.cols * T, rows * T)
        for tid, g in self.cells.items():
            ox, oy = (tid % self.cols) * T, (tid // self.cols) * T
            for y, row in enumerate(g):
                for x, c in enumerate(row):
                    if c is not None:
                        surf.set_at((ox + x, oy + y), rgba(c))
        return surf

    def save(self, root: Path) -> list[Path]:
        surf = self.surface()
        png = save_png(surf, root / "tilesets" / f"{self.name}.png")
        tsx = write_tsx(root / "tilesets" / f"{self.name}.tsx", self.name, f"{self.name}.png",
                        surf.get_size(), self.info)
        return [png, tsx]

