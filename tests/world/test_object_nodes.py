"""Map objects are read from their XML without pytmx's objects, and come out as
pytmx alone reads them: polygons, tile objects (flipped too), typed properties."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytmx

from game.core.errors import ContentError
from game.world.loader.reading import read_map

TILESET = (Path(__file__).resolve().parents[2] / "assets" / "tilesets" / "palace.tsx").as_posix()
OBJECTS = """
  <object id="1" name="box" type="Trigger" x="8" y="8.5" width="16" height="24">
   <properties><property name="dialogue" value="n"/><property name="count" type="int" value="3"/>
    <property name="on" type="bool" value="true"/><property name="speed" type="float" value="1.5"/>
    <property name="tint" type="color" value="#ff102030"/>
    <property name="note">two
lines</property><property name="typed" type="string">kept as pytmx keeps it</property>
   </properties>
  </object>
  <object id="2" name="fence" x="32" y="16"><polygon points="0,0 24,-8 30,12 -6,10"/></object>
  <object id="3" name="path" x="4" y="40"><polyline points="0,0 10,5 20,-3"/></object>
  <object id="4" name="console" gid="96" x="16" y="48" width="16" height="16">
   <properties><property name="when" value="$progress &gt; 2"/></properties></object>
  <object id="5" gid="2147483745" x="40" y="48" width="16" height="16"/>
  <object id="6" name="spot" class="Spawn" x="12" y="12"><point/></object>"""


def _map(tmp_path: Path, objects: str) -> Path:
    path = tmp_path / "objects.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.9" orientation="orthogonal" renderorder="right-down" width="4" height="4"
 tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="9">
 <tileset firstgid="1" source="{TILESET}"/>
 <layer id="1" name="ground" width="4" height="4"><data encoding="csv">
1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1</data></layer>
 <objectgroup id="2" name="things">{objects}</objectgroup>
</map>""")
    return path


def test_objects_come_out_as_pytmx_alone_reads_them(tmp_path: Path, display) -> None:
    path = _map(tmp_path, OBJECTS)
    ours = read_map(path)
    assert ours._tmx.taken is not None  # the objects were read here, not by pytmx
    theirs = pytmx.load_pygame(str(path))
    expected = []
    for obj in theirs.objects:
        props = {k: v for k, v in obj.properties.items() if k != "frames"}
        expected.append((obj.id, obj.name or "", obj.x, obj.y, obj.width, obj.height,
                         tuple((p.x, p.y) for p in getattr(obj, "points", ())),
                         theirs.tiledgidmap.get(obj.gid, 0), props))
    got = [(o.id, o.name, o.x, o.y, o.width, o.height, o.points,
            ours.file_gid(o.gid) if o.gid else 0,
            {k: v for k, v in o.properties.items() if k != "frames"}) for o in ours.objects]
    assert got == expected
    assert [o.cls for o in ours.objects] == ["Trigger", "", "", "", "", "Spawn"]
    console = ours.objects[3]
    assert console.properties["solid"] is True and console.y == 32  # the tile's, and its top
    assert [(o.x, o.y) for o in ours.objects[1:3]] == [(32, 16), (4, 40)]
    assert ours.objects[1].width == 36 and ours.objects[1].height == 20


def test_a_property_named_like_a_pytmx_attribute_is_still_refused(tmp_path: Path,
                                                                  display) -> None:
    path = _map(tmp_path, '<object id="1" name="a" x="0" y="0"><properties>'
                          '<property name="rotation" value="90"/></properties></object>')
    with pytest.raises(ContentError, match=r"objects\.tmx: cannot read map: Reserved names"):
        read_map(path)
