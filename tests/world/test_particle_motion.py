"""Particles move by one rule, whichever loop moves them: a fire's embers (no drag, no
gravity) take a shorter loop than smoke or sparks, and must land on exactly the same
floats as the full rule, step after step, so a replay draws the same sparks."""

from __future__ import annotations

import math

import pytest

from game.world.particle_data import load_effects
from game.world.particles import STEP, Emitter

PALETTE = {"ember": (232, 120, 40), "white": (250, 250, 250)}
BASE = {"rate": 60, "cap": 120, "life": [0.4, 2.5], "area": [24, 6], "vx": [-8, 8],
        "vy": [-40, -18], "size": [1, 2], "colours": ["ember", "white"], "glow": True,
        "fade": True, "twinkle": True}


def reference_step(emitter: Emitter, state: dict[int, list[float]]) -> None:
    """The rule as written down: age, gravity, drag, sway, move; the old die."""
    s = emitter.spec
    keep = 1.0 - s.drag * STEP
    for key, (x, y, vx, vy, age, life, phase) in list(state.items()):
        age += STEP
        if age >= life:
            del state[key]
            continue
        vy += s.gravity * STEP
        vx *= keep
        vy *= keep
        x += vx * STEP + (math.cos(phase + age * 3) * s.wobble * STEP if s.wobble else 0.0)
        y += vy * STEP
        state[key] = [x, y, vx, vy, age, life, phase]


@pytest.mark.parametrize("extra", [{"wobble": 7}, {"wobble": 8, "drag": 0.5},
                                   {"wobble": 5, "gravity": 200}, {}],
                         ids=["embers", "smoke", "sparks", "still air"])
def test_every_particle_lands_where_the_full_rule_puts_it(extra: dict[str, float]) -> None:
    spec = load_effects({"fx": {**BASE, **extra}}, PALETTE)["fx"]
    emitter = Emitter(spec, 100.0, 80.0, seed=11)
    state: dict[int, list[float]] = {}
    compared = 0
    for _ in range(240):
        for p in emitter.particles:  # newcomers join the reference where they spawned
            state.setdefault(id(p), [p.x, p.y, p.vx, p.vy, p.age, p.life, p.phase])
        reference_step(emitter, state)
        emitter.update()
        newcomers = len(emitter.particles) - len(state)
        moved = {id(p): [p.x, p.y, p.vx, p.vy, p.age, p.life, p.phase]
                 for p in emitter.particles[:len(emitter.particles) - newcomers]}
        assert moved == state
        compared += len(moved)
    assert compared > 5000
