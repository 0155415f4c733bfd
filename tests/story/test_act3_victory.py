"""Act Three, first half (part a3a, progress 20 -> 30), played through the real game loop
by the planning pilot: the sparring match, the private dinner with the Willises, the
fireworks ride and the kiss on the balcony, the state dinner and the Queen's glass.

`plan_a3a` is the player's plan from the entry (sparring_room, progress 20, Kara) to the
hand-off (grand_hall, progress 30); the lead chains it into the whole-game playthrough.
The contests in it pass by the game's own Settings skips; the sparring stand-off's real
outcomes (won and lost) are played in their own quick tests below.
"""

from __future__ import annotations

from collections import deque

import pytest

from game.app import Game
from game.dialogue import Line
from tests.story.pilot import (
    Goal,
    Pilot,
    at_progress,
    flag,
    idle,
    play_standoffs,
    run,
    skip_contests,
    snapper,
    start_game,
    world_of,
)
from tests.story.profiles import KIND, Profile

# what a typical playthrough of Acts 1-2 leaves behind
TYPICAL: dict[str, object] = {"knelt": True, "held_hands": True, "lena_trust": 6,
                              "saw_portal": True, "kind_to_siobhan": True}
WATCHED = ("progress", "standoff_sparring", "sparring_lapses", "leslie_inspected",
           "lena_called_servant", "leslie_suspects", "first_kiss", "toasted_krypton",
           "glared_at_leslie", "promised_queen", "queen_suspicion", "lena_trust", "ride_result")



def handed_over(game: Game) -> bool:
    """On a3b's entry (the celebration's own trigger may already be running)."""
    return flag(game, "progress") == 30 and world_of(game).world.data.name == "grand_hall"

def act3_start(progress: int = 20, map_name: str = "sparring_room", spawn: str = "act3_start",
               **extra: object) -> Game:
    game = start_game(map_name, spawn, progress, "kara")
    for name, value in {**TYPICAL, **extra}.items():
        game.ctx.flags.set(name, value)
    return game


def use_skips(game: Game) -> bool:
    """The chained pilot takes the story-safe way through contests and rides."""
    skip_contests(game)
    return True


def plan_a3a(checkpoints: dict[str, dict[str, object]] | None = None, profile: Profile = KIND
             ) -> tuple[deque[Goal], deque[int]]:
    """The player's plan from the sparring room to the hand-off in the grand hall
    (`profile`'s picks; with its `contest_skill`, Settings' skips are left as they are)."""
    seen = checkpoints if checkpoints is not None else {}
    G = Goal

    snap = snapper(seen, WATCHED)

    goals = deque([
        G("wait", until=use_skips, note="Settings: skip contests and rides"),
        G("wait", until=at_progress(21), note="the sparring match"),
        G("wait", until=snap("sparring")),
        G("door", to_map="grand_hall"),
        G("door", to_map="royal_wing"),
        G("door", to_map="dining_room"),
        G("wait", until=at_progress(22), note="the private dinner"),
        G("wait", until=snap("dinner")),
        G("door", to_map="royal_wing"),
        G("door", to_map="kara_room"),
        G("door", to_map="balcony"),
        G("wait", until=at_progress(23), note="fireworks ride and the balcony"),
        G("wait", until=snap("balcony")),
        G("door", to_map="kara_room"),
        G("door", to_map="royal_wing"),
        G("door", to_map="grand_hall"),
        G("door", to_map="state_dining"),
        G("wait", until=handed_over, note="state dinner, the glass", during=True),
        G("wait", until=snap("end"), during=True),
    ])
    if profile.contest_skill is not None:  # a player who plays the contests (Settings)
        goals.popleft()
    return goals, deque(profile.a3a)


def test_act_three_first_half_from_the_sparring_room_to_the_hand_off(display) -> None:
    game = act3_start()
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = plan_a3a(checkpoints)
    pilot = Pilot(game, goals, choices)
    run(game, pilot, lambda g: not pilot.goals, 40_000)
    assert not pilot.choices
    spar = checkpoints["sparring"]
    assert spar["map"] == "sparring_room" and spar["player"] == "kara"
    assert spar["standoff_sparring"] == "skipped" and spar["sparring_lapses"] == 1
    assert str(spar["journal"]).startswith("At sundown")
    dinner = checkpoints["dinner"]
    assert dinner["map"] == "dining_room"
    assert dinner["leslie_inspected"] is True and dinner["lena_called_servant"] is True
    assert dinner["leslie_suspects"] is False
    balcony = checkpoints["balcony"]
    assert balcony["map"] == "balcony" and balcony["first_kiss"] is True
    assert balcony["ride_result"] == "skipped"
    end = checkpoints["end"]
    assert end["toasted_krypton"] is True and end["glared_at_leslie"] is True
    assert end["promised_queen"] is True
    assert end["queen_suspicion"] == 0  # every answer kept up appearances
    assert int(end["lena_trust"]) == 7  # asked her what she thought
    maps = [m for m, _, _ in pilot.maps_seen]
    assert maps == ["sparring_room", "grand_hall", "royal_wing", "dining_room", "royal_wing",
                    "kara_room", "balcony", "kara_room", "royal_wing", "grand_hall",
                    "state_dining", "grand_hall"]
    scene = world_of(game)
    assert scene.session.player_character == "kara"
    # handed over: the celebration (a3b) has begun, or its journal line is still up
    assert scene.director.node.startswith("a3b_") or \
        scene.session.journal.startswith("Tomorrow evening")


