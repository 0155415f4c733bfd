"""Act Seven (a7), played through the real game loop: the runway, the medical room, the
ship, the friends on the runway, sunrise on the balcony, the coronation, the garden party
and the moonlit epilogue, progress 90 -> 100 and the credits.

The planning pilot of tests/story/pilot.py reads, chooses, walks and talks like a player.
Act Seven has no contest: its choices are remembered by later lines, checked here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import pytest

from game.app import Game
from game.core.actions import Action
from game.screens.credits import CreditsScene
from tests.story.pilot import Goal, Pilot, flag, idle, run, spy_lines, start_game, world_of
from tests.story.profiles import HARSH, KIND, Profile

ENTRY = ("hangar", "a7_runway", 90, "kara")
WATCHED = ("progress", "a7_shielded_rhea", "a7_told_monel", "a7_embraced_rhea",
           "a7_lucy_judged", "a7_offered_home", "a7_decree", "a7_pin_by_maggie")

# what a typical playthrough has set by the runway (Acts 1-6)
TYPICAL = {"alex_trusts_lena": True, "knelt": True, "leslie_confronted": True,
           "maggie_trained": True, "lena_formula": True, "lena_trust": 8,
           "wingmen_saved": 3, "lucy_left_pin": True, "a4b_message": True,
           "a5_raised_rhea": True, "a5_lucy_sorry": True, "a5_duel_fell": True,
           "flight_pod_run": "won", "a6_pod_word": "sure", "first_kiss": True,
           "flight_score": 2260, "flight_hold_fire": "won", "a6_fam_nessa": True,
           "slum_families_saved": 5, "a6_woke_corwin": "crates"}


def plan_a7(checkpoints: dict[str, dict[str, object]],
            other_choices: bool = False, profile: Profile = KIND
            ) -> tuple[deque[Goal], deque[int]]:
    """The player's plan from the runway (progress 90, Kara) to the credits (100).
    `checkpoints` fills in as the part is played (flags and place at each scene's end);
    `other_choices` picks every choice's other option (HARSH's), else `profile`'s."""
    G = Goal

    def snap(label: str) -> Callable[[Game], bool]:
        def take(g: Game) -> bool:
            checkpoints[label] = {k: flag(g, k) for k in WATCHED}
            checkpoints[label]["map"] = world_of(g).world.data.name
            checkpoints[label]["journal"] = world_of(g).session.journal
            return True
        return take

    def journal(start: str) -> Callable[[Game], bool]:
        return lambda g: idle(g) and world_of(g).session.journal.startswith(start)

    def the_end(g: Game) -> bool:
        return int(flag(g, "progress")) == 100 and isinstance(g.ctx.stack.top, CreditsScene)

    goals = deque([
        G("wait", until=journal("Find Alex and Maggie"), note="runway, medical room, ship"),
        G("wait", until=snap("ship")),
        G("walk", "hangar", (10, 18), Action.LEFT, talk=True, note="Lucy and James",
          until=journal("Now find Alex")),
        G("walk", "hangar", (11, 18), Action.RIGHT, talk=True, note="Alex and Maggie",
          until=lambda g: flag(g, "progress") == 93),
        G("wait", until=journal("Walk up the carpet"), note="sunrise, the throne room"),
        G("wait", until=snap("throne")),
        G("walk", "throne_room", (13, 9), note="up the carpet",
          until=lambda g: int(flag(g, "progress")) >= 96),
        G("wait", until=journal("Enjoy the party"), note="crowned; the garden"),
        G("wait", until=snap("party")),
        G("walk", "garden", (28, 8), Action.RIGHT, talk=True, note="Lena",
          until=lambda g: int(flag(g, "progress")) >= 99),
        G("wait", until=the_end, note="the epilogue, the credits", during=True),
    ])
    return goals, deque((HARSH if other_choices else profile).a7)



@pytest.fixture
def a7_game(display) -> Game:
    game = start_game(*ENTRY)
    for name, value in TYPICAL.items():
        game.ctx.flags.set(name, value)
    return game


