"""The benchmark's walking rows walk on their map: from the slums' spawn the first
direction of the walk leads out through the exit, so the row starts from another
direction and its timed frames stay in the slums with no fade; the door row walks
the first way through that exit, into slums_line."""

from __future__ import annotations

from pathlib import Path

from tools.perf import walks


def test_the_slums_walk_stays_in_the_slums_and_the_door_row_leaves_it(home: Path) -> None:
    frames = walks.WARMUP + 60
    planner = walks.Planner(frames)
    assert planner.run("slums", 0).reason == "crosses a door"  # right, into the exit
    rotation, why = planner.walk("slums")
    assert rotation != 0 and why == ""
    game = walks._game("slums")
    frame = walks.framer(game, True, rotation)
    for i in range(frames):  # the timed run is the dry run again: seeded, same start
        frame(i)
        seen = walks.probe(game)
        assert seen.map_name == "slums" and not seen.door_fade and not seen.screen_fade
    door = planner.door("slums")
    assert door is not None
    assert door[0] == 0 and door[1].to_map == "slums_line"
    assert door[1].fade_end is not None and door[1].left_at is not None
    assert door[1].fade_end - door[1].left_at >= 2 * 20  # a whole fade out and in
