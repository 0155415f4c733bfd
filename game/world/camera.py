"""A camera that follows a point and stops at the map's edges."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

log = logging.getLogger(__name__)

VIEW_W, VIEW_H = 480, 270
MAX_PAN_STEPS = 1200  # 20 s: a pan that takes longer is a script mistake; it jumps there


@dataclass
class Camera:
    map_w: int
    map_h: int
    x: float = 0.0  # top-left of the view in map pixels
    y: float = 0.0
    pan_target: tuple[float, float] | None = None  # cutscene pan (centre point)
    pan_speed: float = 2.0
    pan_budget: int | None = None  # steps left before a cutscene pan gives up and jumps

    def clamp(self, cx: float, cy: float) -> tuple[float, float]:
        """Top-left for a view centred on (cx, cy), kept inside the map.
        A map smaller than the view is centred instead."""
        if self.map_w <= VIEW_W:
            x = (self.map_w - VIEW_W) / 2
        else:
            x = min(max(cx - VIEW_W / 2, 0), self.map_w - VIEW_W)
        if self.map_h <= VIEW_H:
            y = (self.map_h - VIEW_H) / 2
        else:
            y = min(max(cy - VIEW_H / 2, 0), self.map_h - VIEW_H)
        return x, y

    def follow(self, cx: float, cy: float) -> None:
        if self.pan_target is not None:
            self._pan()
            return
        self.x, self.y = self.clamp(cx, cy)

    def snap(self, cx: float, cy: float) -> None:
        self.pan_target = None
        self.x, self.y = self.clamp(cx, cy)

    def pan_to(self, target: tuple[float, float], speed: float) -> None:
        """A cutscene pan at `speed` pixels a step; it always ends: after twice its
        time plus a second (at most MAX_PAN_STEPS) the camera jumps to the target."""
        self.pan_target = target
        self.pan_speed = speed
        tx, ty = self.clamp(*target)
        steps = math.ceil(math.hypot(tx - self.x, ty - self.y) / max(speed, 1e-3))
        self.pan_budget = min(MAX_PAN_STEPS, steps * 2 + 60)

    def _pan(self) -> None:
        assert self.pan_target is not None
        tx, ty = self.clamp(*self.pan_target)
        dx, dy = tx - self.x, ty - self.y
        dist = (dx * dx + dy * dy) ** 0.5
        if self.pan_budget is not None:
            self.pan_budget -= 1
            if self.pan_budget < 0 and dist > 0:
                log.warning("camera pan to %s did not arrive in time; jumping there",
                            self.pan_target)
                self.x, self.y = tx, ty
                return
        if dist <= self.pan_speed:
            self.x, self.y = tx, ty
        else:
            self.x += dx / dist * self.pan_speed
            self.y += dy / dist * self.pan_speed

    @property
    def pan_done(self) -> bool:
        if self.pan_target is None:
            return True
        return (self.x, self.y) == self.clamp(*self.pan_target)

    @property
    def offset(self) -> tuple[int, int]:
        """Integer draw offset: the world is drawn at -camera, rounded to pixels."""
        return round(self.x), round(self.y)