def test_act_seven_plays_from_the_runway_to_the_credits(a7_game: Game) -> None:
    lines = spy_lines(a7_game)
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = plan_a7(checkpoints)
    pilot = Pilot(a7_game, goals, choices)
    steps = run(a7_game, pilot, lambda g: not pilot.goals, 40_000)
    assert steps < 40_000 and not pilot.choices
    maps = [m for m, _, _ in pilot.maps_seen]
    assert maps == ["hangar", "medical", "hangar", "balcony", "throne_room", "garden", "balcony"]
    ship = checkpoints["ship"]
    assert ship["progress"] == 92 and ship["a7_shielded_rhea"] and ship["a7_told_monel"]
    assert ship["a7_embraced_rhea"] is True
    throne = checkpoints["throne"]
    assert throne["map"] == "throne_room" and throne["a7_lucy_judged"] is True
    assert throne["a7_offered_home"] is True
    party = checkpoints["party"]
    assert party["a7_decree"] == "line" and party["a7_pin_by_maggie"] is True
    # the choices of this part are remembered later
    assert "You stood in front of me on this runway. Foolish. Kind. The same thing, in you." \
        in lines
    assert "You told me the truth when it hurt. That's a queen. I'm just the first to notice." \
        in lines
    assert "Past the old line, the streets are lit end to end. No red light sweeps the pods." \
        in lines
    assert "You once offered me a ship. I still think about how bad you were at hiding it." \
        in lines
    assert "She sang that song to me once. I think. Before she forgot how." in lines
    # and so do the flags of earlier acts
    assert "Alex brought some of them home. No thanks to you." in lines
    assert "I recorded you a message, you know. Before. It's terrible. Never listen to it." \
        in lines
    assert "You want me in a uniform. After I put two of mine on the floor." not in lines
    assert "You want me in a uniform. After I put two of yours on the floor." in lines
    # and the choices of Acts 5-6, and the flights, are read in Act 7
    assert "Pod's down. Not one drone touched. Your girl didn't even hold the rail." in lines
    assert "Alex said you'd be pacing. She was as sure as gravity." in lines  # a6_pod_word
    assert "You held out your hand to me in the sand. I did not take it." in lines
    assert "You fell, once. I watched you get up. I have never been so frightened of anything." \
        in lines  # a5_duel_fell
    assert "You said sorry through the glass before you said hello. I kept that." in lines
    assert "Lena says you knelt to her the first night. On a stone floor, in a crown." in lines
    assert "This balcony again. You still owe me that speech. The one for if I said yes." \
        in lines  # first_kiss
    assert "Leslie Willis signed it too. Very small, in the corner. She spelled your name right." \
        in lines
    assert "Five families in that temple. The street calls it the queens' count now." in lines
    assert "Also, I logged the whole battle. Flight score: 2260. I rounded nothing." in lines
    assert "Alex's hold-fire run was clean. Not one shot at Lex. I'm putting it in a textbook." \
        in lines
    assert ("By the east gate, the head of the army wears her pin a little crooked, exactly "
            "where Maggie fastened it.") in lines  # a7_pin_by_maggie
    # the last beats of those whose threads were left open
    assert "Braal thanks the Queen of Daxam. We had stopped expecting doors to open." in lines
    assert "Krypton's courts will judge her. Not my fists. My sister made me promise on the way " \
        "down." in lines
    assert "\"Warmer.\"" in lines  # Astra's letter, in the epilogue


def test_the_other_choices_are_remembered_differently(display) -> None:
    game = start_game(*ENTRY)
    for name, value in {"lena_trust": 3, "siobhan_grudge": True, "fired_on_lex": True}.items():
        game.ctx.flags.set(name, value)
    lines = spy_lines(game)
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = plan_a7(checkpoints, other_choices=True)
    pilot = Pilot(game, goals, choices)
    run(game, pilot, lambda g: not pilot.goals, 40_000)
    assert not pilot.choices
    party = checkpoints["party"]
    assert party["a7_decree"] == "plant" and party["a7_pin_by_maggie"] is False
    assert party["a7_shielded_rhea"] is False and party["a7_offered_home"] is False
    assert ("You let her say it all to my face. I did not know you were that cruel. "
            "Or that honest.") in lines
    assert "Don't cry. If you cry, I cry, and I look terrible crying." in lines
    assert ("Where the sun plant stood, there is only dark. "
            "The red sun rises a little paler each year.") in lines
    assert "You once asked me to stay. You're still asking. Every morning." in lines
    assert "She sang that song to me once. I think. Before she forgot how." not in lines
    assert "Most of them didn't come home. Say their names to me. You can't." in lines
    assert "My ships will stay on the ground until someone apologises for the shooting." in lines
    assert "Lady Siobhan writes every season to say she is not coming. She always comes." in lines
    assert "A guard uniform. Me. Oscar's going to laugh himself off his chair." in lines
    assert ("Pod's down. I scraped a fin on a drone coming in. It didn't go off. "
            "Nobody tell Maggie.") in lines  # the pod run not flown
    assert "You left me kneeling in the sand. Correctly. I would have left you lower." in lines
    assert "You fell, once. I watched you get up. I have never been so frightened of anything." \
        not in lines
    assert "You made a joke through the glass. A bad one. I've never been so glad to hear one." \
        in lines
    assert ("And you, girl. We were in a cellar when the shield fell. We heard you shouting "
            "names.") in lines  # the grandmother was not fetched
    assert ("By the east gate, the head of the army wears her pin dead straight, and salutes "
            "her queens anyway.") in lines
    assert "Leslie Willis rules Rann now. She has never once visited. Her supply ships are never " \
        "late." in lines
