"""Can the player stand where a map maker put things, and walk to what matters?

The collision grid is built the way `game.world.loader` builds it: tiles whose
tileset property `solid` is true (on any drawn tile layer), every tile of a
layer named `collision`, and Collision objects (class `Collision`, or any
object on an object layer named `collision`). Spawns and NPCs are checked with
the character's real feet box (`game.world.character.FEET_W/FEET_H`); walking
is a flood fill at tile resolution from every arrival point (`tools.maps.arrivals`:
door targets, `<<change_map>>` targets, the story's start; every Spawn when nothing
leads to the map yet), where a tile is blocked
when a solid tile or the middle of a collision shape covers it (a little
generous, so a report is always worth looking at).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from game.world.character import FEET_H, FEET_W
from tools.maps.context import Project, Report
from tools.maps.tmx import MapObject, TmxMap

Cell = tuple[int, int]
SPRITES_LAYER = "sprites"
COLLISION_LAYER = "collision"


@dataclass
class Grid:
    width: int
    height: int
    tile: int
    solid_tiles: set[Cell]
    shapes: list[MapObject]  # collision objects (rects, ellipses as rects, polygons)

    def blocked(self, cell: Cell) -> bool:
        x, y = cell
        if not (0 <= x < self.width and 0 <= y < self.height):
            return True
        if cell in self.solid_tiles:
            return True
        t = self.tile
        return any(_shape_has(s, x * t + t / 2, y * t + t / 2) for s in self.shapes)

    def box_hits_wall(self, left: float, top: float, w: float, h: float) -> str:
        """What solid thing the box overlaps, in words; "" when it stands free."""
        t = self.tile
        for cy in range(int(top // t), int((top + h - 0.01) // t) + 1):
            for cx in range(int(left // t), int((left + w - 0.01) // t) + 1):
                if (cx, cy) in self.solid_tiles:
                    return f"the solid tile at ({cx}, {cy})"
        samples = [(left + dx, top + dy) for dx in (0.5, w / 2, w - 0.5)
                   for dy in (0.5, h / 2, h - 0.5)]
        for shape in self.shapes:
            if any(_shape_has(shape, px, py) for px, py in samples):
                return f"the collision shape {shape.label}"
        return ""


def build_grid(tmx: TmxMap) -> Grid:
    solid: set[Cell] = set()
    for layer in tmx.tile_layers:
        lname = layer.name.strip().lower()
        if lname == SPRITES_LAYER or (not layer.visible and lname != COLLISION_LAYER):
            continue
        if layer.when:  # a landed ship: a wall only while its condition holds, like a prop
            continue
        for index, gid in enumerate(layer.gids):
            if not gid:
                continue
            cell = (index % layer.width, index // layer.width)
            if lname == COLLISION_LAYER:
                solid.add(cell)
                continue
            prop = tmx.tile_props(gid).get("solid")
            if prop is not None and prop.value == "true":
                solid.add(cell)
    shapes = [o for o in tmx.objects if o.shape not in ("point", "polyline") and
              (o.cls == "Collision" or (not o.cls and o.layer.strip().lower() == COLLISION_LAYER))]
    return Grid(tmx.width, tmx.height, tmx.tile_size, solid, shapes)


def check_reach(project: Project, tmx: TmxMap, report: Report) -> None:
    where = project.rel(tmx.path)
    if tmx.problems or not tmx.width:
        return
    grid = build_grid(tmx)
    spawn_cells: dict[str, Cell] = {}
    for obj in tmx.objects:
        if obj.cls not in ("Spawn", "NPC"):
            continue
        fx, fy = _feet(obj)
        wall = grid.box_hits_wall(fx - FEET_W / 2, fy - FEET_H, FEET_W, FEET_H)
        if wall:
            who = "spawn" if obj.cls == "Spawn" else "NPC"
            report.error(where, obj.label, f"{who} '{obj.name}' stands inside a wall "
                         f"(its feet overlap {wall})")
        if obj.cls == "Spawn":  # walk from its middle even when its feet touch a wall
            spawn_cells.setdefault(obj.name, (int(fx // grid.tile),
                                              int((fy - FEET_H / 2) // grid.tile)))
    if not spawn_cells:
        report.warn(where, "", "has no Spawn, so the player can never arrive on it")
        return
    arrivals = {name: sources for name, sources in
                project.arrivals.get(tmx.path.resolve(), {}).items() if name in spawn_cells}
    # Nothing leads here yet (a new map, linted on its own): every Spawn is a start.
    starts = arrivals or {name: [] for name in spawn_cells}
    reached: set[Cell] = set()
    for name, sources in starts.items():
        region = _flood(grid, [spawn_cells[name]])
        reached |= region
        if sources:
            _check_way_out(tmx, grid, region, name, sources, where, report)
    _check_patrols(tmx, grid, where, report)
    start_words = ("where the player arrives (spawn " + ", ".join(sorted(arrivals)) + ")"
                   if arrivals else "any Spawn")
    size = (tmx.width * tmx.tile_size, tmx.height * tmx.tile_size)
    for obj in tmx.objects:
        if not (0 <= obj.centre[0] <= size[0] and 0 <= obj.centre[1] <= size[1]):
            continue  # reported as off the map
        cells = _target_cells(grid, obj)
        if cells is not None and not cells & reached:
            report.error(where, obj.label, f"{obj.cls} cannot be reached on foot from "
                         f"{start_words}")


def _check_way_out(tmx: TmxMap, grid: Grid, region: set[Cell], name: str,
                   sources: list[str], where: str, report: Report) -> None:
    """An arrival from which no Door can be walked to seals the player in."""
    doors = [o for o in tmx.objects if o.cls == "Door"]
    if not doors:
        return  # a cutscene room: the script moves the player on
    if any((_target_cells(grid, d) or set()) & region for d in doors):
        return
    spawn = next(o for o in tmx.objects if o.cls == "Spawn" and o.name == name)
    report.error(where, spawn.label, f"spawn '{name}' is sealed in: the player arrives "
                 f"here ({'; '.join(sources[:3])}) but cannot walk to any Door from it")


def _check_patrols(tmx: TmxMap, grid: Grid, where: str, report: Report) -> None:
    """A guard's round: every point on open floor, each reachable from the guard's spot."""
    for obj in tmx.objects:
        prop = obj.props.get("patrol") if obj.cls == "NPC" else None
        if prop is None or not str(prop.value).strip():
            continue
        fx, fy = _feet(obj)
        home = _flood(grid, [(int(fx // grid.tile), int((fy - 1) // grid.tile))])
        for part in str(prop.value).split(";"):
            try:
                tx, ty = (int(float(v)) for v in part.split(","))
            except ValueError:
                report.error(where, obj.label, f"patrol point {part.strip()!r} should be "
                             "'x,y' in tiles, points separated by ';'")
                continue
            if grid.blocked((tx, ty)):
                report.error(where, obj.label, f"patrol point ({tx}, {ty}) is on a solid tile")
            elif (tx, ty) not in home:
                report.error(where, obj.label, f"patrol point ({tx}, {ty}) cannot be walked "
                             "to from where the guard stands")


def _feet(obj: MapObject) -> tuple[float, float]:
    """Where the loader puts a character: the object's centre, or the point itself."""
    if obj.width or obj.height:
        return obj.centre
    return obj.x, obj.y


