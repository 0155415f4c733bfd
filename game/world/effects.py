"""Screen effects a cutscene drives: fade to black, shake, lighting blends, presence."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.world.character import Character
from game.world.render import LightingLook


@dataclass
class ScreenFade:
    """A scripted fade that can stay black (fade_out ... fade_in)."""

    alpha: float = 0.0
    target: float = 0.0
    rate: float = 0.0

    def to(self, target: int, steps: int) -> ScreenFade:
        self.target = float(target)
        self.rate = abs(self.target - self.alpha) / max(1, steps)
        return self

    def update(self) -> None:
        if self.alpha < self.target:
            self.alpha = min(self.target, self.alpha + self.rate)
        elif self.alpha > self.target:
            self.alpha = max(self.target, self.alpha - self.rate)

    def done(self) -> bool:
        return self.alpha == self.target


@dataclass
class LightingBlend:
    """The current look, moving towards a target look over some steps."""

    current: LightingLook
    start: LightingLook | None = None
    target: LightingLook | None = None
    steps: int = 0
    t: int = 0

    def to(self, target: LightingLook, steps: int) -> LightingBlend:
        self.start, self.target, self.steps, self.t = self.current, target, max(1, steps), 0
        if steps <= 1:
            self.current = target
            self.target = None
        return self

    def update(self) -> None:
        if self.target is None or self.start is None:
            return
        self.t += 1
        k = min(1.0, self.t / self.steps)
        tint = tuple(round(a + (b - a) * k) for a, b in zip(self.start.tint, self.target.tint,
                                                             strict=True))
        glow = round(self.start.glow + (self.target.glow - self.start.glow) * k)
        self.current = LightingLook(tint, glow)  # type: ignore[arg-type]
        if k >= 1.0:
            self.target = None

    def done(self) -> bool:
        return self.target is None

    @property
    def progress(self) -> float:
        """0 at the start of a change, 1 once the new look is reached."""
        return 1.0 if self.target is None else min(1.0, self.t / self.steps)


@dataclass
class Shake:
    strength: int = 0
    steps: int = 0
    enabled: bool = True

    def start(self, strength: int, steps: int) -> None:
        if self.enabled:
            self.strength, self.steps = strength, steps

    def offset(self, frame: int) -> tuple[int, int]:
        """Deterministic jitter (from the frame number, not a random source)."""
        if self.steps <= 0:
            return 0, 0
        s = self.strength
        pattern = ((1, -1), (-1, 1), (1, 1), (-1, -1), (0, 1), (1, 0))
        dx, dy = pattern[frame % len(pattern)]
        return dx * s, dy * s

    def update(self) -> None:
        if self.steps > 0:
            self.steps -= 1


@dataclass
class Presence:
    """An Alpha's aura: a shimmering ring under a character for a while."""

    rings: list[tuple[Character, int]] = field(default_factory=list)

    def add(self, ch: Character, steps: int) -> None:
        self.rings.append((ch, steps))

    def update(self) -> None:
        self.rings = [(c, s - 1) for c, s in self.rings if s > 1]

    def draw(self, surface: pygame.Surface, frames: list[pygame.Surface], offset: tuple[int, int],
             tick: int) -> None:
        if not frames:
            return
        for ch, _ in self.rings:
            image = frames[(tick // 5) % len(frames)]
            x = round(ch.x - image.get_width() / 2) - offset[0]
            y = round(ch.y - image.get_height() / 2) - offset[1]
            surface.blit(image, (x, y))
