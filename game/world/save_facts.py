"""The world's answers to a save's questions (``game.persistence.rules.WorldFacts``).

A save is only "ok" in the Load menu if it would load, so its map is read with the
real loader (the same one a load uses) and its position, spawn and characters are
checked against the result. Maps are read once per file version: the menu lists four
slots and their backups, usually on the same map; and a map the world has loaded is
not read again (`remember`): an autosave at a door checks the save it keeps as the
backup, which names the map just left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.content import Content
from game.core.errors import GameError
from game.persistence.errors import SaveDamaged
from game.persistence.rules import MapFacts
from game.world.loader import load_map, resolve_map_path


@dataclass
class SaveFacts:
    """Implements ``WorldFacts`` from the maps folder and the loaded content."""

    maps_dir: Path
    content: Content
    _maps: dict[tuple[Path, int], MapFacts | str] = field(default_factory=dict)

    def map_facts(self, name: str) -> MapFacts:
        path = resolve_map_path(self.maps_dir, name)
        try:
            key = (path, path.stat().st_mtime_ns)
        except OSError:
            raise SaveDamaged(f"map '{name:.60}' is not part of this version of the game") \
                from None
        found = self._maps.get(key)
        if found is None:
            found = self._read(path)
            self._maps[key] = found
        if isinstance(found, str):
            raise SaveDamaged(f"map '{name:.60}' cannot be loaded: {found}")
        return found

    def remember(self, path: Path, stamp: int, facts: MapFacts) -> None:
        """A map the world loaded: the same loader read the same file version, so its
        size and spawns are what `_read` would find (and a file changed since has
        another stamp, so it is read again)."""
        self._maps.setdefault((path, stamp), facts)

    def knows_character(self, character: str) -> bool:
        return character in self.content.characters

    def knows_speaker(self, name: str) -> bool:
        return self.content.speaker(name) is not None

    def knows_lighting(self, mode: str) -> bool:
        return mode in self.content.lighting

    def _read(self, path: Path) -> MapFacts | str:
        try:
            data = load_map(path, self.content.palette)
        except GameError as err:
            return str(err)
        width, height = data.pixel_size
        return MapFacts(float(width), float(height), frozenset(data.spawns))
