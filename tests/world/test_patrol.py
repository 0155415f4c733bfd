"""Guards walk their rounds: every point in turn, pausing, and waiting for whoever blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.core.actions import Action, InputState
from game.core.errors import ContentError
from game.world.character import SpriteSheet
from game.world.conditions import ConditionCache
from game.world.loader import load_map
from game.world.model import Facing
from game.world.world import World

ROOT = Path(__file__).resolve().parents[2]


def hall(tmp_path: Path, patrol: str) -> Path:
    """A 12x8 room of marble floor with walls around it and one patrolling guard."""
    tileset = (ROOT / "assets" / "tilesets" / "palace.tsx").as_posix()
    wall, floor = 32, 1  # wall_top_n (solid) and marble_floor
    rows = [",".join(str(wall if x in (0, 11) or y in (0, 7) else floor) for x in range(12))
            for y in range(8)]
    path = tmp_path / "round.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="12" height="8"
 tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="3">
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="12" height="8"><data encoding="csv">
{",".join(rows)}
</data></layer>
 <objectgroup id="2" name="objects">
  <object id="1" name="start" type="Spawn" x="24" y="110"><point/></object>
  <object id="2" name="Guard" type="NPC" x="40" y="46"><properties>
   <property name="character" value="guard"/><property name="patrol" value="{patrol}"/>
  </properties><point/></object>
 </objectgroup>
</map>""")
    return path


def world_for(path: Path) -> World:
    sheet = SpriteSheet.from_surface(__import__("pygame").Surface((64, 128)))
    everyone = ConditionCache(lambda expr: True, lambda: 0)
    world = World(load_map(path), lambda c: sheet, everyone, set(), lambda: 0.5, "kara")
    world.place_player(24, 110, Facing.UP)
    return world


def test_a_guard_walks_every_point_of_the_round_in_order(tmp_path: Path, display) -> None:
    world = world_for(hall(tmp_path, "2,2; 9,2; 9,5"))
    guard = world.find("Guard")
    assert guard is not None
    visited: list[tuple[int, int]] = []
    for _ in range(2400):
        world.step(InputState(), controllable=True)
        tile = (int(guard.x // 16), int((guard.y - 1) // 16))
        if not guard.moving and (not visited or visited[-1] != tile):
            visited.append(tile)
    assert visited[:4] == [(2, 2), (9, 2), (9, 5), (2, 2)]


def test_a_guard_waits_for_the_player_in_the_way(tmp_path: Path, display) -> None:
    world = world_for(hall(tmp_path, "2,2; 9,2"))
    guard = world.find("Guard")
    assert guard is not None
    world.place_player(5 * 16 + 8, 2 * 16 + 14, Facing.LEFT)  # right across the round
    for _ in range(300):
        world.step(InputState(), controllable=True)
        assert guard.x < world.player.x - 5  # never walks through the player


@pytest.mark.parametrize(("patrol", "message"), [
    ("2,2", "a patrol needs at least two points"),
    ("2,2; 40,1", "patrol point (40, 1) is off the map"),
    ("2;2", "patrol point '2' should be 'x,y' in tiles"),
])
def test_bad_rounds_are_explained(tmp_path: Path, display, patrol: str, message: str) -> None:
    with pytest.raises(ContentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_map(hall(tmp_path, patrol))


def test_a_hidden_character_waits_off_stage_until_shown(tmp_path: Path, display) -> None:
    path = hall(tmp_path, "2,2; 9,2")
    path.write_text(path.read_text().replace(
        '<property name="character" value="guard"/>',
        '<property name="character" value="guard"/><property name="hidden" type="bool" '
        'value="true"/>'))
    world = world_for(path)
    guard = world.find("Guard")
    assert guard is not None and not guard.visible
    world.place_player(guard.x - 20, guard.y, Facing.RIGHT)
    for _ in range(60):  # walk right, through where the guard is standing
        world.step(InputState(held=frozenset({Action.RIGHT})), controllable=True)
    assert world.player.x > guard.x + 5  # nothing in the way while off-stage
    guard.visible = True  # what <<show Guard>> does
    world.refresh_npcs()  # after the cutscene: still there, still shown
    assert world.find("Guard") is guard and guard.visible
