"""The dialogue language: a documented subset of Yarn Spinner (see docs/DIALOGUE.md).

Pure Python, no pygame and no I/O: ``compile_sources`` turns script texts into a
``Program``, ``DialogueRunner`` plays it against a ``FlagStore``, and ``inspect_program``
lists what scripts refer to for the linter.
"""

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
