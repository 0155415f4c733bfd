"""F3: what a map maker needs to see: collision, doors, triggers, names, frame time."""

from __future__ import annotations

import pygame

from game.ui.text import BitmapFont
from game.world.world import World

SOLID = (210, 69, 46)
DOOR = (127, 178, 224)
TRIGGER = (245, 192, 74)
SIGN = (140, 191, 90)
FEET = (244, 239, 230)


def draw_debug(surface: pygame.Surface, world: World, offset: tuple[int, int],
               font: BitmapFont, frame_ms: float | None = None) -> None:
    ox, oy = offset
    data = world.data
    ts = data.tile_size
    view = pygame.Rect(ox, oy, 480, 270)
    for y in range(max(0, oy // ts), min(data.height, (oy + 270) // ts + 1)):
        for x in range(max(0, ox // ts), min(data.width, (ox + 480) // ts + 1)):
            if data.solid_tiles[y][x]:
                pygame.draw.rect(surface, SOLID, (x * ts - ox, y * ts - oy, ts, ts), 1)
    for r in data.solid_rects:
        if view.colliderect(r):
            pygame.draw.rect(surface, SOLID, r.move(-ox, -oy), 1)

    def labelled(rect: pygame.Rect, colour: tuple[int, int, int], text: str) -> None:
        if view.colliderect(rect.inflate(40, 20)):
            pygame.draw.rect(surface, colour, rect.move(-ox, -oy), 1)
            font.draw(surface, text, (rect.x - ox, rect.y - oy - 10), colour)

    for door in data.doors:
        labelled(door.rect, DOOR, f"{door.ref.object_name or 'door'} -> {door.to_map}")
    for trig in data.triggers:
        labelled(trig.rect, TRIGGER, f"{trig.dialogue} ({trig.mode.value})")
    for sign in data.signs:
        labelled(sign.rect, SIGN, sign.dialogue)
    for ch in world.characters:
        rect = ch.feet_rect()
        pygame.draw.rect(surface, FEET, rect.move(-ox, -oy), 1)
        if ch is not world.player:
            font.draw(surface, ch.name, (rect.x - ox - 4, rect.y - oy - 40), FEET)
    p = world.player
    info = f"{data.name}  x={p.x:.0f} y={p.y:.0f} tile=({int(p.x // ts)},{int(p.y // ts)})"
    if frame_ms is not None:
        info += f"  frame {frame_ms:.2f} ms"
    font.draw(surface, info, (4, 258), FEET)
