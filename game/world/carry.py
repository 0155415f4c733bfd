"""What the travellers hold and how they stand, kept in the session.

The player and the followers cross doors and are saved; a tray carried from the
kitchen must still be in Kara's hands in the next room and after a load. The world
is rebuilt on every map change, so before it goes (a door, a save) `remember` writes
the travellers' held items and poses into the session by name, and `restore` gives
them back to the new world. The map's own people are `restage`'s, called from here so
every door and save that remembers the travellers remembers them too. Items and poses
the game no longer knows are dropped quietly: an old save never fails to load over a
tray.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.content_staging import PoseTable
from game.session import Session
from game.world import restage
from game.world.character import Character, Held
from game.world.world import World

PLAYER = "player"  # the session's key for the player (whoever they play)


def travellers(world: World) -> dict[str, Character]:
    """The characters who go with the player through a door: the player and followers."""
    found = {PLAYER: world.player}
    for follower in world.followers:
        found[follower.name] = follower
    return found


def remember(world: World, session: Session) -> None:
    """Write what the travellers hold and how they stand into the session."""
    held: dict[str, str] = {}
    poses: dict[str, str] = {}
    for name, ch in travellers(world).items():
        if ch.held is not None:
            held[name] = ch.held.item
        if ch.pose is not None and not ch.moving:
            poses[name] = ch.pose.name
    session.held = held
    session.poses = poses
    restage.remember(world, session)


def restore(world: World, session: Session, table: PoseTable,
            image: Callable[[str], pygame.Surface], items: set[str]) -> None:
    """Give the travellers of a freshly built world what the session says they hold.
    An item comes from no prop of this map, so putting it down without a place puts
    it away (``<<drop WHO SPAWN>>`` stands it somewhere)."""
    people = travellers(world)
    for name, item in session.held.items():
        ch = people.get(name)
        if ch is not None and item in items:
            ch.held = Held(item, image(item), table.carry, None)
    for name, pose in session.poses.items():
        ch = people.get(name)
        found = table.poses.get(pose)
        if ch is not None and found is not None:
            ch.pose = found
            ch.pose_step = ch.pose_tick = 0
    restage.restore(world, session, table)
