"""Generate the palace tileset: `assets/tilesets/palace.png` + `palace.tsx`.

Everything is drawn by code (palette-indexed grids in `palace_grids`, procedural
helpers in `palace_draw`, architecture in `palace_arch`, props in
`palace_objects`). Tiles are laid out by a first-fit packer over a 16-column
sheet in the fixed order of `_entries()`, so ids are stable: add new tiles at the
END of that list only, never in the middle.

Multi-tile objects are drawn whole and sliced; each tile gets a unique `name`
(e.g. `throne_queen_tl`). Animated objects store every frame as its own tile
(`_f1`, `_f2`, ... suffixes); frame 0 carries the Tiled `<animation>`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pygame

from tools.art import palace_arch as pa
from tools.art import palace_decor as decor
from tools.art import palace_draw as pd
from tools.art import palace_dressing as dr
from tools.art import palace_household as ph
from tools.art import palace_objects as po
from tools.art import palace_props as pp
from tools.art.pixels import new_surface, save_png
from tools.art.tsx import TileInfo, write_tsx

COLUMNS = 16
TILE = 16
Draw = Callable[[pygame.Surface, random.Random, int], None]


@dataclass
class Block:
    """One object of w x h tiles (optionally animated over `frames` frames)."""

    base: str
    w: int
    h: int
    draw: Draw
    solid: bool = False
    frames: int = 1
    ms: int = 150
    light: dict[str, str] = field(default_factory=dict)  # tile name -> light
    names: tuple[str, ...] = ()

    def tile_names(self) -> list[str]:
        if self.names:
            return list(self.names)
        w, h = self.w, self.h
        suffix: dict[tuple[int, int], tuple[str, ...]] = {
            (1, 1): ("",), (1, 2): ("top", "bottom"), (2, 1): ("l", "r"),
            (3, 1): ("l", "m", "r"), (1, 3): ("top", "mid", "bottom"),
            (2, 2): ("tl", "tr", "bl", "br"), (2, 3): ("tl", "tr", "ml", "mr", "bl", "br"),
            (3, 2): ("tl", "tc", "tr", "bl", "bc", "br"),
            (3, 3): ("tl", "tc", "tr", "ml", "c", "mr", "bl", "bc", "br"),
        }
        parts = suffix.get((w, h)) or tuple(f"r{r}c{c}" for r in range(h) for c in range(w))
        return [f"{self.base}_{p}" if p else self.base for p in parts]


def tile(name: str, fn: Callable[[pygame.Surface, int, int, random.Random], None],
         solid: bool = False) -> Block:
    """A single static tile drawn by fn(s, ox, oy, rng)."""
    return Block(name, 1, 1, lambda s, rng, f: fn(s, 0, 0, rng), solid=solid)


def _carpets() -> list[Block]:
    out = []
    parts = (("nw", "nw"), ("n", "n"), ("ne", "ne"), ("w", "w"), ("c", ""),
             ("e", "e"), ("sw", "sw"), ("s", "s"), ("se", "se"))
    for trim, base in (("red", "carpet_red"), ("gold", "carpet_gold")):
        for label, edges in parts:
            out.append(tile(f"{base}_{label}",
                            partial(_carpet_fn, edges=edges, trim=trim)))
    for label, edges in (("top", "new"), ("mid", "ew"), ("bottom", "sew")):
        out.append(tile(f"runner_{label}", partial(_carpet_fn, edges=edges, trim="gold")))
    return out


def _carpet_fn(s: pygame.Surface, ox: int, oy: int, rng: random.Random,
               edges: str, trim: str) -> None:
    pd.carpet(s, ox, oy, edges, trim, rng)


def _caps() -> list[Block]:
    out = []
    for label, rims in (("nw", "nw"), ("n", "n"), ("ne", "ne"), ("w", "w"), ("c", ""),
                        ("e", "e"), ("sw", "sw"), ("s", "s"), ("se", "se")):
        out.append(tile(f"wall_top_{label}",
                        lambda s, x, y, r, rims=rims: pa.wall_cap(s, x, y, rims), True))
    for corner in ("nw", "ne", "sw", "se"):
        out.append(tile(f"wall_top_inner_{corner}",
                        lambda s, x, y, r, c=corner: pa.wall_cap(s, x, y, "", c), True))
    return out


def _faces() -> list[Block]:
    out = []
    for end, label in (("", ""), ("l", "_l"), ("r", "_r")):
        out.append(tile(f"wall_face_upper{label}",
                        lambda s, x, y, r, e=end: pa.face_upper(s, x, y, e), True))
        out.append(tile(f"wall_face_lower{label}",
                        lambda s, x, y, r, e=end: pa.face_lower(s, x, y, e), True))
    return out


def _floors() -> list[Block]:
    out = [
        tile("marble_floor", lambda s, x, y, r: pd.marble_slab(s, x, y, r, 1)),
        tile("marble_floor_b", lambda s, x, y, r: pd.marble_slab(s, x, y, r, 2)),
        tile("marble_floor_c", lambda s, x, y, r: pd.marble_slab(s, x, y, r, 0)),
        tile("marble_floor_d", lambda s, x, y, r: pd.marble_slab(s, x, y, r, 3)),
        tile("marble_checker", lambda s, x, y, r: pd.checker(s, x, y, r, "blue_dark")),
        tile("marble_checker_red", lambda s, x, y, r: pd.checker(s, x, y, r, "red_dark")),
        tile("marble_shadow_n", lambda s, x, y, r: pa.floor_shadow(s, x, y, "n", r)),
        tile("marble_shadow_w", lambda s, x, y, r: pa.floor_shadow(s, x, y, "w", r)),
        tile("marble_shadow_nw", lambda s, x, y, r: pa.floor_shadow(s, x, y, "nw", r)),
    ]
    return out


def _dais() -> list[Block]:
    out = []
    for label in ("nw", "n", "ne", "w", "c", "e", "sw", "s", "se"):
        out.append(tile(f"dais_{label}",
                        lambda s, x, y, r, p=label: pa.dais(s, x, y, p, False), False))
    out.append(tile("dais_carpet_c", lambda s, x, y, r: pa.dais(s, x, y, "c", True)))
    out.append(tile("dais_carpet_s", lambda s, x, y, r: pa.dais(s, x, y, "s", True)))
    out.append(tile("dais_carpet_n", lambda s, x, y, r: pa.dais(s, x, y, "n", True)))
    return out


def _entries() -> list[Block]:
    """Every block in sheet order. APPEND ONLY: ids depend on this order."""
    B = Block
    sconce_light = {"sconce": "40,orange"}
    chand_light = {f"chandelier_{p}": "30,gold" for p in ("tl", "tr", "bl", "br")}
    return [
        *_floors(),
        *_carpets(),
        *_caps(),
        *_faces(),
        B("window", 1, 2, pa.window, solid=True),
        B("window_light", 2, 2, pa.window_light),
        B("pillar", 1, 2, pa.pillar, solid=True),
        B("pillar_shaft", 1, 1, partial(pa.pillar, part="shaft"), solid=True),
        B("door", 1, 2, pa.door, names=("door_top", "door_bottom")),
        B("door_open", 1, 2, partial(pa.door, is_open=True)),
        B("double_door", 2, 2, partial(pa.door, width=2)),
        B("double_door_open", 2, 2, partial(pa.door, width=2, is_open=True)),
        *_dais(),
        B("throne_queen", 2, 3, po.throne, solid=True),
        B("throne_king", 2, 2, partial(po.throne, queen=False), solid=True),
        B("bed", 2, 3, po.bed, solid=True),
        B("table_long", 2, 2, po.table, solid=True),
        B("table_round", 1, 1, po.round_table, solid=True),
        B("chair_down", 1, 1, po.chair, solid=True),
        B("chair_up", 1, 1, partial(po.chair, facing="up"), solid=True),
        B("chair_left", 1, 1, partial(po.chair, facing="left"), solid=True),
        B("chair_right", 1, 1, partial(po.chair, facing="right"), solid=True),
        B("couch", 3, 2, po.couch, solid=True),
        B("bookshelf", 2, 2, po.bookshelf, solid=True),
        B("rug", 3, 2, decor.rug),
        B("plant", 1, 2, decor.plant, solid=True),
        B("vase", 1, 2, decor.vase, solid=True),
        B("wall_panel", 2, 1, decor.wall_panel, solid=True, frames=3, ms=400),
        B("banner_blue", 1, 2, decor.banner),
        B("banner_red", 1, 2, partial(decor.banner, cloth="red")),
        B("weapon_rack", 2, 2, pp.weapon_rack, solid=True),
        B("mannequin", 1, 2, pp.mannequin, solid=True),
        B("workbench", 3, 2, pp.workbench, solid=True),
        B("suit_machine", 2, 3, pp.suit_machine, solid=True),
        B("portal", 2, 3, pp.portal, solid=True, frames=4, ms=120),
        B("command_screen", 2, 1, pp.command_screen, solid=True, frames=4, ms=180),
        B("ff_console", 1, 1, pp.ff_console, solid=True, frames=3, ms=200),
        B("cell_glass", 1, 2, pp.cell_glass, solid=True),
        B("cell_post", 1, 2, partial(pp.cell_glass, post=True), solid=True),
        tile("stone_floor", lambda s, x, y, r: pd.flagstone(s, x, y, r, 7)),
        tile("stone_floor_b", lambda s, x, y, r: pd.flagstone(s, x, y, r, 9)),
        tile("sand", lambda s, x, y, r: pd.sand(s, x, y, r, 1)),
        tile("sand_b", lambda s, x, y, r: pd.sand(s, x, y, r, 2)),
        tile("sand_c", lambda s, x, y, r: pd.sand(s, x, y, r, 0)),
        tile("tier_l", lambda s, x, y, r: ph.tier(s, x, y, "l", False), True),
        tile("tier_m", lambda s, x, y, r: ph.tier(s, x, y, "", False), True),
        tile("tier_r", lambda s, x, y, r: ph.tier(s, x, y, "r", False), True),
        tile("tier_cushion", lambda s, x, y, r: ph.tier(s, x, y, "", True), True),
        B("fountain", 3, 3, ph.fountain, solid=True, frames=3, ms=220),
        B("stove", 2, 1, ph.stove, solid=True, frames=2, ms=200),
        B("counter_l", 1, 1, partial(ph.counter, end="l"), solid=True),
        B("counter_m", 1, 1, ph.counter, solid=True),
        B("counter_r", 1, 1, partial(ph.counter, end="r"), solid=True),
        B("jar_shelf", 1, 2, ph.jar_shelf, solid=True),
        B("tray", 1, 1, ph.tray),
        B("crate", 1, 1, ph.crate, solid=True),
        B("crate_crest", 1, 1, partial(ph.crate, crest=True), solid=True),
        B("crate_stack", 1, 2, ph.crate, solid=True),
        B("barrel", 1, 1, ph.barrel, solid=True),
        B("sconce", 1, 1, ph.sconce, frames=4, ms=140, light=sconce_light),
        B("chandelier", 2, 2, ph.chandelier, light=chand_light),
        B("floor_lamp", 1, 2, ph.floor_lamp, solid=True,
          light={"floor_lamp_top": "36,pale_gold"}),
        *_dressing(),
    ]


def _dressing() -> list[Block]:
    """Rooms that are lived in (issue 19): light overlays, hangings, furniture, the court."""
    B = Block
    out = [
        B("shaft_sun", 2, 2, dr.shaft),
        B("shaft_moon", 2, 2, partial(dr.shaft, moon=True)),
        B("tapestry_red", 2, 2, dr.tapestry, solid=True),
        B("tapestry_blue", 2, 2, partial(dr.tapestry, cloth="blue"), solid=True),
        B("painting", 1, 1, dr.painting, solid=True),
        B("wall_shelf", 2, 1, dr.wall_shelf, solid=True),
    ]
    for end in ("l", "m", "r"):
        out.append(tile(f"court_bench_{end}",
                        lambda s, x, y, r, e=end: dr.court_bench(s, x, y, e if e != "m" else ""),
                        True))
    for who in ("a", "b", "c"):
        out.append(B(f"courtier_{who}", 1, 2, partial(dr.courtier, who=who)))
    out += [
        B("wardrobe", 2, 2, dr.wardrobe, solid=True),
        B("desk", 2, 1, dr.desk, solid=True),
        B("chest", 1, 1, dr.chest, solid=True),
        B("candelabrum", 1, 2, dr.candelabrum, solid=True,
          light={"candelabrum_top": "34,gold"}),
        B("side_table", 1, 1, dr.side_table, solid=True, light={"side_table": "22,pale_gold"}),
        B("tree_pot", 1, 2, dr.tree_pot, solid=True),
        B("big_rug_red", 4, 3, dr.big_rug),
        B("big_rug_blue", 4, 3, partial(dr.big_rug, ground="blue")),
        B("cushions", 1, 1, dr.cushions),
        B("scrolls", 1, 1, dr.scrolls),
        B("dresser", 2, 2, dr.dresser, solid=True),
    ]
    return out


def _pack(blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """First-fit placement of w x h blocks on a COLUMNS-wide grid, in order."""
    used: set[tuple[int, int]] = set()
    spots = []
    for w, h in blocks:
        row = 0
        while True:
            found = None
            for col in range(COLUMNS - w + 1):
                cells = {(col + dx, row + dy) for dx in range(w) for dy in range(h)}
                if not cells & used:
                    found = col
                    break
            if found is not None:
                used |= {(found + dx, row + dy) for dx in range(w) for dy in range(h)}
                spots.append((found, row))
                break
            row += 1
    return spots


def render() -> tuple[pygame.Surface, dict[int, TileInfo]]:
    """Draw the whole sheet; returns the surface and the per-tile info."""
    entries = _entries()
    sizes = [(b.w, b.h) for b in entries for _ in range(b.frames)]
    spots = iter(_pack(sizes))
    placed: list[tuple[Block, int, int, int]] = []
    for b in entries:
        for f in range(b.frames):
            col, row = next(spots)
            placed.append((b, f, col, row))
    rows = max(row + b.h for b, _f, _c, row in placed)
    sheet = new_surface(COLUMNS * TILE, rows * TILE)
    tiles: dict[int, TileInfo] = {}
    ids: dict[tuple[str, int, int], int] = {}
    for b, f, col, row in placed:
        surf = new_surface(b.w * TILE, b.h * TILE)
        b.draw(surf, random.Random(f"palace:{b.base}:{f}"), f)
        sheet.blit(surf, (col * TILE, row * TILE))
        for i, name in enumerate(b.tile_names()):
            tid = (row + i // b.w) * COLUMNS + col + i % b.w
            ids[(b.base, f, i)] = tid
            tiles[tid] = TileInfo(name=name if f == 0 else f"{name}_f{f}",
                                  solid=b.solid, light=b.light.get(name))
    for b in entries:
        if b.frames < 2:
            continue
        for i in range(b.w * b.h):
            first = tiles[ids[(b.base, 0, i)]]
            first.animation = tuple((ids[(b.base, f, i)], b.ms) for f in range(b.frames))
    return sheet, tiles


def build(root: Path) -> list[Path]:
    """Write tilesets/palace.png and tilesets/palace.tsx under `root`."""
    sheet, tiles = render()
    png = save_png(sheet, root / "tilesets" / "palace.png")
    tsx = write_tsx(root / "tilesets" / "palace.tsx", "palace", "palace.png",
                    sheet.get_size(), tiles)
    return [png, tsx]


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "assets"
    for p in build(target):
        print(p)
