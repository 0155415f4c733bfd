"""The rules of a calm pod ride: a clock, a lane, a pod on a spring, one scan.

No weapons and no damage: the player steers gently and the pod drifts back to
the route when let go. Everything is a function of the ride's data and the
held directions, step by step, so a replayed input script flies the same ride
and ends with the same result.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from game.ride.spec import Line, RideSpec, Waypoint

STEP = 1 / 60
POD_REST_Y = 178.0
STEER = 260.0  # px/s^2 the player's stick adds
SPRING = 5.0  # pull back to the lane, per second squared per pixel
DAMPING = 3.2
MAX_OFF = 110.0  # how far from the lane the pod may stray
MAX_RISE = 56.0  # and up the screen / down it
LINE_SECONDS = 4.5  # how long a line stays on screen (or until the next)
LOOK_STEPS = 30  # moving this long under the scan makes another guard look
MAX_LOOKS = 3


@dataclass(frozen=True)
class RideResult:
    """What a ride left behind: "calm", "noticed" or "skipped", and how often a
    guard looked twice (each raised the scan's flag by one)."""

    ride: str
    outcome: str
    looks: int = 0


@dataclass
class RideRun:
    spec: RideSpec
    steady: bool = False  # the Settings assist: the pod flies itself
    t: float = 0.0
    x: float = 0.0
    y: float = POD_REST_Y
    vx: float = 0.0
    vy: float = 0.0
    scroll: float = 0.0
    looks: int = 0
    moving_steps: int = 0
    events: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.x = self.spec.route[0].x

    @property
    def done(self) -> bool:
        return self.t >= self.spec.seconds

    def lane(self, t: float | None = None) -> Waypoint:
        """The route at time t, interpolated between waypoints."""
        t = self.t if t is None else t
        route = self.spec.route
        if t <= route[0].at:
            return route[0]
        for a, b in itertools.pairwise(route):
            if t <= b.at:
                f = (t - a.at) / (b.at - a.at)
                return Waypoint(t, a.x + (b.x - a.x) * f, a.speed + (b.speed - a.speed) * f)
        return route[-1]

    def scanning(self) -> float | None:
        """How far through the scan (0..1), or None outside it."""
        scan = self.spec.scan
        if scan is None or not scan.at <= self.t < scan.at + scan.seconds:
            return None
        return (self.t - scan.at) / scan.seconds

    def line(self) -> Line | None:
        shown = [s for s in self.spec.lines if s.at <= self.t < s.at + LINE_SECONDS]
        return shown[-1] if shown else None

    def step(self, direction: tuple[int, int], dt: float = STEP) -> list[str]:
        """One step; returns the cues that happened (for sounds): "firework",
        "scan", "looked"."""
        before = self.t
        self.t += dt
        cues = ["firework" for f in self.spec.fireworks if before < f.at <= self.t]
        scan = self.spec.scan
        if scan is not None and before < scan.at <= self.t:
            cues.append("scan")
        dx, dy = (0, 0) if self.steady else direction
        lane = self.lane()
        self.scroll += lane.speed * dt
        ax = dx * STEER - SPRING * (self.x - lane.x) - DAMPING * self.vx
        ay = dy * STEER - SPRING * (self.y - POD_REST_Y) - DAMPING * self.vy
        self.vx += ax * dt
        self.vy += ay * dt
        self.x = min(lane.x + MAX_OFF, max(lane.x - MAX_OFF, self.x + self.vx * dt))
        self.y = min(POD_REST_Y + MAX_RISE / 2, max(POD_REST_Y - MAX_RISE,
                                                     self.y + self.vy * dt))
        if self.scanning() is not None and (dx or dy):
            if self.moving_steps % LOOK_STEPS == 0 and self.looks < MAX_LOOKS:
                self.looks += 1
                cues.append("looked")
            self.moving_steps += 1
        else:
            self.moving_steps = 0
        return cues

    def result(self) -> RideResult:
        return RideResult(self.spec.name, "noticed" if self.looks else "calm", self.looks)
