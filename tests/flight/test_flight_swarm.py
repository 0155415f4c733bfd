"""Bullets as arrays (`Swarm`) find exactly the hits, cull exactly the
bullets, and keep the lifecycle the collision loop relies on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from game.flight.entities import Bullet
from game.flight.spatial import brute_force_pairs
from game.flight.swarm import MAX_RADIUS
from tests.flight.swarm_cases import bodies, body, shots, swarm_of


@settings(max_examples=150, deadline=None)
@given(st.lists(shots, max_size=80), st.lists(bodies, max_size=30),
       st.sampled_from([8, 16, 32]))
def test_the_swarm_finds_the_brute_force_pairs_in_bullet_order(bullets, targets, cell) -> None:
    found = swarm_of(bullets).pairs(targets, MAX_RADIUS, cell)
    expected = sorted(brute_force_pairs(bullets, targets))
    assert [(i, targets.index(t)) for i, t in found] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(shots, max_size=60))
def test_moving_and_culling_match_one_bullet_at_a_time(bullets) -> None:
    swarm = swarm_of(bullets)
    swarm.move()
    gone = swarm.leaving(-24, -24, 312, 294)
    expected_gone = []
    for i, b in enumerate(bullets):
        x, y = b.x + b.vx, b.y + b.vy
        assert (swarm.x[i], swarm.y[i]) == (x, y)
        if not (-24 < x < 312 and -24 < y < 294):
            expected_gone.append(i)
    assert gone == expected_gone
    swarm.compact()
    assert len(swarm) == len(bullets) - len(gone) == len(swarm.x)


def test_a_bullet_taken_off_mid_loop_is_still_unspent_until_the_loop_ends() -> None:
    swarm = swarm_of([Bullet(10.0 * i, 0.0, 0.0, 1.0, 3) for i in range(6)])
    swarm.take_off_near(0.0, 0.0, 15.0)  # a hit's breather lifts the first two
    assert len(swarm) == 4 and [b.x for b in swarm] == [20.0, 30.0, 40.0, 50.0]
    swarm.kill(1)  # a pair found before the breather still spends it (no double count)
    swarm.kill(3)
    assert len(swarm) == 3
    assert [i for i, _ in swarm.pairs([body(30.0, 0.0, 1.0)], MAX_RADIUS)] == []  # spent
    swarm.clear()
    swarm.append(Bullet(5.0, 5.0, 0.0, 0.0, 3))
    assert len(swarm) == 1 and [b.x for b in swarm] == [5.0]
    swarm.compact()
    assert swarm.x == [5.0] and len(swarm) == 1
