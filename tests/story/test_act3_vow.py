"""Act Three, second half (a3b), played through the real game loop: from the
celebration in the grand hall (progress 30, as Kara) to the hand-over to Act Four
(progress 40, as Alex in the royal wing).

The planning pilot reads every line, picks the planned options and walks; contests
are passed with Settings' Skip in the chained plan (a story-safe outcome), and each
contest's real outcomes (the Leslie stand-off won and lost, the door argument won and
lost, the comm room that cannot be won) have their own quick tests below.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import pytest

from game.app import Game
from game.core.actions import Action
from tests.story.pilot import (
    Goal,
    Pilot,
    at_progress,
    flag,
    idle,
    play_standoffs,
    run,
    start_game,
    world_of,
)
from tests.story.profiles import KIND, Profile

FLAGS = ("progress", "exson_truth", "shared_pie", "maggie_trained", "leslie_confronted",
         "standoff_leslie", "standoff_comm_room", "queen_suspicion", "alex_guard",
         "alex_trusts_lena", "lena_trust")


def start_a3b(game_flags: dict[str, object] | None = None) -> Game:
    """The game as Act Three's first half leaves it: in the grand hall, as Kara."""
    game = start_game("grand_hall", "a3_celebration", 30, "kara")
    typical = {"lena_trust": 5, "knelt": True, "held_hands": True, "saw_portal": True,
               "met_winn": True, "queen_suspicion": 1}
    for name, value in (typical | (game_flags or {})).items():
        game.ctx.flags.set(name, value)
    return game


def plan_a3b(checkpoints: dict[str, dict[str, object]], profile: Profile = KIND
             ) -> tuple[deque[Goal], deque[int]]:
    """The player's plan from the procession to the hand-over (`profile`'s picks).
    `checkpoints` fills in as it is played (flags, map and player at each scene's end)."""
    G = Goal

    def snap(label: str) -> Callable[[Game], bool]:
        def take(g: Game) -> bool:
            checkpoints[label] = {k: flag(g, k) for k in FLAGS}
            checkpoints[label]["map"] = world_of(g).world.data.name
            checkpoints[label]["player"] = world_of(g).session.player_character
            return True
        return take

    def on(map_name: str, progress: int) -> Callable[[Game], bool]:
        return lambda g: (world_of(g).world.data.name == map_name
                          and flag(g, "progress") == progress and idle(g))

    goals = deque([
        G("wait", until=at_progress(31), note="procession and speech"),
        G("wait", until=snap("speech")),
        G("walk", "grand_hall", (15, 12), note="down the hall"),
        G("walk", "grand_hall", (12, 10), Action.UP, talk=True, note="Lord Teral"),
        G("walk", "grand_hall", (4, 13), Action.DOWN, talk=True, note="Maggie"),
        G("walk", "grand_hall", (35, 13), Action.DOWN, talk=True, note="the dessert table"),
        G("wait", until=at_progress(33), note="Leslie"),
        G("wait", until=snap("leslie")),
        G("door", to_map="garden"),
        G("walk", "garden", (28, 11), Action.DOWN, talk=True, note="the Queen by the oak"),
        G("wait", until=on("royal_wing", 36), note="comm room, the door shut"),
        G("wait", until=snap("night")),
        G("walk", "royal_wing", (29, 4), Action.UP, talk=True, note="Alex at the door"),
        G("wait", until=on("spare_room", 37), note="Alex steps aside, Lena goes in"),
        G("wait", until=snap("door")),
        G("walk", "spare_room", (3, 8), Action.UP, talk=True, note="the lamp"),
        G("walk", "spare_room", (8, 5), Action.UP, talk=True, note="Kara, the vow"),
        # the hand-over: a4a's scene at the door may start at once, so no wait for idle
        G("wait", until=lambda g: world_of(g).world.data.name == "royal_wing"
          and int(flag(g, "progress")) >= 40, note="the morning, the cards", during=True),
        G("wait", until=snap("end"), during=True),
    ])
    return goals, deque(profile.a3b)


