"""Parallax backdrops: layers scrolling at different speeds sell the flight.

Layers tile vertically across the 480 px canvas; the renderer clips them to the
playfield, since the HUD's opaque side panels cover the rest. Rain in the
storm is drawn here from a fixed table: cosmetic, but still the same every run.
"""

from __future__ import annotations

import random

import pygame

from game.flight.art import BLUE_LIGHT, SKY, FlightArt

# kind -> [(sprite, speed factor of the battle's scroll, alpha)]
LAYERS: dict[str, list[tuple[str, float, int]]] = {
    "space": [("space_far", 0.12, 255), ("space_mid", 0.45, 255), ("space_near", 1.0, 255)],
    "night": [("night_daxam", 0.5, 255), ("clouds", 1.6, 90)],
    "ground": [("night_daxam", 1.0, 255), ("clouds", 2.2, 90)],
}
RAIN_DROPS = 45


class Backdrop:
    def __init__(self, art: FlightArt, kind: str) -> None:
        self.kind = kind
        self.layers = []
        for name, speed, alpha in LAYERS[kind]:
            image = art.frames[name][0]
            if alpha < 255:
                image = image.copy()
                image.set_alpha(alpha)
            self.layers.append((image, speed))
        table = random.Random(7)  # cosmetic, fixed: rain looks the same every run
        self.rain = [(table.randrange(480), table.randrange(270), table.uniform(5, 8))
                     for _ in range(RAIN_DROPS)]
        # the storm's city is the busiest picture of the game: dimmed the most, so it
        # stays a calm backdrop and the shots are the brightest things on screen
        self.shade = {"ground": self._night_shade(110), "night": self._night_shade(135)}.get(kind)

    def draw(self, surface: pygame.Surface, scroll: float, frame: int) -> None:
        for image, speed in self.layers:
            height = image.get_height()
            offset = int(scroll * speed) % height
            surface.blit(image, (0, offset - height))
            surface.blit(image, (0, offset))
        if self.shade is not None:
            surface.blit(self.shade, (0, 0))
        if self.kind == "night":
            self._draw_rain(surface, frame)

    def _draw_rain(self, surface: pygame.Surface, frame: int) -> None:
        for i, (x, y, speed) in enumerate(self.rain):
            yy = (y + frame * speed) % 290 - 10
            xx = (x - frame * speed * 0.25) % 480
            colour = SKY if i % 5 == 0 else BLUE_LIGHT  # dimmer than any shot
            pygame.draw.line(surface, colour, (xx, yy), (xx - 2, yy + 7))

    @staticmethod
    def _night_shade(alpha: int) -> pygame.Surface:
        """Dim the busy city map to a night tone, so bullets are the brightest thing."""
        shade = pygame.Surface((480, 270), pygame.SRCALPHA)
        shade.fill((20, 14, 40, alpha))
        return shade
