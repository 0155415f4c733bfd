"""Map `when` conditions: parsed once at load, re-checked only when a flag changes, and a
broken one is a plain error that names the object."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.core.actions import InputState
from game.core.errors import ContentError
from game.dialogue.flags import FlagDecl, FlagStore
from game.world import conditions
from game.world.character import SpriteSheet
from game.world.conditions import flag_conditions, flag_types
from game.world.loader import load_map
from game.world.model import Facing
from game.world.world import TriggerFired, World

ROOT = Path(__file__).resolve().parents[2]
WHENS = {  # object name -> its condition
    "Alex": "$met",
    "Monel": "$progress < 2",
    "bell": "$progress == 1",
    "door": "$met and $progress >= 1",
    "plaque": "not $met",
}


def room(tmp_path: Path, whens: dict[str, str] = WHENS) -> Path:
    tileset = (ROOT / "assets" / "tilesets" / "palace.tsx").as_posix()
    rows = [",".join("32" if x in (0, 11) or y in (0, 7) else "1" for x in range(12))
            for y in range(8)]
    w = {k: v.replace("<", "&lt;").replace(">", "&gt;") for k, v in whens.items()}
    path = tmp_path / "hall.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="12" height="8"
 tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="7">
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="12" height="8"><data encoding="csv">
{",".join(rows)}
</data></layer>
 <objectgroup id="2" name="objects">
  <object id="1" name="start" type="Spawn" x="40" y="60"><point/></object>
  <object id="2" name="Alex" type="NPC" x="120" y="60"><properties>
   <property name="character" value="alex"/><property name="when" value="{w['Alex']}"/>
  </properties><point/></object>
  <object id="3" name="Monel" type="NPC" x="150" y="60"><properties>
   <property name="character" value="monel"/><property name="when" value="{w['Monel']}"/>
  </properties><point/></object>
  <object id="4" name="bell" type="Trigger" x="16" y="16" width="16" height="16"><properties>
   <property name="dialogue" value="Bell"/><property name="mode" value="auto"/>
   <property name="when" value="{w['bell']}"/></properties></object>
  <object id="5" name="door" type="Door" x="160" y="16" width="16" height="16"><properties>
   <property name="to_map" value="garden"/><property name="to_spawn" value="gate"/>
   <property name="when" value="{w['door']}"/></properties></object>
  <object id="6" name="plaque" type="Sign" x="64" y="16" width="16" height="16"><properties>
   <property name="dialogue" value="Plaque"/><property name="when" value="{w['plaque']}"/>
  </properties></object>
 </objectgroup>
</map>""")
    return path


def store() -> FlagStore:
    return FlagStore([FlagDecl("met", bool, False), FlagDecl("progress", int, 0)])


def world_in(path: Path, flags: FlagStore) -> World:
    sheet = SpriteSheet.from_surface(pygame.Surface((64, 128)))
    data = load_map(path, flag_types=flag_types(flags))
    world = World(data, lambda c: sheet, flag_conditions(flags), set(), lambda: 0.5, "kara")
    world.place_player(40, 60, Facing.DOWN)
    return world


def names(world: World) -> set[str]:
    return {n.name for n in world.npcs}


def test_each_condition_is_parsed_once_and_evaluated_only_after_a_change(
        tmp_path: Path, display, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    evaluated: list[object] = []
    real_parse, real_eval = conditions.parse_expression, conditions.evaluate_condition
    monkeypatch.setattr(conditions, "parse_expression",
                        lambda text, loc: parsed.append(text) or real_parse(text, loc))
    monkeypatch.setattr(conditions, "evaluate_condition",
                        lambda expr, env: evaluated.append(expr) or real_eval(expr, env))
    flags = store()
    world = world_in(room(tmp_path), flags)
    assert sorted(parsed) == sorted(WHENS.values())
    for _ in range(120):
        world.step(InputState(), controllable=True)
        world.interact()
    settled = len(evaluated)
    assert settled <= len(WHENS)  # each distinct condition at most once so far
    for _ in range(120):
        world.step(InputState(), controllable=True)
    assert len(evaluated) == settled  # nothing changed, nothing re-evaluated
    flags.set("progress", 1)
    world.step(InputState(), controllable=True)
    assert settled < len(evaluated) <= settled + len(WHENS)
    assert sorted(parsed) == sorted(WHENS.values())  # still never parsed again


def test_an_npc_appears_on_the_step_after_its_flag_is_set(tmp_path: Path, display) -> None:
    flags = store()
    world = world_in(room(tmp_path), flags)
    assert names(world) == {"Monel"}
    world.step(InputState(), controllable=True)
    flags.set("met", True)
    flags.set("progress", 2)
    world.step(InputState(), controllable=True)
    assert names(world) == {"Alex"}  # Alex arrives, Mon-El (progress < 2) has gone


def test_during_a_cutscene_the_cast_waits_for_its_end(tmp_path: Path, display) -> None:
    flags = store()
    world = world_in(room(tmp_path), flags)
    flags.set("met", True)
    for _ in range(10):
        world.step(InputState(), controllable=False)
    assert names(world) == {"Monel"}  # nobody pops in mid-scene
    world.step(InputState(), controllable=True)
    assert names(world) == {"Alex", "Monel"}


def test_an_auto_trigger_fires_once_its_flag_holds(tmp_path: Path, display) -> None:
    flags = store()
    world = world_in(room(tmp_path), flags)
    assert not any(world.step(InputState(), controllable=True) for _ in range(30))
    flags.set("progress", 1)
    events = world.step(InputState(), controllable=True)
    assert [type(e) for e in events] == [TriggerFired]
    assert events[0].trigger.ref.object_name == "bell"  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "when", "message"), [
    ("Alex", "$met and", "hall: object 2 'Alex': when condition '$met and': "),
    ("bell", "dice(6) == 6", "hall: object 4 'bell': when condition 'dice(6) == 6': dice() "
     "rolls dice, but a map condition is only re-checked when a flag changes"),
    ("door", "$mett", "hall: object 5 'door': when condition '$mett': flag '$mett' is not "
     "declared in the flag data"),
    ("plaque", "$progress and $met", "hall: object 6 'plaque': when condition "
     "'$progress and $met': 'and' needs true or false on both sides, got number and bool"),
])
def test_a_bad_when_is_an_error_naming_the_map_and_object(
        tmp_path: Path, display, name: str, when: str, message: str) -> None:
    path = room(tmp_path, {**WHENS, name: when})
    with pytest.raises(ContentError) as err:
        load_map(path, flag_types=flag_types(store()))
    assert str(err.value).startswith(message)


def test_without_flag_declarations_only_the_syntax_is_checked(tmp_path: Path, display) -> None:
    data = load_map(room(tmp_path, {**WHENS, "door": "$not_declared"}))
    assert data.doors[0].when.text == "$not_declared"
