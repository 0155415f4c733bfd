"""Act Two, "Behind the Princess", played through the real game loop (progress 10 -> 17).

A small autopilot stands in for the player: each logic step it looks at the screen's
state (a line to read, a choice to make, or free walking) and presses the actions a
player would press: it reads every line, picks the planned options, walks tile by tile
(breadth-first over the map's collision) and talks or walks through doors. Nothing is
teleported and no flag is set behind the game's back, except the start of the act.
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
    run,
    start_game,
    world_of,
)
from tests.story.profiles import KIND, Profile


@pytest.fixture
def act2_game(display) -> Game:
    return start_game("kara_room", "morning", 10, "lena")


def act_two_plan(checkpoints: dict[str, dict[str, object]], profile: Profile = KIND
                 ) -> tuple[deque[Goal], deque[int]]:
    """The player's plan for the whole act: where to go, what to say (`profile`'s
    picks). `checkpoints` fills in as the act is played (flags and place at each
    scene's end)."""
    G = Goal

    def snap(label: str) -> Callable[[Game], bool]:
        def take(g: Game) -> bool:
            checkpoints[label] = {k: flag(g, k) for k in (
                "progress", "saw_panel", "saw_view", "met_winn", "queen_suspicion",
                "table_set", "fireflies_open", "held_hands", "saw_portal", "lena_trust")}
            checkpoints[label]["map"] = world_of(g).world.data.name
            checkpoints[label]["player"] = world_of(g).session.player_character
            return True
        return take

    def oath_begun(g: Game) -> bool:
        return not flag(g, "oath_walk")

    goals = deque([
        G("wait", until=at_progress(11), note="morning"),
        G("wait", until=snap("morning")),
        G("walk", "kara_room", (12, 3), Action.UP, talk=True, note="panel"),
        G("wait", until=at_progress(12)),
        G("wait", until=snap("panel")),
        G("door", to_map="balcony", note="to the balcony"),
        G("wait", until=at_progress(13), note="the view"),
        G("wait", until=snap("view")),
        G("door", to_map="kara_room"),
        G("door", to_map="royal_wing"),
        G("door", to_map="grand_hall"),
        G("door", to_map="armory"),
        G("walk", "armory", (11, 7), Action.UP, talk=True, note="Winn"),
        G("wait", until=at_progress(14)),
        G("wait", until=snap("winn")),
        G("door", to_map="grand_hall"),
        G("door", to_map="throne_room"),
        G("wait", until=lambda g: bool(flag(g, "oath_walk")) and idle(g), note="oath start"),
        G("walk", "throne_room", (10, 12), note="follow Kara", until=oath_begun),
        G("walk", "throne_room", (10, 11), note="take the place behind Kara", until=oath_begun),
        G("wait", until=lambda g: flag(g, "progress") == 15 and idle(g)
          and world_of(g).world.data.name == "balcony", note="the oath"),
        G("wait", until=snap("oath")),
        G("walk", "balcony", (26, 7), Action.UP, talk=True, note="set the table"),
        G("walk", "balcony", (29, 4), Action.UP, talk=True, note="firefly box"),
        G("wait", until=lambda g: idle(g) and bool(flag(g, "fireflies_open"))),
        G("wait", until=snap("ready")),
        G("walk", "balcony", (17, 3), Action.UP, talk=True, note="call Lena"),
        G("wait", until=at_progress(17), note="dinner, portal, end"),
        G("wait", until=snap("end")),
    ])
    return goals, deque(profile.a2)


def check_act_two(game: Game, pilot: Pilot, checkpoints: dict[str, dict[str, object]]) -> None:
    """What the act must have done, scene by scene."""
    assert checkpoints["morning"]["map"] == "kara_room"
    assert checkpoints["morning"]["player"] == "lena"
    assert checkpoints["panel"]["saw_panel"] is True
    assert checkpoints["view"] == checkpoints["view"] | {"map": "balcony", "saw_view": True}
    assert checkpoints["winn"]["map"] == "armory" and checkpoints["winn"]["met_winn"] is True
    oath = checkpoints["oath"]
    assert oath["player"] == "kara" and oath["map"] == "balcony"
    rise = int(oath["queen_suspicion"]) - int(checkpoints["winn"]["queen_suspicion"])
    assert 0 <= rise <= 3  # stayed close, kept quiet (Act One may have left some already)
    assert checkpoints["ready"]["table_set"] is True
    assert checkpoints["ready"]["fireflies_open"] is True
    end = checkpoints["end"]
    assert end["held_hands"] is True and end["saw_portal"] is True
    assert end["player"] == "lena" and end["map"] == "kara_room"
    assert int(end["lena_trust"]) >= 5
    maps = [m for m, _, _ in pilot.maps_seen]
    assert maps[-12:] == ["kara_room", "balcony", "kara_room", "royal_wing", "grand_hall", "armory",
                    "grand_hall", "throne_room", "kara_room", "balcony", "armory", "kara_room"]
    scene = world_of(game)
    assert scene.session.meters == [] and scene.session.watch is None
    assert not scene.session.act.startswith("Act Three")  # it begins after the night's rest
    assert scene.session.journal.startswith("Rest.")


def test_act_two_plays_from_morning_to_the_portal(act2_game: Game) -> None:
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = act_two_plan(checkpoints)
    pilot = Pilot(act2_game, goals, choices)
    steps = run(act2_game, pilot, lambda g: not pilot.goals, 60_000)
    assert steps < 60_000 and not pilot.choices
    check_act_two(act2_game, pilot, checkpoints)


def test_speaking_up_at_the_oath_raises_the_queens_suspicion(display) -> None:
    game = start_game("throne_room", "from_grand_hall", 14, "lena")
    G = Goal
    goals = deque([
        G("wait", until=lambda g: bool(flag(g, "oath_walk")) and idle(g), note="oath start"),
        G("walk", "throne_room", (6, 13), note="stray among the council benches",
          until=lambda g: world_of(g).director.node != "a2_oath"),
        G("wait", until=lambda g: world_of(g).world.data.name == "balcony" and idle(g)),
    ])
    choices = deque([1, 2, 1])  # "And if I don't?", answer the Queen, whisper to Kara
    pilot = Pilot(game, goals, choices)
    run(game, pilot, lambda g: not pilot.goals, 20_000)
    assert flag(game, "oath_spoke") == 2
    assert int(flag(game, "queen_suspicion")) >= 6  # strayed (+2), answered (+3), whispered (+2)
    assert flag(game, "progress") == 15 and flag(game, "oath_walk") is False
    assert world_of(game).session.player_character == "kara"
