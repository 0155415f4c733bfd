"""Play a node to its end with scripted choices: for tests, previews and the linter.

Writers and tests describe a playthrough as "start here, pick 1 then 0"; this turns that
into the list of events a player would see.
"""

from __future__ import annotations

from collections.abc import Iterable

from game.dialogue.errors import RunnerError
from game.dialogue.events import Choice, End, Event
from game.dialogue.interpreter import DialogueRunner

MAX_EVENTS = 10_000


def play(runner: DialogueRunner, node: str, choices: Iterable[int] = ()) -> list[Event]:
    """Events from ``node`` to ``End``, answering each ``Choice`` from ``choices`` in order.

    Raises ``RunnerError`` if a choice comes up with no index left to answer it.
    """
    picks = iter(choices)
    runner.start(node)
    events: list[Event] = []
    for _ in range(MAX_EVENTS):
        event = runner.advance()
        events.append(event)
        if isinstance(event, End):
            return events
        if isinstance(event, Choice):
            pick = next(picks, None)
            if pick is None:
                raise RunnerError(f"no choice left to answer {event.options}")
            runner.choose(pick)
    raise RunnerError(f"{node} produced over {MAX_EVENTS} events")
