"""The state of one playthrough that is not a story flag: where the player is,
who they play, which one-shot triggers have fired, what has been read.

Story flags live in the FlagStore; a save is this plus the flags.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Staged:
    """How the last scene left one of the map's own characters (not the travellers):
    its pose ("" for none), feet, facing and whether it shows. A save keeps it, so
    James doing push-ups behind glass is still doing them after a load."""

    pose: str
    x: float
    y: float
    facing: str
    visible: bool = True


@dataclass
class Session:
    map_name: str
    spawn: str | None = None
    position: tuple[float, float] | None = None  # overrides spawn when restoring
    facing: str = "down"
    # Who the player plays: a new game takes it from content.json's start entry.
    player_character: str = field(kw_only=True)
    journal: str = ""
    act: str = ""
    fired_triggers: set[str] = field(default_factory=set)  # "map:object_id"
    seen_lines: set[str] = field(default_factory=set)
    play_steps: int = 0
    followers: list[str] = field(default_factory=list)  # characters walking behind the player
    meters: list[tuple[str, str]] = field(default_factory=list)  # (flag, label) HUD bars
    watch: tuple[str, int, str] | None = None  # (who, distance px, flag) stay-near rule
    lighting: str = ""  # a cutscene's lighting on the current map; "" = the map's own
    # What the player ("player") and the followers hold and how they stand, by name:
    # a carried tray crosses doors and saves (game/world/carry.py keeps these).
    held: dict[str, str] = field(default_factory=dict)
    poses: dict[str, str] = field(default_factory=dict)
    # Who wears which outfit, by base id ({"lena": "lena_servant"}): game/world/wardrobe.py.
    outfits: dict[str, str] = field(default_factory=dict)
    # The map characters a scene re-staged (posed, moved, turned, shown or hidden), by
    # Name, and the crowds it switched (kneeling, cheering), on map `staged_map`:
    # game/world/restage.py keeps these for saves.
    staged_map: str = ""
    staged: dict[str, Staged] = field(default_factory=dict)
    staged_crowds: dict[str, str] = field(default_factory=dict)

    def trigger_key(self, map_name: str, object_id: int) -> str:
        return f"{map_name}:{object_id}"
