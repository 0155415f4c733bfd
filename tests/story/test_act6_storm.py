"""Act Six, Rao's Storm (a6), played through the real game loop: the hold-fire stage as
Alex, the command centre and the storm as Kara, the slums under attack as Lena (the
families sent to the temple against the failing shield), the temple, the shot and Lex's
ship, Winn's jam, the pod run as Alex; progress 80 -> 90 and the hand-off to Act 7.

The flight stages are the flight helper's: here the pilot takes the failure menu's Skip
(a story-safe outcome, as the chained whole-game run does) or, in the quick tests, clears
a stage, so that the story's reading of both outcomes is checked. The timed walk (the
families against the shield's clock) is played both ways: everyone found, and no one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from game.app import Game
from game.core.actions import EMPTY_INPUT, Action, InputState
from game.flight import FlightScene
from tests.story.pilot import Goal, Pilot, flag, idle, run, snapper, spy_lines, start_game, world_of
from tests.story.profiles import Profile

ENTRY = ("command_centre", "a6_start", 80, "alex")
# the families on the slum street: (flag, the tile to stand on, the way to face)
FAMILIES = (("a6_fam_nessa", (36, 8), Action.UP), ("a6_fam_dara", (43, 11), Action.RIGHT),
            ("a6_fam_mira", (36, 13), Action.RIGHT), ("a6_fam_pell", (21, 13), Action.RIGHT),
            ("a6_fam_corwin", (17, 6), Action.UP))
# what a typical playthrough has set by the command centre (Acts 1-5)
TYPICAL = {"alex_trusts_lena": True, "maggie_trained": True, "lena_formula": True,
           "oscar_won": True}


class FlightPilot(Pilot):
    """The planning pilot, plus a pilot's seat: each flight stage ends at once, either
    crashed and then Skip on the failure menu (`outcome` "skipped"), or cleared and
    Continue (`outcome` "won")."""

    outcome = "skipped"

    def _decide(self, frame: int) -> InputState:
        top = self.game.ctx.stack.top
        if isinstance(top, FlightScene):
            session = top.session
            if session.phase == "play":
                session.battle.outcome = "won" if self.outcome == "won" else "lost"
                return EMPTY_INPUT
            menu = session.menu
            if menu is None or not menu.ready or frame % 2:
                return EMPTY_INPUT
            want = "Skip" if "Skip" in menu.items else menu.items[0]
            key = Action.DOWN if menu.items[menu.index] != want else Action.CONFIRM
            return InputState(frozenset({key}), frozenset({key}), frozenset())
        return super()._decide(frame)



def plan_a6(checkpoints: dict[str, dict[str, object]], families: int = 5,
            early: bool = False, profile: Profile | None = None
            ) -> tuple[deque[Goal], deque[int]]:
    """The player's plan from the command centre (progress 80, Alex) to the hand-off
    (90, Kara): fly, then as Lena fetch the first `families` families, wait out the
    shield (or, `early`, tell Oscar at the temple steps to shut the door), walk out of
    the temple, fly home. `checkpoints` fills in scene by scene. A `profile` gives the
    picks and the number of families instead."""
    G = Goal
    if profile is not None:
        families = profile.families
    watched = ("progress", "slum_families_saved", "a6_temple_fill", "a6_shield_clock",
               "a6_kara_order", "a6_lena_answer", "a6_lex_greeting", "flight_hold_fire",
               "flight_storm", "flight_pod_run", "flight_skipped")

    snap = snapper(checkpoints, watched)

    def on(map_name: str, progress: int) -> Callable[[Game], bool]:
        return lambda g: (world_of(g).world.data.name == map_name
                          and flag(g, "progress") == progress and idle(g))

    goals = deque([
        G("wait", until=on("command_centre", 81), note="hold fire flown, the command centre"),
        G("walk", "command_centre", (11, 6), note="to the hologram pad",
          until=lambda g: int(flag(g, "progress")) >= 82),
        G("wait", until=on("slums", 83), note="the storm flown, Oscar's news"),
        G("wait", until=snap("streets")),
    ])
    for name, tile, face in FAMILIES[:families]:
        goals.append(G("walk", "slums", tile, face, talk=True, note=name,
                       until=lambda g, n=name: bool(flag(g, n))))
    if early:  # round the steps' brazier from the north: the family waits to the south
        goals.append(G("walk", "slums", (2, 7), note="above the temple steps"))
        goals.append(G("walk", "slums", (2, 9), note="Oscar at the temple steps",
                       until=lambda g: int(flag(g, "progress")) >= 84))
    goals.extend([
        G("wait", until=on("temple", 84), note="the shield fails"),
        G("wait", until=snap("temple")),
        G("walk", "temple", (7, 9), note="out of the temple doors",
          until=lambda g: int(flag(g, "progress")) >= 85),
        G("wait", until=lambda g: int(flag(g, "progress")) >= 90, note="Lex, the jam, the pod run",
          during=True),
        G("wait", until=snap("end"), during=True),
    ])
    choices = deque([
        0,  # command centre: "Then I'll buy you seconds"
        0,  # the broadcast: "The slums: go to stone"
        0,  # Oscar: "No. The temple's stone."
    ] + ([0] if families >= 4 else [])  # Pell: "It's wood and cloth"
      + ([1] if families >= 5 else [])  # Corwin: shout about the crates
      + ([1] if early else [])  # Oscar at the steps: "Inside, Oscar."
      + [
        0,  # Maggie: "She'll come back. She promised dinner."
        1,  # temple door: "Keep the door shut behind me"
        0,  # Lex: run to him
        1,  # before the pod run: "Then fly, First Charge."
    ])
    return goals, (deque(profile.a6) if profile is not None else choices)


def a6_game(outcome: str = "skipped", flags: dict[str, object] | None = None
            ) -> tuple[Game, FlightPilot, list[str], dict]:
    game = start_game(*ENTRY)
    for name, value in {**TYPICAL, **(flags or {})}.items():
        game.ctx.flags.set(name, value)
    return game, FlightPilot(game, deque(), deque()), spy_lines(game), {}


def play(families: int, outcome: str = "skipped", early: bool = False,
         flags: dict[str, object] | None = None) -> tuple[Game, FlightPilot, list[str], dict]:
    game, pilot, lines, checkpoints = a6_game(outcome, flags)
    pilot.goals, pilot.choices = plan_a6(checkpoints, families, early)
    pilot.outcome = outcome
    run(game, pilot, lambda g: not pilot.goals, 60_000)
    return game, pilot, lines, checkpoints


def test_act_six_plays_from_the_command_centre_to_the_runway(display) -> None:
    _game, pilot, lines, cp = play(5)
    assert not pilot.choices
    assert pilot.maps_seen[0] == ("command_centre", 80, "alex")
    maps = [m for m, _, _ in pilot.maps_seen]
    assert maps[:4] == ["command_centre", "slums", "temple", "slums"]
    streets = cp["streets"]
    assert streets["player"] == "lena_jacket" and streets["a6_lena_answer"] == "temple"
    assert streets["a6_kara_order"] == "fly"
    assert streets["flight_hold_fire"] == "skipped" and streets["flight_storm"] == "skipped"
    assert str(streets["journal"]).startswith("Find the families")
    temple = cp["temple"]
    assert temple["slum_families_saved"] == 5 and temple["a6_temple_fill"] == 10
    assert int(temple["a6_shield_clock"]) < 60
    assert str(temple["journal"]).startswith("Step outside")
    end = cp["end"]
    assert end["progress"] == 90 and end["player"] == "kara"
    assert end["a6_lex_greeting"] == "ran" and end["flight_pod_run"] == "skipped"
    # the flags of earlier acts, and of this part, change what is said
    assert "Try it. She'd be insulted if you didn't." in lines  # lena_formula
    assert ("Your formula! On my tablet! It works! It doesn't chase the signal, it gets there "
            "first!") in lines
    assert "Get in the pod. I'm taking you home. Her orders, and mine." in lines  # alex_trusts_lena
    assert "That's everyone! Every door on this street is empty!" in lines
    assert "Five families. Every one we could find. Count them yourself if you like." in lines
    assert "Crates? With the K? Out of my way." in lines
    assert "It was her. She says \"now\" like that when she means it." in lines  # a6_broadcast
    assert "Where are the crates? She said crates. There are no crates." in lines  # a6_woke_corwin
    assert "The temple was your idea. Remember that when they argue about who saved the street." \
        in lines  # a6_lena_answer
    assert "Danvers? You'd better be carrying dinner." in lines  # a6_told_maggie
    assert "She went up herself, the hour she was crowned in the sand. Of course she did." \
        in lines  # a6_kara_order
    assert "Go. I've waited two years, I can wait for a queen." in lines  # a6_lex_greeting
    assert "Nobody made the gate. Rao, nobody." in lines  # skipped: no wingmen counted
    assert "Off duty, it's Alex. Get in and hold on." in lines
    assert "The palace shield's still up, just. It's the only thing keeping their eyes off us." \
        in lines  # flight_storm skipped
    assert "Three notes is a hello somewhere. Send them the same three back." in lines  # the hail
    assert "The whole shield's open for our pilots. Which means it's open for that." in lines
    assert "She's stopped crying. The moment we were inside, she stopped." in lines  # a6_fam_dara
    assert "Then stop chasing it, Winn. Be where it's going." in lines  # the jam


def test_the_shield_fails_on_the_clock_when_nobody_is_fetched(display) -> None:
    game, _pilot, lines, cp = play(0)
    assert cp["temple"]["slum_families_saved"] == 0
    assert int(cp["temple"]["a6_shield_clock"]) >= 60
    assert "Inside! There's no more time, the others will have to hide where they are!" in lines
    assert "You were the only one running toward them. That's not slow." in lines
    assert "There are people in the cellars. Find them. All of them." in lines
    assert "Overhead the slum shield stutters, and for a heartbeat the sky is open." in lines
    assert "Seconds, not minutes." in lines
    assert flag(game, "progress") == 90


def test_cleared_flight_stages_are_read_as_won(display) -> None:
    game, _pilot, lines, cp = play(0, outcome="won")
    assert cp["end"]["flight_pod_run"] == "won" and cp["streets"]["flight_storm"] == "won"
    assert "The palace shield held. I watched their drones break on it like rain on a roof." \
        in lines
    assert flag(game, "flight_skipped") is False


def test_telling_oscar_to_shut_the_door_ends_the_rescue_early(display) -> None:
    _game, pilot, lines, cp = play(1, early=True, flags={"a5_shield_lane": True})
    assert not pilot.choices
    temple = cp["temple"]
    assert temple["slum_families_saved"] == 1 and int(temple["a6_shield_clock"]) < 30
    assert "A few inside. There are more out there. I can hear them." in lines
    assert "Then we hold it. Door, Miss Lena. Mind the step." in lines
    assert "Look at them all. More than this temple has held since my father's day." in lines
    assert "This roof stayed on through three queens. It'll manage a fourth." in lines
    assert "That's 1 of five through this door. I count every head twice." in lines  # the count
    assert "Only 1 of five." in lines
    # the lane Kara opened in Act 5's shield
    assert "You opened a lane, just wide enough for our pilots. It's squeezing in down the lane." \
        in lines
    assert "Seal the lane behind it. It came in alone. It doesn't get to bring friends." in lines
