"""Story commands: the journal line, acts, who is played, meters and stay-near
rules on flags, map changes, and the flight and the credits the flow runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.core.requests import ChangeAct, RollCredits, StartFlight
from game.flight import FlightResult
from game.flight.story_flags import apply_result
from game.world.commands.characters import at_written_speed, paced
from game.world.commands.params import ArgError, Cast, Flag, Name, Number, Text, Who
from game.world.commands.registry import Command, command
from game.world.waits import Wait, WaitFlight, WaitTicket

if TYPE_CHECKING:
    from game.world.stage import Stage


def journal(stage: Stage, text: str) -> None:
    """The one line that says what to do next."""
    stage.session.journal = text


def act(stage: Stage, name: str) -> None:
    """A new act begins (shown in saves; autosaves)."""
    stage.ask(ChangeAct(name))


def play_as(stage: Stage, name: str) -> None:
    """Switch the playable character (an id of assets/data/characters.json: kara, lena)."""
    stage.session.player_character = name
    stage.world.set_player_character(name)


def change_map(stage: Stage, map_name: str, spawn: str) -> Wait:
    """Fade to another map and appear at one of its Spawns."""
    if not stage.has_map(map_name):
        raise ArgError(f"there is no map '{map_name}'")
    return stage.go_to(map_name, spawn)


def meter(stage: Stage, flag: str, label: str) -> None:
    """Show a 0-10 story flag as a bar at the top of the screen."""
    meters = stage.session.meters
    stage.session.meters = [m for m in meters if m[0] != flag] + [(flag, label)]


def meter_off(stage: Stage, flag: str | None) -> None:
    """Hide one bar, or all of them."""
    stage.session.meters = [m for m in stage.session.meters if flag and m[0] != flag]


def watch(stage: Stage, who: str, distance: int, flag: str) -> None:
    """A stay-near rule: each second the player is farther than DISTANCE pixels from
    WHO, the number FLAG goes up by one (a follow scene). Only seconds of play count:
    the clock waits while a line or a cutscene holds the player. Under --fast, WHO
    walks at the written speed while the rule holds (the player keeps pace with them)."""
    watched = stage.world.find(who)
    if stage.fast and watched is not None and not paced(stage, watched):
        at_written_speed(watched)  # a walk begun before the rule
    stage.session.watch = (who, distance, flag)


def watch_off(stage: Stage) -> None:
    """End the stay-near rule."""
    stage.session.watch = None


def play_flight(stage: Stage, stage_name: str) -> Wait:
    """Fly a stage of Rao's Storm (any stage the flight data lists). The script waits;
    the result is in the flags the stage's data names: $flight_STAGE is "won" or
    "skipped", $flight_skipped, $wingmen_saved, $flight_score, $fired_on_lex."""
    flags = stage.flags

    def record(result: FlightResult) -> None:
        apply_result(result, flags, stage.content.flight)  # the stage data names the flags

    request = StartFlight(stage_name)
    stage.ask(request)
    return WaitFlight(request, record)


def credits(stage: Stage) -> Wait:
    """Roll the credits, then return to the title screen (the end of the story, or of
    the part written so far)."""
    request = RollCredits(then_title=True)
    stage.ask(request)
    return WaitTicket(request.ticket)


COMMANDS: tuple[Command, ...] = (
    command("journal", journal, Text("TEXT")),
    command("act", act, Text("NAME")),
    command("play_as", play_as, Cast("CHARACTER", ids=True)),
    # The linter checks the map and its spawn together (tools/maps/checks_scripts.py).
    command("change_map", change_map,
            Name("MAP", "target map", key="map_name", about="a map in maps/ (no .tmx)"),
            Name("SPAWN", "target spawn", key="spawn", about="a Spawn of that map")),
    command("meter", meter, Flag(type_name="int"), Text("LABEL")),
    command("meter_off", meter_off, Flag(type_name="int", default=None)),
    command("watch", watch, Who(as_name=True), Number("DISTANCE", 1, 2000, whole=True,
                                                      unit="pixels"), Flag(type_name="int")),
    command("watch_off", watch_off),
    command("play_flight", play_flight,
            Name("STAGE", "flight stage", key="stage_name",
                 about="a stage listed in assets/data/flight.json")),
    command("credits", credits),
)
