"""What the swarm tests build: random bullets and round targets, and a swarm of them."""

from __future__ import annotations

from hypothesis import strategies as st

from game.flight.entities import BULLET_RADIUS, Bullet
from game.flight.swarm import Swarm


def body(x: float, y: float, r: float) -> Bullet:
    """A target: anything with x, y and a radius (a still bullet with its r set)."""
    target = Bullet(x, y, 0.0, 0.0, 3)
    target.r = r
    return target


def swarm_of(bullets: list[Bullet]) -> Swarm:
    swarm = Swarm()
    for bullet in bullets:
        swarm.append(bullet)
    return swarm


shots = st.builds(Bullet, st.floats(-60, 360), st.floats(-60, 340), st.floats(-8, 8),
                  st.floats(-8, 8), st.sampled_from(sorted(BULLET_RADIUS)))
bodies = st.builds(body, st.floats(-50, 340), st.floats(-50, 320), st.floats(0.5, 30))
