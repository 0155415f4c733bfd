"""Lay out the slums' three maps (slums_line, slums, oscar_house) from a plan in code.

A scaffold, run once (`.venv/bin/python -m tools.maps.slums_plan`): after that the
.tmx files are the source of truth and are edited in Tiled. Kept so a reviewer can see
how the streets were composed (blocks of the slums tileset stamped by name) and so a
first draft can be remade before anyone has touched the maps by hand."""

from __future__ import annotations

from pathlib import Path

from tools.maps import tmx_writer
from tools.maps.tmx_writer import MapObject, MapPlan, ObjectLayer, load_tilesets, obj, write_tmx

ROOT = Path(__file__).resolve().parents[2]
T = 16
BLOCKS = {"temple": (6, 6), "oscar_home": (4, 3), "shack_open": (4, 3), "shack_open_2": (3, 3),
          "shack_tarp_blue": (3, 3), "shack_tarp_red": (3, 3), "shack_tarp_gold": (3, 3),
          "tarp_lean_to_blue": (2, 2), "tarp_lean_to_red": (2, 2), "guard_booth": (2, 2),
          "gate_open": (3, 2), "gate_closed": (3, 2), "scanner_arch": (3, 3), "pod_pad": (4, 4),
          "brazier": (1, 2), "table": (2, 1), "cot": (1, 2), "pod_grey": (2, 2),
          "pod_blue": (2, 2), "pod_red": (2, 2), "stall": (2, 2)}


class Canvas(tmx_writer.Canvas):
    """One tile layer being painted by tile name, and by the slums' named blocks."""

    def block(self, x: int, y: int, name: str) -> None:
        w, h = BLOCKS[name]
        for r in range(h):
            for c in range(w):
                self.put(x + c, y + r, f"{name}_r{r}c{c}")


def dirt(c: Canvas, seed: int) -> None:
    for y in range(c.plan.height):
        for x in range(c.plan.width):
            k = (x * 7 + y * 13 + seed) % 17
            c.put(x, y, "dirt_2" if k < 5 else "dirt_3" if k < 8 else "dirt_1")


def new_plan(w: int, h: int, props: dict[str, str]) -> MapPlan:
    tilesets = load_tilesets(ROOT / "assets" / "tilesets", ["slums"])
    return MapPlan(w, h, tilesets, [], props)


DAY = "$progress >= 50 and $progress < 63"
NIGHT = "$progress >= 63"


def night_light(name: str) -> MapObject:
    """Night is one flag away: the same map, lit by the story's progress."""
    return obj("Trigger", "night_light", 0, 0, dialogue=f"a4s_lit_{name}", mode="auto",
               once=False, when=f'{NIGHT} and $slums_lit != "{name}"')


DOME = "../assets/backdrops/slums/field.png"


def with_dome(plan: MapPlan, index: int) -> None:
    """The force field overhead: a faint hex mesh drawn over everything, fixed to
    the sky (parallax 0) like a ceiling the player never reaches; it drifts
    (`finish` adds the drift and opacity, which the writer cannot)."""
    plan.image_layers.append((index, DOME, "force field", 0.0, 0.0))


