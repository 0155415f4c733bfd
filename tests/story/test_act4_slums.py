"""Act Four in the slums, played through the real game loop by the planning pilot.

Day (progress 50 -> 56, as Lena): the pod ride through the line (skipped by the
Settings switch, as a player may), the landing, the streets with Maggie and Kara's
crates, Oscar's room, the future Queen, the comm that finds no signal; the hand-over
leaves Alex as the player at progress 56 for the hangar (a4b's part). Night (63 -> 64):
the jets, the guard sweep as "Amy Taylor" in Oscar's jacket, J'onn's news, the end
cards and the credits. The sweep's two outcomes (the questions run out; the meter
fills first) each have their own quick test.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from contextlib import suppress

import pygame
import pytest

from game.app import Game
from game.core.actions import Action
from game.dialogue.errors import FlagError
from game.world.scene import WorldScene
from tests.story.pilot import Goal, Pilot, at_progress, flag, idle, run, start_game, world_of
from tests.story.profiles import KIND, Profile

TYPICAL = {"alex_trusts_lena": True, "maggie_trained": True, "lena_trust": 7,
           "queen_suspicion": 3, "held_hands": True}
SNAP = ("progress", "shared_bread", "oscar_won", "lena_future_queen", "sweep_outcome",
        "sweep_suspicion", "queen_suspicion", "slums_lit", "ride_result")


def slums_game(map_name: str, spawn: str, progress: int) -> Game:
    """The game as the slums find it: a typical playthrough's flags, playing Lena."""
    game = start_game(map_name, spawn, progress, "lena")
    for name, value in TYPICAL.items():
        with suppress(FlagError):  # a flag of a part merged later (a3b's alex_trusts_lena)
            game.ctx.flags.set(name, value)
    game.ctx.settings.skip_rides = True
    return game


def snapper(checkpoints: dict[str, dict[str, object]], label: str) -> Callable[[Game], bool]:
    def take(g: Game) -> bool:
        checkpoints[label] = {k: flag(g, k) for k in SNAP}
        scene = world_of(g)
        checkpoints[label]["map"] = scene.world.data.name
        checkpoints[label]["player"] = scene.session.player_character
        checkpoints[label]["lighting"] = scene.stage.lighting_mode
        return True
    return take


def on_map(name: str) -> Callable[[Game], bool]:
    return lambda g: world_of(g).world.data.name == name and idle(g)


def plan_slums(checkpoints: dict[str, dict[str, object]], part: str = "day",
               answers: tuple[int, ...] = KIND.slums_night, profile: Profile = KIND
               ) -> tuple[deque[Goal], deque[int]]:
    """The player's plan for the slums: `part` "day" (from slums_line/pod_landing at 50
    to the hand-over at 56) or "night" (from slums/a4_night at 63 to the credits).
    `answers` are the sweep's picks, question by question (all "Amy Taylor" by default);
    the day's picks are `profile`'s."""
    G = Goal
    if part == "day":
        goals = deque([
            G("wait", until=at_progress(51), note="the line and the landing"),
            G("wait", until=snapper(checkpoints, "landed")),
            G("door", to_map="slums", note="into the streets"),
            G("walk", "slums", (40, 9), note="west with Maggie", until=at_progress(52)),
            G("wait", until=snapper(checkpoints, "streets")),
            G("door", to_map="oscar_house", note="Oscar's door"),
            # the hand-over: a4b's hangar scene may follow at once, so no wait for idle
            G("wait", until=lambda g: int(flag(g, "progress")) >= 56, note="Oscar's room",
              during=True),
        ])
        return goals, deque(profile.slums_day)
    def night_over(g: Game) -> bool:  # J'onn's news told: the end-of-act cards begin
        if int(flag(g, "progress")) < 64:
            return False
        scene = world_of(g)
        checkpoints["news"] = {"player": scene.session.player_character,
                               "lighting": scene.stage.lighting_mode,
                               "meters": list(scene.session.meters)}
        return True

    goals = deque([
        G("wait", until=night_over, note="the sweep, J'onn's news", during=True),
        G("wait", until=act_five_begins, note="the end of Act Four", during=True),
    ])
    return goals, deque(answers)


def play(game: Game, goals: deque[Goal], choices: deque[int], done: Callable[[Game], bool],
         steps: int) -> Pilot:
    pilot = Pilot(game, goals, choices)
    run(game, pilot, done, steps)
    return pilot


def act_five_begins(game: Game) -> bool:
    """Handed over: Act Five's armory, as Kara (its own scene may already be running)."""
    scene = game.ctx.stack.find(WorldScene)
    return (int(flag(game, "progress")) >= 70 and isinstance(scene, WorldScene)
            and scene.world is not None and scene.world.data.name == "armory")


@pytest.mark.usefixtures("display")
def test_the_slums_by_day_from_the_landing_to_the_hand_over() -> None:
    game = slums_game("slums_line", "pod_landing", 50)
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = plan_slums(checkpoints, "day")
    pilot = Pilot(game, goals, choices)

    def handed_over(g: Game) -> bool:
        return flag(g, "progress") == 56 and world_of(g).session.player_character == "alex"

    run(game, pilot, handed_over, 40_000)
    snapper(checkpoints, "handover")(game)
    assert not pilot.choices
    landed = checkpoints["landed"]
    assert landed["map"] == "slums_line" and landed["player"] == "lena"
    assert landed["ride_result"] == "skipped" and landed["lighting"] == "day"
    streets = checkpoints["streets"]
    assert streets["map"] == "slums" and streets["shared_bread"] is True
    end = checkpoints["handover"]
    assert end["progress"] == 56 and end["player"] == "alex"
    assert end["oscar_won"] is True and end["lena_future_queen"] is True
    assert end["queen_suspicion"] == 3  # nobody looked twice
    maps = [m for m, _, _ in pilot.maps_seen]
    assert maps[:3] == ["slums_line", "slums", "oscar_house"]
    scene = world_of(game)
    assert scene.session.journal.startswith("As Alex")


