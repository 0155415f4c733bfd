"""Decoding the next music track off the main thread.

SDL_mixer decodes a whole Ogg into memory when a Sound is made: for a three-minute
track that is a few hundred milliseconds on a quiet machine (seconds on a busy
one), and it used to land in the middle of a cutscene as a frozen frame when a
`<<music>>` line changed the score. A cutscene now names its first track when it
starts; this decodes it in a daemon thread (pygame releases the GIL while SDL
decodes) and hands it over when the track is played. Nothing here touches the
logic step, so replays stay identical with or without it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pygame

log = logging.getLogger(__name__)


class Prefetch:
    """At most one track being decoded or waiting to be played (each is megabytes)."""

    def __init__(self, decode: Callable[[str], pygame.mixer.Sound]) -> None:
        self._decode = decode
        self._lock = threading.Lock()
        self._file = ""
        self._thread: threading.Thread | None = None
        self._sound: pygame.mixer.Sound | None = None

    @property
    def pending(self) -> str:
        """The file being decoded or decoded and not yet taken ("" when none)."""
        return self._file

    def start(self, file: str) -> None:
        if file == self._file:
            return
        self._file, self._sound = file, None  # an earlier one not taken is dropped
        thread = threading.Thread(target=self._run, args=(file,), daemon=True,
                                  name=f"prefetch {file}")
        self._thread = thread
        thread.start()

    def take(self, file: str) -> pygame.mixer.Sound | None:
        """The decoded `file` (waiting for the thread if it is still at work), or None
        when it was not prefetched or could not be decoded (the caller loads it and
        reports the error the usual way)."""
        if file != self._file or self._thread is None:
            return None
        self._thread.join()
        with self._lock:
            sound, self._sound = self._sound, None
        self._file, self._thread = "", None
        return sound

    def settle(self) -> None:
        """Wait for a decode still at work: the mixer must not be closed under it."""
        thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self, file: str) -> None:
        try:
            sound = self._decode(file)
        except Exception as err:  # reported again, with context, by the synchronous load
            log.debug("prefetching %s failed: %s", file, err)
            return
        with self._lock:
            if self._file == file:
                self._sound = sound
