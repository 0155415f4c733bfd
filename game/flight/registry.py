"""The stages the game knows: the name of each stage's rules and its class.

A stage is its data file (listed in `assets/data/flight.json`) running one of these
rules; a new stage on existing rules is only a data file, and a new rule is one
small `stage_*.py` module added to `STAGE_KINDS`.

This is the one place that lists the stage modules (explicitly: no scanning), so
the battle can build a stage by name and the script loader can ask each stage's
rules which words its data must provide.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from game.content_flight import (
    FLIGHT_DATA,
    FlightScript,
    StageScript,
    StageWords,
)
from game.content_flight_loader import load_flight_script
from game.core.assets import AssetResolver
from game.flight.stage_hold_fire import HoldFire
from game.flight.stage_pod_run import PodRun
from game.flight.stage_storm import Storm
from game.flight.stages import Stage

if TYPE_CHECKING:
    from game.flight.battle import Battle

STAGE_KINDS: Mapping[str, type[Stage]] = MappingProxyType(
    {"hold_fire": HoldFire, "storm": Storm, "pod_run": PodRun})
#: What each stage's rules need from its data; `load_content` checks the data with it.
STAGE_WORDS: Mapping[str, StageWords] = MappingProxyType(
    {name: kind.words for name, kind in STAGE_KINDS.items()})


def make_stage(name: str, battle: Battle, script: StageScript) -> Stage:
    """The stage object for stage `name`: the rules its data names (`script.kind`),
    speaking the words and running the timeline of `script`."""
    stage = STAGE_KINDS[script.kind](battle, script)
    stage.name = name
    return stage


def load_flight(assets: AssetResolver, path: str = FLIGHT_DATA) -> FlightScript:
    """The flight's words from data, checked against what every stage's rules use."""
    return load_flight_script(assets, STAGE_WORDS, path)


def default_script() -> FlightScript:
    """The words from the game's own data folder (for tests and tools that build a
    battle without a running game; the game passes `Content.flight`)."""
    return load_flight(AssetResolver.discover())
