"""Pose and item registries: `assets/data/poses.json` and `assets/data/items.json`.

A pose is a name scripts write (`<<pose Alex kneel>>`) and where its frames sit in
every character sheet (rows below the walk block, a column per facing); an item is
a held-prop sprite in the items strip. Both are data, so a new pose is a drawing in
`tools/art/character_poses.py` plus an entry here, and a new item a drawing plus an
entry; the art generator and the game read the same parsed tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from game.core.assets import AssetResolver
from game.core.datafile import Entry, choice
from game.core.json_places import LazyPlaces, Place

FACINGS = ("down", "left", "right", "up")  # sheet column order (game.world.model.Facing)
POSES_FILE = "assets/data/poses.json"
ITEMS_FILE = "assets/data/items.json"
MAX_ROWS = 64  # sheet rows: far more than any cast needs; a bigger number is a typo
ANCHOR_LO, ANCHOR_HI = -16, 48  # an item anchor stays near its 16x32 frame
BEAT_MIN, BEAT_MAX = 2, 240  # logic steps a frame of a held pose shows (60 a second)


@dataclass(frozen=True)
class Anchor:
    """Where a held item's centre sits in a frame, and whether the body hides it."""

    x: int
    y: int
    behind: bool = False


@dataclass(frozen=True)
class PoseDef:
    name: str
    row: int  # first sheet row
    directions: tuple[str, ...]  # facings drawn, in sheet-column terms
    frames: int = 1
    items: Mapping[str, Anchor] = field(default_factory=dict)
    beat: int = 0  # steps per frame while held (0: a still pose, frame 0 only)

    def column(self, facing: str) -> int:
        """Sheet column for a facing; one the pose lacks falls back to its first."""
        return FACINGS.index(facing if facing in self.directions else self.directions[0])


@dataclass(frozen=True)
class PoseTable:
    poses: Mapping[str, PoseDef]
    carry: Mapping[str, Anchor]  # a held item while walking or standing unposed

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.poses)

    @property
    def rows(self) -> int:
        """Sheet rows every character sheet has (walk block plus poses)."""
        return max([4, *(p.row + p.frames for p in self.poses.values())])


def _anchors(entry: Entry) -> Mapping[str, Anchor]:
    out: dict[str, Anchor] = {}
    for facing, value in entry.items():
        if facing not in FACINGS:
            raise value.error(f"'{facing}' is not a facing ({', '.join(FACINGS)})")
        parts = list(value.elements(3))
        if len(parts) < 2:
            raise value.error("expected [x, y] or [x, y, \"behind\"]")
        behind = len(parts) == 3 and choice(parts[2], ("behind",)) == "behind"
        out[facing] = Anchor(parts[0].integer(ANCHOR_LO, ANCHOR_HI),
                             parts[1].integer(ANCHOR_LO, ANCHOR_HI), behind)
    return MappingProxyType(out)


def load_poses(assets: AssetResolver, source: str = POSES_FILE) -> PoseTable:
    """The pose table of a data file, a mistake named by file, line and column (the
    game and the linter both read it so)."""
    return parse_poses(assets.json(source), source, LazyPlaces(assets.text(source)))


def parse_poses(data: object, source: str = POSES_FILE,
                places: Mapping[str, Place] | None = None) -> PoseTable:
    """The checked pose table; rows may not overlap the walk block or each other."""
    top = Entry(source, data, "", places).as_object({"about", "poses", "carry"},
                                                    ("poses", "carry"))
    poses: dict[str, PoseDef] = {}
    taken: dict[int, str] = {}
    for name, entry in top.get("poses").items():
        entry.as_object({"row", "directions", "frames", "item", "beat"}, ("row", "directions"))
        if not name.replace("_", "").isalnum() or name == "none":
            raise entry.error(f"'{name}' is not a usable pose name")
        row = entry.get("row").integer(4, MAX_ROWS)
        frames = entry.get("frames").integer(1, 8) if entry.has("frames") else 1
        directions = tuple(choice(d, FACINGS) for d in entry.get("directions").elements(4))
        if not directions:
            raise entry.error("a pose needs at least one direction")
        for r in range(row, row + frames):
            if r in taken:
                raise entry.error(f"sheet row {r} is already pose '{taken[r]}'")
            taken[r] = name
        items = _anchors(entry.get("item")) if entry.has("item") else MappingProxyType({})
        beat = 0
        if entry.has("beat"):  # a beat on a one-frame pose would be a silent no-op
            beat = entry.get("beat").integer(BEAT_MIN, BEAT_MAX)
            if frames < 2:
                raise entry.get("beat").error("a beat needs a pose of 2 or more frames")
        poses[name] = PoseDef(name, row, directions, frames, items, beat)
    return PoseTable(MappingProxyType(poses), _anchors(top.get("carry")))


@dataclass(frozen=True)
class ItemDef:
    name: str
    frame: int  # index in the strip; a map Prop with `item` = name is this item


@dataclass(frozen=True)
class ItemTable:
    strip: str
    size: int
    items: Mapping[str, ItemDef]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.items)


def parse_items(data: object, source: str = ITEMS_FILE) -> ItemTable:
    top = Entry(source, data).as_object({"about", "strip", "size", "items"},
                                        ("strip", "size", "items"))
    items: dict[str, ItemDef] = {}
    for name, entry in top.get("items").items():
        if not name.replace("_", "").isalnum():
            raise entry.error(f"'{name}' is not a usable item name")
        items[name] = ItemDef(name, entry.integer(0, 255))
    frames = [i.frame for i in items.values()]
    if len(set(frames)) != len(frames):
        raise top.get("items").error("two items share one frame of the strip")
    return ItemTable(top.get("strip").text(200), top.get("size").integer(8, 32),
                     MappingProxyType(items))


EMPTY_POSES = PoseTable(MappingProxyType({}), MappingProxyType({}))
EMPTY_ITEMS = ItemTable("", 16, MappingProxyType({}))