def slums_line() -> MapPlan:
    """The line: pods queue through the scan arch behind a barrier; south of it, the
    landing gap between two shacks where Maggie sets the pod down."""
    p = new_plan(30, 17, {"title": "The Line", "music": "the_line",
                          "ambience": "slums_street", "lighting": "day"})
    g, d, o = (Canvas(p, n) for n in ("ground", "decor", "overhead"))
    dirt(g, 1)
    g.fill(0, 2, 30, 1, "dirt_ruts_h")
    g.fill(0, 4, 30, 1, "dirt_ruts_h")
    for x in (1, 5, 9):
        d.block(x, 2, ("pod_blue", "pod_red", "pod_grey")[x % 3])
    d.block(15, 2, "pod_blue")  # in the arch, under the red light
    o.block(15, 1, "scanner_arch")
    d.block(12, 4, "guard_booth")
    d.block(19, 4, "guard_booth")
    d.block(22, 2, "gate_open")
    d.block(26, 2, "pod_grey")
    d.block(7, 5, "pod_red")  # pulled out of the queue
    for x in range(30):
        if x not in (10, 11, 16, 17):
            d.put(x, 7, "barrel" if x % 4 == 0 else "rubble" if x % 4 == 2 else "debris")
    d.put(10, 7, "crate_aid")
    d.put(11, 7, "rubble_2")
    d.put(16, 7, "barrel_water")
    d.put(17, 7, "barrel")
    d.block(1, 9, "shack_tarp_red")
    d.block(5, 10, "tarp_lean_to_blue")
    d.block(10, 10, "pod_pad")
    d.block(11, 10, "pod_grey")
    d.block(16, 9, "shack_open")
    d.block(21, 10, "shack_tarp_gold")
    d.block(25, 9, "shack_open_2")
    d.block(19, 13, "brazier")
    for x, y, t in ((3, 14, "puddle_small"), (8, 15, "debris"), (24, 14, "puddle_big"),
                    (15, 15, "barrel"), (28, 15, "rubble"), (6, 15, "crate_aid_open"),
                    (27, 13, "barrel_water"), (1, 15, "rubble_2")):
        d.put(x, y, t)
    objects = [
        obj("Spawn", "pod_landing", 11, 13, facing="down"),
        obj("Spawn", "from_slums", 2, 13, facing="right"),
        obj("Door", "to_slums", 0, 12, 1, 3, to_map="slums", to_spawn="from_line",
            transition="fade"),
        obj("Trigger", "arrival", 0, 0, dialogue="a4s_line", mode="auto", once=True,
            when="$progress == 50"),
        night_light("slums_line"),
        obj("NPC", "Maggie", 13, 13, character="maggie", facing="left",
            dialogue="a4s_maggie_line", when="$progress >= 50 and $progress < 52"),
        obj("NPC", "Guard", 14, 8, character="guard", facing="down", pose="arms_crossed",
            dialogue="sl_line_guard", when=DAY),
        obj("NPC", "Checkpoint Guard", 9, 8, character="guard", facing="left",
            pose="hand_left", dialogue="sl_line_wave", when=DAY),
        obj("NPC", "Night Sentry", 14, 8, character="guard", facing="down",
            dialogue="sl_night_guard", when=NIGHT),
        obj("NPC", "Gate Sentry", 20, 8, character="young_guard", facing="left",
            patrol="20,8; 26,8", dialogue="sl_young_guard", when=NIGHT),
        obj("NPC", "Porter", 22, 13, character="slum_a", facing="left", wander=2,
            dialogue="sl_porter", when=DAY),
        obj("NPC", "Waiting Woman", 5, 13, character="slum_b", facing="up", pose="sit_floor",
            dialogue="sl_waiting", when=DAY),
        obj("Crowd", "landing_watchers", 20, 14, 5, 2, pool="slum_a, slum_b, slum_child_a, "
            "slum_c", count=5, behaviour="face", focus="pod_landing", when=DAY),
        obj("Sign", "scan_arch", 16, 7, dialogue="sl_sign_arch"),
        obj("Sign", "pulled_pod", 10, 7, dialogue="sl_sign_pulled"),
        obj("Emitter", "brazier_embers", 19, 12, 1, 1, effect="embers"),
        obj("Emitter", "queue_dust", 0, 2, 12, 3, effect="dust", when=DAY),
    ]
    with_dome(p, 4)
    p.layers = [g.layer(), d.layer(), ObjectLayer("sprites", []), o.layer(),
                ObjectLayer("objects", objects),
                ObjectLayer("collision", [obj("", "barrier", 0, 0, 30, 8)])]
    return p


SLUM_POOL = "slum_a, slum_b, slum_c, slum_child_a, slum_child_b, grandmother"


