"""Particles: fireflies, sparks, dust, embers, smoke, petals, fireworks.

Every effect is a data entry of assets/data/particles.json (read by
`game.world.particle_data`); this module only runs them. An `Emitter` owns its
own `random.Random`, seeded when it starts, so a replay draws the same sparks.
Particles are plain slotted objects drawn as cached tiny surfaces: hundreds of
them cost a few hundred small blits a frame.
"""

from __future__ import annotations

import functools
import math
import random
from dataclasses import dataclass
from typing import NamedTuple

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
    __slots__ = ("age", "colour", "life", "looks", "phase", "size", "vx", "vy", "x", "y")

    def __init__(self, x: float, y: float, vx: float, vy: float, life: float, size: int,
                 colour: Rgb, phase: float) -> None:
        self.x, self.y, self.vx, self.vy = x, y, vx, vy
        self.age = 0.0
        self.life, self.size, self.colour, self.phase = life, size, colour, phase
        self.looks: list[_Look | None] | None = None  # set by the first draw (ParticleField)


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
        self.reach = _reach(spec, x, y)
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
        fall, wobble, cos = s.gravity * STEP, s.wobble, math.cos  # the same sums, looked up once
        alive: list[Particle] = []
        if keep == 1.0 and fall == 0.0 and wobble:
            # No drag and no gravity (embers, fireflies): adding 0.0 and multiplying by
            # 1.0 change no float, so this loop without them moves every particle to the
            # same place as the one below, a quarter faster (the slums' 190 embers:
            # 51 -> 38 us a step; `tests/world/test_particle_motion.py`).
            for p in self.particles:
                age = p.age = p.age + STEP
                if age >= p.life:
                    continue
                p.x += p.vx * STEP + cos(p.phase + age * 3) * wobble * STEP
                p.y += p.vy * STEP
                alive.append(p)
            self.particles = alive
            return
        for p in self.particles:
            p.age += STEP
            if p.age >= p.life:
                continue
            p.vy += fall
            p.vx *= keep
            p.vy *= keep
            p.x += p.vx * STEP + (cos(p.phase + p.age * 3) * wobble * STEP if wobble else 0.0)
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
        # (colour, size, glow): how a particle is drawn at each brightness level 0..7
        self._rows: dict[tuple[Rgb, int, bool], list[_Look | None]] = {}
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
        """Each particle's halo (added) and then its core, in order, with the pixels
        of one blit each. One blit call a dot and a few method calls a particle were
        most of the slums' frame, so the dots go to `fblits` in batches: a batch draws
        its halos, then its cores, which gives the same pixels as long as no halo in it
        touches a core that came before it in the batch (a halo added after a core
        brightens it; disjoint pixels do not care about order, and additions come out
        the same in any order); such a halo starts a new batch. The brightness is
        `brightness`'s sum written out."""
        ox, oy = offset
        w, h = surface.get_size()
        sin, box = math.sin, pygame.Rect
        halos: list[tuple[pygame.Surface, tuple[int, int]]] = []
        cores: list[tuple[pygame.Surface, tuple[int, int]]] = []
        boxes: list[pygame.Rect] = []  # where the cores of the batch are
        for emitter in self.emitters.values():
            reach = emitter.reach
            if reach is not None and (reach[2] - ox <= -8 or reach[0] - ox >= w + 8
                                      or reach[3] - oy <= -8 or reach[1] - oy >= h + 8):
                continue  # none of its particles can be on screen
            spec = emitter.spec
            glow, fade, twinkle = spec.glow, spec.fade, spec.twinkle
            for p in emitter.particles:
                x, y = round(p.x) - ox, round(p.y) - oy
                if -8 < x < w + 8 and -8 < y < h + 8:
                    k = 1.0
                    if fade:
                        k = (p.life - p.age) / (p.life / 3)
                        if not k < 1.0:  # min(1.0, k)
                            k = 1.0
                    if twinkle:
                        k *= 0.55 + 0.45 * sin(p.phase + p.age * 5)
                    level = round(k * 7) if k > 0.0 else 0
                    if not level:
                        continue
                    if level > 7:
                        level = 7
                    looks = p.looks  # by level: how this particle is drawn
                    if looks is None:
                        looks = p.looks = self._rows.setdefault((p.colour, p.size, glow),
                                                                [None] * 8)
                    look = looks[level]
                    if look is None:
                        look = looks[level] = self._look(p.colour, p.size, level, glow)
                    halo, far, side, core, near, size = look
                    if halo is not None:
                        at = (x - far, y - far)
                        if boxes and box(at, (side, side)).collidelist(boxes) >= 0:
                            _flush(surface, halos, cores)
                            halos, cores, boxes = [], [], []
                        halos.append((halo, at))
                    at = (x - near, y - near)
                    cores.append((core, at))
                    boxes.append(box(at, (size, size)))
        _flush(surface, halos, cores)

    def prepare(self, spec: EffectSpec) -> None:
        """Make every look an effect can show (each colour, size and brightness), so
        its first second on screen makes none: a map entry asks this while the screen
        is black (the slums' first frames made 40-odd looks, 0.3-0.5 ms a frame)."""
        for colour in spec.colours:
            for size in range(spec.size[0], spec.size[1] + 1):
                looks = self._rows.setdefault((colour, size, spec.glow), [None] * 8)
                for level in range(1, 8):
                    if looks[level] is None:
                        looks[level] = self._look(colour, size, level, spec.glow)

    def _look(self, colour: Rgb, size: int, level: int, glow: bool) -> _Look:
        halo = self._dot(colour, size, level, True) if glow else None
        side = halo.get_width() if halo is not None else 0
        return _Look(halo, side // 2, side, self._dot(colour, size, level, False),
                     size // 2, size)

    def _dot(self, colour: Rgb, size: int, level: int, glow: bool) -> pygame.Surface:
        key = (colour, size, level, glow)
        dot = self._dots.get(key)
        if dot is None:
            dot = _glow_dot(colour, size, level / 7) if glow else _plain_dot(colour, size,
                                                                             level / 7)
            self._dots[key] = dot
        return dot


def _reach(spec: EffectSpec, x: float, y: float) -> tuple[float, float, float, float] | None:
    """The map box (left, top, right, bottom) no particle of an emitter at (x, y) ever
    leaves, rounding included: the spawn box, then at most a life of steps at the
    fastest speed, the sway and the gravity's gain. None when drag could speed them up."""
    keep = 1.0 - spec.drag * STEP
    if not 0.0 <= keep <= 1.0:
        return None
    t = (math.ceil(spec.life[1] / STEP) + 1) * STEP
    dx = t * (max(abs(spec.vx[0]), abs(spec.vx[1])) + abs(spec.wobble)) + abs(spec.area[0]) / 2 + 1
    g = abs(spec.gravity)
    dy = t * (max(abs(spec.vy[0]), abs(spec.vy[1])) + g * (t + STEP)) + abs(spec.area[1]) / 2 + 1
    return x - dx, y - dy, x + dx, y + dy


def _plain_dot(colour: Rgb, size: int, k: float) -> pygame.Surface:
    dot = pygame.Surface((size, size), pygame.SRCALPHA)
    dot.fill((*colour, round(255 * k)))
    return dot


def _glow_dot(colour: Rgb, size: int, k: float) -> pygame.Surface:
    """A bright core with a soft halo, to be added onto the picture (black adds nothing)."""
    side, cells = _halo_shape(size)
    dot = pygame.Surface((side, side))
    for xx, yy, core in cells:
        dot.set_at((xx, yy), tuple(min(255, round(c * core * k)) for c in colour))
    return dot


@functools.cache
def _halo_shape(size: int) -> tuple[int, tuple[tuple[int, int, float], ...]]:
    """A halo's side and its lit cells with their strength: the same for every colour
    and brightness of a size, so worked out once (14 of the slums' 42 ember looks)."""
    radius = size + 2
    side = radius * 2 + 1
    cells = []
    for yy in range(side):
        for xx in range(side):
            d = math.hypot(xx - radius, yy - radius)
            core = max(0.0, 1 - max(0.0, d - size / 2) / (radius + 0.5)) * 0.55
            if core > 0:
                cells.append((xx, yy, core))
    return side, tuple(cells)


class _Look(NamedTuple):
    """How a particle of one colour, size and brightness is drawn."""

    halo: pygame.Surface | None  # added under the core (glowing effects only)
    halo_half: int
    halo_side: int
    core: pygame.Surface
    half: int
    size: int


def _flush(surface: pygame.Surface, halos: list[tuple[pygame.Surface, tuple[int, int]]],
           cores: list[tuple[pygame.Surface, tuple[int, int]]]) -> None:
    """One batch of `ParticleField.draw`: its halos added, then its cores."""
    if halos:
        surface.fblits(halos, pygame.BLEND_RGB_ADD)
    if cores:
        surface.fblits(cores)
