"""Poses and props: how characters stand, kneel and embrace, and what they hold.

Poses are data (`assets/data/poses.json`): `<<pose Alex kneel>>` shows a pose's
frame until the character walks or `<<pose Alex none>>`. Items are data too
(`assets/data/items.json`): `<<hold Lena vase>>` puts one in a character's hands,
taking it off the map when a Prop with that `item` stands there, and `<<drop Lena>>`
puts it back where it came from (or on a Spawn).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.core.errors import ContentError
from game.world.character import Character, Held
from game.world.commands.params import Choice, Direction, Name, Spot, Who
from game.world.commands.registry import Command, command
from game.world.model import CROWD_BEHAVIOURS, Facing

if TYPE_CHECKING:
    from game.world.stage import Stage

PAIR_GAP = {"hands": 14, "hug": 9}  # feet apart: hands meet / arms round each other


def set_pose(stage: Stage, who: Character, pose: str) -> None:
    """Give `who` a pose of assets/data/poses.json, or end it with `none`."""
    if pose == "none":
        who.pose = None
        return
    who.pose = stage.content.poses.poses[pose]
    who.pose_step = who.pose_tick = 0  # a new pose starts on its first frame
    who.path = None
    who.moving = False


def pose(stage: Stage, who: Character, name: str, facing: Facing | None) -> None:
    """Strike a pose (kneel, sit, sit_floor, lie, bow, salute, hold, raise,
    arms_crossed, slump, cheer, pushup, ...) facing FACING if given; `none` ends it.
    Walking ends it too. A pose with a beat (cheer, pushup) keeps moving while held."""
    if facing is not None:
        who.facing = facing
    set_pose(stage, who, name)


def pose_pair(stage: Stage, who: Character, other: Character, kind: str) -> None:
    """Two characters together: `hands` stands OTHER at WHO's right, side by side,
    hands joined (both facing the way WHO faces, down or up); `hug` stands them
    face to face in an embrace (WHO on the left)."""
    if kind == "hands":
        facing = who.facing if who.facing in (Facing.UP, Facing.DOWN) else Facing.DOWN
        who.facing = other.facing = facing
        _place(other, who.x + PAIR_GAP["hands"], who.y)
        set_pose(stage, who, "hand_right")
        set_pose(stage, other, "hand_left")
        return
    who.facing, other.facing = Facing.RIGHT, Facing.LEFT
    _place(other, who.x + PAIR_GAP["hug"], who.y)
    set_pose(stage, who, "hug")
    set_pose(stage, other, "hug")


def _place(ch: Character, x: float, y: float) -> None:
    ch.x, ch.y = x, y
    ch.path = None
    ch.moving = False


def hold(stage: Stage, who: Character, item: str) -> None:
    """Put ITEM (assets/data/items.json) in WHO's hands. If a Prop with that `item`
    stands on the map (the nearest one), it is picked up and leaves its table. What
    the player and followers hold goes with them through doors and into saves."""
    world = stage.world
    source = min((p for p in world.props if p.item == item),
                 key=lambda p: math.dist((p.x, p.y), (who.x, who.y)), default=None)
    if source is not None:
        world.take_prop(source)
    who.held = Held(item, stage.item_image(item), stage.content.poses.carry, source)
    if "hold" in stage.content.poses.poses:
        set_pose(stage, who, "hold")


def drop(stage: Stage, who: Character, to: tuple[float, float] | None = None) -> None:
    """WHO puts down what they hold: back on the table it came from, or on a Spawn
    (SPAWN), where it stays as a prop; an item that came from no prop on this map and
    has no SPAWN is put away out of sight."""
    held = who.held
    if held is None:
        raise ContentError(f"{who.name} holds nothing to drop")
    who.held = None
    if who.pose is not None and who.pose.name in ("hold", "raise"):
        who.pose = None
    stage.world.put_item(held, to)


def crowd(stage: Stage, name: str, behaviour: str) -> None:
    """Switch a Crowd's idle: `mingle`, `face` (its focus), `cheer`, `kneel`, `bow`
    (the whole room kneels at once)."""
    found = stage.world.crowds.get(name)
    if found is None:
        known = ", ".join(sorted(stage.world.crowds)) or "none"
        raise ContentError(f"no crowd '{name}' here (crowds on this map now: {known})")
    found.set_behaviour(behaviour)


def refresh_props(stage: Stage) -> None:
    """Show and hide this map's props and `when` tile layers by the flags as they are
    now, in the middle of a scene (they otherwise change when it ends): set the flag,
    then refresh, and the jammed drones fall the moment the jam lands. People are not
    changed."""
    stage.world.refresh_props()


COMMANDS: tuple[Command, ...] = (
    command("pose", pose, Who(),
            Name("POSE", "pose", key="name", silence=("none",),
                 about="a pose of assets/data/poses.json"),
            Direction("FACING", key="facing", default=None)),
    command("pose_pair", pose_pair, Who(), Who("OTHER", key="other"),
            Choice("KIND", ("hands", "hug"), key="kind")),
    command("hold", hold, Who(),
            Name("ITEM", "item", key="item", about="an item of assets/data/items.json")),
    command("drop", drop, Who(), alt=[(Who(), Spot())]),
    command("crowd", crowd, Name("CROWD", "crowd", key="name", about="a Crowd on this map"),
            Choice("BEHAVIOUR", CROWD_BEHAVIOURS, key="behaviour")),
    command("refresh_props", refresh_props),
)
