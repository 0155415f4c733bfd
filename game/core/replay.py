"""Input scripts: frame-stamped actions, for replays, tests and bug reports.

Format (UTF-8 text, one entry a line, `#` starts a comment):

    # frame  +action | -action
    0   +right      # hold right from logic step 0
    40  -right      # let go at step 40
    41  +confirm
    42  -confirm

`+` presses and holds an action, `-` lets it go. Frames never go backwards.
`--record FILE` writes this format, `--input FILE` plays it; live input takes
over once the script is used up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.core.actions import Action, InputState
from game.core.errors import GameError


class InputScriptError(GameError):
    """An input script line that cannot be read; the message has file:line."""


@dataclass(frozen=True)
class InputEvent:
    frame: int
    action: Action
    down: bool


def parse_script(text: str, source: str = "<input>") -> list[InputEvent]:
    events: list[InputEvent] = []
    last = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"{source}:{number}"
        parts = line.split()
        if len(parts) != 2:
            raise InputScriptError(f"{where}: expected 'FRAME +action' or 'FRAME -action'")
        frame_text, change = parts
        if not frame_text.isdigit():
            raise InputScriptError(f"{where}: frame must be a whole number, not {frame_text!r}")
        frame = int(frame_text)
        if frame < last:
            raise InputScriptError(f"{where}: frame {frame} comes before frame {last}")
        if change[:1] not in "+-" or len(change) < 2:
            raise InputScriptError(f"{where}: write +action to press or -action to release")
        try:
            action = Action.parse(change[1:])
        except ValueError as err:
            raise InputScriptError(f"{where}: {err}") from None
        events.append(InputEvent(frame, action, change[0] == "+"))
        last = frame
    return events


def load_script(path: Path) -> list[InputEvent]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputScriptError(f"cannot read input script {path}: {err.strerror}") from None
    return parse_script(text, str(path))


def format_script(events: list[InputEvent]) -> str:
    lines = ["# Red Sun over Daxam input script: FRAME +action|-action"]
    for ev in events:
        lines.append(f"{ev.frame} {'+' if ev.down else '-'}{ev.action.value}")
    return "\n".join(lines) + "\n"


class ReplaySource:
    """Yields the scripted InputState for each logic step."""

    def __init__(self, events: list[InputEvent]) -> None:
        self._events = events
        self._index = 0
        self._held: set[Action] = set()

    @property
    def finished(self) -> bool:
        return self._index >= len(self._events)

    def state_for(self, frame: int) -> InputState:
        pressed: set[Action] = set()
        released: set[Action] = set()
        while self._index < len(self._events) and self._events[self._index].frame <= frame:
            ev = self._events[self._index]
            self._index += 1
            if ev.down:
                if ev.action not in self._held:
                    pressed.add(ev.action)
                self._held.add(ev.action)
            elif ev.action in self._held:
                self._held.discard(ev.action)
                released.add(ev.action)
        return InputState(frozenset(self._held), frozenset(pressed), frozenset(released))


class Recorder:
    """Turns the per-step states into script events."""

    def __init__(self) -> None:
        self.events: list[InputEvent] = []
        self._held: frozenset[Action] = frozenset()

    def record(self, frame: int, state: InputState) -> None:
        """Write the changes of one step. A press within a held action (released and
        pressed again between two steps) and a tap shorter than a step both
        replay exactly, because ReplaySource applies same-frame events in order."""
        for action in sorted(state.pressed, key=lambda a: a.value):
            if action in self._held:
                self.events.append(InputEvent(frame, action, False))
            self.events.append(InputEvent(frame, action, True))
        for action in sorted((self._held | state.pressed) - state.held, key=lambda a: a.value):
            self.events.append(InputEvent(frame, action, False))
        self._held = state.held

    def save(self, path: Path) -> None:
        path.write_text(format_script(self.events), encoding="utf-8")
