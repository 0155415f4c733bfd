"""The one error a save can raise, shared by the reader and the migration chain."""

from __future__ import annotations

import errno


class SaveDamaged(Exception):
    """A save that cannot be loaded; ``reason`` is a plain sentence for the player.

    Menus show the reason next to the slot ("the file is empty"), so it names the
    problem in words, never as a traceback.
    """

    def __init__(self, reason: str) -> None:
        # A reason quotes what the file holds, which may be anything: keep it one
        # printable line however the file was damaged (a newline shows as \n).
        reason = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in reason)
        super().__init__(reason)
        self.reason = reason


class SlotEmpty(SaveDamaged):
    """Reading a slot that holds no save (a ``SaveDamaged`` so one ``except`` does)."""


class SaveUnwritable(OSError):
    """The save folder refused a write (read-only, full, a folder where a file should be).

    The files already there are untouched; ``reason`` is a plain sentence for the menu.
    An ``OSError`` so callers that catch write failures catch this one too.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def write_problem(err: OSError) -> str:
    """A short plain sentence for a failed write, naming the usual causes by their errno.

    No path: it is shown on screen; the log gets the full error with the file name.
    """
    known = {
        errno.EACCES: "the save folder is read-only",
        errno.EPERM: "the save folder is read-only",
        errno.EROFS: "the save folder is on a read-only disk",
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EISDIR: "a folder is in the way of the save file",
        errno.ENOTDIR: "a file is in the way of the save folder",
        errno.EEXIST: "a file is in the way of the save folder",
    }
    return known.get(err.errno or 0) or f"a file could not be written ({err.strerror or err})"
