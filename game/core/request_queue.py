"""The queue scenes post requests into (`game.core.requests` holds what they post).

Apart from the requests themselves so that building the game context, which holds the
queue, does not create the seventeen request classes: the title posts none, so they
are first imported with the first request (docs/PERFORMANCE.md, "Startup").
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.core.requests import Request


class RequestQueue:
    """First in, first out; the flow drains it once after every logic step."""

    def __init__(self) -> None:
        self._queue: deque[Request] = deque()

    def post(self, request: Request) -> Request:
        self._queue.append(request)
        return request

    def drain(self) -> list[Request]:
        """Everything asked so far, oldest first; the queue is empty afterwards."""
        taken = list(self._queue)
        self._queue.clear()
        return taken

    def __len__(self) -> int:
        return len(self._queue)
