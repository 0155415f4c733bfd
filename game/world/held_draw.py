"""Where a held item is drawn: at the hands of the pose (or the carry anchor), in
front of the body or, seen from behind, behind it."""

from __future__ import annotations

import pygame

from game.world.character import FRAME_H, FRAME_W, Character

Drawable = tuple[float, float, pygame.Surface, int, int]  # sort y, sort x, image, x, y


def held_drawables(ch: Character) -> list[Drawable]:
    """The item in `ch`'s hands as one drawable sorted just before or after them."""
    held = ch.held
    if held is None or not ch.visible:
        return []
    facing = ch.facing.value
    anchors = ch.pose.items if ch.pose is not None and not ch.moving else {}
    anchor = anchors.get(facing) or held.carry.get(facing)
    if anchor is None:
        return []
    left = round(ch.x - FRAME_W / 2)
    top = round(ch.y - FRAME_H + 2)
    w, h = held.image.get_size()
    bob = 1 if ch.moving and (ch.anim_step // 8) % 2 else 0
    x = left + anchor.x - w // 2
    y = top + anchor.y - h // 2 + bob
    depth = ch.y - 0.01 if anchor.behind else ch.y + 0.01
    return [(depth, ch.x, held.image, x, y)]
