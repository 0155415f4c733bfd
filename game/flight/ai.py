"""How each kind of ship behaves, one small function per kind.

Enemies follow their signal's `target` (the thing the mothership points them
at); the recode pulse re-points them, which is what the player sees as the swarm
suddenly changing its mind. Allies are simple helpers that make the player feel
part of a battle without stealing it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.flight.entities import (
    ALLY,
    FIELD_H,
    FIELD_W,
    LEX,
    NEEDLE,
    ORB,
    RING,
    Effect,
    Mothership,
    Player,
    Shield,
    Ship,
)
from game.flight.patterns import aimed, ally_shot, ring, toward

if TYPE_CHECKING:
    from game.flight.battle import Battle

OFFSCREEN = 40
WING_SLOTS = ((-26, 16), (26, 16), (-46, 30), (46, 30))


def update_ship(battle: Battle, ship: Ship) -> None:
    """Advance one ship one step: its kind's behaviour, then bookkeeping."""
    ship.t += 1
    ship.flash = max(0, ship.flash - 1)
    ship.cooldown = max(0, ship.cooldown - 1)
    if ship.falling:
        _fall(ship)
    else:
        BEHAVIOURS[ship.kind](battle, ship)
    if not (-OFFSCREEN - 40 < ship.x < FIELD_W + OFFSCREEN + 40
            and -OFFSCREEN - 80 < ship.y < FIELD_H + OFFSCREEN):
        ship.alive = False


def _target_xy(ship: Ship) -> tuple[float, float] | None:
    target = ship.target
    if isinstance(target, (Ship, Player)):
        return (target.x, target.y) if target.alive else None
    if isinstance(target, Shield):
        return (target.x + (ship.slot % 5 - 2) * target.half_width * 0.3, target.y - 4)
    return None


