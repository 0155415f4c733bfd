"""Checks of the generated fonts, UI, flight sprites and effects (headless)."""

from __future__ import annotations

import json
import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest

from tools.art import flight_sprites, font, fx, ui
from tools.art.palette import PALETTE


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    root = tmp_path_factory.mktemp("assets")
    files = []
    for module in (font, ui, flight_sprites, fx):
        files.extend(module.build(root))
    return root, files


def _load(path):
    return pygame.image.load(str(path))


@pytest.mark.parametrize("name", ["daxam", "daxam_large"])
def test_font_covers_required_characters(built, name):
    root, _ = built
    data = json.loads((root / "fonts" / f"{name}.json").read_text(encoding="utf-8"))
    sheet = _load(root / "fonts" / f"{name}.png")
    assert set(data) == {"line_height", "glyphs"}
    glyphs = data["glyphs"]
    missing = [c for c in font.REQUIRED if c not in glyphs]
    assert not missing, missing
    rows = {(g[1], g[3]) for g in glyphs.values()}
    assert len(rows) == 1, "all glyphs must share one row (same top and height)"
    height = rows.pop()[1]
    assert data["line_height"] >= height
    for ch, (x, y, w, h) in glyphs.items():
        assert w > 0 and x + w <= sheet.get_width() and y + h <= sheet.get_height()
        inked = any(sheet.get_at((x + i, y + j)).a for i in range(w) for j in range(h))
        assert inked == (ch != " "), f"glyph {ch!r} ink"
    assert 2 <= glyphs[" "][2] <= 6


def test_font_sizes(built):
    root, _ = built
    small = json.loads((root / "fonts" / "daxam.json").read_text(encoding="utf-8"))
    large = json.loads((root / "fonts" / "daxam_large.json").read_text(encoding="utf-8"))
    assert 10 <= small["line_height"] <= 12
    assert 15 <= large["line_height"] <= 18
    assert (root / "fonts" / "LICENSE.txt").read_text().count("CC0")


def test_font_glyph_colours_are_white(built):
    root, _ = built
    sheet = _load(root / "fonts" / "daxam.png")
    colours = {tuple(sheet.get_at((x, y)))[:3] for x in range(sheet.get_width())
               for y in range(sheet.get_height()) if sheet.get_at((x, y)).a}
    assert colours == {PALETTE["white"]}


def test_render_text_width(built):
    root, _ = built
    data = json.loads((root / "fonts" / "daxam.json").read_text(encoding="utf-8"))
    sheet = _load(root / "fonts" / "daxam.png")
    text = "Kara: \u201cBefore Rao.\u201d"
    surf = font.render_text(sheet, data, text)
    assert surf.get_width() == sum(data["glyphs"][c][2] + 1 for c in text)


@pytest.mark.parametrize("name,size", [("dialogue_frame", 24), ("panel", 24), ("namebox", 12),
                                       ("cursor", 8), ("slot_empty", (64, 36))])
def test_ui_sizes(built, name, size):
    root, _ = built
    want = size if isinstance(size, tuple) else (size, size)
    assert _load(root / "ui" / f"{name}.png").get_size() == want


def test_ui_strips_and_backdrops(built):
    root, _ = built
    assert _load(root / "ui" / "prompt.png").get_size() == (32, 8)
    assert _load(root / "ui" / "icons.png").get_size() == (48, 16)
    w, h = _load(root / "ui" / "logo.png").get_size()
    assert 240 <= w <= 360 and 60 <= h <= 110
    for layer in ("sky", "city", "front"):
        bw, bh = _load(root / "ui" / f"title_backdrop_{layer}.png").get_size()
        assert bw >= 480 and bh == 270
    nine = _load(root / "ui" / "dialogue_frame.png")
    assert nine.get_at((12, 12)).a > 200, "body must be (nearly) opaque"


def test_sprites_json_matches_images(built):
    root, _ = built
    meta = json.loads((root / "flight" / "sprites.json").read_text(encoding="utf-8"))
    for needed in ("player_pod", "alex_jet", "wingman", "dart", "bomber", "drone", "mothership",
                   "lex_ship", "turret", "bullets", "explosion", "shield_bubble", "jump_gate",
                   "drone_fallen", "hitbox", "recode_pulse", "beam_telegraph", "beam",
                   "space_far", "space_mid", "space_near", "night_daxam", "clouds"):
        assert needed in meta, needed
    for name, m in meta.items():
        w, h = _load(root / "flight" / m["file"]).get_size()
        assert w == m["frame_width"] * m["frames"], name
        assert h == m["frame_height"], name
    assert meta["explosion"]["frames"] >= 6
    assert (meta["night_daxam"]["frame_width"], meta["night_daxam"]["frame_height"]) == (480, 540)


def test_only_palette_colours(built):
    _root, files = built
    allowed = set(PALETTE.values())
    for path in files:
        if path.suffix != ".png" or path.name == "glow.png":
            continue
        surf = _load(path)
        w, h = surf.get_size()
        for y in range(0, h, 3):
            for x in range(0, w, 3):
                c = surf.get_at((x, y))
                if c.a:
                    assert (c.r, c.g, c.b) in allowed, f"{path.name} {(x, y)} {c}"


def test_lighting(repo_root):
    """The lighting modes are hand-edited data (the generator no longer writes them)."""
    data = json.loads((repo_root / "assets" / "lighting.json").read_text(encoding="utf-8"))
    assert set(data) == {"day", "sunset", "night", "dawn", "moon"}
    assert data["day"] == {"tint": [255, 255, 255], "glow": 0}
    for mode in data.values():
        assert len(mode["tint"]) == 3 and all(0 <= v <= 255 for v in mode["tint"])
        assert 0 <= mode["glow"] <= 255
    assert sum(data["night"]["tint"]) < sum(data["dawn"]["tint"])


def test_fx_sizes(built):
    root, _ = built
    assert _load(root / "fx" / "glow.png").get_size() == (64, 64)
    assert _load(root / "fx" / "emotes.png").get_size() == (16 * 7, 16)
    w, h = _load(root / "fx" / "presence_ring.png").get_size()
    assert h == 24 and w % 48 == 0


def test_reproducible(built, tmp_path):
    root, _ = built
    ui.build(tmp_path)
    a = _load(root / "ui" / "logo.png")
    b = _load(tmp_path / "ui" / "logo.png")
    assert pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")
