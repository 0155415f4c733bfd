"""A save shows the stage the live game showed (issue: James stood up after a load).

In the lower cells (Act Five, as Lucy) James does push-ups behind glass three from
the moment Mon-El spots him until the glass opens. A player who saves in between and
loads it later must find him still at it, not standing: the pilot plays the scene,
saves in slot 1, and a fresh game loads that slot.
"""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path

import pygame

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action
from game.world.character import Character
from game.world.model import Facing
from tests.story.pilot import Goal, Pilot, flag, idle, run, start_game, world_of
from tests.story.test_act5_rao import TYPICAL

LOAD_STEPS = 90  # the fade into a loaded game


def _james(game: Game) -> Character:
    found = world_of(game).world.find("James")
    assert found is not None
    return found


def _same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and \
        pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")


def _cells_at_78(display: pygame.Surface) -> Game:
    """Lucy arrives in the lower cells (progress 77) and the pilot reads the scene
    through: Mon-El spots James at his push-ups, then goes to keep watch (78)."""
    game = start_game("lower_cells", "a5_cells", 77, "lucy", flags=TYPICAL)
    pilot = Pilot(game, deque([Goal("wait", until=lambda g: flag(g, "progress") == 78
                                    and idle(g), note="the cells scene")]), deque())
    run(game, pilot, lambda g: not pilot.goals, 20_000)
    return game


def _load_slot_one() -> Game:
    again = Game(parse_args(["--map", "garden", "--spawn", "party_start", "--fast",
                             "--frames", "1"]))
    again.run()
    assert again.flow.load_slot("1")
    for _ in range(LOAD_STEPS):
        again.step()
    return again


def test_james_is_still_doing_push_ups_after_a_save_and_a_load(home: Path,
                                                              display: pygame.Surface) -> None:
    game = _cells_at_78(display)
    live = _james(game)
    assert live.pose is not None and live.pose.name == "pushup"
    scene = world_of(game)
    assert game.flow.save_slot(scene, "1") == "Saved."
    saved = json.loads(game.flow.saves.save_path("1").read_text())
    assert saved["session"]["staged_map"] == "lower_cells"
    assert saved["session"]["staged"]["James"]["pose"] == "pushup"

    again = _load_slot_one()
    loaded = world_of(again)
    assert loaded.world.data.name == "lower_cells" and flag(again, "progress") == 78
    james = _james(again)
    pushup = again.ctx.content.poses.poses["pushup"]
    frames = [james.sheet.pose_frame(pushup, Facing.RIGHT, step) for step in (0, 1)]
    standing = james.sheet.frame(Facing.RIGHT, 0)
    assert james.pose is not None and james.pose.name == "pushup"
    assert james.facing is Facing.RIGHT and (james.x, james.y) == (live.x, live.y)
    assert any(_same(james.image(), f) for f in frames)
    assert not _same(james.image(), standing)
    # and he keeps going: both frames of the push-up show as the loaded game runs
    shown = set()
    for _ in range(2 * pushup.beat + 1):
        again.step()
        shown |= {i for i, f in enumerate(frames) if _same(_james(again).image(), f)}
    assert shown == {0, 1}
    # Mon-El, sent to keep watch by the door, is still keeping it
    monel = loaded.world.find("Mon-El")
    watch = loaded.world.data.spawns["a5_monel_watch"]
    assert monel is not None and (monel.x, monel.y) == (watch.x, watch.y)


def test_after_the_glass_opens_a_load_finds_james_out_of_his_cell(home: Path,
                                                                  display: pygame.Surface
                                                                  ) -> None:
    """The other side of the same record: the console scene ends his push-ups and
    teleports him out (79); a load must not put him back behind the glass."""
    game = _cells_at_78(display)
    pilot = Pilot(game, deque([
        Goal("walk", "lower_cells", (18, 8), Action.RIGHT, talk=True, note="the console",
             until=lambda g: int(flag(g, "progress")) >= 79),
        Goal("wait", until=lambda g: flag(g, "progress") == 79 and idle(g)),
    ]), deque())
    run(game, pilot, lambda g: not pilot.goals, 20_000)
    assert game.flow.save_slot(world_of(game), "1") == "Saved."

    again = _load_slot_one()
    james = _james(again)
    out = world_of(again).world.data.spawns["a5_james_out"]
    assert james.pose is None and (james.x, james.y) == (out.x, out.y)
    assert _same(james.image(), james.sheet.frame(james.facing, 0))
