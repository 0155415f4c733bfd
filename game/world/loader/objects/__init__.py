"""One small parser per object class, and the registry that picks one for an object.

`PARSERS` is an immutable table; `ObjectParsers` is built from it (or from a table a
test or a later act supplies), so adding a class is one entry here plus its module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import MappingProxyType

from game.core.errors import ContentError
from game.world.loader.map_source import RawObject
from game.world.loader.objects.collision import parse_collision
from game.world.loader.objects.context import ParseContext
from game.world.loader.objects.crowd import parse_crowd
from game.world.loader.objects.door import parse_door
from game.world.loader.objects.emitter import parse_emitter
from game.world.loader.objects.music import parse_music
from game.world.loader.objects.npc import parse_npc
from game.world.loader.objects.prop import parse_prop
from game.world.loader.objects.sign import parse_sign
from game.world.loader.objects.spawn import parse_spawn
from game.world.loader.objects.trigger import parse_trigger
from game.world.model import MapData

ObjectParser = Callable[[RawObject, ParseContext, MapData], None]

PARSERS: tuple[tuple[str, ObjectParser], ...] = (
    ("Collision", parse_collision),
    ("Spawn", parse_spawn),
    ("Door", parse_door),
    ("NPC", parse_npc),
    ("Sign", parse_sign),
    ("Inspect", parse_sign),
    ("Trigger", parse_trigger),
    ("Music", parse_music),
    ("Prop", parse_prop),
    ("Emitter", parse_emitter),
    ("Crowd", parse_crowd),
)
COLLISION_GROUP = "collision"


class ObjectParsers:
    """Class name -> parser. An object without a class is a Prop when it is a tile,
    Collision on a layer named `collision`, and otherwise ignored (the linter warns)."""

    def __init__(self, table: Iterable[tuple[str, ObjectParser]] = PARSERS) -> None:
        self._by_class = MappingProxyType(dict(table))

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(self._by_class)

    def class_of(self, obj: RawObject) -> str:
        """The class that reads `obj` ("" when nothing does)."""
        if obj.cls:
            return obj.cls
        if obj.gid:
            return "Prop"
        return "Collision" if obj.group.strip().lower() == COLLISION_GROUP else ""

    def parse(self, obj: RawObject, ctx: ParseContext, data: MapData) -> None:
        kind = self.class_of(obj)
        if not kind:
            return
        parser = self._by_class.get(kind)
        if parser is None:
            raise ContentError(f"{ctx.ref(obj)}: unknown class '{kind}' "
                               f"(known: {', '.join(self.classes)})")
        parser(obj, ctx, data)
