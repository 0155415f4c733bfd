"""Props: tile objects from Tiled that appear when the story says so."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.core.actions import Action, InputState
from game.dialogue.flags import FlagDecl, FlagStore
from game.world.character import SpriteSheet
from game.world.conditions import flag_conditions
from game.world.loader import load_map
from game.world.model import Facing
from game.world.world import World

ROOT = Path(__file__).resolve().parents[2]
CRATE = 1 + 230  # palace.tsx tile 230 "crate" (solid in the tileset)


def room(tmp_path: Path) -> Path:
    tileset = (ROOT / "assets" / "tilesets" / "palace.tsx").as_posix()
    rows = [",".join("32" if x in (0, 11) or y in (0, 7) else "1" for x in range(12))
            for y in range(8)]
    path = tmp_path / "props.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="12" height="8"
 tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="3">
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="12" height="8"><data encoding="csv">
{",".join(rows)}
</data></layer>
 <objectgroup id="2" name="objects">
  <object id="1" name="start" type="Spawn" x="40" y="60"><point/></object>
  <object id="2" name="crate" type="Prop" gid="{CRATE}" x="96" y="64" width="16" height="16">
   <properties><property name="when" value="$knelt"/></properties>
  </object>
 </objectgroup>
</map>""")
    return path


def test_a_prop_appears_with_its_flag_and_then_blocks_the_way(tmp_path: Path, display) -> None:
    data = load_map(room(tmp_path))
    assert len(data.props) == 1
    prop = data.props[0]
    assert prop.rect() == pygame.Rect(96, 48, 16, 16)  # Tiled's bottom-left anchor, moved up
    flags = FlagStore([FlagDecl("knelt", bool, False)])
    sheet = SpriteSheet.from_surface(pygame.Surface((64, 128)))
    world = World(data, lambda c: sheet, flag_conditions(flags), set(), lambda: 0.5, "kara")
    assert world.props == []  # not yet
    world.place_player(70, 62, Facing.RIGHT)
    for _ in range(40):
        world.step(InputState(held=frozenset({Action.RIGHT})), controllable=True)
    assert world.player.x > 110  # nothing there: walked straight past
    flags.set("knelt", True)
    world.refresh_npcs()  # what the scene does when a cutscene ends
    assert world.props == [prop] and prop.solid
    world.place_player(70, 62, Facing.RIGHT)
    for _ in range(40):
        world.step(InputState(held=frozenset({Action.RIGHT})), controllable=True)
    assert world.player.feet().right <= 96  # stopped at the crate
