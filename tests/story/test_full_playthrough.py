"""New Game to the end of Act Two (and on into Act Three's first scene) in one run, then
the same run replayed from its recorded input script: the story's logic is deterministic
frame for frame.

Act One is played from a hand-written input script (test_act1's route), Act Two by the
planning pilot of test_act2; everything the player pressed is recorded with --record
and replayed with --input into a fresh game, which must end in the same state.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action
from game.screens.credits import CreditsScene
from game.world.scene import WorldScene
from tests.helpers import InputScript
from tests.story.pilot import Goal, Pilot, run
from tests.story.test_act1 import Route, act_one
from tests.story.test_act2 import act_two_plan, check_act_two
from tests.story.test_act3_victory import plan_a3a

SEED = "0"


def world(game: Game) -> WorldScene:
    scene = game.ctx.stack.find(WorldScene)
    assert scene is not None and scene.world is not None
    return scene


def state(game: Game) -> dict[str, object]:
    scene = world(game)
    player = scene.world.player
    return {
        "flags": game.ctx.flags.snapshot(),
        "map": scene.world.data.name,
        "player": (round(player.x, 3), round(player.y, 3), player.facing.value),
        "character": scene.session.player_character,
        "act": scene.session.act,
        "journal": scene.session.journal,
        "frame": game.ctx.frame,
    }


def test_new_game_to_the_end_of_act_two_and_its_replay(tmp_path: Path, display,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # A player with no saves yet: the title's cursor starts on New Game.
    monkeypatch.setenv("RED_SUN_HOME", str(tmp_path / "first"))
    route = Route(script=InputScript().wait(5).tap("confirm").wait(40))  # title: New Game
    act_one(route)
    act1 = route.script.write(tmp_path / "act1.txt")
    recorded = tmp_path / "played.txt"
    game = Game(parse_args(["--fast", "--seed", SEED, "--input", str(act1),
                            "--record", str(recorded)]))
    game.start()
    for _ in range(route.script.frame + 2000):
        game.step()
        scene = game.ctx.stack.find(WorldScene)
        if (game.replay is not None and game.replay.finished and scene is not None
                and game.ctx.flags.get("progress") == 10
                and scene.session.player_character == "lena" and not scene.director.active
                and game.ctx.stack.top is scene):
            break
    assert game.ctx.flags.get("progress") == 10, "Act One did not reach the hand-off"
    assert world(game).world.data.name == "kara_room"
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = act_two_plan(checkpoints)
    pilot = Pilot(game, goals, choices)
    run(game, pilot, lambda g: not pilot.goals, 60_000)
    check_act_two(game, pilot, checkpoints)
    assert game.ctx.flags.get("progress") == 17 and game.ctx.flags.get("knelt") is True
    played = state(game)
    game.finish()  # writes the recording

    # Act Two ends in bed: the night's rest brings the Act Three card and the morning in
    # the sparring room, as Kara; the first scene of Act Three plays on from there.
    to_bed = deque([Goal("walk", "kara_room", (4, 5), Action.LEFT, talk=True, note="to bed")])
    goals, choices = plan_a3a()
    to_bed.extend(list(goals)[:3])  # skips on, then the sparring match to its end
    run(game, Pilot(game, to_bed, deque(list(choices)[:1])),
        lambda g: world(g).world.data.name == "sparring_room"
        and g.ctx.flags.get("progress") == 21 and world(g).director.active is False, 20_000)
    assert world(game).session.player_character == "kara"
    assert world(game).session.act == "Act Three: The Victory Night"
    assert world(game).session.journal.startswith("At sundown")
    assert not isinstance(game.ctx.stack.top, CreditsScene)

    monkeypatch.setenv("RED_SUN_HOME", str(tmp_path / "second"))  # no autosave to Continue
    replay = Game(parse_args(["--fast", "--seed", SEED, "--input", str(recorded),
                              "--frames", str(played["frame"])]))
    replay.run()
    assert state(replay) == played