def check_a3b(game: Game, pilot: Pilot, checkpoints: dict[str, dict[str, object]]) -> None:
    """What the part must have done, scene by scene."""
    assert checkpoints["speech"]["map"] == "grand_hall"
    leslie = checkpoints["leslie"]
    assert leslie["exson_truth"] is True and leslie["shared_pie"] is True
    assert leslie["maggie_trained"] is True
    assert leslie["standoff_leslie"] == "skipped" and leslie["leslie_confronted"] is True
    night = checkpoints["night"]
    assert night["player"] == "lena" and night["standoff_comm_room"] == "skipped"
    door = checkpoints["door"]
    assert door["alex_trusts_lena"] is True and door["alex_guard"] == 0
    end = checkpoints["end"]
    assert end["player"] == "alex" and end["map"] == "royal_wing" and end["progress"] == 40
    assert int(end["lena_trust"]) >= 8  # pie, Leslie, the spare room, the vow
    maps = [m for m, _, _ in pilot.maps_seen]
    assert maps == ["grand_hall", "garden", "command_centre", "royal_wing", "spare_room",
                    "royal_wing"]
    scene = world_of(game)
    assert scene.session.act.startswith("Act Four")
    assert scene.session.meters == []


def test_act_three_plays_from_the_celebration_to_act_four(display) -> None:
    game = start_a3b()
    game.flow.settings.contest_skip = True  # the chained pilot skips contests
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = plan_a3b(checkpoints)
    pilot = Pilot(game, goals, choices)
    run(game, pilot, lambda g: not pilot.goals, 60_000)
    assert not pilot.choices
    check_a3b(game, pilot, checkpoints)


# ---------------------------------------------------------------- the contests, played


def play_standoff(game: Game, skill: float, limit: int = 20_000) -> None:
    """Read lines (confirm) until the stand-off is over, playing it at `skill`."""
    play_standoffs(game, skill, lambda g, met: met, limit)


def read_on(game: Game, until: Callable[[Game], bool], limit: int = 6000) -> None:
    pilot = Pilot(game, deque([Goal("wait", until=until)]), deque())
    run(game, pilot, lambda g: not pilot.goals, limit)


@pytest.mark.parametrize(("skill", "won"), [(1.0, True), (0.0, False)])
def test_the_leslie_stand_off_won_and_lost(display, skill: float, won: bool) -> None:
    game = start_a3b({"progress": 31})
    read_on(game, idle)
    world_of(game).director.start("a3b_leslie")
    play_standoff(game, skill)
    read_on(game, at_progress(33))
    assert flag(game, "standoff_leslie") == ("won" if won else "lost")
    assert flag(game, "leslie_confronted") is won
    assert flag(game, "queen_suspicion") == (1 if won else 2)  # losing: Leslie saw the flinch
    assert flag(game, "lena_trust") == (6 if won else 5)


def test_the_comm_room_cannot_be_won_and_kara_kneels(display) -> None:
    game = start_game("command_centre", "door_in", 34, "kara")
    play_standoff(game, 1.0)
    kneeling = False
    for _ in range(400):
        game.step()
        pose = world_of(game).world.player.pose
        if pose is not None and pose.name == "kneel":
            kneeling = True
            break
    assert flag(game, "standoff_comm_room") == "lost"  # even played perfectly
    assert kneeling


@pytest.mark.parametrize(("choices", "trusts", "guard"),
                         [((0, 0, 0), True, 0), ((1, 2, 2), False, 10)])
def test_the_door_stand_off_right_and_wrong_reasons(display, choices: tuple[int, ...],
                                                    trusts: bool, guard: int) -> None:
    game = start_game("royal_wing", "from_grand_hall", 36, "lena")
    goals = deque([
        Goal("wait", until=idle, note="Maggie's word"),
        Goal("walk", "royal_wing", (29, 4), Action.UP, talk=True, note="Alex"),
        Goal("wait", until=lambda g: flag(g, "progress") == 37 and idle(g)),
    ])
    pilot = Pilot(game, goals, deque(choices))
    run(game, pilot, lambda g: not pilot.goals, 20_000)
    assert flag(game, "alex_guard") == guard
    assert flag(game, "alex_trusts_lena") is trusts
    scene = world_of(game)
    assert scene.world.data.name == "spare_room"  # she stepped aside and Lena went in
    assert scene.session.meters == []  # the guard bar is gone
