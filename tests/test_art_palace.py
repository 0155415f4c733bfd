"""Checks for the generated palace tileset (headless)."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import xml.etree.ElementTree as ET
from pathlib import Path

import pygame
import pytest

from tools.art import tiles_palace
from tools.art.palette import PALETTE


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    root = tmp_path_factory.mktemp("assets")
    files = tiles_palace.build(root)
    tsx = root / "tilesets" / "palace.tsx"
    png = root / "tilesets" / "palace.png"
    tree = ET.parse(tsx).getroot()
    tiles = {}
    for t in tree.findall("tile"):
        props = {p.get("name"): p.get("value") for p in t.iter("property")}
        frames = [int(f.get("tileid")) for f in t.iter("frame")]
        tiles[int(t.get("id"))] = (props, frames)
    return {"files": files, "tsx": tsx, "png": png, "root": tree, "tiles": tiles}


def _by_name(built: dict[str, object]) -> dict[str, tuple[int, dict[str, str]]]:
    tiles = built["tiles"]
    assert isinstance(tiles, dict)
    return {props["name"]: (tid, props) for tid, (props, _f) in tiles.items()}


def test_files_and_image_reference(built: dict[str, object]) -> None:
    png, tsx = built["png"], built["tsx"]
    assert isinstance(png, Path) and isinstance(tsx, Path)
    assert set(built["files"]) == {png, tsx}  # type: ignore[arg-type]
    root = built["root"]
    assert isinstance(root, ET.Element)
    image = root.find("image")
    assert image is not None and image.get("source") == "palace.png"
    surf = pygame.image.load(str(png))
    assert surf.get_size() == (int(image.get("width", 0)), int(image.get("height", 0)))
    assert surf.get_width() == 256 and surf.get_height() % 16 == 0
    assert root.get("tilewidth") == "16" and root.get("columns") == "16"


def test_every_tile_named_uniquely_and_drawn(built: dict[str, object]) -> None:
    tiles = built["tiles"]
    assert isinstance(tiles, dict)
    names = [props.get("name") for props, _f in tiles.values()]
    assert all(names), "a tile without a name"
    assert len(names) == len(set(names)), "duplicate tile names"
    surf = pygame.image.load(str(built["png"]))
    for tid in tiles:
        x, y = (tid % 16) * 16, (tid // 16) * 16
        opaque = sum(surf.get_at((x + i, y + j)).a > 0 for i in range(16) for j in range(16))
        assert opaque > 8, f"tile {tid} ({tiles[tid][0]['name']}) is empty"
    # no drawn pixel outside a named tile
    for ty in range(surf.get_height() // 16):
        for tx in range(16):
            if ty * 16 + tx in tiles:
                continue
            assert all(surf.get_at((tx * 16 + i, ty * 16 + j)).a == 0
                       for i in range(16) for j in range(16))


def test_only_palette_colours(built: dict[str, object]) -> None:
    surf = pygame.image.load(str(built["png"]))
    allowed = set(PALETTE.values())
    w, h = surf.get_size()
    bad = {tuple(surf.get_at((x, y)))[:3] for x in range(w) for y in range(h)
           if surf.get_at((x, y)).a} - allowed
    assert not bad, f"colours outside the palette: {sorted(bad)[:5]}"


def test_required_content_and_solidity(built: dict[str, object]) -> None:
    names = _by_name(built)
    for required in ("marble_floor", "marble_floor_b", "marble_floor_c", "marble_checker",
                     "carpet_red_c", "carpet_gold_nw", "runner_mid", "wall_top_c",
                     "wall_face_upper", "wall_face_lower", "wall_top_inner_se",
                     "pillar_top", "pillar_bottom", "door_bottom", "double_door_bl",
                     "door_open_bottom", "throne_queen_tl", "throne_king_br", "dais_s",
                     "bed_br", "couch_tl", "bookshelf_tl", "rug_tl", "plant_bottom",
                     "vase_bottom", "wall_panel_l", "banner_blue_top", "weapon_rack_tl",
                     "mannequin_bottom", "workbench_tl", "suit_machine_tl", "portal_tl",
                     "command_screen_l", "ff_console", "cell_glass_top", "sand",
                     "tier_m", "fountain_c", "stove_l", "counter_m", "jar_shelf_top",
                     "tray", "crate", "barrel", "sconce", "chandelier_tl"):
        assert required in names, f"missing tile {required}"
    solid = {n for n, (_t, p) in names.items() if p.get("solid") == "true"}
    for n in ("wall_top_c", "wall_top_n", "wall_face_upper", "wall_face_lower",
              "pillar_bottom", "throne_queen_bl", "bed_bl", "fountain_c", "barrel"):
        assert n in solid, f"{n} should be solid"
    for n in ("marble_floor", "marble_checker", "carpet_red_c", "carpet_gold_c",
              "runner_mid", "sand", "stone_floor", "rug_tl", "dais_c", "window_light_tl"):
        assert n not in solid, f"{n} should be walkable"


def test_animations_and_lights(built: dict[str, object]) -> None:
    tiles = built["tiles"]
    assert isinstance(tiles, dict)
    names = _by_name(built)
    animated = {props["name"]: frames for props, frames in tiles.values() if frames}
    for base, min_frames in (("portal_tl", 4), ("portal_br", 4), ("command_screen_l", 3),
                             ("fountain_c", 3), ("sconce", 4)):
        assert base in animated, f"{base} is not animated"
        frames = animated[base]
        assert len(frames) >= min_frames
        assert frames[0] == names[base][0]
        assert len(set(frames)) == len(frames)
        assert all(f in tiles for f in frames)
    surf = pygame.image.load(str(built["png"]))

    def pixels(tid: int) -> bytes:
        x, y = (tid % 16) * 16, (tid // 16) * 16
        return pygame.image.tobytes(surf.subsurface((x, y, 16, 16)), "RGBA")

    portal = animated["portal_tl"]
    assert len({pixels(t) for t in portal}) == len(portal), "portal frames identical"
    light = names["sconce"][1].get("light", "")
    radius, colour = light.split(",")
    assert int(radius) > 0 and colour in PALETTE


def test_reproducible(tmp_path: Path, built: dict[str, object]) -> None:
    tiles_palace.build(tmp_path)
    png = built["png"]
    tsx = built["tsx"]
    assert isinstance(png, Path) and isinstance(tsx, Path)
    assert (tmp_path / "tilesets" / "palace.tsx").read_text() == tsx.read_text()
    a = pygame.image.load(str(png))
    b = pygame.image.load(str(tmp_path / "tilesets" / "palace.png"))
    assert pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")
