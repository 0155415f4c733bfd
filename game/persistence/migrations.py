"""Upgrade old save layouts one version at a time, up to ``SAVE_VERSION``.

Each entry of ``MIGRATIONS`` turns version v into v+1 and nothing else, so a save
from any older build walks the chain and the reader only knows the newest layout.
When the layout changes: bump ``SAVE_VERSION``, add one function here, and add a
test that loads a file written in the old layout.

Version 0 is the pre-release layout (the demo builds): one flat object with short
names, positions as separate ``x``/``y``, flags as a flat mapping without node
visits, and the time as Unix seconds. Version 1 splits a save into ``summary`` (what
the Load menu shows), ``session`` and ``flags`` (``FlagStore.to_json()``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from game.persistence.errors import SaveDamaged

SAVE_VERSION = 1
PRE_RELEASE_GAME_VERSION = "pre-release"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v0_to_v1(old: dict[str, Any]) -> dict[str, Any]:
    """Pre-release demo saves -> the first release layout."""
    has_xy = "x" in old and "y" in old
    saved = old.get("saved", 0)
    if isinstance(saved, bool) or not isinstance(saved, (int, float)):
        raise SaveDamaged(f"field 'saved' should be a time in seconds, not {saved!r:.40}")
    return {
        "version": 1,
        "game_version": PRE_RELEASE_GAME_VERSION,
        "saved_at": datetime.fromtimestamp(saved, timezone.utc).isoformat(),
        # Demo builds had no map titles; the map's name is the best we have.
        "summary": {"act": old.get("act", ""), "map_title": old.get("map", "")},
        "session": {
            "map_name": old.get("map"),
            "spawn": old.get("spawn"),
            "position": [old["x"], old["y"]] if has_xy else None,
            "facing": old.get("facing", "down"),
            # A fact of the demo layout, not the current start (content.json): the demo
            # only ever played Kara, whatever a new game starts as today.
            "player_character": old.get("hero", "kara"),
            "journal": old.get("journal", ""),
            "act": old.get("act", ""),
            "fired_triggers": old.get("triggers", []),
            "seen_lines": old.get("seen", []),
            "play_steps": old.get("steps", 0),
            # Followers, HUD meters and stay-near rules came after the demo.
            "followers": [],
            "meters": [],
            "watch": None,
            "lighting": "",
        },
        "flags": {"version": 1, "flags": old.get("flags", {}), "visits": {}},
    }


MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1}


def migrate(data: dict[str, Any], chain: dict[int, Migration] | None = None,
            target: int = SAVE_VERSION) -> dict[str, Any]:
    """``data`` in the ``target`` layout, or ``SaveDamaged`` saying why not.

    A version above ``target`` was written by a newer game: refusing it with a clear
    reason beats guessing at fields this build has never heard of.
    """
    chain = MIGRATIONS if chain is None else chain
    if "version" not in data:
        raise SaveDamaged("field 'version' is missing")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise SaveDamaged(f"field 'version' should be a whole number, not {version!r:.40}")
    if version > target:
        raise SaveDamaged(f"saved by a newer version ({version}) of the game")
    while version < target:
        step = chain.get(version)
        if step is None:
            raise SaveDamaged(f"unknown save version ({version})")
        try:
            data = step(data)
        except SaveDamaged:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as err:
            raise SaveDamaged(f"could not upgrade a version {version} save ({err})") from None
        if data.get("version") != version + 1:
            raise SaveDamaged(f"could not upgrade a version {version} save")
        version += 1
    return data
