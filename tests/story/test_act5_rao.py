"""Act Five (a5), played through the real game loop: the suit in the armory, the walk
with J'onn up the arena tunnel, the duel before Rao, the retreat and the shield in the
command centre (as Kara), James freed in the lower cells (as Lucy); progress 70 -> 80
and the hand-off to Act Six as Alex in the command centre.

The duel is passed over with Settings' Skip in the chained run (a story-safe outcome);
its real outcome is played in the quick test at the end.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import pytest

from game.app import Game
from game.core.actions import Action
from tests.story.duel_pilot import DuelPilot
from tests.story.pilot import (
    Goal,
    Pilot,
    flag,
    idle,
    run,
    skip_contests,
    snapper,
    spy_lines,
    start_game,
    world_of,
)
from tests.story.profiles import KIND, Profile

ENTRY = ("armory", "a5_suit", 70, "kara")
WATCHED = ("progress", "a5_bring_home", "a5_hugged_monel", "a5_told_jonn", "a5_raised_rhea",
           "a5_shield_lane", "a5_lucy_sorry", "duel_rhea", "a5_wore_crest", "a5_message_lena",
           "a5_duel_fell")


def plan_a5(checkpoints: dict[str, dict[str, object]], profile: Profile = KIND
            ) -> tuple[deque[Goal], deque[int]]:
    """The player's plan from the armory (progress 70, Kara) to the hand-off (80, Alex),
    with `profile`'s picks.
    `checkpoints` fills in as the part is played (flags and place at each scene's end)."""
    G = Goal

    snap = snapper(checkpoints, WATCHED)

    def on(map_name: str, progress: int) -> Callable[[Game], bool]:
        return lambda g: (world_of(g).world.data.name == map_name
                          and flag(g, "progress") == progress and idle(g))

    def reached(progress: int) -> Callable[[Game], bool]:
        return lambda g: int(flag(g, "progress")) >= progress

    goals = deque([
        G("wait", until=on("armory", 71), note="the suit, Lucy, Mon-El"),
        G("wait", until=snap("suit")),
        G("walk", "armory", (11, 14), note="out with J'onn", until=reached(72)),
        G("wait", until=on("arena", 72), note="the tunnel"),
        G("walk", "arena", (14, 19), note="up the tunnel", until=reached(73)),
        G("wait", until=on("arena", 73)),
        G("wait", until=snap("tunnel")),
        G("walk", "arena", (14, 16), note="onto the sand", until=reached(75)),
        G("wait", until=on("lower_cells", 78), note="the command centre, the cells"),
        G("wait", until=snap("cells")),
        G("walk", "lower_cells", (18, 8), Action.RIGHT, talk=True, note="the console",
          until=reached(79)),
        G("wait", until=on("lower_cells", 79)),
        G("walk", "lower_cells", (16, 9), Action.RIGHT, talk=True, note="James",
          until=reached(80)),
        G("wait", until=lambda g: int(flag(g, "progress")) >= 80 and (
            idle(g) or world_of(g).world.data.name == "command_centre"),
          note="the hand-off", during=True),
        G("wait", until=snap("end"), during=True),
    ])
    return goals, deque(profile.a5)


def check_a5(game: Game, pilot: Pilot, checkpoints: dict[str, dict[str, object]]) -> None:
    """What the part must have done, scene by scene."""
    start = next(i for i, seen in enumerate(pilot.maps_seen) if seen[0] == "armory")
    assert start <= 1 and pilot.maps_seen[start] == ("armory", 70, "kara")
    suit = checkpoints["suit"]
    assert suit["player"] == "kara_suit" and suit["a5_bring_home"] is True
    assert suit["a5_hugged_monel"] is True and str(suit["journal"]).startswith("Walk out")
    assert suit["a5_wore_crest"] is True
    assert checkpoints["tunnel"]["a5_told_jonn"] is True
    assert checkpoints["tunnel"]["a5_message_lena"] == "coming"
    cells = checkpoints["cells"]
    assert cells["player"] == "lucy" and cells["duel_rhea"] == "skipped"
    assert cells["a5_duel_fell"] is False  # a skipped duel is no fall
    assert cells["a5_raised_rhea"] is True and cells["a5_shield_lane"] is True
    end = checkpoints["end"]
    assert end["progress"] == 80 and end["player"] == "alex" and end["a5_lucy_sorry"] is True
    maps = [m for m, _, _ in pilot.maps_seen[start:]]
    assert maps == ["armory", "arena", "command_centre", "lower_cells", "command_centre"]


# what a typical playthrough has set by Act Five (Acts 1-4)
TYPICAL = {"alex_trusts_lena": True, "knelt": True, "leslie_confronted": True,
           "queen_suspicion": 2, "maggie_trained": True, "lena_formula": True,
           "lucy_left_pin": True, "kara_forgave_lucy": True, "standoff_throne": "skipped",
           "lena_future_queen": True}



@pytest.fixture
def a5_game(display) -> Game:
    return skip_contests(start_game(*ENTRY, flags=TYPICAL))


def test_act_five_plays_from_the_armory_to_act_six(a5_game: Game) -> None:
    lines = spy_lines(a5_game)
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = plan_a5(checkpoints)
    pilot = Pilot(a5_game, goals, choices)
    steps = run(a5_game, pilot, lambda g: not pilot.goals, 40_000)
    assert steps < 40_000 and not pilot.choices
    check_a5(a5_game, pilot, checkpoints)
    # earlier acts' flags change what is said
    assert "Lighter's one word for it. Naked's another." in lines
    assert "I said it on the balcony. I meant it on the balcony." in lines
    assert "She spoke of those streets like a queen who means to keep them. " \
           "I thought you should know." in lines
    # and so do this part's choices, later in the part
    assert "Lucy said it would be a thin door. We hold it open long enough. " \
           "Not a breath longer." in lines
    assert "You were afraid. You did it anyway. Lean on me." in lines
    assert "My sister hugged me in the armory tonight. Everyone's having a very big evening." \
        in lines
    assert "You wear my sun on your clasp. Against me." in lines  # the crest, on the sand
    assert "Yes, and home. Two words. I'll manage." in lines
    assert "Stay down. It's over. Nobody will call you weak. I will see to that myself." \
        not in lines  # a passed-over duel has no fall


# ---------------------------------------------------------------- the duel's real outcome

def test_the_duel_fought_and_won_makes_the_queen_and_the_court_kneel(display) -> None:
    game = start_game("arena", "a5_gate", 73, "kara_suit")
    lines = spy_lines(game)
    pilot = DuelPilot(game, deque([
        Goal("walk", "arena", (14, 16), until=lambda g: int(flag(g, "progress")) >= 75),
        Goal("wait", until=lambda g: world_of(g).world.data.name == "command_centre",
             during=True),
    ]), deque([0, 1]))
    run(game, pilot, lambda g: not pilot.goals, 40_000)
    assert flag(game, "duel_rhea") == "won" and flag(game, "a5_raised_rhea") is False
    assert "Not a scratch on her. Half of you is bruises. That is the right way round." in lines
    assert "Let them. They'll see it for the rest of my life, however long you leave me." \
        in lines


def test_the_duel_lost_puts_kara_on_the_sand_and_she_gets_up_to_win_it(display) -> None:
    game = start_game("arena", "a5_gate", 73, "kara_suit",
                      flags={"a5_message_lena": "sorry", "greeted_varn": True})
    lines = spy_lines(game)
    pilot = DuelPilot(game, deque([
        Goal("walk", "arena", (14, 16), until=lambda g: int(flag(g, "progress")) >= 75),
        Goal("wait", until=lambda g: world_of(g).world.data.name == "command_centre",
             during=True),
    ]), deque([1, 0]), skills=(0.0, 1.0))  # the first duel lost (no counter, the worst
    # words, no tell answered), the rematch won
    run(game, pilot, lambda g: not pilot.goals, 60_000)
    first, rematch = pilot.duels
    assert first.outcome == "lost" and not first.spec.final_only and first.counters == 0
    assert rematch.spec.final_only and rematch.outcome == "won"
    assert flag(game, "a5_duel_fell") is True and flag(game, "duel_rhea") == "won"
    assert flag(game, "a5_raised_rhea") is True
    fall = lines.index("Stay down. It's over. Nobody will call you weak. "
                       "I will see to that myself.")
    assert lines.index("Come back to me, Princess. That's an order.", fall) > fall
    assert "I owe her a sorry. I can't say it from down here." in lines  # J'onn's errand
    assert lines.index("She's up! Rao's beard, she's up!") > fall
    # the fall is remembered: at the kneel, when J'onn lifts her
    assert "I put you in the sand. You got up. I never taught you that part. Who did?" in lines
    assert "You went down, and the whole arena stopped breathing. Then you stood, " \
           "and they remembered how." in lines
    assert "You never once struck at my face. Even when I left it open for you." not in lines
