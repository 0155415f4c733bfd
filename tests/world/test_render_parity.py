"""The game draws what Tiled draws: opacity, group layers, tint colours, offsets and
flipped animated tiles, compared pixel by pixel with Tiled's own `tmxrasterizer`.

Each case is a small map over the real palace tileset: a floor, then the layer (or
group) under test. The game's pre-drawn layers (animated tiles at their first frame)
must match the rasterizer's picture within a few levels of rounding per channel.
Parallax is not in a still picture; its rule is checked against Tiled's formula.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.world.backdrop import parallax_position
from game.world.camera import VIEW_H, VIEW_W
from game.world.layers import ImageLayer
from game.world.loader import load_map
from tests.needs import missing

TILESET = Path(__file__).resolve().parents[2] / "assets" / "tilesets" / "palace.tsx"
W, H = 8, 5
FLOOR = 45
DECOR = [(2, 1, 97), (3, 1, 98), (2, 2, 113), (3, 2, 114), (5, 2, 136), (5, 3, 152)]
CONSOLE = 96  # ff_console: animated, three frames, not symmetric
FLIP_H, FLIP_V, FLIP_D = 0x80000000, 0x40000000, 0x20000000
TOLERANCE = 3  # Qt and SDL round alpha blending differently by a level or two


def _csv(cells: list[tuple[int, int, int]]) -> str:
    grid = [[0] * W for _ in range(H)]
    for x, y, gid in cells:
        grid[y][x] = gid
    return "\n" + ",\n".join(",".join(str(g) for g in row) for row in grid) + "\n"


def _layer(lid: int, name: str, cells: list[tuple[int, int, int]], attrs: str = "") -> str:
    return (f' <layer id="{lid}" name="{name}" width="{W}" height="{H}"{attrs}>\n'
            f'  <data encoding="csv">{_csv(cells)}</data>\n </layer>\n')


def _map(body: str) -> str:
    floor = [(x, y, FLOOR) for x in range(W) for y in range(H)]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" '
            f'renderorder="right-down" width="{W}" height="{H}" tilewidth="16" '
            'tileheight="16" infinite="0" nextlayerid="9" nextobjectid="1">\n'
            f' <tileset firstgid="1" source="{TILESET}"/>\n'
            + _layer(1, "ground", floor) + body
            + ' <objectgroup id="8" name="sprites"/>\n</map>\n')


CASES: dict[str, str] = {
    "layer_opacity": _layer(2, "decor", DECOR, ' opacity="0.5"'),
    "group_opacity": ' <group id="3" name="g" opacity="0.5">\n'
                     + _layer(2, "decor", DECOR, ' opacity="0.6"') + ' </group>\n',
    "tint": _layer(2, "decor", DECOR, ' tintcolor="#ff8040"'),
    "group_and_layer_tint": ' <group id="3" name="g" tintcolor="#ffc0ff">\n'
                             + _layer(2, "decor", DECOR, ' tintcolor="#40a0ff"')
                             + ' </group>\n',
    "layer_offset": _layer(2, "decor", DECOR, ' offsetx="8" offsety="4"'),
    "group_offset": ' <group id="3" name="g" offsetx="16">\n'
                    + _layer(2, "decor", DECOR, ' offsetx="-8" offsety="8"') + ' </group>\n',
    "hidden_group": ' <group id="3" name="g" visible="0">\n'
                    + _layer(2, "decor", DECOR) + ' </group>\n',
    "flipped_animated": _layer(2, "machines", [
        (1, 1, CONSOLE), (2, 1, CONSOLE | FLIP_H), (3, 1, CONSOLE | FLIP_V),
        (4, 1, CONSOLE | FLIP_H | FLIP_V), (5, 1, CONSOLE | FLIP_D),
        (6, 1, CONSOLE | FLIP_D | FLIP_H)]),
    "flipped_static": _layer(2, "decor", [(x, y, g | FLIP_H) for x, y, g in DECOR]),
}


@pytest.fixture(scope="module")
def rasterizer(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if shutil.which("tmxrasterizer") is None:
        missing("tmxrasterizer is not installed (apt-get install tiled)")
    runtime = tmp_path_factory.mktemp("runtime")
    runtime.chmod(0o700)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}


def _game_picture(path: Path) -> pygame.Surface:
    layers = load_map(path).layers
    canvas = pygame.Surface(layers.below.get_size(), pygame.SRCALPHA)
    layers.below.draw(canvas, canvas.get_rect())
    for tile in layers.animated_below:
        canvas.blit(tile.frame_at(0), (tile.x, tile.y))
    if layers.above is not None:
        layers.above.draw(canvas, canvas.get_rect())
    for tile in layers.animated_above:
        canvas.blit(tile.frame_at(0), (tile.x, tile.y))
    return canvas


def _worst_difference(a: pygame.Surface, b: pygame.Surface) -> tuple[int, tuple[int, int]]:
    worst, where = 0, (0, 0)
    for y in range(a.get_height()):
        for x in range(a.get_width()):
            pa, pb = a.get_at((x, y)), b.get_at((x, y))
            diff = max(abs(pa[i] - pb[i]) for i in range(3))
            if diff > worst:
                worst, where = diff, (x, y)
    return worst, where


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_game_draws_like_tiled(case: str, rasterizer: dict[str, str], tmp_path: Path,
                                   display: Any) -> None:
    path = tmp_path / f"{case}.tmx"
    path.write_text(_map(CASES[case]))
    png = tmp_path / f"{case}.png"
    run = subprocess.run(["tmxrasterizer", "--no-smoothing", "--advance-animations", "0",
                          str(path), str(png)], env=rasterizer, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    game = _game_picture(path)
    # Tiled grows the picture to hold layers moved right or down by their offsets; the
    # game keeps the map's own rectangle (the camera never shows past it).
    tiled = pygame.image.load(str(png)).subsurface(((0, 0), game.get_size()))
    worst, where = _worst_difference(tiled, game)
    assert worst <= TOLERANCE, f"{case}: pixel {where} differs by {worst}"


def test_the_case_layers_really_change_the_picture(display: Any, tmp_path: Path) -> None:
    """A parity case that drew nothing would pass anything: each one shows its layer."""
    plain = tmp_path / "plain.tmx"
    plain.write_text(_map(""))
    base = pygame.image.tobytes(_game_picture(plain), "RGBA")
    for case in sorted(set(CASES) - {"hidden_group"}):
        path = tmp_path / f"{case}.tmx"
        path.write_text(_map(CASES[case]))
        assert pygame.image.tobytes(_game_picture(path), "RGBA") != base, case


def _tiled_parallax(offset: float, factor: float, view_centre: float, origin: float) -> float:
    """MapScene::layerItemPosition in Tiled 1.8: where the layer's origin is in the map."""
    return offset + (1 - factor) * (view_centre - origin)


