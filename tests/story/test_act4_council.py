"""Act Four from the war council to the war rally (progress 40 -> 50), played through the
real game loop by the planning pilot: the Queen at the spare-room door (Alex), the war
council (Lucy), Winn bullied in the hall, the goodbye in Kara's room, the escape to the
pod platform (Lena), the lift-off, James blocked outside the armory, the rally (Alex).
Every scene starts from an auto trigger and hands over to the next, so the pilot only
reads and chooses; contests take the Settings' skips (their outcomes: test_act4_contests)."""

from __future__ import annotations

from collections import deque

import pytest

from game.app import Game
from game.dialogue import Line
from tests.story.pilot import Goal, Pilot, flag, run, start_game, world_of
from tests.story.profiles import Profile

# where each scene of the part is played: (map, progress on arrival, playing as)
ROUTE = [("royal_wing", 40, "alex"), ("command_centre", 41, "lucy"),
         ("grand_hall", 42, "alex"), ("kara_room", 43, "alex"), ("hangar", 44, "lena_hooded"),
         ("grand_hall", 46, "james"), ("throne_room", 47, "alex")]


def plan_a4a(doubt: bool = True, glance: bool = False, profile: Profile | None = None
             ) -> tuple[deque[Goal], deque[int]]:
    """The player's plan from the spare-room door (progress 40) to the hand-over to the
    slums (progress 50): wait for each scene and answer its choices: the heat scan asked
    outright, Alex's doubt (or not), kneel at once (or look to Kara first); or, given a
    `profile`, its picks."""
    # the hand-over: the slums' ride may start at once, so no wait for idle
    goals = deque([Goal("wait", until=lambda g: int(flag(g, "progress")) >= 50,
                        note="the war rally", during=True)])
    if profile is not None:
        return goals, deque(profile.a4a)
    return goals, deque([0, 0 if doubt else 1, 1 if glance else 0])


TYPICAL = {"maggie_trained": True, "lena_trust": 6, "queen_suspicion": 2, "knelt": True,
           "leslie_confronted": True}


def start_act4(flags: dict[str, object]) -> Game:
    game = start_game("royal_wing", "a4_door_watch", 40, "alex")
    for name, value in flags.items():
        game.ctx.flags.set(name, value)
    game.flow.settings.skip_stealth = True
    game.flow.settings.contest_skip = True
    return game


@pytest.mark.parametrize("trained", [True, False])
def test_act_four_council_to_rally(display, home, trained: bool) -> None:
    game = start_act4(TYPICAL | {"maggie_trained": trained})
    goals, choices = plan_a4a(doubt=trained, glance=not trained)
    pilot = Pilot(game, goals, choices)
    director = world_of(game).director
    heard: list[str] = []
    line = director._line

    def listen(spoken: Line) -> None:
        heard.append(f"{spoken.speaker}: {spoken.text}")
        line(spoken)

    director._line = listen  # type: ignore[method-assign]
    run(game, pilot, lambda g: not pilot.goals, 60 * 60 * 12)
    said = "\n".join(heard)
    # the takedown: Maggie drops the bully with Alex's hold only if Alex taught her
    assert ("Danvers teaches a good class" in said) is trained
    assert ("Hands off my armourer" in said) is (not trained)
    assert "Run a heat scan" in said and "The jets are not the concern." in said
    assert "I love you. That part isn't a question." in said
    assert pilot.maps_seen[:len(ROUTE)] == ROUTE  # then, perhaps, the slums' landing
    assert not pilot.choices
    assert flag(game, "progress") == 50
    assert world_of(game).session.player_character == "lena"  # the slums part plays Lena
    assert flag(game, "a4a_composure") == "skipped"
    assert flag(game, "a4a_lucy_bold") is True
    assert flag(game, "lena_formula") is True
    assert flag(game, "a4a_alex_doubt") is trained
    assert flag(game, "a4a_door_open") and flag(game, "a4a_pod_gone")
    assert flag(game, "a4a_alex_glanced") is (not trained)
    assert flag(game, "queen_suspicion") == 2 + (0 if trained else 1)