def slums_streets(c: Canvas, d: Canvas, o: Canvas) -> None:
    """Paint the street: shacks north and south, the temple west, Oscar's door."""
    dirt(c, 3)
    c.fill(9, 9, 47, 1, "dirt_ruts_h")
    c.fill(9, 10, 47, 1, "dirt_ruts_h")
    d.block(1, 1, "temple")
    for y in (7, 8):
        for x in range(2, 6):
            c.put(x, y, "steps")
    north = [(9, "shack_open"), (14, "shack_tarp_blue"), (18, "shack_open_2"),
             (22, "tarp_lean_to_red"), (25, "shack_tarp_red"), (29, "oscar_home"),
             (34, "shack_open_2"), (38, "shack_tarp_gold"), (42, "tarp_lean_to_blue"),
             (45, "shack_open"), (50, "shack_tarp_blue")]
    for x, name in north:
        d.block(x, 1 if BLOCKS[name][1] == 3 else 2, name)
    south = [(9, "shack_tarp_gold"), (13, "shack_open"), (18, "tarp_lean_to_blue"),
             (21, "stall"), (24, "stall"), (28, "shack_tarp_red"), (32, "shack_open_2"),
             (36, "stall"), (39, "shack_tarp_blue"), (43, "shack_open"),
             (48, "tarp_lean_to_red"), (51, "shack_open_2")]
    for x, name in south:
        d.block(x, 14 if BLOCKS[name][1] == 3 else 15, name)
    for x in range(0, 56):
        if d.rows[17][x] == 0:
            d.put(x, 17, ("rubble", "barrel", "rubble_2", "debris")[x % 4])
    for x in (7, 8):
        d.put(x, 2, "rubble")
        d.put(x, 5, "barrel_water" if x == 7 else "rubble_2")
    for x, y in ((12, 5), (27, 11), (41, 6), (49, 11), (1, 8), (6, 8)):
        d.block(x, y, "brazier")
    for x, y, t in ((33, 6, "crate_aid"), (34, 6, "crate_aid"), (35, 6, "crate_aid_open"),
                    (33, 5, "crate_aid"), (21, 12, "crate_aid"), (46, 5, "crate_aid_open"),
                    (17, 5, "bedroll_1"), (20, 12, "bedroll_2"), (24, 5, "bedroll_3"),
                    (44, 12, "bedroll_1"), (15, 12, "puddle_small"), (31, 9, "puddle_big"),
                    (46, 9, "puddle_small"), (38, 12, "debris"), (11, 12, "barrel"),
                    (53, 6, "rubble"), (53, 12, "barrel"), (1, 12, "rubble_2")):
        d.put(x, y, t)
    for y, x0 in ((7, 16), (12, 40)):
        d.put(x0, y, "laundry_pole_l")
        o.put(x0 + 1, y, "laundry_line")
        o.put(x0 + 2, y, "laundry_line_2")
        o.put(x0 + 3, y, "laundry_line")
        d.put(x0 + 4, y, "laundry_pole_r")


