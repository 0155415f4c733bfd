"""New Game to the end of the story written so far in one run, played as a list of parts,
then the same run replayed from its recorded input script: the story's logic is
deterministic frame for frame.

Each `Part` is a plan (an input script, or a planning pilot with its goals and choices,
`tests/story/pilot.py`) and a done-check, with the checks of what the part must have
done. Act One is played from test_act1's input script, Act Two by test_act2's pilot.
Everything pressed is recorded with --record and replayed with --input into a fresh
game, which must end in the same state. To chain a new act, add its part to
`story_parts` in story order: `pilot_part("a3a", plan_a3a, check=...)`, where
`plan_a3a` is the act test's `plan_<part>() -> (goals, choices)`. Every plan takes a
choice profile (tests/story/profiles.py): this run plays KIND; test_harsh_playthrough
plays the same parts with HARSH, the other main branches (docs/story/BRANCHES.md).
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest

from game.app import Game
from game.cli import parse_args
from game.core.actions import EMPTY_INPUT, Action, InputState
from game.core.replay import ReplaySource, load_script
from game.flight import FlightScene
from game.screens.credits import CreditsScene
from game.screens.title import TitleScene
from game.world.scene import WorldScene
from tests.helpers import InputScript
from tests.story.branch_lines import FIRST_EPILOGUE, HARSH_ONLY, NO_WINGMEN
from tests.story.pilot import Goal, Pilot, skip_contests, spy_all_lines
from tests.story.profiles import KIND, Profile
from tests.story.test_act1 import Route, act_one
from tests.story.test_act2 import act_two_plan, check_act_two
from tests.story.test_act3_victory import plan_a3a
from tests.story.test_act3_vow import check_a3b, plan_a3b
from tests.story.test_act4_challenge import ContestPilot, check_a4b, plan_a4b
from tests.story.test_act4_council import plan_a4a
from tests.story.test_act4_slums import plan_slums
from tests.story.test_act5_rao import check_a5, plan_a5
from tests.story.test_act6_storm import FlightPilot, plan_a6
from tests.story.test_act7_dawn import plan_a7

SEED = "0"


class Source(Protocol):
    """What drives the game during a part: a replayed script or a pilot."""

    @property
    def finished(self) -> bool: ...

    def state_for(self, frame: int) -> InputState: ...


@dataclass
class Part:
    """One stretch of the story: who plays it, when it is over, what it must have done."""

    name: str
    drive: Callable[[Game], Source]
    done: Callable[[Game, Source], bool]
    check: Callable[[Game], None] = lambda game: None
    max_steps: int = 60_000


def pilot_part(name: str, plan: Callable[[], tuple[deque[Goal], deque[int]]],
               check: Callable[[Game], None] = lambda game: None,
               max_steps: int = 60_000, profile: Profile = KIND) -> Part:
    """A part the planning pilot plays to the last of its goals (and, for a profile
    that plays the contests, every contest on the way)."""
    def done(game: Game, source: Source) -> bool:
        assert isinstance(source, Pilot)
        return not source.goals

    return Part(name, driver(profile, plan), done, check, max_steps)


def world(game: Game) -> WorldScene:
    scene = game.ctx.stack.find(WorldScene)
    assert scene is not None and scene.world is not None
    return scene


def arrived_as_chapter(act: int) -> Callable[[Game], None]:
    """The part ended where `--act act` begins, holding exactly the flags
    assets/data/chapters.json gives that act: the chapter start is a real playthrough."""
    def check(game: Game) -> None:
        chapter = game.ctx.content.chapters.get(act)
        assert chapter is not None, f"assets/data/chapters.json has no act {act}"
        scene = world(game)
        assert (scene.world.data.name, scene.session.player_character) == (chapter.map,
                                                                         chapter.player)
        decls = game.ctx.flags.declarations
        played = {name: value for name, value in game.ctx.flags.snapshot().items()
                  if value != decls[name].default}
        if os.environ.get("CHAPTER_DUMP"):  # how the flags of a new act's entry are found
            print("CHAPTER", act, json.dumps(played, sort_keys=True))
            return
        assert played == {"progress": chapter.progress, **chapter.flags}
    return check


def act_one_part(workdir: Path, profile: Profile) -> Part:
    route = Route(script=InputScript().wait(5).tap("confirm").wait(40))  # title: New Game
    act_one(route, profile)
    script = route.script.write(workdir / "act1.txt")

    def done(game: Game, source: Source) -> bool:  # Act Two's first scene has begun
        scene = game.ctx.stack.find(WorldScene)
        return (source.finished and isinstance(scene, WorldScene)
                and game.ctx.flags.get("progress") == 10
                and scene.session.player_character == "lena")

    return Part("Act One", lambda game: ReplaySource(load_script(script)), done,
                arrived_as_chapter(2), route.script.frame + 2000)


def act_two_part(profile: Profile) -> Part:
    checkpoints: dict[str, dict[str, object]] = {}

    def plan() -> tuple[deque[Goal], deque[int]]:
        checkpoints.clear()
        return act_two_plan(checkpoints, profile)

    def check(game: Game) -> None:
        pilot = game.replay
        assert isinstance(pilot, Pilot)
        check_act_two(game, pilot, checkpoints)
        assert game.ctx.flags.get("progress") == 17 and game.ctx.flags.get("knelt") is True

    return pilot_part("Act Two", plan, check, profile=profile)


def to_bed_part(profile: Profile) -> Part:
    """Act Two ends in bed: the night's rest, the Act Three card, the sparring room."""
    def plan() -> tuple[deque[Goal], deque[int]]:
        return deque([Goal("walk", "kara_room", (4, 5), Action.LEFT, talk=True,
                           note="to bed")]), deque()

    def done(game: Game, source: Source) -> bool:
        scene = game.ctx.stack.find(WorldScene)
        return (isinstance(scene, WorldScene) and scene.world is not None
                and scene.world.data.name == "sparring_room"
                and game.ctx.flags.get("progress") == 20)

    return Part("to bed", driver(profile, plan), done, arrived_as_chapter(3), 10_000)


