"""A follower keeps about a tile behind the leader, through corners, turns and doors,
and never stands inside the leader."""

from __future__ import annotations

import math

from game.core.actions import Action, InputState
from game.world.character import MIN_GAP
from game.world.scene import WorldScene
from tests.story.pilot import start_game


def hold(action: Action) -> InputState:
    return InputState(frozenset({action}), frozenset(), frozenset())


def test_a_follower_keeps_its_gap_over_a_replayed_follow(display) -> None:
    game = start_game("grand_hall", "from_garden", 1, "kara")
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene)
    game.step()
    world = scene.world
    assert world is not None
    follower = world.attach_follower("Lena", "lena")
    world.place_player(world.player.x, world.player.y, world.player.facing)
    # up the hall, a corner, then straight back into the follower, then a corner again
    plan = ([Action.UP] * 90 + [Action.RIGHT] * 60 + [Action.LEFT] * 80 + [Action.DOWN] * 40
            + [Action.UP] * 60)
    gaps: list[float] = []
    for action in plan:
        game.replay = None
        scene.update(hold(action))
        p = world.player
        assert not p.feet_rect().colliderect(follower.feet_rect()), "inside the leader"
        gaps.append(math.hypot(follower.x - p.x, follower.y - p.y))
    assert min(gaps) >= MIN_GAP - 1.5
    walking = gaps[30:]
    assert max(walking) <= 26  # never left behind (about a tile and a half at most)
    assert sum(walking) / len(walking) >= 14  # about a tile, not a body's width


def test_a_follower_placed_by_a_door_stands_a_tile_away(display) -> None:
    game = start_game("grand_hall", "from_garden", 1, "kara")
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene)
    game.step()
    world = scene.world
    assert world is not None
    follower = world.attach_follower("Lena", "lena")
    p = world.player
    world.place_player(p.x, p.y, p.facing)
    assert math.hypot(follower.x - p.x, follower.y - p.y) >= 15.9
    assert not p.feet_rect().colliderect(follower.feet_rect())


def test_two_followers_walk_in_file_and_never_overlap(display) -> None:
    game = start_game("grand_hall", "from_garden", 1, "kara")
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene)
    game.step()
    world = scene.world
    assert world is not None
    first = world.attach_follower("Lena", "lena")
    second = world.attach_follower("Alex", "alex")
    world.place_player(world.player.x, world.player.y, world.player.facing)
    for action in [Action.UP] * 90 + [Action.RIGHT] * 50 + [Action.DOWN] * 30:
        scene.update(hold(action))
        rects = [world.player.feet_rect(), first.feet_rect(), second.feet_rect()]
        assert not any(a.colliderect(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert math.hypot(second.x - first.x, second.y - first.y) >= MIN_GAP - 1.5