def slums_objects() -> list[MapObject]:
    day_crowd = dict(pool=SLUM_POOL, behaviour="mingle", when=DAY)
    return [
        obj("Spawn", "from_line", 53, 9, facing="left"),
        obj("Spawn", "a4_night", 31, 4, facing="up"),
        obj("Spawn", "temple_steps", 3, 9, facing="down"),
        obj("Spawn", "oscar_door", 30, 5, facing="down"),
        obj("Spawn", "crates", 34, 7),
        obj("Spawn", "sweep_post", 34, 9),
        obj("Spawn", "street_east", 50, 9),
        obj("Door", "to_line", 55, 8, 1, 3, to_map="slums_line", to_spawn="from_slums",
            transition="fade"),
        obj("Door", "to_oscar", 30, 3, 1, 1, to_map="oscar_house", to_spawn="from_slums",
            transition="fade", when="$progress >= 52"),
        night_light("slums"),
        obj("Trigger", "night", 0, 1, dialogue="a4s_night", mode="auto", once=True,
            when="$progress == 63"),
        obj("Trigger", "streets", 47, 6, 1, 8, dialogue="a4s_streets", mode="touch",
            once=True, when="$progress == 51"),
        obj("Trigger", "oscar_locked", 30, 4, 1, 1, dialogue="a4s_oscar_wait", mode="action",
            once=False, when="$progress < 52"),
        obj("NPC", "Grandmother", 36, 7, character="grandmother", facing="left",
            dialogue="sl_grandmother", when=DAY),
        obj("NPC", "Boy", 35, 8, character="slum_child_a", facing="up", wander=2,
            dialogue="sl_boy", when=DAY),
        obj("NPC", "Girl", 32, 7, character="slum_child_b", facing="right",
            dialogue="sl_girl", when=DAY),
        obj("NPC", "Sleeper", 17, 5, character="slum_a", pose="lie", facing="right",
            dialogue="sl_sleeper", when=DAY),
        obj("NPC", "Stallkeeper", 22, 13, character="slum_b", facing="down",
            dialogue="sl_stall", when=DAY),
        obj("NPC", "Fruit Seller", 37, 13, character="slum_a", facing="down",
            dialogue="sl_fruit", when=DAY),
        obj("NPC", "Fire Sitter", 13, 7, character="slum_a", pose="sit_floor", facing="down",
            dialogue="sl_old_brazier", when=DAY),
        obj("NPC", "Temple Keeper", 8, 9, character="slum_b", facing="down",
            dialogue="sl_temple_keeper", when=DAY),
        obj("NPC", "Mother", 44, 11, character="slum_b", pose="sit_floor", facing="up",
            dialogue="sl_mother", when=DAY),
        obj("NPC", "Oscar", 32, 4, character="oscar", facing="down", dialogue="sl_oscar_night",
            when=NIGHT),
        obj("NPC", "Young Guard", 45, 9, character="young_guard", facing="left",
            dialogue="sl_young_guard", when=NIGHT),
        obj("NPC", "Guard", 20, 9, character="guard", facing="right", when=NIGHT,
            patrol="20,9; 26,9; 26,11; 20,11", dialogue="sl_night_guard"),
        obj("NPC", "J'onn", 54, 9, character="jonn", facing="left", hidden=True, when=NIGHT),
        obj("NPC", "Night Child", 41, 8, character="slum_child_b", facing="down",
            pose="sit_floor", dialogue="sl_night_child", when=NIGHT),
        obj("Crowd", "west_street", 9, 6, 10, 2, count=7, seed=1, **day_crowd),
        obj("Crowd", "market", 20, 11, 20, 2, count=9, seed=2, **day_crowd),
        obj("Crowd", "east_street", 38, 6, 10, 2, count=6, seed=3, **day_crowd),
        obj("Crowd", "temple_folk", 1, 10, 7, 2, pool=SLUM_POOL, count=5, behaviour="face",
            focus="temple_steps", when=DAY),
        obj("Crowd", "night_fire", 24, 12, 6, 1, pool="slum_a, slum_b, slum_c, grandmother",
            count=4, behaviour="face", focus="sweep_post", when=NIGHT),
        obj("Sign", "temple_sun", 3, 6, 2, 1, dialogue="sl_sign_temple"),
        obj("Inspect", "aid_crates", 33, 7, 3, 1, dialogue="a4s_crates"),
        obj("Sign", "laundry", 17, 7, 3, 1, dialogue="sl_sign_laundry"),
        obj("Sign", "oscar_sign", 29, 3, dialogue="sl_sign_oscar"),
        *(obj("Emitter", f"embers_{i}", x, y, 1, 1, effect="embers")
          for i, (x, y) in enumerate(((12, 4), (27, 10), (41, 5), (49, 10), (1, 7), (6, 7)))),
        obj("Emitter", "street_dust", 20, 9, 14, 2, effect="dust", when=DAY),
        obj("Emitter", "night_smoke", 24, 10, 6, 2, effect="smoke", when=NIGHT),
    ]


