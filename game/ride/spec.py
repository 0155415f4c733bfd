"""A calm pod ride as data: assets/data/rides.json, read with checks.

A ride is a timeline in seconds: the route (where the lane runs across the
screen, and how fast the city scrolls), passing traffic, fireworks, the lines
spoken on the way, and at most one scan (the queue at "the line"). Every
number is bounded, every name known, so a typo is a ContentError naming the
ride and the entry, never a crash in the middle of the sky.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from game.core.datafile import Entry, choice

SOURCE = "assets/data/rides.json"
MAX_SECONDS = 180.0
FIREWORK_COLOURS = ("gold", "red", "blue", "white", "violet")


@dataclass(frozen=True)
class Waypoint:
    """At `at` seconds the lane is at `x` (pixels across) and the city scrolls
    at `speed` pixels a second (0 is a standstill: the queue)."""

    at: float
    x: float
    speed: float


@dataclass(frozen=True)
class Traffic:
    """Another pod crossing the view: enters at `at`, in lane `x`, overtaking
    (speed > 0 climbs the screen) or coming the other way (speed < 0)."""

    at: float
    x: float
    speed: float
    sprite: str


@dataclass(frozen=True)
class Firework:
    at: float
    x: float
    y: float
    colour: str


@dataclass(frozen=True)
class Line:
    at: float
    speaker: str
    text: str


@dataclass(frozen=True)
class Scan:
    """The red light sweeps the pod from `at` for `seconds`; moving then is noticed."""

    at: float
    seconds: float
    flag: str  # raised by one each time a guard looks twice


@dataclass(frozen=True)
class RideSpec:
    name: str
    title: str
    seconds: float
    route: tuple[Waypoint, ...]
    traffic: tuple[Traffic, ...] = ()
    fireworks: tuple[Firework, ...] = ()
    lines: tuple[Line, ...] = ()
    scan: Scan | None = None
    escort: bool = False  # a second pod trails the player's (Alex's escort)
    departure: float = 0.0  # seconds the palace takes to shrink away behind (0: none)


TRAFFIC_SPRITES = ("wingman", "dart", "kara_jet")


def parse_rides(data: object) -> dict[str, RideSpec]:
    """Every ride of the file, by name; a ContentError for anything wrong."""
    root = Entry(SOURCE, data).as_object(("rides",), ("rides",))
    return {name: _ride(name, entry) for name, entry in root.get("rides").items()}


def _ride(name: str, entry: Entry) -> RideSpec:
    entry.as_object(("title", "seconds", "route", "traffic", "fireworks", "lines", "scan",
                     "escort", "departure"), ("title", "seconds", "route"))
    seconds = entry.get("seconds").number(5, MAX_SECONDS)

    def at(e: Entry) -> float:
        return e.get("at").number(0, seconds)

    route = tuple(Waypoint(at(w), w.get("x").number(60, 420), w.get("speed").number(0, 400))
                  for w in _objects(entry, "route", ("at", "x", "speed")))
    if len(route) < 2:
        raise entry.get("route").error("a route needs at least two waypoints")
    if any(b.at <= a.at for a, b in itertools.pairwise(route)):
        raise entry.get("route").error("waypoints must be in order of 'at', each later")
    traffic = tuple(Traffic(at(t), t.get("x").number(0, 480), t.get("speed").number(-300, 300),
                            choice(t.get("sprite"), TRAFFIC_SPRITES) if t.has("sprite")
                            else "wingman")
                    for t in _objects(entry, "traffic", ("at", "x", "speed", "sprite")))
    fireworks = tuple(Firework(at(f), f.get("x").number(0, 480), f.get("y").number(0, 270),
                               choice(f.get("colour"), FIREWORK_COLOURS))
                      for f in _objects(entry, "fireworks", ("at", "x", "y", "colour")))
    lines = tuple(Line(at(s), s.get("speaker").text(20, allow_empty=True),
                       s.get("text").text(160))
                  for s in _objects(entry, "lines", ("at", "speaker", "text")))
    scan = None
    if entry.has("scan"):
        s = entry.get("scan").as_object(("at", "seconds", "flag"), ("at", "seconds"))
        scan = Scan(at(s), s.get("seconds").number(1, 30),
                    s.get("flag").text(40) if s.has("flag") else "queen_suspicion")
    escort = entry.get("escort").value if entry.has("escort") else False
    if not isinstance(escort, bool):
        raise entry.get("escort").error("expected true or false")
    departure = entry.get("departure").number(0, seconds) if entry.has("departure") else 0.0
    return RideSpec(name, entry.get("title").text(60), seconds, route, traffic, fireworks,
                    lines, scan, escort, departure)


def _objects(entry: Entry, key: str, allowed: tuple[str, ...]) -> list[Entry]:
    if not entry.has(key):
        return []
    return [e.as_object(allowed, ("at",)) for e in entry.get(key).elements(200)]
