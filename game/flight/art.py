"""Sprites for the flight, cut from assets/flight/ by sprites.json, plus the few
pictures the sheets do not have, drawn here at load from the game palette.

Procedural pieces (each in its own clearly named function):
- `make_flash_frames`: white silhouettes for the hit flash;
- `make_dome`: a shield dome at any width (the bubble sprite only comes in 32 px);
- `make_tractor_beam`: Lex's green rescue beam;
- `make_danger_halo`: a hot rim around enemy shots, so they read on any backdrop;
- `make_backed`: a dim disc under every shot, so it reads on the busiest backdrop;
- `make_outlined`, `make_marker`: the friend / foe / unknown rims and markers (iff.py).
"""

from __future__ import annotations

import pygame

from game.core.assets import AssetResolver

SHEET = "assets/flight/sprites.json"

# Palette entries (tools/art/palette.py) used by the procedural art.
INK = (0x1A, 0x0F, 0x1F)
NAVY = (0x1C, 0x23, 0x40)
BLUE = (0x34, 0x50, 0x8A)
BLUE_LIGHT = (0x4C, 0x79, 0xB5)
SKY = (0x7F, 0xB2, 0xE0)
GLOW = (0xB8, 0xE0, 0xF2)
GOLD = (0xF5, 0xC0, 0x4A)
PALE_GOLD = (0xFF, 0xE0, 0x8A)
RED_LIGHT = (0xD2, 0x45, 0x2E)
EMBER = (0xEE, 0x70, 0x40)
LEAF = (0x8C, 0xBF, 0x5A)
GREEN_LIGHT = (0x4F, 0x8A, 0x45)
WHITE = (0xF4, 0xEF, 0xE6)
VIOLET = (0x5A, 0x35, 0x61)
STONE_LIGHT = (0x9D, 0x98, 0xA8)


ENEMY_BULLET_FRAMES = (3, 4, 5)  # orb, needle, ring in bullets.png
#: Standing colours: blue against red reads for the common colour blindnesses, and
#: the marker shapes (iff.SHAPES) carry the meaning without any colour at all.
STANDING_COLOURS = {"friend": SKY, "foe": RED_LIGHT, "unknown": GOLD}
MARKED_KINDS = ("dart", "drone", "bomber", "lex_ship", "wingman")


