"""Lay out Act Five's two new maps (the arena before Rao, the lower cells) from a plan.

A scaffold, run once (`.venv/bin/python -m tools.maps.a5_plan`): after that the .tmx
files are the source of truth and are edited in Tiled. Kept so a reviewer can see how the
rooms were composed from the palace tileset's named tiles (sand, tiers, glass cells)."""

from __future__ import annotations

from pathlib import Path

from tools.maps.tmx_writer import (
    Canvas,
    MapObject,
    MapPlan,
    ObjectLayer,
    load_tilesets,
    obj,
    write_tmx,
)

ROOT = Path(__file__).resolve().parents[2]
T = 16
NOBLES = "noble_a, noble_b, noble_c"


def spot(kind: str, name: str, tx: float, ty: float,
         **props: str | int | bool | float) -> MapObject:
    """A point whose feet stand inside tile (tx, ty): centred, near its bottom edge."""
    return MapObject(kind, name, int(tx) * T + T / 2, int(ty) * T + T - 2, 0, 0, dict(props),
                     point=True)


def walls(g: Canvas, x: int, y: int, w: int, h: int) -> None:
    """A room's wall ring: top edge and its face, sides, bottom edge."""
    g.put(x, y, "wall_top_nw")
    g.put(x + w - 1, y, "wall_top_ne")
    g.fill(x + 1, y, w - 2, 1, "wall_top_n")
    g.fill(x + 1, y + 1, w - 2, 1, "wall_face_upper")
    g.fill(x + 1, y + 2, w - 2, 1, "wall_face_lower")
    g.fill(x, y + 1, 1, h - 2, "wall_top_w")
    g.fill(x + w - 1, y + 1, 1, h - 2, "wall_top_e")
    g.put(x, y + h - 1, "wall_top_sw")
    g.put(x + w - 1, y + h - 1, "wall_top_se")
    g.fill(x + 1, y + h - 1, w - 2, 1, "wall_top_s")


def arena() -> MapPlan:
    """Sand under glaring lights, tiers of nobles on three sides, a long tunnel in."""
    w, h = 30, 30
    p = MapPlan(w, h, load_tilesets(ROOT / "assets" / "tilesets", ["palace"]), [],
                {"lighting": "day", "music": "duel", "title": "The Arena of Rao"})
    g, d = Canvas(p, "ground"), Canvas(p, "decor")
    g.fill(0, 0, w, h, "wall_top_c")
    walls(g, 0, 0, w, 19)
    for y in range(3, 18):
        for x in range(1, w - 1):
            g.put(x, y, ("sand", "sand_b", "sand_c")[(x * 5 + y * 3) % 7 % 3])
    # the stands: rows of stone where the nobles stand, stepped by solid tier faces
    for y in (3, 5):
        g.fill(1, y, w - 2, 1, "stone_floor")
        g.put(1, y + 1, "tier_l")
        g.fill(2, y + 1, w - 4, 1, "tier_m")
        g.put(w - 2, y + 1, "tier_r")
    g.fill(14, 6, 2, 1, "stone_floor")  # the King's stair down to the sand
    g.fill(1, 7, 2, 11, "stone_floor")
    g.fill(3, 7, 1, 11, "tier_r")
    g.fill(w - 3, 7, 2, 11, "stone_floor")
    g.fill(w - 4, 7, 1, 11, "tier_l")
    g.fill(12, 18, 6, 12, "wall_top_c")
    g.fill(13, 18, 4, 11, "stone_floor")
    for y in (19, 22, 25, 28):
        g.fill(13, y, 4, 1, "stone_floor_b")
    g.fill(12, 18, 1, 11, "wall_top_w")
    g.fill(17, 18, 1, 11, "wall_top_e")
    g.fill(12, 29, 6, 1, "wall_top_s")
    g.fill(13, 29, 4, 1, "stone_floor")
    for y in (20, 24, 28):
        d.put(12, y, "sconce")
        d.put(17, y, "sconce")
    for x in (5, 10, 19, 24):
        d.put(x, 1, "banner_red_top")
        d.put(x, 2, "banner_red_bottom")
    during = "$progress >= 72 and $progress <= 74"
    objects = [
        spot("Spawn", "a5_tunnel", 15, 26, facing="up"),
        spot("Spawn", "a5_kara_mark", 15, 12, facing="up"),
        spot("Spawn", "a5_rhea_mark", 15, 9, facing="down"),
        spot("Spawn", "a5_lena_side", 21, 11, facing="left"),
        spot("Spawn", "a5_fall", 15, 14, facing="up"),
        spot("Spawn", "a5_focus", 15, 11),
        spot("Spawn", "a5_gate", 15, 17.5, facing="up"),
        obj("Door", "door_hall", 13, 29.5, 4, 0.5, to_map="grand_hall", to_spawn="from_armory",
            transition="fade"),
        spot("NPC", "Jonn", 15, 28, character="jonn", facing="up",
             when="$progress >= 72 and $progress <= 75"),
        spot("NPC", "Rhea", 15, 9, character="rhea", facing="down", when=during),
        spot("NPC", "King", 15, 5, character="lar_gand", facing="down", when=during),
        spot("NPC", "Herald", 12, 17, character="guard", facing="up", when=during),
        obj("Crowd", "tiers_n", 1, 3, 28, 1, pool=NOBLES + ", servant", count=18,
            behaviour="face", focus="a5_focus", seed=71, when=during),
        obj("Crowd", "tiers_nw", 1, 5, 12, 1, pool=NOBLES, count=8, behaviour="face",
            focus="a5_focus", seed=74, when=during),
        obj("Crowd", "tiers_ne", 17, 5, 12, 1, pool=NOBLES, count=8, behaviour="face",
            focus="a5_focus", seed=75, when=during),
        obj("Crowd", "tiers_w", 1, 7, 2, 11, pool=NOBLES + ", servant", count=9,
            behaviour="face", focus="a5_focus", seed=72, when=during),
        obj("Crowd", "tiers_e", 27, 7, 2, 11, pool=NOBLES + ", guard", count=9,
            behaviour="face", focus="a5_focus", seed=73, when=during),
        obj("Trigger", "a5_walk_in", 13, 24, 4, 1, dialogue="a5_walk_daughter", mode="touch",
            once=True, when="$progress == 72"),
        obj("Trigger", "a5_walk_mid", 13, 21, 4, 1, dialogue="a5_walk_backers", mode="touch",
            once=True, when="$progress == 72"),
        obj("Trigger", "a5_walk_out", 13, 19, 4, 1, dialogue="a5_walk_lena", mode="touch",
            once=True, when="$progress == 72"),
        obj("Trigger", "a5_arena_arrive", 13, 27, 4, 2, dialogue="a5_tunnel", mode="auto",
            when="$progress == 72"),
        obj("Trigger", "a5_sand", 13, 16, 4, 1, dialogue="a5_duel", mode="touch",
            when="$progress == 73"),
    ]
    p.layers = [g.layer(), d.layer(), ObjectLayer("sprites", []), ObjectLayer("objects", objects)]
    return p