def contest_pilot(profile: Profile, plan: Callable[[], tuple[deque[Goal], deque[int]]]
                  ) -> Callable[[Game], Source]:
    """A part's pilot that plays the stand-offs at the profile's skill (if it has one)."""
    def drive(game: Game) -> Source:
        pilot = ContestPilot(game, *plan())
        pilot.skill = profile.contest_skill
        pilot.wrong_first = profile.crooked_challenge
        return pilot
    return drive


def driver(profile: Profile, plan: Callable[[], tuple[deque[Goal], deque[int]]]
           ) -> Callable[[Game], Source]:
    """The planning pilot, or for a profile that plays the contests the contest pilot."""
    if profile.contest_skill is not None:
        return contest_pilot(profile, plan)
    return lambda game: Pilot(game, *plan())


def act_three_parts(profile: Profile) -> list[Part]:
    first: dict[str, dict[str, object]] = {}
    second: dict[str, dict[str, object]] = {}

    def check_second(game: Game) -> None:
        pilot = game.replay
        assert isinstance(pilot, Pilot)
        check_a3b(game, pilot, second)
        arrived_as_chapter(4)(game)

    def done_second(game: Game, source: Source) -> bool:
        return not getattr(source, "goals", True)

    return [Part("Act Three, the victory night",
                 contest_pilot(profile, lambda: plan_a3a(first, profile)),
                 lambda game, source: not getattr(source, "goals", True),
                 lambda game: _flags_are(game, {"first_kiss": True, "promised_queen": True,
                                                "lena_called_servant": True}, progress=30)),
            Part("Act Three, the vow", contest_pilot(profile, lambda: plan_a3b(second, profile)),
                 done_second, check_second, 60_000)]


