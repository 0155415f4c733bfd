"""Sight lines and suspicion: what a guard sees and how fast the meter moves."""

from __future__ import annotations

import pygame
import pytest

from game.world.collision import CollisionWorld
from game.world.model import Facing
from game.world.stealth import Guard, Moment, SightRules, Suspicion, sees, sight_polygon

RULES = SightRules()


def open_floor(wall_at: tuple[int, int] | None = None) -> CollisionWorld:
    """A 20x20-tile room (16 px tiles), with one solid tile if asked."""
    tiles = [[False] * 20 for _ in range(20)]
    if wall_at is not None:
        tiles[wall_at[1]][wall_at[0]] = True
    return CollisionWorld(tiles, [], 16)


def test_a_guard_sees_ahead_but_not_behind_nor_beyond_reach() -> None:
    room = open_floor()
    eye = (100.0, 160.0)
    assert sees(room, eye, Facing.RIGHT, (160.0, 165.0), RULES)
    assert not sees(room, eye, Facing.RIGHT, (40.0, 160.0), RULES)  # behind
    assert not sees(room, eye, Facing.RIGHT, (100.0 + RULES.reach + 8, 160.0), RULES)
    assert not sees(room, eye, Facing.RIGHT, (130.0, 220.0), RULES)  # off to the side


def test_a_wall_hides_the_player_and_cuts_the_drawn_cone() -> None:
    room = open_floor(wall_at=(8, 10))  # the tile x 128..144, y 160..176
    eye = (100.0, 168.0)
    assert not sees(room, eye, Facing.RIGHT, (170.0, 168.0), RULES)
    cone = sight_polygon(room, eye, Facing.RIGHT, RULES)
    middle = cone[1 + len(cone[1:]) // 2]
    assert middle[0] < 130  # the central ray stops at the wall
    assert max(p[0] for p in cone) > 150  # the rays beside it go on


def meter_after(steps: int, moment: Moment, rules: SightRules = RULES,
                guards: tuple[Guard, ...] = (Guard("g", (100.0, 160.0), Facing.RIGHT),)
                ) -> float:
    room = open_floor()
    meter = Suspicion(rules)
    for _ in range(steps):
        meter.step(room, guards, moment)
    return meter.value


SEEN = (150.0, 160.0)
HIDDEN = (40.0, 160.0)


def test_seen_moving_with_the_head_up_fills_fastest_and_head_down_halves_it() -> None:
    moving = meter_after(30, Moment(SEEN, True, False, None, 64))
    still = meter_after(30, Moment(SEEN, False, False, None, 64))
    head_down = meter_after(30, Moment(SEEN, True, True, None, 64))
    assert moving > still > 0
    assert head_down == pytest.approx(moving / 2)


def test_a_full_meter_is_a_catch_within_two_seconds_of_walking_in_plain_view() -> None:
    room = open_floor()
    meter = Suspicion(RULES)
    guards = (Guard("g", (100.0, 160.0), Facing.RIGHT),)
    steps = 0
    while not meter.full and steps < 600:
        meter.step(room, guards, Moment(SEEN, True, False, None, 64))
        steps += 1
    assert meter.full and meter.watchers == ("g",)
    assert 30 < steps < 120


def test_unseen_and_close_behind_the_meter_drains() -> None:
    room = open_floor()
    meter = Suspicion(RULES, value=0.5)
    guards = (Guard("g", (100.0, 160.0), Facing.RIGHT),)
    for _ in range(60):
        meter.step(room, guards, Moment(HIDDEN, True, False, (50.0, 160.0), 64))
    assert meter.value == pytest.approx(0.5 - RULES.falling, abs=1e-6)
    assert not meter.watchers and not meter.straying


def test_straying_from_the_leader_raises_it_even_unseen() -> None:
    value = meter_after(60, Moment(HIDDEN, False, False, (300.0, 300.0), 64))
    assert value == pytest.approx(RULES.straying, abs=1e-6)


def test_the_assist_halves_every_rise() -> None:
    plain = meter_after(30, Moment(SEEN, True, False, None, 64))
    assisted = meter_after(30, Moment(SEEN, True, False, None, 64), RULES.assisted())
    assert assisted == pytest.approx(plain / 2)


def test_rect_collision_blocks_sight_too() -> None:
    room = CollisionWorld([[False] * 20 for _ in range(20)], [pygame.Rect(120, 150, 8, 30)], 16)
    assert not sees(room, (100.0, 160.0), Facing.RIGHT, (160.0, 160.0), RULES)
