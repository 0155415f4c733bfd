"""Where the dialogue box goes for a line: never over the speaker, never over what
the camera is showing.

The stage knows the speaker's sprite and the camera's focus in map pixels; this
module turns them into rectangles on the screen (through the close framing, if
any) and picks the first placement of `PLACEMENTS` that covers neither: the full
box at the bottom, then at the top, then the narrower boxes in the corners, then the
slim ones without a portrait.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.dialogue_box import PLACEMENTS
from game.world.character import FRAME_H, FRAME_W
from game.world.hud import meters_rect

if TYPE_CHECKING:
    from game.world.stage import Stage

ORDER = ("bottom", "top", "bottom_right", "bottom_left", "top_right", "top_left", "top_slim",
         "bottom_slim")
FOCUS_SIZE = 24  # the area around the focus point that must stay visible


def _screen_rect(stage: Stage, left: float, top: float, w: float, h: float) -> pygame.Rect:
    offset = stage.camera.offset
    x0, y0 = stage.zoom.to_screen((left, top), offset)
    x1, y1 = stage.zoom.to_screen((left + w, top + h), offset)
    return pygame.Rect(round(x0), round(y0), max(1, round(x1 - x0)), max(1, round(y1 - y0)))


def speaker_rect(stage: Stage, speaker: str | None) -> pygame.Rect | None:
    """The speaker's sprite on the screen, or None (narration, or nobody of that name
    on this map, or hidden)."""
    if not speaker or stage.current is None:
        return None
    info = stage.content.speaker(speaker)
    found = stage.current.find(info.id if info else speaker) or stage.current.find(speaker)
    if found is None or not found.visible:
        return None
    return _screen_rect(stage, found.x - FRAME_W / 2, found.y - FRAME_H + 2, FRAME_W, FRAME_H)


def focus_rect(stage: Stage) -> pygame.Rect:
    fx, fy = stage.focus()
    half = FOCUS_SIZE / 2
    return _screen_rect(stage, fx - half, fy - half, FOCUS_SIZE, FOCUS_SIZE)


def avoid(stage: Stage, speaker: str | None) -> list[pygame.Rect]:
    """What the box must not cover for this line, on the screen."""
    rects = [focus_rect(stage)]
    sprite = speaker_rect(stage, speaker)
    if sprite is not None:
        rects.append(sprite)
    return rects


def choose(rects: list[pygame.Rect], rather_not: list[pygame.Rect] | None = None) -> str:
    """The first placement that covers none of `rects` (and, if one can, none of
    `rather_not`: the HUD's meters); else the one covering least of `rects`."""
    def covered(name: str, which: list[pygame.Rect]) -> int:
        box = PLACEMENTS[name]
        return sum(r.clip(box).width * r.clip(box).height for r in which)

    for which in ([*rects, *(rather_not or [])], rects):
        for name in ORDER:
            if covered(name, which) == 0:
                return name
    return min(ORDER, key=lambda name: covered(name, rects))


def place(stage: Stage, speaker: str | None) -> pygame.Rect:
    """The box's rectangle for a line spoken by `speaker` (None: narration)."""
    if stage.current is None:
        return PLACEMENTS["bottom"]
    hud = meters_rect(stage.ctx.fonts.small, stage.session.meters)
    return PLACEMENTS[choose(avoid(stage, speaker), [hud] if hud.width else [])]
