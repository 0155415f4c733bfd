"""Particles: fireflies, sparks, dust, embers, smoke, petals, fireworks.

Every effect is a data entry of assets/data/particles.json (read by
`game.world.particle_data`); this module only runs them. An `Emitter` owns its
own `random.Random`, seeded when it starts, so a replay draws the same sparks.
Particles are plain slotted objects drawn as cached tiny surfaces: hundreds of
them cost a few hundred small blits a frame.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import pygame

STEP = 1 / 60  # seconds of one logic step

Rgb = tuple[int, int, int]


@dataclass(frozen=True)
class EffectSpec:
    """One effect of particles.json (numbers already checked and bounded)."""

    name: str
    rate: float  # new particles a second while running
    burst: int  # particles at once when it starts
    cap: int  # never more alive than this
    life: tuple[float, float]  # seconds, lowest and highest
    area: tuple[float, float]  # width and height of the spawn box around the point
    vx: tuple[float, float]  # pixels a second
    vy: tuple[float, float]
    gravity: float  # pixels a second squared (negative rises)
    drag: float  # fraction of speed lost a second
    wobble: float  # pixels of sideways sway
    size: tuple[int, int]
    colours: tuple[Rgb, ...]
    glow: bool  # drawn additively with a soft halo (fireflies, embers)
    fade: bool  # fades out over its last third
    twinkle: bool  # brightness pulses


class Particle:
    __slots__ = ("age", "colour", "life", "phase", "size", "vx", "vy", "x", "y")

    def __init__(self, x: float, y: float, vx: float, vy: float, life: float, size: int,
                 colour: Rgb, phase: float) -> None:
        self.x, self.y, self.vx, self.vy = x, y, vx, vy
        self.age = 0.0
        self.life, self.size, self.colour, self.phase = life, size, colour, phase


class Emitter:
    """A running effect at a point of the map; `steps` None runs until stopped."""

    def __init__(self, spec: EffectSpec, x: float, y: float, seed: int,
                 steps: int | None = None) -> None:
        self.spec = spec
        self.x, self.y = x, y
        self.rng = random.Random(seed)
        self.steps = steps
        self.running = True
        self.due = 0.0
        self.particles: list[Particle] = []
        for _ in range(spec.burst):
            self._spawn()

    @property
    def finished(self) -> bool:
        return not self.running and not self.particles

    def stop(self) -> None:
        """No new particles; those in the air live out their lives."""
        self.running = False

    def _spawn(self) -> None:
        s, r = self.spec, self.rng
        if len(self.particles) >= s.cap:
            return
        self.particles.append(Particle(
            self.x + (r.random() - 0.5) * s.area[0], self.y + (r.random() - 0.5) * s.area[1],
            r.uniform(*s.vx), r.uniform(*s.vy), r.uniform(*s.life),
            r.randint(*s.size), s.colours[r.randrange(len(s.colours))], r.random() * math.tau))

    def update(self) -> None:
        s = self.spec
        if self.running:
            self.due += s.rate * STEP
            while self.due >= 1:
                self.due -= 1
                self._spawn()
            if self.steps is not None:
                self.steps -= 1
                if self.steps <= 0:
                    self.running = False
        keep = 1.0 - s.drag * STEP
        alive: list[Particle] = []
        for p in self.particles:
            p.age += STEP
            if p.age >= p.life:
                continue
            p.vy += s.gravity * STEP
            p.vx *= keep
            p.vy *= keep
            p.x += p.vx * STEP + (math.cos(p.phase + p.age * 3) * s.wobble * STEP if s.wobble
                                  else 0.0)
            p.y += p.vy * STEP
            alive.append(p)
        self.particles = alive

    def brightness(self, p: Particle) -> float:
        """0..1: fading out over the last third, pulsing if it twinkles."""
        k = 1.0
        if self.spec.fade:
            k = min(1.0, (p.life - p.age) / (p.life / 3))
        if self.spec.twinkle:
            k *= 0.55 + 0.45 * math.sin(p.phase + p.age * 5)
        return max(0.0, k)


class ParticleField:
    """Every running emitter of the map in play, by key (an effect's name or a map spot)."""

    def __init__(self) -> None:
        self.emitters: dict[str, Emitter] = {}
        self._dots: dict[tuple[Rgb, int, int, bool], pygame.Surface] = {}
        self.changes = 0  # counts starts and stops, so a watcher can tell nothing moved

    def start(self, key: str, emitter: Emitter) -> None:
        self.changes += 1
        old = self.emitters.get(key)
        if old is not None:
            old.stop()
            self.emitters[f"{key}~{id(old)}"] = old  # lets its particles live out
        self.emitters[key] = emitter

    def stop(self, key: str | None = None) -> None:
        """Stop one emitter (or all of them); their particles fade on their own."""
        self.changes += 1
        for name, emitter in self.emitters.items():
            if key is None or name == key:
                emitter.stop()

    def clear(self) -> None:
        self.changes += 1
        self.emitters.clear()

    def count(self) -> int:
        return sum(len(e.particles) for e in self.emitters.values())

    def update(self) -> None:
        for emitter in self.emitters.values():
            emitter.update()
        self.emitters = {k: e for k, e in self.emitters.items() if not e.finished}

    def draw(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        ox, oy = offset
        w, h = surface.get_size()
        for emitter in self.emitters.values():
            glow = emitter.spec.glow
            for p in emitter.particles:
                x, y = round(p.x) - ox, round(p.y) - oy
                if -8 < x < w + 8 and -8 < y < h + 8:
                    level = min(7, round(emitter.brightness(p) * 7))
                    if level:
                        if glow:  # a soft halo added to the picture, under a solid core
                            halo = self._dot(p.colour, p.size, level, True)
                            half = halo.get_width() // 2
                            surface.blit(halo, (x - half, y - half),
                                         special_flags=pygame.BLEND_RGB_ADD)
                        dot = self._dot(p.colour, p.size, level, False)
                        half = p.size // 2
                        surface.blit(dot, (x - half, y - half))

    def _dot(self, colour: Rgb, size: int, level: int, glow: bool) -> pygame.Surface:
        key = (colour, size, level, glow)
        dot = self._dots.get(key)
        if dot is None:
            dot = _glow_dot(colour, size, level / 7) if glow else _plain_dot(colour, size,
                                                                             level / 7)
            self._dots[key] = dot
        return dot


def _plain_dot(colour: Rgb, size: int, k: float) -> pygame.Surface:
    dot = pygame.Surface((size, size), pygame.SRCALPHA)
    dot.fill((*colour, round(255 * k)))
    return dot


def _glow_dot(colour: Rgb, size: int, k: float) -> pygame.Surface:
    """A bright core with a soft halo, to be added onto the picture (black adds nothing)."""
    radius = size + 2
    side = radius * 2 + 1
    dot = pygame.Surface((side, side))
    for yy in range(side):
        for xx in range(side):
            d = math.hypot(xx - radius, yy - radius)
            core = max(0.0, 1 - max(0.0, d - size / 2) / (radius + 0.5)) * 0.55
            if core > 0:
                dot.set_at((xx, yy), tuple(min(255, round(c * core * k)) for c in colour))
    return dot
