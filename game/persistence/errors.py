"""The one error a save can raise, shared by the reader and the migration chain."""

from __future__ import annotations


class SaveDamaged(Exception):
    """A save that cannot be loaded; ``reason`` is a plain sentence for the player.

    Menus show the reason next to the slot ("the file is empty"), so it names the
    problem in words, never as a traceback.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SlotEmpty(SaveDamaged):
    """Reading a slot that holds no save (a ``SaveDamaged`` so one ``except`` does)."""