@pytest.mark.usefixtures("display")
def test_the_night_sweep_answered_as_amy_taylor_leads_to_act_five() -> None:
    game = slums_game("slums", "a4_night", 63)
    game.ctx.flags.set("shared_bread", True)
    game.ctx.flags.set("oscar_won", True)
    game.ctx.flags.set("lena_future_queen", True)
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = plan_slums(checkpoints, "night")
    pilot = play(game, goals, choices, lambda g: not goals, 30_000)
    assert not pilot.choices
    assert flag(game, "sweep_outcome") == "passed"
    assert flag(game, "sweep_suspicion") == 0  # every answer fit, and the girl vouched
    assert flag(game, "queen_suspicion") == 3
    news = checkpoints["news"]
    assert news == {"player": "lena_jacket", "lighting": "night", "meters": []}
    assert act_five_begins(game) and world_of(game).session.player_character == "kara"


@pytest.mark.usefixtures("display")
def test_wrong_answers_fill_the_meter_and_jonn_steps_in() -> None:
    game = slums_game("slums", "a4_night", 63)
    # "Why do you want to know?" (+2), then "From... further in." (+3): 3 + 5 = 8
    pilot = play(game, deque([Goal("wait", until=act_five_begins, during=True)]),
                 deque([1, 2]), act_five_begins, 30_000)
    assert not pilot.choices  # no more questions once the meter was full
    assert flag(game, "sweep_outcome") == "caught"
    assert flag(game, "queen_suspicion") == 4  # the Queen's people will hear of it
    assert world_of(game).session.player_character == "kara"


@pytest.mark.usefixtures("display")
def test_the_slums_are_lit_by_the_story_not_copied() -> None:
    """After the sweep (64) every slums map is at night, whichever door Lena takes;
    by day (53) the same maps are in daylight."""
    game = slums_game("oscar_house", "from_slums", 64)
    checkpoints: dict[str, dict[str, object]] = {}

    def lit(name: str) -> Callable[[Game], bool]:
        return lambda g: flag(g, "slums_lit") == name and idle(g)

    goals = deque([
        Goal("wait", until=lit("oscar_house")),
        Goal("wait", until=snapper(checkpoints, "room")),
        Goal("door", to_map="slums"),
        Goal("wait", until=lit("slums")),
        Goal("wait", until=snapper(checkpoints, "street")),
        Goal("door", to_map="oscar_house"),
        Goal("wait", until=lit("oscar_house")),
        Goal("wait", until=snapper(checkpoints, "back")),
    ])
    pilot = Pilot(game, goals, deque())
    run(game, pilot, lambda g: not pilot.goals, 6_000)
    assert [checkpoints[k]["lighting"] for k in ("room", "street", "back")] == ["night"] * 3
    day = slums_game("slums", "oscar_door", 53)
    run(day, Pilot(day, deque(), deque()), idle, 600)
    assert world_of(day).stage.lighting_mode == "day" and flag(day, "slums_lit") == ""


@pytest.mark.usefixtures("display")
def test_lena_in_oscars_jacket_keeps_her_own_name_and_face() -> None:
    """lena_jacket is an outfit: "Lena:" lines still show Lena's portrait, while the
    night's player sprite is the jacket."""
    game = slums_game("slums", "a4_night", 64)
    lena = game.ctx.content.speaker("Lena")
    assert lena is not None and lena.id == "lena" and lena.portrait == "lena"
    jacket = game.ctx.content.speaker("lena_jacket")
    assert jacket is not None and jacket.name == "Lena" and jacket.sprite == "lena_jacket"


@pytest.mark.usefixtures("display")
def test_at_night_lenas_lines_show_her_in_the_jacket() -> None:
    """The player's own outfit speaks: "Lena:" shows the jacket's face while she wears it."""
    game = slums_game("slums", "a4_night", 63)
    game.replay = Pilot(game, deque(), deque())  # type: ignore[assignment]
    scene = world_of(game)
    for _ in range(600):
        game.step()
        if scene.box.speaker == "Lena" and scene.box.portrait is not None:
            break
    assert scene.box.speaker == "Lena" and scene.session.player_character == "lena_jacket"
    chars = game.ctx.content.characters

    def face(cid: str) -> bytes:
        portrait = scene.stage.portrait(chars[cid], ("worried",))
        assert portrait is not None
        return pygame.image.tobytes(portrait.still, "RGBA")

    shown = pygame.image.tobytes(scene.box.portrait.still, "RGBA")
    assert shown == face("lena_jacket") and shown != face("lena")


@pytest.mark.usefixtures("display")
def test_the_villager_spoken_to_keeps_her_own_face() -> None:
    """Two slum folk share the name "Villager": the stallkeeper (slum_b) talks with
    her own portrait, not the first Villager's."""
    game = slums_game("slums", "oscar_door", 53)
    goals = deque([Goal("walk", "slums", (22, 12), Action.DOWN, talk=True, note="stall")])
    pilot = Pilot(game, goals, deque())
    scene = world_of(game)
    run(game, pilot, lambda g: scene.box.speaker == "Villager"
        and scene.box.portrait is not None, 4_000)
    chars = game.ctx.content.characters

    def face(cid: str) -> bytes:
        portrait = scene.stage.portrait(chars[cid], ())
        assert portrait is not None
        return pygame.image.tobytes(portrait.still, "RGBA")

    assert scene.director.node == "sl_stall"
    shown = pygame.image.tobytes(scene.box.portrait.still, "RGBA")
    assert shown == face("slum_b") and shown != face("slum_a")
