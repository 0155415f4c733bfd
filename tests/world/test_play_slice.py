"""End to end through the real game loop: walk, talk, choose, walk through a door."""

from __future__ import annotations

from pathlib import Path

from helpers import InputScript, run_game

from game.ui.error_scene import ErrorScene
from game.world.scene import WorldScene


def play_hall(script: InputScript, tmp_path: Path):
    """Play the script in the palace hall (fast text) through the real loop."""
    return run_game(["--map", "palace_hall", "--fast", "--input",
                     str(script.write(tmp_path / "in.txt")), "--frames", str(script.frame)])


def talk_to_monel_then_go_to_room(choice: int) -> InputScript:
    s = InputScript().wait(5).hold("up", 64).hold("left", 40)  # up the hall, over to Mon-El
    s.tap("confirm").wait(3).tap("confirm", 4, gap=4)  # talk; read four lines
    s.tap("down", choice).tap("confirm").wait(4)  # choose
    s.tap("confirm", 2, gap=4).wait(5)  # two more lines
    return s.hold("right", 38).hold("up", 125).wait(40)  # to the north door


def test_walk_talk_choose_and_door(tmp_path: Path, display, slice_root) -> None:
    script = talk_to_monel_then_go_to_room(choice=0)
    game = play_hall(script, tmp_path)
    world = game.ctx.stack.find(WorldScene)
    assert world is not None and world.world is not None
    assert game.ctx.flags.get("talked_to_monel") is True
    assert game.ctx.flags.get("promised_siobhan") is True
    assert world.world.data.name == "kara_room"
    spawn = world.world.data.spawns["from_hall"]
    assert abs(world.world.player.x - spawn.x) < 2 and world.world.player.y <= spawn.y
    assert world.session.journal == "Find Alex by the great doors."


def test_the_other_choice_sets_the_flag_the_other_way(tmp_path: Path, display, slice_root) -> None:
    script = talk_to_monel_then_go_to_room(choice=1)
    game = play_hall(script, tmp_path)
    assert game.ctx.flags.get("promised_siobhan") is False
    assert game.ctx.flags.get("talked_to_monel") is True


def test_replay_is_deterministic(tmp_path: Path, display, slice_root) -> None:
    script = InputScript().wait(2).hold("left", 30).hold("up", 90).hold("right", 20)
    path = script.write(tmp_path / "in.txt")
    runs = []
    for _ in range(2):
        game = run_game(
            [
                "--map",
                "palace_hall",
                "--seed",
                "3",
                "--input",
                str(path),
                "--frames",
                str(script.frame + 200),
            ]
        )
        world = game.ctx.stack.find(WorldScene)
        assert world is not None and world.world is not None
        runs.append([(c.name, round(c.x, 3), round(c.y, 3)) for c in world.world.characters])
    assert runs[0] == runs[1]


def test_record_then_replay_gives_the_same_walk(tmp_path: Path, display, slice_root) -> None:
    script = InputScript().wait(2).hold("up", 40).hold("left", 25)
    recorded = tmp_path / "rec.txt"
    first = run_game(
        [
            "--map",
            "palace_hall",
            "--input",
            str(script.write(tmp_path / "in.txt")),
            "--record",
            str(recorded),
            "--frames",
            str(script.frame),
        ]
    )
    second = run_game(
        ["--map", "palace_hall", "--input", str(recorded), "--frames", str(script.frame)]
    )
    a = first.ctx.stack.find(WorldScene).world.player  # type: ignore[union-attr]
    b = second.ctx.stack.find(WorldScene).world.player  # type: ignore[union-attr]
    assert (a.x, a.y, a.facing) == (b.x, b.y, b.facing)


def test_a_broken_map_shows_an_error_instead_of_crashing(
    tmp_path: Path, display, slice_root
) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text("<map>")
    game = run_game(["--map", str(bad), "--frames", "3"])
    top = game.ctx.stack.top
    assert isinstance(top, ErrorScene) and "bad.tmx" in top.message
