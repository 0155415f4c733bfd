"""Tile layers decoded by the loader itself (pytmx registered every cell one by one):
CSV and base64 (plain, zlib, gzip) give the same cells, flipped cells keep their
flip, and a layer it does not decode (another compression) is still pytmx's to
read or refuse."""

from __future__ import annotations

import base64
import gzip
import struct
import zlib
from pathlib import Path

import pytest

from game.core.errors import ContentError
from game.world.loader import load_map

FLIP_X = 0x80000000


def _map(folder: Path, repo_root: Path, data: str, attrs: str) -> Path:
    folder.mkdir(exist_ok=True)
    tileset = (repo_root / "assets" / "tilesets" / "garden.tsx").resolve()
    path = folder / "cells.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<map version="1.8" orientation="orthogonal" '
        'renderorder="right-down" width="3" height="2" tilewidth="16" tileheight="16" '
        'infinite="0" nextlayerid="2" nextobjectid="1">\n'
        f' <tileset firstgid="1" source="{tileset}"/>\n'
        f' <layer id="1" name="ground" width="3" height="2">\n  <data {attrs}>{data}</data>\n'
        ' </layer>\n</map>\n', encoding="utf-8")
    return path


CELLS = [1, 2, 3, 2 | FLIP_X, 0, 1]


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


@pytest.mark.parametrize("attrs,encode", [
    ('encoding="csv"', lambda b: ",".join(str(c) for c in CELLS)),
    ('encoding="base64"', _b64),
    ('encoding="base64" compression="zlib"', lambda b: _b64(zlib.compress(b))),
    ('encoding="base64" compression="gzip"', lambda b: _b64(gzip.compress(b))),
])
def test_every_encoding_gives_the_same_cells(display, repo_root, tmp_path, attrs, encode):
    from game.world.loader.reading import read_map

    raw = struct.pack("<6I", *CELLS)
    ours = read_map(_map(tmp_path / "a", repo_root, encode(raw), attrs))
    plain = read_map(_map(tmp_path / "b", repo_root, ",".join(map(str, CELLS)), 'encoding="csv"'))
    assert _pictures(ours) == _pictures(plain)
    assert _pictures(ours)[(1, 1)] is None and len({*_pictures(ours).values()}) == 5
    assert load_map(tmp_path / "a" / "cells.tmx").width == 3


def _pictures(source) -> dict[tuple[int, int], bytes | None]:
    """What each cell shows, as pixels (None: empty)."""
    import pygame

    cells = {(x, y): None for x in range(3) for y in range(2)}
    for x, y, gid in source.layers[0].cells():
        tile = source.tile(gid)
        cells[(x, y)] = pygame.image.tobytes(tile.image, "RGBA") if tile else b"?"
    return cells


def test_a_flipped_cell_is_drawn_flipped(display, repo_root, tmp_path):
    from game.world.loader.reading import read_map

    plain = read_map(_map(tmp_path, repo_root, "2,2,2,2,2,2", 'encoding="csv"'))
    flipped = read_map(_map(tmp_path, repo_root, f"2,2,2,{2 | FLIP_X},2,2", 'encoding="csv"'))
    layer = flipped.layers[0]
    gids = {(x, y): gid for x, y, gid in layer.cells()}
    assert gids[(0, 1)] != gids[(0, 0)]  # a gid of its own, as pytmx gives a flipped cell
    a, b = flipped.tile(gids[(0, 0)]), flipped.tile(gids[(0, 1)])
    assert a is not None and b is not None
    w = a.image.get_width()
    assert [b.image.get_at((w - 1 - x, 5)) for x in range(w)] == \
        [a.image.get_at((x, 5)) for x in range(w)]
    assert plain.layers[0].rows()[1][0] == plain.layers[0].rows()[0][0]


def test_an_unsupported_compression_is_refused_with_the_maps_name(display, repo_root, tmp_path):
    path = _map(tmp_path, repo_root, "AAAA", 'encoding="base64" compression="zstd"')
    with pytest.raises(ContentError, match=r"cells\.tmx"):
        load_map(path)
