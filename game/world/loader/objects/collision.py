"""`Collision` (or any object on a layer named `collision`): a solid box or polygon.

Polygons become rows of small rects, clipped to the map, so a stray vertex far
outside cannot make the loader walk millions of cells.
"""

from __future__ import annotations

import pygame

from game.world.loader.map_source import RawObject
from game.world.loader.objects.context import ParseContext, rect_of
from game.world.model import MapData

CELL = 4  # pixels; polygon collision is this fine


def parse_collision(obj: RawObject, ctx: ParseContext, data: MapData) -> None:
    if not obj.points:
        rect = rect_of(obj)
        if rect.width and rect.height:
            data.solid_rects.append(rect)
        return
    bounds = (ctx.width * ctx.tile_size, ctx.height * ctx.tile_size)
    data.solid_rects.extend(rasterise_polygon(list(obj.points), CELL, bounds))


def rasterise_polygon(points: list[tuple[float, float]], cell: int,
                      bounds: tuple[int, int]) -> list[pygame.Rect]:
    """Cover a polygon with cell-sized rects merged along rows, inside (0, 0)-bounds."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0 = max(0, int(min(xs)) // cell * cell)
    y0 = max(0, int(min(ys)) // cell * cell)
    x1 = min(bounds[0], int(max(xs)) + cell)
    y1 = min(bounds[1], int(max(ys)) + cell)
    rects: list[pygame.Rect] = []
    for y in range(y0, y1, cell):
        run_start = None
        for x in range(x0, x1 + cell, cell):
            inside = x < x1 and _point_in_polygon(x + cell / 2, y + cell / 2, points)
            if inside and run_start is None:
                run_start = x
            elif not inside and run_start is not None:
                rects.append(pygame.Rect(run_start, y, x - run_start, cell))
                run_start = None
    return rects


def _point_in_polygon(px: float, py: float, points: list[tuple[float, float]]) -> bool:
    inside = False
    n = len(points)
    for i in range(n):
        ax, ay = points[i]
        bx, by = points[(i + 1) % n]
        if (ay > py) != (by > py):
            cross = ax + (py - ay) * (bx - ax) / (by - ay)
            if px < cross:
                inside = not inside
    return inside