def act_four_parts(profile: Profile) -> list[Part]:
    slums: dict[str, dict[str, object]] = {}
    middle: dict[str, dict[str, object]] = {}

    def council() -> tuple[deque[Goal], deque[int]]:
        return plan_a4a(doubt=True, glance=False, profile=profile)

    def check_middle(game: Game) -> None:
        pilot = game.replay
        assert isinstance(pilot, Pilot)
        check_a4b(game, pilot, middle)

    return [pilot_part("Act Four, the council", council,
                       lambda game: _flags_are(game, {"lena_formula": True}, progress=50),
                       profile=profile),
            pilot_part("Act Four, the slums by day",
                       lambda: plan_slums(slums, "day", profile=profile),
                       lambda game: _flags_are(game, {"oscar_won": True}, progress=56),
                       profile=profile),
            Part("Act Four, the challenge",
                 contest_pilot(profile, lambda: plan_a4b(middle, profile)),
                 lambda game, source: not getattr(source, "goals", True), check_middle),
            pilot_part("Act Four, the slums by night",
                       lambda: plan_slums(slums, "night", profile.slums_night),
                       check_night, profile=profile)]


def act_five_part(profile: Profile) -> Part:
    seen: dict[str, dict[str, object]] = {}

    def check(game: Game) -> None:
        pilot = game.replay
        assert isinstance(pilot, Pilot)
        check_a5(game, pilot, seen)

    def check_and_arrive(game: Game) -> None:
        check(game)
        arrived_as_chapter(6)(game)

    return pilot_part("Act Five, before Rao", lambda: plan_a5(seen, profile),
                      check_and_arrive, profile=profile)


class SeatPilot(FlightPilot):
    """The story's planning pilot in the pod's seat as a real (hands-off) player: it
    flies nothing, so the pod is lost or the calm run ends by itself, and it takes the
    menu's Skip or Continue. Nothing is set behind the game's back, so it replays.
    With `fire_on_lex` it holds fire in "Hold Fire" until a shot hits Lex's ships."""

    fire_on_lex = False

    def _decide(self, frame: int) -> InputState:
        top = self.game.ctx.stack.top
        if isinstance(top, FlightScene) and top.session.phase == "play":
            battle = top.session.battle
            if self.fire_on_lex and top.session.stage == "hold_fire" and not battle.fired_on_lex:
                return InputState(frozenset({Action.CONFIRM}), frozenset(), frozenset())
            return EMPTY_INPUT
        return super()._decide(frame)


def act_six_and_seven_parts(profile: Profile) -> list[Part]:
    storm: dict[str, dict[str, object]] = {}
    dawn: dict[str, dict[str, object]] = {}

    def check_storm(game: Game) -> None:
        _flags_are(game, {"slum_families_saved": 5, "a6_jammed": True}, progress=90)
        assert storm["end"]["player"] == "kara"
        arrived_as_chapter(7)(game)

    def check_dawn(game: Game) -> None:
        assert isinstance(game.ctx.stack.top, CreditsScene)
        assert game.ctx.flags.get("progress") == 100

    def on_the_runway(game: Game, source: Source) -> bool:
        scene = game.ctx.stack.find(WorldScene)
        return (not getattr(source, "goals", True) and isinstance(scene, WorldScene)
                and scene.world is not None and scene.world.data.name == "hangar")

    def seat(game: Game) -> Source:
        pilot = SeatPilot(game, *(plan_a6(storm, 5) if profile is KIND
                                  else plan_a6(storm, profile=profile)))
        pilot.fire_on_lex = profile.fire_on_lex
        return pilot

    return [Part("Act Six, Rao's Storm", seat, on_the_runway, check_storm, 60_000),
            pilot_part("Act Seven, the red dawn", lambda: plan_a7(dawn, profile=profile),
                       check_dawn, profile=profile)]


def check_night(game: Game) -> None:
    _flags_are(game, {"sweep_outcome": "passed"}, progress=70)
    arrived_as_chapter(5)(game)


def _flags_are(game: Game, wanted: dict[str, object], progress: int | None = None) -> None:
    got = {name: game.ctx.flags.get(name) for name in wanted if name in game.ctx.flags}
    assert got == {k: v for k, v in wanted.items() if k in got}, got
    if progress is not None:  # handed over: the next part may already have moved it on
        assert int(game.ctx.flags.get("progress")) >= progress


