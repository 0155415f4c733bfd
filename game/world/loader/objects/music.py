"""`Music`: an object that sets the map's music (the same as the map property)."""

from __future__ import annotations

from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext
from game.world.model import MapData


def parse_music(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    if "music" in obj.properties:
        data.music = str(obj.properties["music"])