def _cooldown(battle: Battle, base: int) -> int:
    """Steps until the next shot, shorter on harder settings, jittered by the seed."""
    return max(8, int(base / battle.tuning.enemy_fire) + battle.rng.randint(0, base // 3))


def _dart(battle: Battle, ship: Ship) -> None:
    """Fast interceptors: fly their entry line, then home on their signal."""
    speed = 2.3 if ship.vy >= 0 else 2.0
    goal = _target_xy(ship)
    if ship.t > 30 and ship.t < 420 and goal is not None:
        want_x, want_y = toward(ship.x, ship.y, goal[0], goal[1], speed)
        ship.vx += (want_x - ship.vx) * 0.06
        ship.vy += (want_y - ship.vy) * 0.06
        if isinstance(ship.target, Shield) and ship.y >= ship.target.y - 10:
            battle.stage.shield_hit(ship.target, 4.0, ship.x)
            battle.destroy(ship, scored=False)
            return
    ship.x += ship.vx
    ship.y += ship.vy
    if ship.cooldown == 0 and 10 < ship.y < FIELD_H * 0.6 and ship.t > 20:
        p = battle.player
        if p.alive and battle.rng.random() < 0.6:
            aimed(battle, ship.x, ship.y + 4, p.x, p.y, 2.2, NEEDLE)
        ship.cooldown = _cooldown(battle, 90)


def _drone(battle: Battle, ship: Ship) -> None:
    """Slow gun platforms: sink to a holding line, sway, and fire aimed orbs."""
    hold = 40 + (ship.slot % 3) * 16
    if ship.y < hold or ship.t > 600:
        ship.y += max(ship.vy, 0.6)
    else:
        ship.y += 0.12
    ship.x += ship.vx + math.sin((ship.t + ship.slot * 17) / 30) * 0.35
    goal = _target_xy(ship) or (battle.player.x, battle.player.y)
    if ship.cooldown == 0 and ship.y > 8 and ship.t > 30:
        if battle.rng.random() < 0.25 * battle.tuning.enemy_fire:
            ring(battle, ship.x, ship.y, 8, 1.3, RING, phase=ship.t / 10)
        else:
            aimed(battle, ship.x, ship.y + 6, goal[0], goal[1], 1.7, ORB)
        ship.cooldown = _cooldown(battle, 75)


def _bomber(battle: Battle, ship: Ship) -> None:
    """Heavy divers: curve down onto a shield and break on it unless shot first."""
    goal = _target_xy(ship) or (ship.x, FIELD_H)
    ship.vy = min(1.1, ship.vy + 0.01)
    ship.vx += (max(-0.8, min(0.8, (goal[0] - ship.x) * 0.02)) - ship.vx) * 0.05
    ship.x += ship.vx
    ship.y += ship.vy
    if ship.cooldown == 0 and ship.y > 10:
        aimed(battle, ship.x, ship.y + 8, ship.x, FIELD_H, 1.8, ORB, count=3, spread_deg=25)
        ship.cooldown = _cooldown(battle, 120)
    if ship.y >= FIELD_H - 18:
        target = ship.target if isinstance(ship.target, Shield) else None
        if target is not None:
            battle.stage.shield_hit(target, 12.0, ship.x)
        battle.destroy(ship, scored=False)


def _wingman(battle: Battle, ship: Ship) -> None:
    """Keep formation on the player and shoot straight ahead."""
    p = battle.player
    ox, oy = WING_SLOTS[ship.slot % len(WING_SLOTS)]
    ship.x += (p.x + ox - ship.x) * 0.08
    ship.y += (p.y + oy - ship.y) * 0.08
    if ship.cooldown == 0 and battle.enemies and not battle.control_locked:
        ally_shot(battle, ship.x, ship.y - 8)
        ship.cooldown = 16


def _lex_ship(battle: Battle, ship: Ship) -> None:
    """Lex's ships: hold station while "unknown", then hunt the nearest drone."""
    if ship.target == "rescue":  # flown by the stage's script
        return
    if ship.target == "leave":
        ship.y -= 1.6
        return
    hold_y = 70 + (ship.slot % 3) * 14
    if ship.target == "hail":
        ship.y += (hold_y - ship.y) * 0.03
        ship.x += ((FIELD_W / 2 + (ship.slot - 1) * 60) - ship.x) * 0.03
        return
    prey = _nearest(ship, [e for e in battle.enemies if not e.falling and e.kind != "grounded"])
    if prey is not None:
        lane = prey.x + (ship.slot - 1) * 28  # spread out: three ships, three angles
        ship.x += max(-1.2, min(1.2, (lane - ship.x) * 0.05))
        ship.y += ((FIELD_H - 70 - ship.slot * 18) - ship.y) * 0.02
        if ship.cooldown == 0:
            ally_shot(battle, ship.x, ship.y - 10, prey.x, prey.y, kind="laser")
            ship.cooldown = 22
    else:
        ship.y += ((FIELD_H - 70 - ship.slot * 18) - ship.y) * 0.02


def _turret(battle: Battle, ship: Ship) -> None:
    """Palace guns: lob shells at whatever is closest to the palace."""
    prey = _nearest(ship, [e for e in battle.enemies if not e.falling and e.y > 0])
    if prey is not None and ship.cooldown == 0:
        ally_shot(battle, ship.x, ship.y - 10, prey.x, prey.y, kind="shell")
        ship.cooldown = 40


def _grounded(battle: Battle, ship: Ship) -> None:
    """A powered-down drone on the ground: rides the scrolling ground, still live."""
    ship.y += battle.stage.scroll_speed


def _fall(ship: Ship) -> None:
    """Signal lost: no thrust, the drone tumbles and drops out of the sky."""
    ship.vx *= 0.97
    ship.vy = min(4.0, ship.vy + 0.07)
    ship.x += ship.vx
    ship.y += ship.vy


def _nearest(ship: Ship, others: list[Ship]) -> Ship | None:
    best, best_d = None, 1e18
    for other in others:
        d = (other.x - ship.x) ** 2 + (other.y - ship.y) ** 2
        if d < best_d:
            best, best_d = other, d
    return best


def update_mothership(battle: Battle, mother: Mothership) -> None:
    """Drift, run the telegraphed beam, and let the stage launch its drone waves."""
    mother.x = FIELD_W / 2 + math.sin(battle.frame / 240) * 40
    beam = mother.beam
    if beam is None:
        return
    beam.t += 1
    if beam.firing:
        x = beam.x
        p = battle.player
        if p.alive and abs(p.x - x) < beam.half_width + p.r:
            battle.hurt_player()
        for ship in battle.allies:
            if ship.team == ALLY and abs(ship.x - x) < beam.half_width:
                battle.damage_ally(ship)
        for shield in battle.shields:
            if shield.covers(x):
                battle.stage.shield_hit(shield, battle.stage.beam_shield_damage, x)
        if beam.t % 6 == 0:
            battle.effects.append(Effect("spark", x, FIELD_H - 8, 12))
    if beam.done:
        mother.beam = None


BEHAVIOURS = {
    "dart": _dart, "drone": _drone, "bomber": _bomber, "wingman": _wingman,
    "lex_ship": _lex_ship, "turret": _turret, "grounded": _grounded,
}

__all__ = ["LEX", "update_mothership", "update_ship"]
