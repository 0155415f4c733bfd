"""Contest commands: the presence stand-off, the duel before Rao, ordered choices.

Each pushes its contest's scene over the map, waits until it is over and writes
the result into the flag the script names, so the script branches on it. The
first contest of each kind shows its help card once (a saved flag remembers).
Settings' assist applies unless the script forces one (`assist=`), and
Settings' Skip passes a contest over with the outcome "skipped".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.contest.assist import ASSISTS, Tuning
from game.contest.data import ContestData, load_contests
from game.contest.duel import Duel, DuelResult, DuelSpec
from game.contest.duel_scene import DuelScene
from game.contest.ordered import Ordered
from game.contest.ordered_scene import OrderedScene
from game.contest.standoff import Standoff, StandoffResult, StandoffSpec, WordRound
from game.contest.standoff_scene import StandoffScene
from game.world.character import Character
from game.world.commands.params import (
    ArgError,
    Choice,
    Flag,
    Name,
    Number,
    Switch,
    Text,
    Who,
)
from game.world.commands.registry import Command, command
from game.world.waits import Wait, WaitScene

if TYPE_CHECKING:
    from game.world.stage import Stage

HELP_FLAGS = {"standoff": "seen_standoff_help", "duel": "seen_duel_help",
              "ordered": "seen_ordered_help"}


def standoff(stage: Stage, who: Character, strength: int, flag: str, waves: int,
             winnable: bool, words: str, assist: str) -> Wait:
    """A presence stand-off with WHO (strength 1 to 5): hold confirm through her waves,
    tap on her tells, pick words between waves. FLAG (a str flag) gets "won", "lost"
    or "skipped" (Settings' Skip: treat it as won where it could be won). With
    winnable=false the bar never passes the middle and Kara kneels at the end.
    words= names a set in assets/data/contests.json.
    Example: `<<standoff Rhea 4 $standoff_comm_room waves=3 winnable=false words=comm_room>>`"""
    data = load_contests(stage.ctx.assets)
    spec = StandoffSpec(who.name, strength, waves, winnable, _words(data, words), _seed(stage),
                        _tuning(stage, assist))
    rules = Standoff(spec)
    camera = stage.camera.offset
    player = stage.world.player
    places = ((round(player.x - camera[0]), round(player.y - 10 - camera[1])),
              (round(who.x - camera[0]), round(who.y - 10 - camera[1])))
    info = stage.content.speaker(who.character) or stage.content.speaker(who.name)
    foe = info.name if info else who.name
    own = stage.content.speaker(player.character)

    def record(result: StandoffResult) -> None:
        stage.flags.set(flag, result.outcome)

    scene = StandoffScene(stage.ctx, rules, (own.name if own else "Kara", foe), record,
                          show_help=_first_time(stage, "standoff"), places=places)
    stage.ctx.stack.push(scene)
    return WaitScene(stage.ctx.stack, scene)


def duel(stage: Stage, flag: str, strength: int, exchanges: int, words: str,
         threat: str, assist: str, on_lose: str, start: str, rally: float) -> Wait:
    """The duel before Rao, on the arena sand: counter Rhea's telegraphed attacks
    (confirm blocks the strike, down + confirm presses the knee, left/right + confirm
    sweeps the lunge); at the end her threat turns it into a stand-off of presence,
    which every counter landed makes easier. FLAG (a str flag) gets "won" or "skipped";
    a lost last exchange is faced again, or with on_lose=return the duel ends, FLAG
    gets "lost" and the script stages the fall. start=final fights the last exchange
    alone (the rematch after a fall), rally= (0 to 60) its head start for Kara.
    threat= is Rhea's line when she turns on Lena.
    Example: `<<duel $duel_rhea strength=4 threat="Yield, or she pays." on_lose=return>>`"""
    data = load_contests(stage.ctx.assets)
    spec = DuelSpec("Rhea", strength, exchanges, _words(data, words), threat, _seed(stage),
                    _tuning(stage, assist), retry=on_lose == "retry",
                    final_only=start == "final", rally=rally)

    def record(result: DuelResult) -> None:
        stage.flags.set(flag, result.outcome)

    scene = DuelScene(stage.ctx, Duel(spec), record, show_help=_first_time(stage, "duel"))
    stage.ctx.stack.push(scene)
    return WaitScene(stage.ctx.stack, scene)


def ordered_choice(stage: Stage, name: str, flag: str | None) -> Wait:
    """Assemble a sentence from phrases in the right order (a set under "ordered" in
    assets/data/contests.json); a wrong order is corrected and tried again. FLAG (an
    int flag, optional) gets the number of tries.
    Example: `<<ordered_choice formal_challenge $challenge_tries>>`"""
    data = load_contests(stage.ctx.assets)
    spec = data.ordered.get(name)
    if spec is None:
        known = ", ".join(sorted(data.ordered)) or "none"
        raise ArgError(f"no ordered choice '{name}' in assets/data/contests.json "
                       f"(known: {known})")

    def record(tries: int) -> None:
        if flag:
            stage.flags.set(flag, tries)

    scene = OrderedScene(stage.ctx, Ordered(spec), record,
                         show_help=_first_time(stage, "ordered"))
    stage.ctx.stack.push(scene)
    return WaitScene(stage.ctx.stack, scene)


def _words(data: ContestData, name: str) -> tuple[WordRound, ...]:
    if name in ("", "none"):
        return ()
    found = data.words.get(name)
    if found is None:
        known = ", ".join(sorted(data.words)) or "none"
        raise ArgError(f"no word set '{name}' in assets/data/contests.json (known: {known})")
    return found


def _seed(stage: Stage) -> int:
    """From the game's seeded random source: a replay with the same seed matches."""
    return stage.ctx.rng.randrange(1 << 30)


def _tuning(stage: Stage, assist: str) -> Tuning:
    return Tuning.of(stage.ctx.settings.contest_assist if assist == "player" else assist)


def _first_time(stage: Stage, kind: str) -> bool:
    """True once per save for each kind of contest: its help card shows then (not
    while Settings skips contests: it waits for the first one played)."""
    if kind != "ordered" and stage.ctx.settings.contest_skip:
        return False
    name = HELP_FLAGS[kind]
    seen = bool(stage.flags.get(name))
    stage.flags.set(name, True)
    return not seen


ASSIST = Choice("assist", ("player", *ASSISTS), key="assist", default="player")
WORDS = Name("words", "word set", key="words", default="none",
             about="a word set in assets/data/contests.json")

COMMANDS: tuple[Command, ...] = (
    command("standoff", standoff, Who(), Number("STRENGTH", 1, 5, whole=True),
            Flag(type_name="str"),
            options=(Number("waves", 1, 8, whole=True, default=4), Switch("winnable",
                     default=True), WORDS, ASSIST)),
    command("duel", duel, Flag(type_name="str"),
            options=(Number("strength", 1, 5, whole=True, default=3),
                     Number("exchanges", 2, 16, whole=True, default=8),
                     Name("words", "word set", key="words", default="duel_final",
                          about="a word set in assets/data/contests.json"),
                     Text("threat", key="threat", default=""), ASSIST,
                     Choice("on_lose", ("retry", "return"), key="on_lose", default="retry"),
                     Choice("start", ("exchanges", "final"), key="start", default="exchanges"),
                     Number("rally", 0, 60, whole=True, default=0))),
    command("ordered_choice", ordered_choice,
            Name("NAME", "ordered choice", key="name",
                 about="an ordered choice in assets/data/contests.json"),
            Flag(type_name="int", default=None)),
)
