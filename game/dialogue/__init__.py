"""The dialogue language: a documented subset of Yarn Spinner (see docs/DIALOGUE.md).

Pure Python, no pygame and no I/O: ``compile_sources`` turns script texts into a
``Program``, ``DialogueRunner`` plays it against a ``FlagStore``, and ``inspect_program``
lists what scripts refer to for the linter.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.dialogue.errors import (
        DialogueError,
        DialogueRuntimeError,
        FlagError,
        RunnerError,
        ScriptError,
        ScriptErrors,
        SourceLocation,
    )
    from game.dialogue.events import Choice, Command, End, Event, Line, OptionView
    from game.dialogue.flags import FlagDecl, FlagStore, load_declarations
    from game.dialogue.inspect import Inventory, inspect_program
    from game.dialogue.interpreter import DialogueRunner
    from game.dialogue.program import Program, compile_sources

# Each name is imported from its module when first used, so that the title screen,
# which needs only the flag store, never waits for the parser (docs/PERFORMANCE.md).
_HOMES = {
    "errors": ("DialogueError", "DialogueRuntimeError", "FlagError", "RunnerError",
               "ScriptError", "ScriptErrors", "SourceLocation"),
    "events": ("Choice", "Command", "End", "Event", "Line", "OptionView"),
    "flags": ("FlagDecl", "FlagStore", "load_declarations"),
    "inspect": ("Inventory", "inspect_program"),
    "interpreter": ("DialogueRunner",),
    "program": ("Program", "compile_sources"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'game.dialogue' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"game.dialogue.{module}"), name)


__all__ = [
    "Choice",
    "Command",
    "DialogueError",
    "DialogueRunner",
    "DialogueRuntimeError",
    "End",
    "Event",
    "FlagDecl",
    "FlagError",
    "FlagStore",
    "Inventory",
    "Line",
    "OptionView",
    "Program",
    "RunnerError",
    "ScriptError",
    "ScriptErrors",
    "SourceLocation",
    "compile_sources",
    "inspect_program",
    "load_declarations",
]
