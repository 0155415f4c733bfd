"""Whether this player has seen the story to its end: a small JSON marker in the user
data folder, written when the story's credits roll, read when the game starts.

It opens the title's chapter menu (any act can be replayed once the story is known).
It is not part of any save, so deleting saves keeps it, and a damaged marker only
costs the menu: it is read as "not finished" with a note in the log, never an error.
"""

from __future__ import annotations

import json
import logging

from game.persistence.atomic import atomic_write_text
from game.persistence.paths import UserPaths

log = logging.getLogger(__name__)

FINISHED_NAME = "finished.json"
VERSION = 1


def read_finished(paths: UserPaths) -> bool:
    """True when the marker says the story was finished; False when absent or damaged."""
    path = paths.data / FINISHED_NAME
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError) as err:
        log.warning("%s cannot be read (%s); the chapter menu stays hidden", path, err)
        return False
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as err:
        log.warning("%s is damaged (%s); ignored, the chapter menu stays hidden", path, err)
        return False
    if not isinstance(data, dict) or data.get("finished") is not True:
        log.warning("%s does not say the story was finished; ignored", path)
        return False
    return True


def mark_finished(paths: UserPaths) -> bool:
    """Write the marker; returns False (and logs why) when it could not be written."""
    try:
        paths.ensure()
        text = json.dumps({"version": VERSION, "finished": True}, indent=2) + "\n"
        atomic_write_text(paths.data / FINISHED_NAME, text, backup=False)
    except OSError as err:
        log.error("could not note that the story was finished: %s", err)
        return False
    return True
