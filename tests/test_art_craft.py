"""Flight craft read apart at a glance: Kara's jet is her own, Lex's ships are from Earth."""

from __future__ import annotations

from pathlib import Path

import pygame

FLIGHT = Path(__file__).resolve().parents[1] / "assets" / "flight"
DAXAMITE = ("alex_jet", "player_pod", "wingman", "dart", "drone", "bomber")
GREENS = {(0x8C, 0xBF, 0x5A), (0x4F, 0x8A, 0x45), (0x2F, 0x5E, 0x3A), (0x1F, 0x3A, 0x2E)}


def first_frame(name: str) -> pygame.Surface:
    sheet = pygame.image.load(str(FLIGHT / f"{name}.png"))
    return sheet.subsurface((0, 0, sheet.get_width() // 2, sheet.get_height()))


def overlap(a: pygame.Surface, b: pygame.Surface) -> float:
    """Intersection over union of two silhouettes, centred on each other."""
    ma, mb = pygame.mask.from_surface(a), pygame.mask.from_surface(b)
    offset = ((a.get_width() - b.get_width()) // 2, (a.get_height() - b.get_height()) // 2)
    inter = ma.overlap_area(mb, offset)
    return inter / (ma.count() + mb.count() - inter)


def green_share(image: pygame.Surface) -> float:
    w, h = image.get_size()
    opaque = [image.get_at((x, y)) for x in range(w) for y in range(h)
              if image.get_at((x, y)).a]
    return sum(1 for c in opaque if tuple(c)[:3] in GREENS) / len(opaque)


def test_karas_jet_is_not_a_recolour_of_alexs() -> None:
    assert overlap(first_frame("kara_jet"), first_frame("alex_jet")) < 0.75


def test_lex_ships_look_unlike_any_daxamite_craft() -> None:
    lex = first_frame("lex_ship")
    assert green_share(lex) > 0.3, "Earth hulls are green and gunmetal"
    for name in DAXAMITE:
        craft = first_frame(name)
        assert green_share(craft) < 0.05, name
        assert overlap(lex, craft) < 0.6, f"Lex's ship has the silhouette of {name}"
