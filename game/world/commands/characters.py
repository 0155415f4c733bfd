"""Character commands: who stands where, faces whom, walks, appears and follows."""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from game.world.character import Character, PathMove
from game.world.commands.params import Cast, Direction, Either, Number, Spot, Switch, Tile, Who
from game.world.commands.registry import Command, command
from game.world.model import Facing
from game.world.pathfind import route
from game.world.waits import Wait, WaitWalk

if TYPE_CHECKING:
    from game.world.stage import Stage

MAX_WALK_STEPS = 3600  # a minute: no scripted walk is longer; one that is has gone wrong
FAST_WALK = 4  # --fast: scripted walks four times quicker (tests, writers' reruns)


def face(stage: Stage, who: Character, toward: Facing | Character) -> None:
    """Turn a character up, down, left or right, or towards someone."""
    if isinstance(toward, Facing):
        who.facing = toward
        return
    who.facing = Facing.from_vector(toward.x - who.x, toward.y - who.y, who.facing)


def move(stage: Stage, who: Character, to: tuple[float, float], speed: float,
         wait: bool) -> Wait | None:
    """Walk to a tile or a Spawn, around walls when the straight way is blocked; the
    script waits for the walk unless wait=false. A walk that cannot arrive in twice
    its time ends with the walker placed at the target (and a warning in the log)."""
    step = speed * (FAST_WALK if stage.fast and not paced(stage, who) else 1)
    via = route(stage.world.collision, (who.x, who.y), to)
    who.path = PathMove(to, step, via=via, budget=walk_budget((who.x, who.y), via, to, step))
    return WaitWalk(who) if wait else None


def teleport(stage: Stage, who: Character, to: tuple[float, float]) -> None:
    """Place a character at a tile or a Spawn at once."""
    who.x, who.y = to
    who.path = None


def show(stage: Stage, who: Character) -> None:
    """Make a hidden character appear."""
    who.visible = True


def hide(stage: Stage, who: Character) -> None:
    """Make a character vanish (walked off, left the room)."""
    who.visible = False


def follow(stage: Stage, name: str) -> None:
    """The character walks behind the player, through doors too, until `<<unfollow>>`."""
    info = stage.content.speaker(name)
    assert info is not None  # Cast resolved it
    stage.world.attach_follower(name, info.id)
    if name not in stage.session.followers:
        stage.session.followers.append(name)


def unfollow(stage: Stage, name: str) -> None:
    """The character stops following and stays where they are."""
    stage.world.detach_follower(name)
    if name in stage.session.followers:
        stage.session.followers.remove(name)


def paced(stage: Stage, who: Character) -> bool:
    """True when a stay-near rule (`<<watch>>`) has the player keep pace with WHO."""
    watch = stage.session.watch
    if watch is None:
        return False
    return stage.world.find(watch[0]) is who


def at_written_speed(walker: Character) -> None:
    """--fast quickens scripted walks, but not one the player must keep pace with (a
    stay-near rule, a stealth follow): Lena could never stay on the heels of a leader
    walking four times her speed, and a --fast run would not be the game a player
    plays (Act Two's watch raised the Queen's suspicion by two under --fast only)."""
    walk = walker.path
    if walk is not None and not walk.done:
        walk.speed /= FAST_WALK
        if walk.budget is not None:
            walk.budget *= FAST_WALK


def walk_budget(start: tuple[float, float], via: list[tuple[float, float]],
                end: tuple[float, float], step: float) -> int:
    """Steps a walk may take: twice its length at its speed, plus two seconds."""
    points = [start, *via, end]
    length = sum(math.dist(a, b) for a, b in itertools.pairwise(points))
    return min(MAX_WALK_STEPS, math.ceil(length / step) * 2 + 120)


def _walk_options() -> list[Number | Switch]:
    return [Number("speed", 0.1, 8, default=1.0, unit="pixels a step"),
            Switch("wait", default=True)]


COMMANDS: tuple[Command, ...] = (
    command("face", face, Who(), Either("DIRECTION|OTHER", Direction(), Who("OTHER"),
                                        key="toward")),
    command("move", move, Who(), Tile(), alt=[(Who(), Spot())], options=_walk_options()),
    command("teleport", teleport, Who(), Tile(), alt=[(Who(), Spot())]),
    command("show", show, Who()),
    command("hide", hide, Who()),
    command("follow", follow, Cast("WHO")),
    command("unfollow", unfollow, Cast("WHO")),
)
