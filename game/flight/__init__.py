"""Rao's Storm: the pod-flight minigame of the final battle (see docs/FLIGHT.md).

Public API for the story and the engine:

    FlightScene(ctx, stage, options, on_result)   a Scene; pops itself when done
    FlightOptions(...)                            difficulty, assists, seed
    FlightResult                                  what each stage reports
    run_headless(stage, options, inputs)          the same game without a window

Module map: options/result (data), story_flags (result -> flags, as the stage data
in game.content_flight says), entities/spatial/patterns/ai
(what flies and how it collides), swarm (each side's bullets as NumPy arrays),
stages + stage_* (the stages' rules), registry (the rules by name; the stages
themselves are listed in assets/data/flight.json), battle (one attempt),
session (speed, retries, checkpoints), art/background/render/hud/meters (pixels),
menu (failure and clear panels), scene (the Scene), headless (tests).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.flight.headless import HeadlessRun, run_headless
    from game.flight.options import FlightOptions
    from game.flight.result import FlightResult
    from game.flight.scene import FlightScene

__all__ = ["FlightOptions", "FlightResult", "FlightScene", "HeadlessRun",
           "run_headless"]

# Each name is imported on first use (PEP 562): the world reads FlightResult while
# NumPy, which the bullets need, waits until a flight is really built.
_HOME = {"FlightOptions": "options", "FlightResult": "result", "FlightScene": "scene",
         "HeadlessRun": "headless", "run_headless": "headless"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'game.flight' has no attribute {name!r}")
    value = getattr(import_module(f"game.flight.{_HOME[name]}"), name)
    globals()[name] = value
    return value
