"""Framing effects a cutscene drives: the close-up zoom, a flash, a colour tint and
a slow-motion beat. Each is a small state machine stepped by the stage and drawn
by the scene as a pass over the world picture (under the dialogue box and HUD),
so the map renderer never has to know about them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

VIEW_W, VIEW_H = 480, 270
Rgb = tuple[int, int, int]


def smooth(t: float) -> float:
    """Ease in and out (0..1 -> 0..1), for push-ins that do not jerk."""
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)


@dataclass
class Zoom:
    """A close framing: a region around `focus` (map pixels) drawn `scale` times larger."""

    focus: tuple[float, float] = (0.0, 0.0)
    start: float = 1.0
    target: float = 1.0
    steps: int = 1
    t: int = 1

    def to(self, scale: float, steps: int, focus: tuple[float, float] | None = None) -> Zoom:
        self.start, self.target = self.scale, float(scale)
        self.steps, self.t = max(1, steps), 0
        if focus is not None:
            self.focus = focus
        return self

    @property
    def scale(self) -> float:
        k = smooth(self.t / self.steps)
        return self.start + (self.target - self.start) * k

    @property
    def active(self) -> bool:
        return self.scale > 1.0 or self.target > 1.0

    def update(self) -> None:
        if self.t < self.steps:
            self.t += 1

    def done(self) -> bool:
        return self.t >= self.steps

    def region(self, offset: tuple[int, int]) -> pygame.Rect:
        """The part of the canvas shown, for a camera at `offset`: it slides from the
        whole canvas towards the focus as the scale grows, and stays on the canvas."""
        s = self.scale
        w, h = round(VIEW_W / s), round(VIEW_H / s)
        fx, fy = self.focus[0] - offset[0], self.focus[1] - offset[1] - 12  # the face
        k = 0.0 if self.target == self.start == 1.0 else (s - 1.0) / max(
            1e-6, max(self.start, self.target) - 1.0)
        cx = VIEW_W / 2 + (fx - VIEW_W / 2) * k
        cy = VIEW_H / 2 + (fy - VIEW_H / 2) * k
        x = min(max(round(cx - w / 2), 0), VIEW_W - w)
        y = min(max(round(cy - h / 2), 0), VIEW_H - h)
        return pygame.Rect(x, y, w, h)

    def to_screen(self, point: tuple[float, float], offset: tuple[int, int]
                  ) -> tuple[float, float]:
        """Where a map point appears on the screen with this framing."""
        x, y = point[0] - offset[0], point[1] - offset[1]
        if not self.active:
            return x, y
        r = self.region(offset)
        s = VIEW_W / r.width
        return (x - r.x) * s, (y - r.y) * (VIEW_H / r.height)

    def draw(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        """Scale the framed region up over the whole canvas (nearest pixel: a whole
        scale keeps the pixel art crisp)."""
        if not self.active:
            return
        r = self.region(offset)
        if r.size == surface.get_size():
            return
        part = surface.subsurface(r).copy()
        pygame.transform.scale(part, surface.get_size(), surface)


@dataclass
class Flash:
    """A full-screen flash of colour that fades out (a blow, a portal opening)."""

    colour: Rgb = (255, 255, 255)
    steps: int = 0
    left: int = 0

    def start(self, colour: Rgb, steps: int) -> None:
        self.colour, self.steps, self.left = colour, max(1, steps), max(1, steps)

    def update(self) -> None:
        if self.left > 0:
            self.left -= 1

    @property
    def alpha(self) -> int:
        return round(230 * self.left / self.steps) if self.left > 0 else 0

    def draw(self, surface: pygame.Surface) -> None:
        if self.alpha:
            veil = pygame.Surface(surface.get_size())
            veil.fill(self.colour)
            veil.set_alpha(self.alpha)
            surface.blit(veil, (0, 0))


@dataclass
class Tint:
    """A colour wash over the world (a memory in sepia, rage in red), blended in."""

    colour: Rgb = (255, 255, 255)
    strength: float = 0.0
    start: float = 0.0
    target: float = 0.0
    steps: int = 1
    t: int = 1

    def to(self, colour: Rgb | None, strength: float, steps: int) -> Tint:
        if colour is not None:
            self.colour = colour
        self.start, self.target = self.strength, (strength if colour is not None else 0.0)
        self.steps, self.t = max(1, steps), 0
        return self

    def update(self) -> None:
        if self.t < self.steps:
            self.t += 1
        self.strength = self.start + (self.target - self.start) * smooth(self.t / self.steps)

    def done(self) -> bool:
        return self.t >= self.steps

    def multiplier(self) -> Rgb:
        k = self.strength
        r, g, b = (round(255 + (c - 255) * k) for c in self.colour)
        return r, g, b

    def draw(self, surface: pygame.Surface) -> None:
        if self.strength > 0.003:
            surface.fill(self.multiplier(), special_flags=pygame.BLEND_RGB_MULT)


@dataclass
class SlowMotion:
    """A beat where the world moves at `factor` speed: the world steps only when the
    accumulated time reaches a whole step, so a replay slows down identically."""

    factor: float = 1.0
    left: int = 0
    due: float = 0.0

    def start(self, factor: float, steps: int) -> None:
        self.factor, self.left, self.due = factor, steps, 0.0

    def tick(self) -> bool:
        """One logic step: True when the world should move on this step."""
        if self.left <= 0:
            return True
        self.left -= 1
        self.due += self.factor
        if self.due >= 1.0:
            self.due -= 1.0
            return True
        return False
