"""The things that fly: plain slotted classes, because thousands of bullets move
every step and attribute access on slots is the cheapest Python offers.

Nothing here draws or reads input; `battle.py` moves them, `render.py` shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Playfield: a portrait column in the middle of the 480x270 canvas, like an
# arcade cabinet turned sideways; the HUD lives in the side panels.
FIELD_X = 96
FIELD_W = 288
FIELD_H = 270

# Bullet frames in assets/flight/bullets.png (see sprites.json notes).
BOLT, SPREAD, HEAVY, ORB, NEEDLE, RING, SHELL, LASER = range(8)
BULLET_RADIUS = {BOLT: 2.5, SPREAD: 2.5, HEAVY: 3.0, ORB: 3.0, NEEDLE: 2.0, RING: 3.0,
                 SHELL: 2.5, LASER: 2.0}

PLAYER_HITBOX = 2.0  # radius: a 5x5 marker on a 24x24 sprite
PLAYER_SPEED = 2.5  # px per step
FOCUS_SPEED = 1.1


class Player:
    """The pilot's craft. Only the tiny `r` is ever hit; the sprite is decoration."""

    __slots__ = ("alive", "cooldown", "focus", "hits_taken", "hp", "invuln", "max_hp", "r",
                 "x", "y")

    def __init__(self, x: float, y: float, hp: int) -> None:
        self.x = x
        self.y = y
        self.r = PLAYER_HITBOX
        self.hp = hp
        self.max_hp = hp
        self.invuln = 0  # steps left of blinking invulnerability
        self.cooldown = 0
        self.focus = False
        self.alive = True
        self.hits_taken = 0


class Bullet:
    __slots__ = ("alive", "damage", "frame", "r", "vx", "vy", "x", "y")

    def __init__(self, x: float, y: float, vx: float, vy: float, frame: int,
                 damage: int = 1) -> None:
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.frame = frame
        self.r = BULLET_RADIUS[frame]
        self.damage = damage
        self.alive = True


# Ship teams: who shoots whom.
ENEMY, ALLY, LEX = "enemy", "ally", "lex"

SHIP_STATS: dict[str, tuple[float, int, int]] = {
    # kind: (radius, hp, score)
    "dart": (6.0, 2, 50),
    "drone": (7.0, 3, 80),
    "bomber": (11.0, 9, 200),
    "wingman": (6.0, 3, 0),
    "lex_ship": (9.0, 999, 0),
    "turret": (9.0, 999, 0),
    "grounded": (7.0, 999, 0),
}


class Ship:
    """Any craft but the player: enemies, wingmen, Lex's ships, turrets, grounded drones.

    `target` is what the ship's signal points it at (for darts: the thing it homes
    on); `falling` ships have lost the signal and tumble harmlessly off screen.
    """

    __slots__ = ("alive", "cooldown", "falling", "flash", "hp", "kind", "r", "score", "slot",
                 "t", "target", "team", "vx", "vy", "x", "y")

    def __init__(self, kind: str, x: float, y: float, team: str = ENEMY,
                 vx: float = 0.0, vy: float = 0.0) -> None:
        r, hp, score = SHIP_STATS[kind]
        self.kind = kind
        self.team = team
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.r = r
        self.hp = hp
        self.score = score
        self.t = 0  # steps alive
        self.cooldown = 0
        self.flash = 0  # steps of white hit-flash (cosmetic, but deterministic)
        self.target: object | None = None
        self.falling = False
        self.alive = True
        self.slot = 0  # formation slot or lane


@dataclass
class Shield:
    """A dome at the bottom of the storm: the palace's, or a district's."""

    name: str
    label: str
    x: float  # centre, field coordinates
    half_width: float
    hp: float = 100.0
    y: float = FIELD_H - 6.0
    r: float = 6.0
    hit_flash: int = 0

    @property
    def up(self) -> bool:
        return self.hp > 0

    def covers(self, x: float) -> bool:
        return abs(x - self.x) <= self.half_width


@dataclass
class Beam:
    """The mothership's sweeping beam: telegraphed, then swept from x0 to x1."""

    x0: float
    x1: float
    telegraph: int  # steps of warning before it fires
    sweep: int  # steps the sweep takes
    t: int = 0
    half_width: float = 10.0

    @property
    def firing(self) -> bool:
        return self.telegraph <= self.t < self.telegraph + self.sweep

    @property
    def done(self) -> bool:
        return self.t >= self.telegraph + self.sweep

    @property
    def x(self) -> float:
        """Current centre: the start line while warning, moving while firing."""
        progress = min(1.0, max(0.0, (self.t - self.telegraph) / self.sweep))
        return self.x0 + (self.x1 - self.x0) * progress


@dataclass
class Effect:
    """A one-shot animation (explosion, pulse, spark) with its own clock."""

    kind: str
    x: float
    y: float
    duration: int
    t: int = 0


@dataclass
class RadioLine:
    """A line of chatter shown in the comms box from `frame` for `length` steps."""

    frame: int
    speaker: str
    text: str
    length: int = 210


@dataclass
class Mothership:
    """The boss hazard: it cannot be destroyed, only survived."""

    x: float
    y: float
    r: float = 40.0
    beam: Beam | None = None
    beam_timer: int = 0
    wave_timer: int = 0
    absorbed: int = 0  # shots it soaked (for the sparks)
    extras: dict[str, int] = field(default_factory=dict)