@pytest.mark.parametrize(("factor", "origin"), [(0.0, 0.0), (0.25, 0.0), (0.5, 240.0),
                                                (1.0, 100.0), (1.5, 30.0)])
def test_parallax_follows_tiled(factor: float, origin: float) -> None:
    layer = ImageLayer(pygame.Surface((4, 4)), offset=(10.0, 20.0), parallax=(factor, factor),
                       above=False, name="far", parallax_origin=(origin, origin))
    for view_x, view_y in ((0.0, 0.0), (200.0, 90.0), (-40.0, 12.0)):
        x, y = parallax_position(layer, view_x, view_y)
        assert x == round(_tiled_parallax(10, factor, view_x + VIEW_W / 2, origin) - view_x)
        assert y == round(_tiled_parallax(20, factor, view_y + VIEW_H / 2, origin) - view_y)


def test_a_tile_layer_with_parallax_moves_with_its_factor(display: Any,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "far.tmx"
    path.write_text(_map(_layer(2, "far", DECOR, ' parallaxx="0.5" parallaxy="0"')))
    images = load_map(path).layers.images
    assert [(i.name, i.parallax) for i in images] == [("far", (0.5, 0.0))]


def test_layers_after_sprites_are_drawn_over_characters(display: Any,
                                                        tmp_path: Path) -> None:
    """pytmx lists layers by kind; the game must keep Tiled's order around `sprites`."""
    path = tmp_path / "order.tmx"
    path.write_text(_map("").replace(' <objectgroup id="8" name="sprites"/>\n',
                                     ' <objectgroup id="8" name="sprites"/>\n'
                                     + _layer(2, "overhead", DECOR)))
    layers = load_map(path).layers
    assert layers.above is not None
    assert layers.above.get_at((2 * 16 + 8, 1 * 16 + 8)).a > 0