def the_end() -> Part:
    """The story ends on the balcony by moonlight: the credits roll by themselves, the
    title comes back, and it now offers the chapters (the story has been finished)."""
    def check(game: Game) -> None:
        title = game.ctx.stack.top
        assert isinstance(title, TitleScene)
        assert "Chapters" in [item.label for item in title.menu.items]

    def done(game: Game, source: Source) -> bool:
        top = game.ctx.stack.top
        if isinstance(top, CreditsScene) and isinstance(game.replay, Pilot):
            game.replay = None  # hands off: the credits roll by themselves
        return isinstance(top, TitleScene)

    return Part("the end", lambda game: Pilot(game, deque(), deque()), done, check, 20_000)


def story_parts(workdir: Path, profile: Profile = KIND,
                checks: Mapping[str, Callable[[Game], None]] | None = None) -> list[Part]:
    """The whole game in story order, played with `profile`'s picks; the next act's part
    goes before `the_end`. `checks` (every part's, by name) replace the first run's."""
    parts = [act_one_part(workdir, profile), act_two_part(profile), to_bed_part(profile),
             *act_three_parts(profile), *act_four_parts(profile), act_five_part(profile),
             *act_six_and_seven_parts(profile), the_end()]
    if checks is not None:
        for part in parts:
            part.check = checks[part.name]
    return parts


def play(game: Game, part: Part) -> None:
    source = part.drive(game)
    game.replay = source  # type: ignore[assignment]  # a pilot has ReplaySource's protocol
    for _ in range(part.max_steps):
        game.step()
        if part.done(game, source):
            part.check(game)
            return
    raise AssertionError(f"{part.name}: not done after {part.max_steps} steps; "
                         f"{_where(game, source)}")


def _where(game: Game, source: Source) -> str:
    scene = game.ctx.stack.find(WorldScene)
    place = scene.world.data.name if isinstance(scene, WorldScene) and scene.world else "-"
    left = [g.note or g.kind for g in source.goals] if isinstance(source, Pilot) else []
    return (f"on {place}, progress {game.ctx.flags.get('progress')}, goals left {left}, "
            f"maps {source.maps_seen if isinstance(source, Pilot) else '-'}")


def state(game: Game) -> dict[str, object]:
    out: dict[str, object] = {"flags": game.ctx.flags.snapshot(), "frame": game.ctx.frame,
                              "top": type(game.ctx.stack.top).__name__}
    scene = game.ctx.stack.find(WorldScene)
    if isinstance(scene, WorldScene) and scene.world is not None:
        player = scene.world.player
        out |= {"map": scene.world.data.name, "character": scene.session.player_character,
                "player": (round(player.x, 3), round(player.y, 3), player.facing.value),
                "act": scene.session.act, "journal": scene.session.journal}
    return out


def test_new_game_to_the_end_of_the_story_and_its_replay(tmp_path: Path, display,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # A player with no saves yet: the title's cursor starts on New Game.
    monkeypatch.setenv("RED_SUN_HOME", str(tmp_path / "first"))
    lines = spy_all_lines(monkeypatch)
    recorded = tmp_path / "played.txt"
    game = skip_contests(Game(parse_args(["--fast", "--seed", SEED, "--record", str(recorded)])))
    game.start()
    for part in story_parts(tmp_path):
        play(game, part)
    played = state(game)
    # the kinder branches' lines were read, and none that only the harsh run may read
    assert [line for line in (*FIRST_EPILOGUE, *NO_WINGMEN) if line not in lines] == []
    assert [line for line in HARSH_ONLY if line in lines] == []
    game.finish()  # writes the recording

    monkeypatch.setenv("RED_SUN_HOME", str(tmp_path / "second"))  # no autosave to Continue
    replay = skip_contests(Game(parse_args(["--fast", "--seed", SEED, "--input", str(recorded),
                                            "--frames", str(played["frame"])])))
    replay.run()
    assert state(replay) == played
