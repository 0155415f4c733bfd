"""Daxam's sky: amber-red by day under a swollen red sun; one skyline day and night."""

from __future__ import annotations

from pathlib import Path

import pygame

FOLDER = Path(__file__).resolve().parents[1] / "assets" / "backdrops" / "balcony"


def load(name: str) -> pygame.Surface:
    return pygame.image.load(str(FOLDER / f"{name}.png"))


def mean(surface: pygame.Surface) -> tuple[float, float, float]:
    w, h = surface.get_size()
    pixels = [surface.get_at((x, y)) for x in range(0, w, 4) for y in range(0, h, 4)]
    return tuple(sum(p[i] for p in pixels) / len(pixels) for i in range(3))  # type: ignore[return-value]


def test_the_day_sky_is_amber_red_not_earth_blue() -> None:
    r, g, b = mean(load("sky_day"))
    assert r > 1.6 * b and r > g, (r, g, b)


def test_the_sun_is_swollen_and_red() -> None:
    sun = load("sun")
    w, h = sun.get_size()
    row = [sun.get_at((x, h // 2)) for x in range(w)]
    disc = [p for p in row if p.a == 255]
    assert len(disc) >= 100, "Rao is a red giant: a disc well over 100 px across"
    assert sum(p.r for p in disc) > 2 * sum(p.b for p in disc)


def test_day_and_night_share_one_skyline() -> None:
    day, night = load("towers_day"), load("towers_night")
    assert day.get_size() == night.get_size()
    w, h = day.get_size()
    only_day = sum(day.get_at((x, y)).a > 0 and night.get_at((x, y)).a == 0
                   for x in range(w) for y in range(h))
    only_night = sum(night.get_at((x, y)).a > 0 and day.get_at((x, y)).a == 0
                     for x in range(w) for y in range(h))
    assert only_day == 0, "sunset must blend into night over the same towers"
    assert only_night < 60, "night adds no more than the beacons on the spires"
    lit = sum(1 for x in range(0, w, 2) for y in range(0, h, 2)
              if night.get_at((x, y))[:3] in ((0xF5, 0xC0, 0x4A), (0xFF, 0xE0, 0x8A)))
    assert lit > 50, "at night the windows are lit"
