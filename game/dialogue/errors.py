"""Errors of the dialogue language, each pointing at a place in a script.

Writers fix scripts from the message alone, so every parse and runtime error carries
``path:line:col`` and a plain sentence. Parsing collects many errors into one
``ScriptErrors`` so a writer sees all typos in one run instead of one per run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class SourceLocation(NamedTuple):
    """A 1-based line and column in a script file."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class DialogueError(Exception):
    """Base class of every error raised by the dialogue package."""


class ScriptError(DialogueError):
    """A mistake in a script, found while parsing (or, for subclasses, while running)."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        super().__init__(f"{path}:{line}:{column}: {message}")

    @classmethod
    def at(cls, location: SourceLocation, message: str) -> ScriptError:
        """Build the error from a location (saves repeating three fields)."""
        return cls(location.path, location.line, location.column, message)

    @property
    def location(self) -> SourceLocation:
        return SourceLocation(self.path, self.line, self.column)


class ScriptErrors(ScriptError):
    """Several script errors at once; located at the first, ``str`` lists them all.

    It subclasses ``ScriptError`` so callers that catch one kind catch both.
    """

    def __init__(self, errors: Sequence[ScriptError]) -> None:
        if not errors:
            raise ValueError("ScriptErrors needs at least one error")
        ordered = sorted(errors, key=lambda e: (e.path, e.line, e.column))
        first = ordered[0]
        super().__init__(first.path, first.line, first.column, first.message)
        self.errors: tuple[ScriptError, ...] = tuple(ordered)
        self.args = ("\n".join(str(e) for e in ordered),)

    def __str__(self) -> str:
        return self.args[0]


class DialogueRuntimeError(ScriptError):
    """A script fault only visible while running (a type clash, a missing node)."""


class RunnerError(DialogueError):
    """The game used the runner wrongly (``choose`` with no choice pending, unknown start)."""


class FlagError(DialogueError):
    """An undeclared flag, a value of the wrong type, or a bad declaration or save."""
