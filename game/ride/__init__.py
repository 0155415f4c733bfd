"""Calm pod rides: the flight's sky without weapons, a route, talk and set pieces."""

from __future__ import annotations

from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.ride.rules import RideResult, RideRun
from game.ride.spec import SOURCE, RideSpec, parse_rides


def load_ride(assets: AssetResolver, name: str) -> RideSpec:
    """One ride of assets/data/rides.json; a ContentError if it is not there."""
    rides = parse_rides(assets.json(SOURCE))
    if name not in rides:
        raise ContentError(f"{SOURCE}: no ride '{name}' (rides: {', '.join(sorted(rides))})")
    return rides[name]


__all__ = ["RideResult", "RideRun", "RideSpec", "load_ride", "parse_rides"]
