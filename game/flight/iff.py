"""Friend, foe or unknown: how every craft in the field is marked.

Why a module of its own: the renderer draws the markers and the tests check them,
and both must agree on one rule. Each standing has its own shape, not only its own
colour, so a colour-blind player reads it too: friends wear a round ring, foes
square corner brackets, unknowns a diamond with a question mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from game.flight.entities import ENEMY, Ship

if TYPE_CHECKING:
    from game.flight.battle import Battle

Standing = Literal["friend", "foe", "unknown"]
FRIEND: Standing = "friend"
FOE: Standing = "foe"
UNKNOWN: Standing = "unknown"
#: The marker shape of each standing (what `art.make_marker` draws).
SHAPES: dict[Standing, str] = {FRIEND: "ring", FOE: "brackets", UNKNOWN: "diamond"}
#: Kinds that carry no marker: scenery the player cannot mistake (palace guns) or
#: hazards with their own blinking armed light (grounded drones).
UNMARKED = frozenset({"turret", "grounded"})


def standing(battle: Battle, ship: Ship) -> Standing | None:
    """How the pilot should read `ship` now, or None for no marker (a falling drone
    is out of the fight; the kinds in UNMARKED are never marked)."""
    if ship.falling or not ship.alive or ship.kind in UNMARKED:
        return None
    if battle.stage.is_unknown(ship):
        return UNKNOWN
    return FOE if ship.team == ENEMY else FRIEND
