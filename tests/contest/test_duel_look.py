"""The duel draws its fighters as the cast sheet dresses them (issue 14): Kara in
Winn's battle suit, dark red plates, never the old blue suit; Rhea unlike her."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pygame

ROOT = Path(__file__).resolve().parents[2]


def colours(path: str) -> Counter[tuple[int, int, int]]:
    image = pygame.image.load(str(ROOT / path))
    found: Counter[tuple[int, int, int]] = Counter()
    for y in range(image.get_height()):
        for x in range(image.get_width()):
            r, g, b, a = image.get_at((x, y))
            if a:
                found[(r, g, b)] += 1
    return found


def test_kara_fights_in_red_plates_and_rhea_in_black(display) -> None:
    kara, rhea = colours("assets/fx/duel_kara.png"), colours("assets/fx/duel_rhea.png")
    red = sum(n for (r, g, b), n in kara.items() if r > g + 60 and r > b + 60)
    blue = sum(n for (r, g, b), n in kara.items() if b > r + 30)
    assert red > sum(kara.values()) * 0.5 and blue == 0
    body = rhea.most_common(1)[0][0]
    assert body not in kara  # Rhea's gown is not Kara's suit
