"""What the runner hands to the game, one event per ``advance()``.

Events are plain frozen values so the dialogue box, the backlog and tests can keep or
compare them without touching the runner.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.dialogue.errors import SourceLocation


@dataclass(frozen=True)
class Line:
    """A spoken line (``speaker`` set) or narration (``speaker`` None), text interpolated."""

    speaker: str | None
    text: str
    tags: tuple[str, ...]
    line_id: str


@dataclass(frozen=True)
class OptionView:
    """One option as the player may see it. Disabled options are hidden by the UI."""

    text: str
    enabled: bool
    tags: tuple[str, ...]
    line_id: str


@dataclass(frozen=True)
class Choice:
    """The player must pick: call ``runner.choose(index)`` before the next ``advance()``.

    Options whose condition is false stay in the tuple with ``enabled=False`` (as in
    Yarn), so indexes match the script and a UI may show them greyed out if it wants.
    """

    options: tuple[OptionView, ...]


@dataclass(frozen=True)
class Command:
    """A game command such as ``<<move Kara 12 7 speed=2>>`` for the game to carry out."""

    name: str
    args: tuple[str, ...]
    kwargs: dict[str, str] = field(hash=False)
    source: SourceLocation


@dataclass(frozen=True)
class End:
    """The dialogue is over (end of node, ``<<stop>>``, or never started)."""


Event = Line | Choice | Command | End
