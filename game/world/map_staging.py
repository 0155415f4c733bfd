"""What a cutscene changes on the map besides people: props picked up and put
down, and the crowds. Kept apart from `World` so the map's own bookkeeping stays
small; `World` owns one `Staging` and asks it which props are on show."""

from __future__ import annotations

from collections.abc import Callable

from game.content_staging import PoseDef, PoseTable
from game.core.errors import ContentError
from game.world.character import FEET_H, FEET_W, Character, Held, SpriteSheet
from game.world.collision import Box, CollisionWorld
from game.world.conditions import ALWAYS, Condition
from game.world.crowd import Crowd
from game.world.model import MapData, ObjectRef, Prop


class Staging:
    def __init__(self, data: MapData, sheets: Callable[[str], SpriteSheet], poses: PoseTable,
                 collision: CollisionWorld) -> None:
        self.data = data
        self.sheets = sheets
        self.poses = poses
        self.collision = collision
        self.taken: list[Prop] = []  # map props in someone's hands
        self.placed: list[Prop] = []  # items put down somewhere new
        self.crowds: dict[str, Crowd] = {}

    def pose(self, name: str, where: str) -> PoseDef | None:
        """A map object's `pose`, or None; an unknown one names the object."""
        if not name:
            return None
        found = self.poses.poses.get(name)
        if found is None and self.poses.poses:
            raise ContentError(f"{where}: pose '{name}' is not in assets/data/poses.json "
                               f"(known: {', '.join(self.poses.names)})")
        return found

    def props_on_show(self, holds: Callable[[Condition], bool]) -> list[Prop]:
        shown = [p for p in self.data.props
                 if holds(p.when) and not any(p is t for t in self.taken)]
        return shown + self.placed

    def put(self, held: Held, to: tuple[float, float] | None) -> None:
        source = held.source
        if to is None and source is not None:
            self.taken = [p for p in self.taken if p is not source]
            return
        if to is None:
            return  # from no table on this map: put away where no one sees it
        w, h = held.image.get_size()
        ref = source.ref if source is not None else ObjectRef(self.data.name, 0, held.item)
        self.placed.append(Prop(to[0] - w / 2, to[1] - h, (held.image,), (0,), ALWAYS, False,
                                ref, item=held.item))

    def refresh_crowds(self, holds: Callable[[Condition], bool]) -> None:
        """Crowds whose `when` holds are there (built once, kept while it holds)."""
        crowds: dict[str, Crowd] = {}
        for spec in self.data.crowds:
            if not holds(spec.when):
                continue
            crowd = self.crowds.get(spec.name)
            if crowd is None:
                crowd = Crowd(spec, self.data.name, self.sheets, self.poses, self._free,
                              self._focus(spec.focus, str(spec.ref)))
            crowds[spec.name] = crowd
        self.crowds = crowds

    def crowd_members(self) -> list[Character]:
        return [m for crowd in self.crowds.values() for m in crowd.members]

    def _focus(self, name: str, where: str) -> tuple[float, float] | None:
        if not name:
            return None
        spawn = self.data.spawns.get(name)
        if spawn is None:
            known = ", ".join(sorted(self.data.spawns)) or "none"
            raise ContentError(f"{where}: focus '{name}' is not a Spawn on this map "
                               f"(spawns: {known})")
        return spawn.x, spawn.y

    def _free(self, x: float, y: float) -> bool:
        """Feet that would stand on open floor (a crowd never stands in a wall)."""
        box = Box(x - FEET_W / 2, y - FEET_H, FEET_W, FEET_H)
        return self.collision.box_free(box)
