"""What a save must agree with before it is called "ok": the game's maps, spawns, people.

Listing a slot and loading it run the same checks, so a slot the menu shows as usable
really loads: a position outside its map, a spawn the map no longer has or a player
character the game does not know is found here, not as a crash after the player picked
the slot. The world side answers the questions (``WorldFacts``); this module stays
pure data, below the world in the layer order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from game.dialogue.flags import FlagDecl
from game.persistence.errors import SaveDamaged
from game.session import Session

# Bounds that hold without knowing the maps: no map of ours is near them, and they keep
# every number a save carries far inside what pygame's rectangles and floats can take.
MAX_COORDINATE = 1_000_000.0  # pixels, either way
MAX_PLAY_STEPS = 60 * 60 * 60 * 24 * 365 * 10  # ten years of play at 60 steps a second
MAX_DISTANCE = 100_000  # a watch rule's distance in pixels
MAX_COUNT = 1_000_000_000  # node visit counts
MAX_TEXT = 10_000  # characters in one text field of the session


@dataclass(frozen=True)
class MapFacts:
    """What a save may refer to on one map: its size in pixels and its spawn names."""

    width: float
    height: float
    spawns: frozenset[str]


class WorldFacts(Protocol):
    """The game's answers to a save's questions (implemented by the world layer)."""

    def map_facts(self, name: str) -> MapFacts:
        """Facts of the map a save names; ``SaveDamaged`` if it is missing or broken."""
        ...

    def knows_character(self, character: str) -> bool:
        """True for a character id the game can draw as the player ("kara")."""
        ...

    def remember(self, path: Path, stamp: int, facts: MapFacts) -> None:
        """The facts of one version (``st_mtime_ns``) of a map file, found by a load
        made anyway (the world's): a save's check need not read that map again."""
        ...

    def knows_speaker(self, name: str) -> bool:
        """True for a character a follower entry may name, by name or id ("Lena")."""
        ...

    def knows_lighting(self, mode: str) -> bool:
        """True for a lighting mode the game defines."""
        ...


def check_session(session: Session, world: WorldFacts | None,
                  declarations: Mapping[str, FlagDecl] | None) -> None:
    """Raise ``SaveDamaged`` if the session could not be restored by this game."""
    if declarations is not None:
        for flag, _label in session.meters:
            if flag not in declarations:
                raise SaveDamaged(f"a meter shows flag '{flag}', which this version of the "
                                  "game does not use")
        if session.watch is not None and session.watch[2] not in declarations:
            raise SaveDamaged(f"a watch rule sets flag '{session.watch[2]}', which this "
                              "version of the game does not use")
    if world is None:
        return
    facts = world.map_facts(session.map_name)
    if session.position is not None:
        x, y = session.position
        if not (0 <= x <= facts.width and 0 <= y <= facts.height):
            raise SaveDamaged(f"the position ({x:g}, {y:g}) is outside map "
                              f"'{session.map_name}' ({facts.width:g} x {facts.height:g})")
    if session.spawn is not None and session.spawn not in facts.spawns:
        raise SaveDamaged(f"map '{session.map_name}' has no spawn named '{session.spawn}'")
    if not world.knows_character(session.player_character):
        raise SaveDamaged(f"the player character '{session.player_character:.40}' is not "
                          "part of this version of the game")
    for follower in session.followers:
        if not world.knows_speaker(follower):
            raise SaveDamaged(f"follower '{follower:.40}' is not part of this version of "
                              "the game")
    if session.lighting and not world.knows_lighting(session.lighting):
        raise SaveDamaged(f"lighting '{session.lighting:.40}' is not part of this version "
                          "of the game")
