"""Bullet patterns: the shapes enemies and allies shoot, in one place.

Every enemy pattern scales its speed by the difficulty's `bullet_speed`, so the
stages only say *what* to fire, never how hard the player has it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.flight.entities import BOLT, HEAVY, LASER, SHELL, SPREAD, Bullet

if TYPE_CHECKING:
    from game.flight.battle import Battle


def toward(x: float, y: float, tx: float, ty: float, speed: float) -> tuple[float, float]:
    """Velocity of `speed` from (x, y) toward (tx, ty); straight down if on top of it."""
    dx, dy = tx - x, ty - y
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return 0.0, speed
    return dx / length * speed, dy / length * speed


def aimed(battle: Battle, x: float, y: float, tx: float, ty: float, speed: float, frame: int,
          count: int = 1, spread_deg: float = 0.0) -> None:
    """A fan of `count` enemy shots centred on the target."""
    speed *= battle.tuning.bullet_speed
    base = math.atan2(ty - y, tx - x)
    for i in range(count):
        offset = (i - (count - 1) / 2) * math.radians(spread_deg)
        angle = base + offset
        battle.fire_enemy(Bullet(x, y, math.cos(angle) * speed, math.sin(angle) * speed, frame))


def ring(battle: Battle, x: float, y: float, count: int, speed: float, frame: int,
         phase: float = 0.0) -> None:
    """`count` enemy shots evenly around a circle (drone bursts, bomber death)."""
    speed *= battle.tuning.bullet_speed
    for i in range(count):
        angle = phase + 2 * math.pi * i / count
        battle.fire_enemy(Bullet(x, y, math.cos(angle) * speed, math.sin(angle) * speed, frame))


def player_volley(battle: Battle, x: float, y: float, focus: bool) -> None:
    """The player's shot: a wide spread normally, a tight heavy stream while focusing
    (the classic trade: slow and precise, or fast and covering)."""
    add = battle.player_bullets.append
    if focus:
        add(Bullet(x - 4, y - 8, 0.0, -8.0, HEAVY))
        add(Bullet(x + 4, y - 8, 0.0, -8.0, HEAVY))
        return
    add(Bullet(x, y - 10, 0.0, -7.5, BOLT))
    add(Bullet(x - 6, y - 6, -1.1, -7.0, SPREAD))
    add(Bullet(x + 6, y - 6, 1.1, -7.0, SPREAD))


def ally_shot(battle: Battle, x: float, y: float, tx: float | None = None,
              ty: float | None = None, kind: str = "bolt") -> None:
    """Allied fire (wingmen, Lex's lasers, palace turret shells)."""
    frame = {"bolt": BOLT, "laser": LASER, "shell": SHELL}[kind]
    speed = {"bolt": 6.0, "laser": 7.0, "shell": 4.0}[kind]
    if tx is None or ty is None:
        vx, vy = 0.0, -speed
    else:
        vx, vy = toward(x, y, tx, ty, speed)
    battle.ally_bullets.append(Bullet(x, y, vx, vy, frame))
