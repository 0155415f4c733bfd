"""The NumPy swarm's grid (used beyond a few targets and a small table of pairs) finds
exactly the hits all pairs find, in bullet order: a storm's shots meet a fleet."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.flight import swarm as swarm_module
from game.flight.entities import BULLET_RADIUS, Bullet
from game.flight.spatial import brute_force_pairs
from game.flight.swarm import MAX_RADIUS
from tests.flight.swarm_cases import bodies, body, shots, swarm_of


@settings(max_examples=150, deadline=None)
@given(st.lists(shots, max_size=80), st.lists(bodies, max_size=30),
       st.sampled_from([8, 16, 32]), st.integers(0, 3))
def test_the_grid_finds_the_brute_force_pairs_in_bullet_order(bullets, targets, cell,
                                                              spent) -> None:
    swarm = swarm_of(bullets)
    for i in range(0, len(bullets), 4 + spent):  # spent bullets hit nothing
        swarm.kill(i)
    with pytest.MonkeyPatch.context() as patch:  # the grid even for one target
        patch.setattr(swarm_module, "SMALL", 0)
        patch.setattr(swarm_module, "FEW", 0)
        found = swarm.pairs(targets, MAX_RADIUS, cell)
    live = {i for i in range(len(bullets)) if swarm.state[i] == swarm_module.LIVE}
    expected = sorted((i, j) for i, j in brute_force_pairs(bullets, targets) if i in live)
    assert [(i, targets.index(t)) for i, t in found] == expected


def test_a_storm_of_shots_meets_a_fleet_as_all_pairs_do() -> None:
    rng = random.Random(5)
    bullets = [Bullet(rng.uniform(-20, 500), rng.uniform(-20, 290), 0.0, -3.0,
                      rng.choice(sorted(BULLET_RADIUS))) for _ in range(1500)]
    fleet = [body(rng.uniform(10, 470), rng.uniform(10, 150), 7.0) for _ in range(80)]
    found = swarm_of(bullets).pairs(fleet, MAX_RADIUS)
    assert len(bullets) * len(fleet) > swarm_module.SMALL  # the grid's path
    assert found  # a storm this thick hits something
    assert [(i, fleet.index(t)) for i, t in found] == sorted(brute_force_pairs(bullets, fleet))
