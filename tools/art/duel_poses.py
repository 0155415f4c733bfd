"""The duel's fighters: side-on figures posed from joint angles, one sheet each.

Poses are data (angles in degrees, 0 = straight down, positive = towards the
foe), so a new pose is one line; the figure is drawn limb by limb with square
pixels and outlined in ink. The colours come from the cast sheet (cast.json), so
the duel cannot disagree with the walk sprite: Kara faces right in Winn's battle
suit (`kara_suit`: dark red plates, gold edges), Rhea faces left in black and
crimson under her tall crown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pygame

from tools.art.cast import CastMember, load_cast
from tools.art.character_parts import RAMPS
from tools.art.palette import rgba
from tools.art.pixels import new_surface, save_png

FRAME_W, FRAME_H = 56, 64
FEET_Y = 61

# name: (lean, back arm (shoulder, elbow), front arm, back leg (hip, knee), front leg, drop)
Pose = tuple[float, tuple[float, float], tuple[float, float], tuple[float, float],
             tuple[float, float], int]
POSES: dict[str, Pose] = {
    "idle": (4, (-20, 40), (30, 110), (-14, -4), (16, 6), 0),
    "windup_strike": (-12, (-40, 20), (-150, -60), (-20, -10), (18, 10), 1),
    "strike": (22, (-40, 10), (95, 90), (-28, -20), (28, 10), 1),
    "windup_knee": (-6, (-50, 30), (20, 80), (-10, 0), (60, -30), 3),
    "knee": (12, (-60, 20), (40, 100), (-16, -6), (100, -20), 2),
    "windup_lunge": (-18, (-60, -10), (-110, -40), (-30, -20), (30, 20), 4),
    "lunge": (38, (-30, 10), (110, 100), (-50, -30), (52, 0), 6),
    "block": (-4, (60, 150), (80, 160), (-22, -12), (20, 10), 2),
    "press": (26, (70, 10), (80, 0), (-30, -20), (30, 40), 6),
    "sweep": (30, (-30, 20), (60, 80), (-70, -60), (80, 80), 12),
    "stagger": (-22, (-80, -40), (-40, 10), (-24, -10), (6, 20), 0),
    "kneel": (10, (10, 40), (30, 60), (-80, 0), (70, -10), 12),
}
KARA_POSES = ("idle", "block", "press", "sweep", "stagger", "kneel")
RHEA_POSES = ("idle", "windup_strike", "strike", "windup_knee", "knee", "windup_lunge",
              "lunge", "stagger", "kneel")


@dataclass(frozen=True)
class Look:
    suit: str
    suit_dark: str
    accent: str
    skin: str
    hair: str
    cape: str | None = None
    crown: bool = False
    glasses: bool = False


def look_of(member: CastMember) -> Look:
    """A fighter's colours from their cast entry: the top's light and base for the
    near and far limbs, the accent for belt and boots, the cape's shade (a gown's
    skirt is drawn as the cape), the crown and glasses from the extras."""
    top, skin, hair = RAMPS[member.clothes.top], RAMPS[member.skin], RAMPS[member.hair.colour]
    clothes = member.clothes
    cape = clothes.cape or (clothes.bottom if clothes.skirt == "gown" else None)
    return Look(top[0], top[1], RAMPS[clothes.accent][1], skin[1], hair[1],
                cape=RAMPS[cape][2] if cape else None,
                crown=any(e in member.extras for e in ("crown", "tall_crown")),
                glasses="glasses" in member.extras)


CAST = load_cast()
KARA = look_of(CAST["kara_suit"])
RHEA = look_of(CAST["rhea"])


def _end(start: tuple[float, float], angle: float, length: float) -> tuple[float, float]:
    a = math.radians(angle)
    return start[0] + math.sin(a) * length, start[1] + math.cos(a) * length


def _limb(surf: pygame.Surface, colour: str, a: tuple[float, float],
          b: tuple[float, float], width: int) -> None:
    pygame.draw.line(surf, rgba(colour), (round(a[0]), round(a[1])),
                     (round(b[0]), round(b[1])), width)
    pygame.draw.circle(surf, rgba(colour), (round(b[0]), round(b[1])), width // 2)


def figure(pose: Pose, look: Look) -> pygame.Surface:
    """One frame facing right: back limbs darker, front limbs over the torso."""
    lean, back_arm, front_arm, back_leg, front_leg, drop = pose
    body = new_surface(FRAME_W, FRAME_H)
    hip = (24.0, FEET_Y - 22.0 + drop)
    shoulder = (hip[0] + math.sin(math.radians(lean)) * 15,
                hip[1] - math.cos(math.radians(lean)) * 15)

    def leg(angles: tuple[float, float], colour: str) -> None:
        knee = _end(hip, angles[0], 11)
        foot = _end(knee, angles[1], 11)
        _limb(body, colour, hip, knee, 5)
        _limb(body, colour, knee, foot, 4)
        _limb(body, look.accent if colour == look.suit else look.suit_dark, foot,
              (foot[0] + 3, foot[1]), 3)

    def arm(angles: tuple[float, float], colour: str) -> None:
        elbow = _end(shoulder, angles[0], 9)
        hand = _end(elbow, angles[1], 8)
        _limb(body, colour, shoulder, elbow, 4)
        _limb(body, colour, elbow, hand, 3)
        pygame.draw.circle(body, rgba(look.skin), (round(hand[0]), round(hand[1])), 2)

    if look.cape:
        tail = (shoulder[0] - 10, hip[1] + 12)
        pygame.draw.polygon(body, rgba(look.cape), [shoulder, (shoulder[0] - 3, shoulder[1]),
                                                     tail, (hip[0] - 2, hip[1] + 14)])
    leg(back_leg, look.suit_dark)
    arm(back_arm, look.suit_dark)
    _limb(body, look.suit, hip, shoulder, 8)
    _limb(body, look.accent, (hip[0], hip[1] - 1), (hip[0] + 1, hip[1] - 1), 3)  # belt
    leg(front_leg, look.suit)
    head = _end(shoulder, 180 + lean * 0.5, 6)
    pygame.draw.circle(body, rgba(look.skin), (round(head[0]), round(head[1])), 4)
    pygame.draw.circle(body, rgba(look.hair), (round(head[0] - 1), round(head[1] - 2)), 3)
    pygame.draw.circle(body, rgba(look.skin), (round(head[0] + 1), round(head[1] + 1)), 3)
    if look.crown:
        pygame.draw.line(body, rgba("gold"), (round(head[0]) - 3, round(head[1]) - 5),
                         (round(head[0]) + 2, round(head[1]) - 5), 2)
    if look.glasses:  # a clear lens with a glint, never dark
        body.set_at((round(head[0]) + 2, round(head[1]) - 1), rgba("white"))
    pygame.draw.circle(body, rgba(look.accent), (round(shoulder[0]), round(shoulder[1])), 2)
    arm(front_arm, look.suit)
    return _outlined(body)


def _outlined(body: pygame.Surface) -> pygame.Surface:
    """A 1 px ink outline around every opaque pixel, as the sprites have."""
    out = new_surface(FRAME_W, FRAME_H)
    mask = pygame.mask.from_surface(body)
    ink = mask.to_surface(setcolor=rgba("ink"), unsetcolor=(0, 0, 0, 0))
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        out.blit(ink, (dx, dy))
    out.blit(body, (0, 0))
    return out


def sheet(names: tuple[str, ...], look: Look, facing_left: bool) -> pygame.Surface:
    """One row of frames in `names` order."""
    surf = new_surface(FRAME_W * len(names), FRAME_H)
    for i, name in enumerate(names):
        frame = figure(POSES[name], look)
        if facing_left:
            frame = pygame.transform.flip(frame, True, False)
        surf.blit(frame, (i * FRAME_W, 0))
    return surf


def build(root: Path) -> list[Path]:
    return [
        save_png(sheet(KARA_POSES, KARA, False), root / "fx" / "duel_kara.png"),
        save_png(sheet(RHEA_POSES, RHEA, True), root / "fx" / "duel_rhea.png"),
    ]