def slums() -> MapPlan:
    p = new_plan(56, 18, {"title": "The Slums", "music": "slums", "ambience": "slums_street",
                          "lighting": "day"})
    g, d, o = (Canvas(p, n) for n in ("ground", "decor", "overhead"))
    slums_streets(g, d, o)
    with_dome(p, 4)
    p.layers = [g.layer(), d.layer(), ObjectLayer("sprites", []), o.layer(),
                ObjectLayer("objects", slums_objects())]
    return p


def oscar_house() -> MapPlan:
    """One small warm room: a kitchen corner, a table, a cot, nowhere to hide."""
    p = new_plan(12, 9, {"title": "Oscar's House", "music": "slums", "lighting": "sunset"})
    g, d = Canvas(p, "ground"), Canvas(p, "decor")
    for y in range(9):
        for x in range(12):
            g.put(x, y, "plank_floor" if (x + y) % 3 else "plank_floor_2")
    g.fill(0, 0, 12, 1, "board_wall_top")
    g.fill(0, 1, 12, 1, "board_wall")
    g.put(4, 1, "board_wall_window")
    g.put(8, 1, "board_wall_window")
    for y in range(9):
        g.put(0, y, "board_wall_top")
        g.put(11, y, "board_wall_top")
    g.fill(0, 8, 12, 1, "board_wall_top")
    g.put(5, 8, "plank_floor")
    d.put(1, 2, "stove")
    d.put(2, 2, "kitchen_shelf")
    d.put(3, 2, "barrel_water")
    d.block(5, 4, "table")
    d.put(4, 4, "stool")
    d.put(7, 4, "stool")
    d.block(10, 2, "cot")
    d.put(6, 6, "rug")
    d.put(9, 7, "oil_lamp")
    d.put(1, 7, "crate_aid")
    objects = [
        obj("Spawn", "from_slums", 5, 7, facing="up"),
        obj("Spawn", "table_side", 6, 5, facing="up"),
        obj("Spawn", "window", 8, 2, facing="up"),
        obj("Door", "to_slums", 5, 8, to_map="slums", to_spawn="oscar_door", transition="fade"),
        obj("Trigger", "oscar", 0, 0, dialogue="a4s_oscar", mode="auto", once=True,
            when="$progress == 52"),
        night_light("oscar_house"),
        obj("NPC", "Oscar", 4, 4, character="oscar", facing="right", pose="sit",
            dialogue="sl_oscar_day", when="$progress >= 52 and $progress < 63"),
        obj("Sign", "stove", 1, 3, dialogue="sl_sign_stove"),
        obj("Sign", "cot", 9, 3, dialogue="sl_sign_cot"),
        obj("Inspect", "crate", 1, 6, dialogue="sl_sign_house_crate"),
        obj("Sign", "window_view", 8, 2, dialogue="sl_sign_window"),
    ]
    p.layers = [g.layer(), d.layer(), ObjectLayer("sprites", []), ObjectLayer("objects", objects)]
    return p


def finish(path: Path) -> Path:
    """The force field layer's drift, as Tiled 1.8 saves an image layer's properties."""
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        'name="force field" parallaxx="0.0" parallaxy="0.0">\n'
        f'  <image source="{DOME}"/>\n',
        'name="force field" opacity="0.8" parallaxx="0" parallaxy="0">\n'
        f'  <image source="{DOME}" width="480" height="270"/>\n'
        '  <properties>\n   <property name="drift" type="float" value="6"/>\n'
        '  </properties>\n')
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    for name, plan in (("slums_line", slums_line()), ("slums", slums()),
                       ("oscar_house", oscar_house())):
        print(finish(write_tmx(ROOT / "maps" / f"{name}.tmx", plan)))


if __name__ == "__main__":
    main()
