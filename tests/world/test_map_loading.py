"""Maps load from Tiled files into our model: objects, collision, layers."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.core.errors import ContentError
from game.world.loader import load_map
from game.world.model import Facing, TriggerMode

MAPS = Path(__file__).resolve().parents[2] / "maps"


def test_palace_hall_has_its_spawns_doors_and_people(display, slice_root: Path) -> None:
    data = load_map(slice_root / "maps" / "palace_hall.tmx")
    assert {"start", "from_room"} <= set(data.spawns)
    assert data.spawns["start"].facing is Facing.UP
    assert [(d.to_map, d.to_spawn) for d in data.doors] == [("kara_room", "from_hall")]
    assert {n.character for n in data.npcs} == {"monel", "alex", "servant"}
    assert data.title == "The Royal Wing" and data.lighting == "day"


def test_walls_are_solid_and_floors_are_not(display, slice_root: Path) -> None:
    data = load_map(slice_root / "maps" / "palace_hall.tmx")
    assert data.solid_tiles[0][5]  # the north wall
    spawn = data.spawns["start"]
    assert not data.solid_tiles[int(spawn.y // 16)][int(spawn.x // 16)]


def _tmx(tmp_path: Path, objects: str, attr: str = "type") -> Path:
    tileset = (MAPS.parent / "assets" / "tilesets" / "palace.tsx").as_posix()
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="4" height="4"
 tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="9">
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="4" height="4"><data encoding="csv">
1,1,1,1,
1,1,1,1,
1,1,1,1,
1,1,1,1
</data></layer>
 <objectgroup id="2" name="objects">{objects.replace("KIND", attr)}</objectgroup>
</map>"""
    path = tmp_path / "fixture.tmx"
    path.write_text(text)
    return path


@pytest.mark.parametrize("attr", ["type", "class"])
def test_tiled_18_type_and_19_class_both_load(tmp_path: Path, display, attr: str) -> None:
    path = _tmx(
        tmp_path,
        """
  <object id="1" name="a" KIND="Spawn" x="8" y="8"><point/></object>
  <object id="2" name="t" KIND="Trigger" x="16" y="16" width="16" height="16">
   <properties><property name="dialogue" value="n"/>
    <property name="mode" value="auto"/></properties>
  </object>""",
        attr,
    )
    data = load_map(path)
    assert "a" in data.spawns
    assert data.triggers[0].mode is TriggerMode.AUTO


@pytest.mark.parametrize(
    ("objects", "message"),
    [
        (
            '<object id="4" name="d" KIND="Door" x="0" y="0" width="16" height="16"/>',
            "fixture: object 4 'd': missing property 'to_map'",
        ),
        (
            '<object id="5" name="x" KIND="Teleporter" x="0" y="0" width="16" height="16"/>',
            "fixture: object 5 'x': unknown class 'Teleporter' (known: Collision, Spawn, Door, "
            "NPC, Sign, Inspect, Trigger, Music, Prop, Emitter, Crowd)",
        ),
        (
            '<object id="6" KIND="Spawn" x="0" y="0"><point/></object>',
            "fixture: object 6: a Spawn needs a Name",
        ),
        (
            '<object id="7" name="n" KIND="NPC" x="0" y="0"><properties>'
            '<property name="character" value="alex"/><property name="facing" value="north"/>'
            "</properties><point/></object>",
            "fixture: object 7 'n': facing='north' is not one of down, left, right, up",
        ),
    ],
)
def test_broken_objects_are_reported_with_map_id_and_name(
    tmp_path: Path, display, objects: str, message: str
) -> None:
    with pytest.raises(ContentError) as err:
        load_map(_tmx(tmp_path, objects))
    assert str(err.value) == message


def test_malformed_xml_is_a_plain_error(tmp_path: Path, display) -> None:
    path = tmp_path / "broken.tmx"
    path.write_text("<map><layer></map>")
    with pytest.raises(ContentError, match=r"broken\.tmx: cannot read map"):
        load_map(path)


def test_a_tile_only_a_tile_object_shows_keeps_its_animation_and_solidity(
        tmp_path: Path, display) -> None:
    """The loader gives pytmx only the tileset entries of tiles the map uses: the
    console placed as a tile object (nowhere in a layer) still blocks the way and
    plays its three frames, cut from the sheet as pytmx alone cuts them."""
    import pygame
    import pytmx
    path = _tmx(tmp_path, '<object id="3" gid="96" x="16" y="32" width="16" height="16"/>')
    prop = load_map(path).props[0]
    assert prop.solid and prop.durations_ms == (200, 200, 200)
    theirs = pytmx.load_pygame(str(path))
    frames = theirs.get_tile_properties_by_gid(theirs.objects_by_id[3].gid)["frames"]
    expected = [pygame.image.tobytes(theirs.get_tile_image_by_gid(f.gid), "RGBA")
                for f in frames]
    assert [pygame.image.tobytes(f, "RGBA") for f in prop.frames] == expected
    assert len(set(expected)) == 3


@pytest.mark.parametrize("enabled", [True, False])
def test_a_load_leaves_the_garbage_collector_as_it_found_it(
        tmp_path: Path, display, enabled: bool) -> None:
    """The collector is paused during a load (the game collects right after); a
    battle that paused it itself must not find it running again."""
    import gc
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        load_map(_tmx(tmp_path, ""))
        assert gc.isenabled() is enabled
        with pytest.raises(ContentError):
            load_map(_tmx(tmp_path, '<object id="6" KIND="Spawn" x="0" y="0"><point/></object>'))
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
