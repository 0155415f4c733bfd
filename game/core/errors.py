"""Errors a player or a map maker may see, each with a plain message."""

from __future__ import annotations


class GameError(Exception):
    """Base for errors that are reported to the person, never as a traceback."""


class AssetMissing(GameError):
    """A file the game needs is not where it should be."""


class ContentError(GameError):
    """Content (a map, a script, a data file) is broken; the message says where."""