def spy_lines(game: Game) -> list[str]:
    """Every line the dialogue shows, in order (the pilot reads them all)."""
    director = world_of(game).director
    lines: list[str] = []
    original = director._line

    def spy(line: Line) -> None:
        lines.append(line.text)
        original(line)

    director._line = spy  # type: ignore[method-assign]
    return lines


def test_naming_lena_aloud_tells_leslie_and_the_state_dinner_remembers(display) -> None:
    game = act3_start(21, "dining_room", "from_royal_wing")
    lines = spy_lines(game)
    goals = deque([Goal("wait", until=at_progress(22), note="the private dinner"),
                   Goal("door", to_map="royal_wing"), Goal("door", to_map="grand_hall"),
                   Goal("door", to_map="state_dining"),
                   Goal("wait", until=handed_over, during=True)])
    # refuse the inspection, "Her name is Lena."; keep your hands in your lap, laugh
    # it off, "She's harmless."
    choices = deque([1, 1, 1, 0, 1])
    game.ctx.flags.set("siobhan_grudge", True)
    # skip the balcony: the state dinner is entered at its own progress
    goals.insert(3, Goal("wait", until=lambda g: _set(g, "progress", 23)))
    pilot = Pilot(game, goals, choices)
    run(game, pilot, lambda g: not pilot.goals, 30_000)
    assert flag(game, "leslie_suspects") is True and flag(game, "lena_called_servant") is False
    assert flag(game, "leslie_inspected") is False
    assert flag(game, "queen_suspicion") == 4  # refused, named her, no toast, "harmless"
    assert "Her name is Lena. You can use it." in lines
    assert "Lena, isn't it? Your servant with a name. She watches you like you hung the moons." \
        in lines
    assert any(line.startswith("Oh, she's right, Princess") for line in lines)  # Siobhan
    assert "You didn't drink to my victory. Leslie saw. Everyone saw Leslie seeing." in lines
    assert flag(game, "promised_queen") is False
    assert world_of(game).world.data.name == "grand_hall"


def _set(game: Game, name: str, value: object) -> bool:
    game.ctx.flags.set(name, value)
    return True


def spar(game: Game, skill: float, limit: int = 20_000) -> bool:
    """Play the sparring scene: read every line (the first option of each choice) and
    play the stand-off with the contest bot's skill; True once the scene has ended."""
    return play_standoffs(game, skill, lambda g, met: flag(g, "progress") == 21 and idle(g),
                          limit)


@pytest.mark.parametrize(("skill", "result", "lapses", "line"), [
    (1.0, "won", 1, "Two to one. Yours. If the guard asks, I let you win."),
    (0.0, "lost", 2, "Two to one. You looked. Twice. I counted."),
])
def test_the_last_round_of_sparring_is_played_and_daydreams_cost_it(
        display, skill: float, result: str, lapses: int, line: str) -> None:
    game = act3_start()
    lines = spy_lines(game)
    assert spar(game, skill), "the last round is a stand-off the player plays"
    assert flag(game, "standoff_sparring") == result
    assert flag(game, "sparring_lapses") == lapses
    assert line in lines
    assert "And there she goes. One all." in lines  # the first daydream always costs a round


@pytest.mark.parametrize(("skip", "result"), [(False, "calm"), (True, "skipped")])
def test_the_fireworks_ride_is_flown_or_skipped_and_the_balcony_follows(
        display, skip: bool, result: str) -> None:
    game = act3_start(22, "balcony", "from_kara_room")
    game.flow.settings.skip_rides = skip
    lines = spy_lines(game)
    goals = deque([Goal("wait", until=at_progress(23), note="ride and kiss")])
    run(game, Pilot(game, goals, deque([0])), lambda g: not goals, 12_000)
    assert flag(game, "ride_result") == result and flag(game, "first_kiss") is True
    landed = any(line.startswith("The pod sets down on the landing ring.") for line in lines)
    assert landed is skip  # a skipped ride is told in one line, a flown one is not
    assert "Last time, you waited for me to decide. So. I've decided." in lines  # held_hands
    assert world_of(game).world.data.name == "balcony"
