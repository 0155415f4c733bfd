"""The save's record of how scenes left the map's own characters (``Session.staged``,
``staged_crowds`` and ``staged_map``).

Kept apart from ``savedata`` so that module stays one reader of one layout; these are
three optional fields of it, added within layout 1 (a save written before them
re-stages nobody). Every value is checked here, so a hand-edited file is "damaged",
never a crash.
"""

from __future__ import annotations

import math
from typing import Any

from game.persistence.errors import SaveDamaged
from game.persistence.rules import MAX_COORDINATE
from game.session import Session, Staged

FIELD = "staged"
MAP_FIELD = "staged_map"
CROWDS_FIELD = "staged_crowds"
MAX_STAGED = 64  # people of one map a save re-stages; our busiest map has about 30
MAX_NAME = 80  # characters of a name, a pose or a map name
FACINGS = ("up", "down", "left", "right")


def staged_to_json(session: Session) -> dict[str, Any]:
    """The session's three fields: the map, the cast by Name and the crowds' idles by
    name (sorted, to diff cleanly)."""
    return {MAP_FIELD: session.staged_map,
            FIELD: {name: {"pose": s.pose, "x": s.x, "y": s.y, "facing": s.facing,
                           "visible": s.visible}
                    for name, s in sorted(session.staged.items())},
            CROWDS_FIELD: dict(sorted(session.staged_crowds.items()))}


def staged_from_json(session: dict[str, Any]
                     ) -> tuple[str, dict[str, Staged], dict[str, str]]:
    """The map, the re-staged cast and crowds of a save's session object; absent is
    nobody."""
    where = session.get(MAP_FIELD, "")
    if not isinstance(where, str) or len(where) > MAX_NAME:
        raise SaveDamaged(f"field '{MAP_FIELD}' should be a map name, not {where!r:.40}")
    cast = session.get(FIELD, {})
    if not isinstance(cast, dict) or len(cast) > MAX_STAGED:
        raise _bad(f"an object of at most {MAX_STAGED} people", cast)
    crowds = session.get(CROWDS_FIELD, {})
    if (not isinstance(crowds, dict) or len(crowds) > MAX_STAGED
            or not all(isinstance(k, str) and isinstance(v, str) and 0 < len(k) <= MAX_NAME
                       and len(v) <= MAX_NAME for k, v in crowds.items())):
        raise SaveDamaged(f"field '{CROWDS_FIELD}' should be an object of at most "
                          f"{MAX_STAGED} crowd names and idles, not {crowds!r:.40}")
    return where, {_name(name): _one(name, entry) for name, entry in cast.items()}, \
        dict(crowds)


def _name(name: object) -> str:
    if not isinstance(name, str) or not name or len(name) > MAX_NAME:
        raise _bad("an object keyed by characters' Names", name)
    return name


def _one(name: str, entry: object) -> Staged:
    where = f".{name}"
    if not isinstance(entry, dict) or set(entry) != {"pose", "x", "y", "facing", "visible"}:
        raise _bad("an object of pose, x, y, facing and visible", entry, where)
    pose, x, y = entry["pose"], entry["x"], entry["y"]
    facing, visible = entry["facing"], entry["visible"]
    if not isinstance(pose, str) or len(pose) > MAX_NAME:
        raise _bad("a pose name or \"\"", pose, where + ".pose")
    for axis, v in (("x", x), ("y", y)):
        if not _coordinate(v):
            raise _bad(f"a number within {MAX_COORDINATE:g} either way", v, f"{where}.{axis}")
    if facing not in FACINGS:
        raise _bad(f"one of {', '.join(FACINGS)}", facing, where + ".facing")
    if not isinstance(visible, bool):
        raise _bad("true or false", visible, where + ".visible")
    return Staged(pose, float(x), float(y), facing, visible)


def _coordinate(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value) and abs(value) <= MAX_COORDINATE
    except OverflowError:  # an int too large for a float
        return False


def _bad(wanted: str, value: object, where: str = "") -> SaveDamaged:
    return SaveDamaged(f"field '{FIELD}{where}' should be {wanted}, not {value!r:.40}")