def _flood(grid: Grid, starts: list[Cell]) -> set[Cell]:
    seen: set[Cell] = set()
    queue = deque(c for c in starts if not grid.blocked(c))
    seen.update(queue)
    while queue:
        x, y = queue.popleft()
        for n in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if n not in seen and not grid.blocked(n):
                seen.add(n)
                queue.append(n)
    return seen


def _target_cells(grid: Grid, obj: MapObject) -> set[Cell] | None:
    """Cells from which the player can use `obj`; None when it needs no walking to."""
    t = grid.tile
    if obj.cls == "NPC":
        fx, fy = _feet(obj)
        return _around({(int(fx // t), int((fy - 1) // t))})
    if obj.cls not in ("Door", "Sign", "Inspect", "Trigger"):
        return None
    mode = obj.props.get("mode")
    if obj.cls == "Trigger" and mode is not None and mode.value == "auto":
        return None
    x1, y1 = int(obj.x // t), int(obj.y // t)
    x2 = int(max(obj.x, obj.x + obj.width - 0.01) // t)
    y2 = int(max(obj.y, obj.y + obj.height - 0.01) // t)
    inside = {(x, y) for x in range(x1, x2 + 1) for y in range(y1, y2 + 1)}
    touch = obj.cls == "Trigger" and (mode is None or mode.value == "touch")
    return inside if touch else inside | _around(inside)


def _around(cells: set[Cell]) -> set[Cell]:
    return {(x + dx, y + dy) for x, y in cells
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))}


def _shape_has(obj: MapObject, px: float, py: float) -> bool:
    if obj.shape == "polygon":
        return _in_polygon(px, py, obj.points)
    return obj.x <= px < obj.x + obj.width and obj.y <= py < obj.y + obj.height


def _in_polygon(px: float, py: float, points: list[tuple[float, float]]) -> bool:
    inside = False
    for i, (ax, ay) in enumerate(points):
        bx, by = points[(i + 1) % len(points)]
        if (ay > py) != (by > py) and px < ax + (py - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside
