"""What a finished flight stage writes into the story's flags, as its data says.

Each stage file maps result fields to flags (`"flags": {"outcome": "flight_storm",
"score": {"flag": "flight_score", "how": "add"}}`), so a new stage or a new flag
is a data edit; the `play_flight` command only calls `apply_result`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any, Protocol

from game.core.errors import ContentError
from game.flight.result import FlightResult
from game.flight.script import FlagWrite, FlightScript


class Flags(Protocol):
    """The story's flag store as the flight sees it (the minigame does not import
    the dialogue package: `game.dialogue.flags.FlagStore` fits this)."""

    def get(self, name: str) -> Any: ...

    def set(self, name: str, value: object) -> Any: ...


class FlagType(Protocol):
    """A flag declaration as far as checking a write needs it."""

    @property
    def type(self) -> type: ...

    @property
    def type_name(self) -> str: ...

_TYPE_OF_HOW = {"add": (int, float), "latch": (bool,)}


def apply_result(result: FlightResult, flags: Flags, spec: FlightScript) -> None:
    """Write `result` into `flags` as the stage's data declares."""
    for write in spec.stage(result.stage).flags:
        value = getattr(result, write.field)
        if write.how == "add":
            flags.set(write.flag, flags.get(write.flag) + value)
        elif write.how == "latch":
            if value:
                flags.set(write.flag, True)
        else:
            flags.set(write.flag, value)


def check_flag_writes(spec: FlightScript, declarations: Mapping[str, FlagType]) -> None:
    """Every flag a stage writes must be declared, with a type its value fits."""
    for stage in spec.stages.values():
        for write in stage.flags:
            _check(stage.source, write, declarations)


def _check(source: str, write: FlagWrite, declarations: Mapping[str, FlagType]) -> None:
    where = f"{source}: flags.{write.field}"
    decl = declarations.get(write.flag)
    if decl is None:
        raise ContentError(f"{where}: flag '{write.flag}' is not declared in the flag data")
    wanted = _TYPE_OF_HOW.get(write.how) or (_field_type(write.field),)
    if decl.type not in wanted and not (decl.type is float and int in wanted):
        raise ContentError(f"{where}: flag '{write.flag}' is {decl.type_name}, "
                           f"but '{write.field}' is {_field_type(write.field).__name__}")


def _field_type(name: str) -> type:
    """int, bool or str: the Python type of a FlightResult field (outcome is text)."""
    for f in fields(FlightResult):
        if f.name == name:
            return {"int": int, "bool": bool}.get(str(f.type), str)
    return str
