"""Checkpoints inside a stage: a frozen copy of the battle to resume from.

Why a deep copy and not a replay from the start: the battle is plain Python data
with its own `random.Random`, so a copy taken at the checkpoint step resumes the
very same fight (same seed, same waves still to come) at no cost while playing.
The stage's words are immutable and shared, not copied.
"""

from __future__ import annotations

import copy

from game.flight.battle import Battle
from game.flight.options import FlightOptions

RESUME_INVULN = 90  # a breath of blinking when play resumes


def reached(battle: Battle) -> bool:
    """True on the step a stage's data names as a checkpoint, while still in the fight."""
    return (battle.frame in battle.stage.script.checkpoints and battle.outcome is None
            and battle.player.alive and not battle.lose_timer)


def take(battle: Battle) -> Battle:
    """The copy a later retry resumes from."""
    return copy.deepcopy(battle)


def resume(saved: Battle, options: FlightOptions) -> Battle:
    """A fresh copy of `saved` to play on with `options` (a retry may be easier):
    the hull is repaired and the stage may patch what it needs (`Stage.resume`)."""
    battle = copy.deepcopy(saved)
    battle.options = options
    battle.tuning = options.tuning
    p = battle.player
    p.max_hp = p.hp = battle.tuning.player_hp
    p.invuln = RESUME_INVULN
    battle.enemy_bullets.clear()
    battle.stage.resume()
    return battle
