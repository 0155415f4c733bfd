"""Particles drawn in batches show exactly the pixels of one blit a dot, in order: a
glowing effect's halos and cores crowded over each other, a plain one, several at once,
and a plain and a glowing one in the same colours."""

from __future__ import annotations

import pygame
import pytest

from game.world.particle_data import load_effects
from game.world.particles import EffectSpec, Emitter, ParticleField

PALETTE = {"ember": (232, 120, 40), "orange": (240, 160, 60), "red_light": (250, 90, 80),
           "shadow": (40, 30, 50), "white": (250, 250, 250)}


def one_blit_a_dot(field: ParticleField, surface: pygame.Surface,
                   offset: tuple[int, int]) -> None:
    """The reference: each particle's halo added, then its core, one blit each."""
    ox, oy = offset
    w, h = surface.get_size()
    for emitter in field.emitters.values():
        for p in emitter.particles:
            x, y = round(p.x) - ox, round(p.y) - oy
            if -8 < x < w + 8 and -8 < y < h + 8:
                level = min(7, round(emitter.brightness(p) * 7))
                if level:
                    if emitter.spec.glow:
                        halo = field._dot(p.colour, p.size, level, True)
                        half = halo.get_width() // 2
                        surface.blit(halo, (x - half, y - half),
                                     special_flags=pygame.BLEND_RGB_ADD)
                    dot = field._dot(p.colour, p.size, level, False)
                    surface.blit(dot, (x - p.size // 2, y - p.size // 2))


def effects() -> dict[str, EffectSpec]:
    crowded = {"rate": 240, "cap": 300, "life": [0.5, 2.0], "area": [10, 10], "vx": [-12, 12],
               "vy": [-20, 8], "wobble": 4, "size": [1, 3],
               "colours": ["ember", "orange", "white"], "fade": True, "twinkle": True}
    data = {"crowded_glow": {**crowded, "glow": True}, "crowded_plain": crowded,
            "smoke": {**crowded, "colours": ["shadow", "red_light"], "size": [2, 4]}}
    return load_effects(data, PALETTE)


@pytest.mark.parametrize("names", [("crowded_glow",), ("crowded_plain",),
                                   ("crowded_glow", "smoke", "crowded_glow"),
                                   ("crowded_plain", "crowded_glow")])
def test_batched_particles_show_the_pixels_of_one_blit_a_dot(display, names) -> None:
    specs = effects()
    field = ParticleField()
    for i, name in enumerate(names):
        field.start(f"spot{i}", Emitter(specs[name], 60 + 8 * i, 50, seed=7 + i))
    compared = 0
    for step in range(90):
        field.update()
        if step % 6:
            continue
        ours, reference = pygame.Surface((120, 90)), pygame.Surface((120, 90))
        ours.fill((30, 20, 40))
        reference.fill((30, 20, 40))
        field.draw(ours, (4, 2))
        one_blit_a_dot(field, reference, (4, 2))
        assert pygame.image.tobytes(ours, "RGB") == pygame.image.tobytes(reference, "RGB"), step
        compared += 1
    assert field.count() > 60, "crowded enough for halos to fall on earlier cores"
    assert compared == 15


@pytest.mark.parametrize("gravity,drag", [(0, 0), (-300, 0), (250, 3)])
def test_fires_just_off_screen_are_skipped_only_while_none_of_theirs_can_show(
        display, gravity, drag) -> None:
    """An emitter whose particles cannot reach the screen is not looked at; one beside
    it still sends its sparks in from every side, the same pixels as drawing them all."""
    spec = effects()["crowded_glow"]
    data = {"fast": {"rate": 120, "cap": 200, "life": [0.4, 1.5], "area": [20, 8],
                     "vx": [-90, 90], "vy": [-90, 60], "gravity": gravity, "drag": drag,
                     "wobble": 6, "size": [1, 2], "colours": ["ember", "white"],
                     "glow": True, "fade": True}}
    fast = load_effects(data, PALETTE)["fast"]
    w, h = 160, 90
    culled, full = ParticleField(), ParticleField()
    rx, ry = (fast.life[1] * (90 + 6), fast.life[1] * 90)  # about the farthest a spark goes
    spots = [(-0.7 * rx, 40), (w + 0.7 * rx, 30), (70, -0.7 * ry), (80, h + 0.6 * ry),
             (-900, -900), (2000, 50), (-30, 20)]
    for i, (x, y) in enumerate(spots):
        for field in (culled, full):
            field.start(f"f{i}", Emitter(spec if i == len(spots) - 1 else fast, x, y, seed=i))
    for emitter in full.emitters.values():
        emitter.reach = None  # the reference looks at every particle
    skipped = 0
    for step in range(150):
        culled.update()
        full.update()
        ours, theirs = pygame.Surface((w, h)), pygame.Surface((w, h))
        culled.draw(ours, (0, 0))
        full.draw(theirs, (0, 0))
        assert pygame.image.tobytes(ours, "RGB") == pygame.image.tobytes(theirs, "RGB"), step
        skipped += sum(1 for e in culled.emitters.values() if e.reach is not None
                       and (e.reach[2] <= -8 or e.reach[0] >= w + 8
                            or e.reach[3] <= -8 or e.reach[1] >= h + 8))
    assert skipped > 0, "the far fires were skipped"
    assert culled.count() > 100
