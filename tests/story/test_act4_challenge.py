"""Act Four's middle (a4b), played through the real game loop: the fleet flies out
(as Alex), Lucy disowns her father (as Lucy), the sunset on the balcony and the
throne-room challenge (as Kara), progress 56 -> 63 and the hand-off to the slums' night.

The planning pilot of tests/story/pilot.py reads, chooses and walks like a player; the
stand-offs and the pod ride are passed over with Settings' Skip (a story-safe outcome, as
in the chained whole-game run), the formal challenge is spoken phrase by phrase. The real
outcomes of both stand-offs are played in the quick tests at the end.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from game.app import Game
from game.contest.duel import Duel
from game.contest.ordered_scene import OrderedScene
from game.contest.standoff_scene import StandoffScene
from game.core.actions import EMPTY_INPUT, Action, InputState
from tests.story.duel_pilot import DuelPilot, tap
from tests.story.pilot import (
    Goal,
    Pilot,
    at_progress,
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
from tools.contest_bot import standoff_wants

ENTRY = ("hangar", "a4_fleet", 56, "alex")
WATCHED = ("progress", "a4b_message", "lucy_left_pin", "kara_forgave_lucy", "standoff_throne",
           "a4b_dakkum", "challenge_tries")


@dataclass
class ContestPilot(DuelPilot):
    """The duel pilot, plus a player who knows the formal challenge by heart (the
    ordered choice is never skipped by Settings) and, given a `skill`, plays stand-offs
    (1.0: every tell and the best words; 0.0: holds but misses every tell) and the duel
    at it (giving up on a lost last exchange; a fall on the sand, then the rematch won)."""

    skill: float | None = None
    wrong_first: bool = False  # speak the challenge out of order once, then right
    give_up: bool = True

    def duel_skill(self, rules: Duel) -> float | None:
        return self.skill

    def _decide(self, frame: int) -> InputState:
        top = self.game.ctx.stack.top
        if isinstance(top, OrderedScene):
            if top.helping:
                return tap(frame)
            if top.rules.done or frame % 2 == 0:
                return EMPTY_INPUT
            target = 0 if self.wrong_first and top.rules.tries == 0 else \
                top.rules.remaining.index(top.rules.spec.parts[len(top.rules.picked)])
            return InputState(frozenset({Action.DOWN if top.cursor != target else Action.CONFIRM}),
                              frozenset(), frozenset())
        if isinstance(top, StandoffScene) and self.skill is not None:
            if top.helping:
                return tap(frame)
            wants = standoff_wants(top.rules, top.cursor, self.skill, frame)
            return InputState(frozenset(wants), frozenset(), frozenset())
        return super()._decide(frame)


def plan_a4b(checkpoints: dict[str, dict[str, object]], profile: Profile = KIND
             ) -> tuple[deque[Goal], deque[int]]:
    """The player's plan from the hangar (progress 56, Alex) to the hand-off (63, Lena),
    with `profile`'s picks.
    `checkpoints` fills in as the part is played (flags and place at each scene's end)."""
    G = Goal

    snap = snapper(checkpoints, WATCHED)

    def on(map_name: str, progress: int) -> Callable[[Game], bool]:
        return lambda g: (world_of(g).world.data.name == map_name
                          and flag(g, "progress") == progress and idle(g))

    def handed_over(g: Game) -> bool:  # the slums' night may start at once once chained
        return int(flag(g, "progress")) >= 63 and (
            idle(g) or world_of(g).world.data.name != "throne_room")

    goals = deque([
        G("wait", until=lambda g: idle(g) and world_of(g).session.journal.startswith("Climb"),
          note="the fleet readies"),
        G("walk", "hangar", (23, 16), note="to Alex's jet",
          until=lambda g: flag(g, "progress") == 57),
        G("wait", until=on("grand_hall", 57), note="Lucy's slate"),
        G("wait", until=snap("slate")),
        G("walk", "grand_hall", (30, 11), Action.RIGHT, talk=True, note="face her father"),
        G("wait", until=at_progress(59), note="sunset, Lucy's plan"),
        G("wait", until=snap("sunset")),
        G("door", to_map="kara_room"),
        G("door", to_map="royal_wing"),
        G("door", to_map="grand_hall"),
        G("door", to_map="throne_room"),
        G("wait", until=lambda g: idle(g) and world_of(g).session.journal.startswith("Walk up"),
          note="the court turns"),
        G("walk", "throne_room", (13, 10), note="up the carpet",
          until=lambda g: int(flag(g, "progress")) >= 60),
        G("wait", until=handed_over, note="the challenge, the hand-off", during=True),
        G("wait", until=snap("end"), during=True),
    ])
    return goals, deque(profile.a4b)


def check_a4b(game: Game, pilot: Pilot, checkpoints: dict[str, dict[str, object]]) -> None:
    """What the part must have done, scene by scene."""
    start = next(i for i, seen in enumerate(pilot.maps_seen) if seen[0] == "hangar")
    assert start <= 1 and pilot.maps_seen[start] == ("hangar", 56, "alex")  # 1: chained
    slate = checkpoints["slate"]
    assert slate["player"] == "lucy" and slate["a4b_message"] is True
    assert str(slate["journal"]).startswith("Find your father")
    sunset = checkpoints["sunset"]
    assert sunset["player"] == "kara" and sunset["map"] == "balcony"
    assert sunset["lucy_left_pin"] is True and sunset["kara_forgave_lucy"] is True
    assert str(sunset["journal"]).startswith("Go to the throne room")
    end = checkpoints["end"]
    assert end["progress"] == 63 and end["player"] == "lena"
    assert end["standoff_throne"] == "skipped" and end["a4b_dakkum"] == "skipped"
    assert end["challenge_tries"] == 1
    maps = [m for m, _, _ in pilot.maps_seen[start:]]
    assert maps[:7] == ["hangar", "grand_hall", "balcony", "kara_room", "royal_wing", "grand_hall",
                        "throne_room"]
    assert maps[7:] in ([], ["slums"])  # handed over (the night may have begun)
    assert world_of(game).session.journal.startswith("Before Rao") or maps[7:] == ["slums"]


# what a typical playthrough has set by the hangar (Acts 1-4 so far)
TYPICAL = {"alex_trusts_lena": True, "knelt": True, "leslie_confronted": True,
           "queen_suspicion": 2, "maggie_trained": True, "lena_formula": True}



@pytest.fixture
def a4b_game(display) -> Game:
    return skip_contests(start_game(*ENTRY, flags=TYPICAL))


def test_act_four_middle_plays_from_the_hangar_to_the_slums_night(a4b_game: Game) -> None:
    lines = spy_lines(a4b_game)
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = plan_a4b(checkpoints)
    pilot = ContestPilot(a4b_game, goals, choices)
    steps = run(a4b_game, pilot, lambda g: not pilot.goals, 40_000)
    assert steps < 40_000 and not pilot.choices
    check_a4b(a4b_game, pilot, checkpoints)
    # the flags of earlier acts change what is said
    assert "I stepped aside at that door once. Best call I ever made. Look after her, Luthor." \
        in lines
    assert "You knelt to me in the comm room. Your knees remember the way." in lines
    assert "Daxamite silver. A vow-band. Tell me you didn't." in lines  # suspicion under 6
    # and so do the choices of this part
    assert "It's on my father's coat. It suits him better. He earned every point of it." in lines
    assert "Right behind you. Well. Right at the back, behind you." in lines


# ---------------------------------------------------------------- the stand-offs' real outcomes

def throne_scene(skill: float, wrong_first: bool = False) -> tuple[Game, list[str]]:
    """The throne room from the walk up the carpet, both stand-offs played at `skill`."""
    game = start_game("throne_room", "from_grand_hall", 59, "kara")
    for name, value in (("kara_forgave_lucy", True), ("knelt", True), ("queen_suspicion", 7)):
        game.ctx.flags.set(name, value)
    lines = spy_lines(game)
    pilot = ContestPilot(game, deque([
        Goal("wait", until=lambda g: idle(g) and world_of(g).session.journal.startswith("Walk up")),
        Goal("walk", "throne_room", (13, 10), until=lambda g: int(flag(g, "progress")) >= 60),
        Goal("wait", until=lambda g: int(flag(g, "progress")) >= 63, during=True),
    ]), deque())
    pilot.skill = skill
    pilot.wrong_first = wrong_first
    run(game, pilot, lambda g: not pilot.goals, 30_000)
    return game, lines


def test_holding_her_gaze_and_the_old_words_win_both_stand_offs(display) -> None:
    game, lines = throne_scene(1.0)
    assert flag(game, "standoff_throne") == "won" and flag(game, "a4b_dakkum") == "won"
    assert "So you can stand. How inconvenient." in lines
    assert "Dakkum Ur. You'd say that to me, in front of them." in lines
    assert "I knew. Since the oath, I've known, and I let you keep your toy." in lines
    assert not any("on my knees" in line for line in lines)
    assert "Every word in its place. Your grandmother spoke it that way once." in lines


def test_losing_both_stand_offs_still_reaches_the_challenge(display) -> None:
    game, lines = throne_scene(0.0, wrong_first=True)
    assert flag(game, "standoff_throne") == "lost" and flag(game, "a4b_dakkum") == "lost"
    assert "I said it on my knees. I'll say it standing. I love her." in lines
    assert "Old words are still the law, Rhea. The whole court heard her." in lines
    assert "I hear you, daughter. Gods help me, I hear you." in lines
    assert flag(game, "progress") == 63
    # spoken out of order once: the court murmurs, the King remarks on it
    assert flag(game, "challenge_tries") == 2
    assert "Crooked at first. But spoken. The law heard all of it." in lines
    assert "A murmur runs along the benches, and dies when the King lifts his hand." in lines
