"""Broken numbers in a map or template end in a plain error naming the object, and the
object parsers are one registry a new class can join."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from game.core.errors import ContentError
from game.world.loader import KNOWN_CLASSES, ObjectParsers, load_map
from game.world.loader.map_source import RawObject
from game.world.loader.objects import PARSERS
from game.world.loader.objects.context import ParseContext
from game.world.model import Facing, MapData, Spawn
from tools.maps.schema import CLASSES

ROOT = Path(__file__).resolve().parents[2]
CRATE = 1 + 230  # palace.tsx "crate"


def tmx(tmp_path: Path, objects: str, size: tuple[str, str] = ("4", "4")) -> Path:
    tileset = (ROOT / "assets" / "tilesets" / "palace.tsx").as_posix()
    w, h = size
    path = tmp_path / "odd.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="{w}" height="{h}"
 tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="9">
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="4" height="4"><data encoding="csv">
1,1,1,1,
1,1,1,1,
1,1,1,1,
1,1,1,1
</data></layer>
 <objectgroup id="2" name="objects">{objects}</objectgroup>
</map>""")
    return path


@pytest.mark.parametrize(("objects", "message"), [
    ('<object id="3" name="n" type="Spawn" x="nan" y="8"><point/></object>',
     "odd: object 3 'n': x is nan; positions and sizes must be numbers within 65536 pixels"),
    ('<object id="3" name="far" type="Collision" x="inf" y="0" width="16" height="16"/>',
     "odd: object 3 'far': x is inf; positions and sizes must be numbers"),
    (f'<object id="4" name="box" type="Prop" gid="{CRATE}" x="16" y="32" width="-16" '
     'height="16"/>',
     "odd: object 4 'box': width and height cannot be negative (got -16 x 16)"),
    (f'<object id="4" name="box" type="Prop" gid="{CRATE}" x="16" y="32" width="60000" '
     'height="60000"/>',
     "odd: object 4 'box': a tile object of 60000 x 60000 pixels is too large"),
    ('<object id="5" name="wall" type="Collision" x="0" y="0"><polygon '
     'points="0,0 200000,0 200000,200000"/></object>',
     "odd: object 5 'wall': width is 200000.0; positions and sizes must be numbers "
     "within 65536 pixels"),
    ('<object id="6" name="p" type="Prop" x="0" y="0" width="16" height="16"/>',
     "odd: object 6 'p': a Prop must be a tile object"),
])
def test_object_geometry_that_is_not_sane_is_a_plain_error(
        tmp_path: Path, display, objects: str, message: str) -> None:
    with pytest.raises(ContentError) as err:
        load_map(tmx(tmp_path, objects))
    assert str(err.value).startswith(message)


def test_a_huge_collision_polygon_is_clipped_to_the_map(tmp_path: Path, display) -> None:
    polygon = ('<object id="5" name="wall" type="Collision" x="0" y="0"><polygon '
               'points="0,0 60000,0 60000,60000 0,60000"/></object>')
    start = time.process_time()
    data = load_map(tmx(tmp_path, polygon))
    assert time.process_time() - start < 2.0
    covered = {(x, y) for r in data.solid_rects for x in range(r.left, r.right, 4)
               for y in range(r.top, r.bottom, 4)}
    assert len(covered) == (64 // 4) ** 2  # exactly the map's 64x64 pixels


@pytest.mark.parametrize("size", [("0", "4"), ("-5", "4"), ("4", "100000")])
def test_map_sizes_out_of_range_are_refused(tmp_path: Path, display,
                                            size: tuple[str, str]) -> None:
    with pytest.raises(ContentError, match=r"odd\.tmx: "):
        load_map(tmx(tmp_path, "", size))


def test_a_bad_typed_value_in_a_template_names_the_template(tmp_path: Path, display) -> None:
    (tmp_path / "npc.tx").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<template><object type="NPC" name="walker"><properties>
 <property name="character" value="alex"/><property name="wander" type="int" value="far"/>
</properties><point/></object></template>""")
    path = tmx(tmp_path, '<object id="7" template="npc.tx" x="8" y="8"/>')
    with pytest.raises(ContentError) as err:
        load_map(path)
    assert str(err.value) == ("odd.tmx: object 7: template npc.tx: property 'wander' is int "
                              "but holds 'far'")


def test_every_class_has_one_parser_and_the_schema_agrees() -> None:
    assert KNOWN_CLASSES == ObjectParsers().classes == tuple(name for name, _ in PARSERS)
    assert set(KNOWN_CLASSES) == set(CLASSES)


def test_a_new_class_is_one_registry_entry(tmp_path: Path, display) -> None:
    def parse_beacon(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
        data.spawns[obj.name] = Spawn(obj.name, obj.x, obj.y, Facing.UP, ctx.ref(obj))

    path = tmx(tmp_path, '<object id="3" name="b" type="Beacon" x="8" y="8"><point/></object>')
    with pytest.raises(ContentError, match="unknown class 'Beacon'"):
        load_map(path)
    data = load_map(path, parsers=ObjectParsers((*PARSERS, ("Beacon", parse_beacon))))
    assert data.spawns["b"].facing is Facing.UP


def test_an_unknown_tile_is_named_by_the_id_in_the_file(tmp_path: Path, display) -> None:
    path = tmx(tmp_path, "")
    path.write_text(path.read_text().replace("1,1,1,1\n</data>", "1,1,1,90000\n</data>"))
    with pytest.raises(ContentError) as err:
        load_map(path)
    assert str(err.value) == ("odd: layer 'ground' cell (3, 3) uses tile id 90000 that no "
                              "tileset defines")


def test_a_layer_of_another_size_than_its_map_is_refused(tmp_path: Path, display) -> None:
    with pytest.raises(ContentError) as err:
        load_map(tmx(tmp_path, "", ("2", "4")))
    assert str(err.value) == "odd.tmx: layer 'ground' is 4 x 4 tiles but the map is 2 x 4"