def lower_cells() -> MapPlan:
    """The disused cells under the palace: a row of glass fronts, one still occupied."""
    w, h = 22, 13
    p = MapPlan(w, h, load_tilesets(ROOT / "assets" / "tilesets", ["palace", "command"]), [],
                {"lighting": "moon", "music": "tension", "title": "The Lower Cells"})
    g, d = Canvas(p, "ground"), Canvas(p, "decor")
    walls(g, 0, 0, w, h)
    for y in range(3, h - 1):
        for x in range(1, w - 1):
            g.put(x, y, "stone_floor_b" if (x * 3 + y * 7) % 5 == 0 else "stone_floor")
    for i, x0 in enumerate((2, 8, 14)):  # three cells, glass fronts on rows 5-6
        g.fill(x0 - 1, 3, 1, 4, "cell_post_bottom")
        g.fill(x0 + 5, 3, 1, 4, "cell_post_bottom")
        d.put(x0 - 1, 5, "cell_post_top")
        d.put(x0 + 5, 5, "cell_post_top")
        if i < 2:
            g.fill(x0, 6, 5, 1, "cell_glass_bottom")
            d.fill(x0, 5, 5, 1, "cell_glass_top")
    d.put(15, 3, "cushions")
    d.put(19, 8, "console_red")
    g.put(19, 8, "stone_floor")
    d.put(20, 4, "sconce")
    for x in (7, 13):
        d.put(x, 4, "sconce")
    d.put(1, 4, "sconce")
    g.put(10, h - 1, "door_open_bottom")
    g.put(11, h - 1, "door_open_bottom")
    during = "$progress >= 77 and $progress <= 79"
    objects = [
        spot("Spawn", "a5_cells", 11, 11, facing="up"),
        spot("Spawn", "a5_glass", 16.5, 7.6, facing="up"),
        spot("Spawn", "a5_console", 18.5, 8.6, facing="right"),
        spot("Spawn", "a5_james_out", 17, 9, facing="left"),
        spot("Spawn", "a5_monel_watch", 13, 9, facing="up"),
        obj("Door", "door_hall", 10, 12.5, 2, 0.5, to_map="grand_hall", to_spawn="from_armory",
            transition="fade"),
        spot("NPC", "James", 16.5, 4.6, character="james", facing="down", dialogue="a5_james",
             when=during),
        spot("NPC", "Mon-El", 12, 10, character="monel", facing="up", when=during),
        obj("Trigger", "a5_cells_arrive", 9, 10, 4, 2, dialogue="a5_cells", mode="auto",
            when="$progress == 77"),
        obj("Trigger", "a5_cells_console", 19, 8, 1, 1, dialogue="a5_cells_release",
            mode="action", when="$progress == 78"),
        obj("Inspect", "a5_cell_empty", 2, 6, 10, 1, dialogue="a5_sign_cells"),
    ]
    p.layers = [g.layer(), d.layer(), ObjectLayer("sprites", []), ObjectLayer("objects", objects)]
    return p


GLASS_THREE = "$progress <= 78"  # glass three slides away when Lucy opens it


def glass_props(path: Path, plan: MapPlan) -> Path:
    """Glass three's front as solid tile objects (Props) that vanish once it opens."""
    text = path.read_text(encoding="utf-8")
    first = int(text.split('nextobjectid="')[1].split('"')[0])
    lines = []
    for n, (tile, x, y) in enumerate([(t, x, y) for y, t in ((5, "cell_glass_top"),
                                                            (6, "cell_glass_bottom"))
                                      for x in range(14, 19)]):
        when = GLASS_THREE.replace("<", "&lt;").replace(">", "&gt;")
        lines += [f'  <object id="{first + n}" type="Prop" gid="{plan.gid(tile)}" '
                  f'x="{x * T}" y="{(y + 1) * T}" width="16" height="16">',
                  "   <properties>", f'    <property name="when" value="{when}"/>',
                  "   </properties>", "  </object>"]
    marker = ' </objectgroup>\n</map>'
    text = text.replace(marker, "\n".join(lines) + "\n" + marker)
    text = text.replace(f'nextobjectid="{first}"', f'nextobjectid="{first + 10}"')
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    print(write_tmx(ROOT / "maps" / "arena.tmx", arena()))
    cells = lower_cells()
    print(glass_props(write_tmx(ROOT / "maps" / "lower_cells.tmx", cells), cells))


if __name__ == "__main__":
    main()
