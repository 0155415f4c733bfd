"""During a stealth scene the world moves everyone but keeps its doors and
triggers: a trigger walked over while sneaking still fires afterwards."""

from __future__ import annotations

from pathlib import Path

from game.core.actions import InputState
from game.world.model import Facing
from game.world.world import TriggerFired
from tests.world.test_patrol import hall, world_for


def test_a_touch_trigger_is_not_used_up_while_sneaking(tmp_path: Path, display) -> None:
    path = hall(tmp_path, "2,2; 9,2")
    path.write_text(path.read_text().replace(
        ' </objectgroup>',
        '  <object id="3" name="step" type="Trigger" x="64" y="96" width="32" height="16">'
        '<properties><property name="dialogue" value="somewhere"/></properties></object>\n'
        ' </objectgroup>'))
    world = world_for(path)
    world.place_player(80, 110, Facing.UP)  # standing on it
    guard = world.find("Guard")
    assert guard is not None
    start = (guard.x, guard.y)
    for _ in range(60):
        assert world.step(InputState(), True, events_on=False) == []
    assert (guard.x, guard.y) != start  # the round went on
    events = world.step(InputState(), True)
    assert any(isinstance(e, TriggerFired) for e in events)
