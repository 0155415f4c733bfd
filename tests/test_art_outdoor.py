"""Checks for the outdoor art generators: garden, slums, balcony tilesets and backdrops."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame
import pytest

from tools.art import backdrops, tiles_balcony, tiles_garden, tiles_slums
from tools.art.palette import PALETTE

TILESETS = {"garden": tiles_garden, "slums": tiles_slums, "balcony": tiles_balcony}
RGB = set(PALETTE.values())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    root = tmp_path_factory.mktemp("assets")
    for module in (*TILESETS.values(), backdrops):
        for path in module.build(root):
            assert path.exists(), path
    return root


def load_tiles(root: Path, name: str):
    tree = ET.parse(root / "tilesets" / f"{name}.tsx").getroot()
    image = pygame.image.load(str(root / "tilesets" / tree.find("image").get("source")))
    tiles = {}
    for tile in tree.findall("tile"):
        props = {p.get("name"): p.get("value") for p in tile.iter("property")}
        frames = [int(f.get("tileid")) for f in tile.iter("frame")]
        tiles[int(tile.get("id"))] = (props, frames)
    return tree, image, tiles


def tile_pixels(image, tid: int, columns: int):
    x, y = (tid % columns) * 16, (tid // columns) * 16
    return [image.get_at((x + i, y + j)) for j in range(16) for i in range(16)]


@pytest.mark.parametrize("name", sorted(TILESETS))
def test_tileset_is_well_formed(built: Path, name: str) -> None:
    tree, image, tiles = load_tiles(built, name)
    columns, count = int(tree.get("columns")), int(tree.get("tilecount"))
    assert columns == 16 and image.get_width() == 256
    assert count == (image.get_height() // 16) * columns
    names = [props["name"] for props, _ in tiles.values()]
    assert len(names) == len(set(names)), "tile names must be unique"
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", n) for n in names)
    for tid in range(count):
        drawn = any(c.a for c in tile_pixels(image, tid, columns))
        assert not drawn or tid in tiles, f"{name}: drawn tile {tid} has no name"
    for tid, (props, frames) in tiles.items():
        if "light" in props:
            radius, colour = props["light"].split(",")
            assert int(radius) > 0 and colour in PALETTE
        for frame in frames:
            assert 0 <= frame < count and frame in tiles, f"{name}: bad frame {frame}"
        if frames:
            assert frames[0] == tid and len(frames) >= 2


@pytest.mark.parametrize("name", sorted(TILESETS))
def test_tileset_uses_only_palette_colours(built: Path, name: str) -> None:
    image = pygame.image.load(str(built / "tilesets" / f"{name}.png"))
    for y in range(image.get_height()):
        for x in range(image.get_width()):
            c = image.get_at((x, y))
            assert c.a in (0, 255) and (c.a == 0 or (c.r, c.g, c.b) in RGB), (name, x, y)


def by_name(root: Path, name: str) -> dict[str, tuple[dict, list]]:
    return {p["name"]: (p, f) for p, f in load_tiles(root, name)[2].values()}


def test_garden_contents(built: Path) -> None:
    tiles = by_name(built, "garden")
    for piece in ("nw", "n", "ne", "w", "c", "e", "sw", "s", "se", "inner_nw", "inner_ne",
                  "inner_sw", "inner_se"):
        for prefix in ("lake", "hedge"):
            assert tiles[f"{prefix}_{piece}"][0].get("solid") == "true", (prefix, piece)
        assert f"cobble_{piece}" in tiles and f"gravel_{piece}" in tiles
        assert 3 <= len(tiles[f"lake_{piece}"][1]) <= 4, "lake water must animate"
    assert tiles["lake_c_f2"][0].get("solid") == "true"
    assert sum(n.startswith("grass_") for n in tiles) >= 3
    assert tiles["fireflies"][1] and "light" in tiles["fireflies"][0]
    assert tiles["lights_gold_h"][0]["light"] == "24,gold" and tiles["lights_gold_h"][1]
    assert tiles["glow_grass_1"][0]["light"] == "16,glow"
    assert tiles["oak_r4c1"][0].get("solid") == "true"
    assert "solid" not in tiles["oak_r1c1"][0]
    assert tiles["table_roses_red"][0].get("solid") == "true"


def test_slums_and_balcony_contents(built: Path) -> None:
    slums = by_name(built, "slums")
    assert slums["brazier_r0c0"][0]["light"] == "48,orange" and slums["brazier_r0c0"][1]
    assert slums["scanner_arch_r1c1"][1], "scanner light must animate"
    assert slums["temple_r0c0"][0].get("solid") == "true"
    assert "solid" not in slums["temple_r4c2"][0], "temple door must be open"
    assert slums["crate_aid"][0].get("solid") == "true"
    balcony = by_name(built, "balcony")
    assert all(balcony[f"railing_{k}"][0].get("solid") == "true"
               for k in ("h", "post", "v", "corner_l", "corner_r"))
    assert "light" in balcony["dinner_table_r0c0"][0]
    assert "firefly_box_closed" in balcony and balcony["firefly_box_open"][1]


def test_backdrop_layers(built: Path) -> None:
    folder = built / "backdrops" / "balcony"
    for mode in ("day", "sunset", "night", "dawn", "moon"):
        assert pygame.image.load(str(folder / f"sky_{mode}.png")).get_size() == (480, 270)
    for layer in ("hills", "towers_day", "towers_night", "garden_day", "garden_night",
                  "lake_blue", "lake_purple", "lake_red"):
        w, h = pygame.image.load(str(folder / f"{layer}.png")).get_size()
        assert w >= 480 and h == 270, layer
    for strip in ("sun", "moon", "pods", "fireworks"):
        assert (folder / f"{strip}.png").exists()
    dome = pygame.image.load(str(built / "backdrops" / "slums" / "dome.png"))
    assert dome.get_size() == (480, 270)
    alphas = {dome.get_at((x, y)).a for x in range(0, 480, 3) for y in range(0, 270, 3)}
    assert max(alphas) <= 128 and len(alphas) > 2


def test_generators_are_reproducible(built: Path, tmp_path: Path) -> None:
    for module in (*TILESETS.values(), backdrops):
        for path in module.build(tmp_path):
            rel = path.relative_to(tmp_path)
            if path.suffix == ".png":
                a = pygame.image.load(str(path))
                b = pygame.image.load(str(built / rel))
                assert pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA"), rel
            else:
                assert path.read_bytes() == (built / rel).read_bytes(), rel