class FlightArt:
    """Every frame the renderer needs, keyed by sprite name."""

    def __init__(self, assets: AssetResolver) -> None:
        meta = assets.json(SHEET)
        self.frames: dict[str, list[pygame.Surface]] = {}
        for name, info in meta.items():
            sheet = assets.image(f"assets/flight/{info['file']}")
            w, h = int(info["frame_width"]), int(info["frame_height"])
            self.frames[name] = [sheet.subsurface((i * w, 0, w, h)).copy()
                                 for i in range(int(info["frames"]))]
        bullets = self.frames["bullets"]
        for index in ENEMY_BULLET_FRAMES:
            bullets[index] = make_danger_halo(bullets[index])
        self.frames["bullets"] = [make_backed(frame) for frame in bullets]
        self.flash = {name: make_flash_frames(self.frames[name])
                      for name in ("dart", "drone", "bomber", "lex_ship", "wingman")}
        #: a lost wingman's empty slot in the HUD
        self.silhouette = pygame.mask.from_surface(self.frames["wingman"][0]).to_surface(
            setcolor=(*WHITE, 255), unsetcolor=(0, 0, 0, 0))
        self.domes: dict[int, pygame.Surface] = {}
        self.tractor = make_tractor_beam(18, 64)
        #: (standing, kind) -> the kind's frames with a one-pixel rim of the standing's colour
        self.outlined = {(standing, kind): [make_outlined(f, colour) for f in self.frames[kind]]
                         for standing, colour in STANDING_COLOURS.items()
                         for kind in MARKED_KINDS}
        self._markers: dict[tuple[str, int], pygame.Surface] = {}
        self.query = make_query(GOLD)

    def marker(self, shape: str, radius: int, standing: str) -> pygame.Surface:
        """The marker `shape` around a craft of `radius` (cached per size)."""
        key = (shape, radius)
        image = self._markers.get(key)
        if image is None:
            image = self._markers[key] = make_marker(shape, radius,
                                                     STANDING_COLOURS[standing])
        return image

    def frame(self, name: str, tick: int, every: int = 6) -> pygame.Surface:
        """The looping animation frame of `name` at logic step `tick`."""
        frames = self.frames[name]
        return frames[(tick // every) % len(frames)]

    def once(self, name: str, t: int, duration: int) -> pygame.Surface:
        """A play-once animation frame for an effect `t` steps into `duration`."""
        frames = self.frames[name]
        return frames[min(len(frames) - 1, t * len(frames) // max(1, duration))]

    def dome(self, half_width: int) -> pygame.Surface:
        dome = self.domes.get(half_width)
        if dome is None:
            dome = self.domes[half_width] = make_dome(half_width)
        return dome


def make_flash_frames(frames: list[pygame.Surface]) -> list[pygame.Surface]:
    """The frames brightened, not blanked: a hit ship flashes light but keeps its
    face (a solid white silhouette read as a glitchy puff)."""
    out = []
    for frame in frames:
        bright = frame.copy()
        bright.fill((110, 100, 90), special_flags=pygame.BLEND_RGB_ADD)
        out.append(bright)
    return out


def make_dome(half_width: int) -> pygame.Surface:
    """The top of a shield dome: a flat ellipse of glassy blue with a bright rim.

    Drawn, not scaled, so the rim stays one crisp pixel at any size."""
    w, h = half_width * 2, max(12, half_width // 2)
    dome = pygame.Surface((w, h), pygame.SRCALPHA)
    rect = pygame.Rect(0, 0, w, h * 2)
    pygame.draw.ellipse(dome, (*BLUE_LIGHT, 85), rect)
    pygame.draw.ellipse(dome, (*SKY, 120), rect.inflate(-6, -6), 2)
    pygame.draw.ellipse(dome, (*GLOW, 255), rect, 2)
    pygame.draw.arc(dome, (*WHITE, 200), rect.inflate(-10, -8), 1.9, 2.6, 1)
    return dome


def make_tractor_beam(width: int, height: int) -> pygame.Surface:
    """A tileable green beam for Lex's rescue: a bright core with soft banded edges."""
    beam = pygame.Surface((width, height), pygame.SRCALPHA)
    for x in range(width):
        edge = abs(x - (width - 1) / 2) / (width / 2)
        colour = LEAF if edge < 0.35 else GREEN_LIGHT
        alpha = int(200 * (1 - edge) + 30)
        for y in range(height):
            band = 40 if (y // 4) % 2 else 0
            beam.set_at((x, y), (*colour, max(0, min(255, alpha - band))))
    return beam


def make_danger_halo(frame: pygame.Surface) -> pygame.Surface:
    """Enemy shots are blue-violet like the night; a one-pixel ember rim around
    them (and a white core pixel) makes every one of them read as danger."""
    mask = pygame.mask.from_surface(frame)
    out = pygame.Surface(frame.get_size(), pygame.SRCALPHA)
    rim = mask.to_surface(setcolor=(*EMBER, 255), unsetcolor=(0, 0, 0, 0))
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        out.blit(rim, (dx, dy))
    out.blit(frame, (0, 0))
    w, h = frame.get_size()
    out.set_at((w // 2, h // 2), (*WHITE, 255))
    return out


def make_outlined(frame: pygame.Surface, colour: tuple[int, int, int]) -> pygame.Surface:
    """The frame with a one-pixel rim in `colour` around its silhouette (grown by a
    pixel each side so the rim is never cut off)."""
    w, h = frame.get_size()
    out = pygame.Surface((w + 2, h + 2), pygame.SRCALPHA)
    rim = pygame.mask.from_surface(frame).to_surface(setcolor=(*colour, 255),
                                                     unsetcolor=(0, 0, 0, 0))
    for dx, dy in ((0, 1), (2, 1), (1, 0), (1, 2)):
        out.blit(rim, (dx, dy))
    out.blit(frame, (1, 1))
    return out


def make_marker(shape: str, radius: int, colour: tuple[int, int, int]) -> pygame.Surface:
    """A marker centred on a craft: "ring" (friend), "brackets" (foe: four square
    corners) or "diamond" (unknown; `make_query` is drawn above it), each dark-backed
    so it reads on a bright sky as on space."""
    size = radius * 2 + 9
    out = pygame.Surface((size, size), pygame.SRCALPHA)
    c = size // 2
    r = radius + 3
    for width, paint in ((3, (*INK, 150)), (1, (*colour, 255))):
        if shape == "ring":
            pygame.draw.circle(out, paint, (c, c), r, width)
        elif shape == "brackets":
            arm = max(3, r // 2)
            for sx in (-1, 1):
                for sy in (-1, 1):
                    corner = (c + sx * r, c + sy * r)
                    pygame.draw.line(out, paint, corner, (corner[0] - sx * arm, corner[1]), width)
                    pygame.draw.line(out, paint, corner, (corner[0], corner[1] - sy * arm), width)
        elif shape == "diamond":
            points = [(c, c - r - 1), (c + r + 1, c), (c, c + r + 1), (c - r - 1, c)]
            pygame.draw.polygon(out, paint, points, width)
        else:
            raise ValueError(f"no marker shape {shape!r}")
    return out


QUERY = ("0110", "1001", "0001", "0010", "0100", "0000", "0100")  # a pixel-font "?"


def make_query(colour: tuple[int, int, int]) -> pygame.Surface:
    """A small dark-backed question mark, drawn in pixels (no font needed)."""
    out = pygame.Surface((len(QUERY[0]) + 2, len(QUERY) + 2), pygame.SRCALPHA)
    for y, row in enumerate(QUERY):
        for x, bit in enumerate(row):
            if bit == "1":
                out.fill((*INK, 200), (x, y, 3, 3))
    for y, row in enumerate(QUERY):
        for x, bit in enumerate(row):
            if bit == "1":
                out.set_at((x + 1, y + 1), (*colour, 255))
    return out


BACKED_PAD = 2  # px the dim disc adds around a bullet frame on each side


def make_backed(frame: pygame.Surface) -> pygame.Surface:
    """The frame over a soft dark disc: light shots stand out on bright clouds and
    city lights as they do on space (the renderer centres the bigger frame)."""
    w, h = frame.get_size()
    out = pygame.Surface((w + BACKED_PAD * 2, h + BACKED_PAD * 2), pygame.SRCALPHA)
    centre = (out.get_width() // 2, out.get_height() // 2)
    radius = max(w, h) // 2 + 1
    pygame.draw.circle(out, (*INK, 90), centre, radius + 1)
    pygame.draw.circle(out, (*INK, 150), centre, radius)
    out.blit(frame, (BACKED_PAD, BACKED_PAD))
    return out
