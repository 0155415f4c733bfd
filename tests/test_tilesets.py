"""Every tileset loads in pytmx, and every tile a map uses exists.

pytmx accepts a map with an unknown tile id without a word (DESIGN.md), so this
reads each map's cells itself and checks them against the tilesets' ranges.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import pytmx

ROOT = Path(__file__).resolve().parents[1]
TILESETS = sorted((ROOT / "assets" / "tilesets").glob("*.tsx"))
MAPS = sorted((ROOT / "maps").glob("*.tmx"))
FLIP_BITS = 0xE0000000


@pytest.mark.parametrize("tsx", TILESETS, ids=lambda p: p.stem)
def test_tileset_loads_in_pytmx_with_every_tile_image(tsx: Path, tmp_path: Path, display) -> None:
    root = ET.parse(tsx).getroot()
    count = int(root.get("tilecount", "0"))
    cols = int(root.get("columns", "1"))
    rows = (count + cols - 1) // cols
    cells = ",".join(str(i + 1) for i in range(cols * rows))
    tmx = tmp_path / "probe.tmx"
    tmx.write_text(
        f'<?xml version="1.0"?><map version="1.8" orientation="orthogonal" '
        f'renderorder="right-down" width="{cols}" height="{rows}" tilewidth="16" '
        f'tileheight="16" infinite="0"><tileset firstgid="1" source="{tsx.as_posix()}"/>'
        f'<layer id="1" name="all" width="{cols}" height="{rows}"><data encoding="csv">'
        f"{cells}</data></layer></map>")
    loaded = pytmx.load_pygame(str(tmx))
    for gid in range(1, count + 1):
        assert loaded.get_tile_image_by_gid(gid) is not None, f"{tsx.name}: tile {gid - 1}"


@pytest.mark.parametrize("tmx", MAPS, ids=lambda p: p.stem)
def test_every_cell_of_every_map_names_a_real_tile(tmx: Path) -> None:
    root = ET.parse(tmx).getroot()
    ranges = []
    for ts in root.findall("tileset"):
        first = int(ts.get("firstgid", "1"))
        source = (tmx.parent / ts.get("source", "")).resolve()
        assert source.is_file(), f"{tmx.name}: tileset {ts.get('source')} is missing"
        count = int(ET.parse(source).getroot().get("tilecount", "0"))
        ranges.append((first, first + count))
    for layer in root.iter("layer"):
        data = layer.find("data")
        assert data is not None and data.get("encoding") == "csv", f"{tmx.name}: use CSV layers"
        for index, text in enumerate((data.text or "").replace("\n", "").split(",")):
            gid = int(text) & ~FLIP_BITS if text.strip() else 0
            if gid:
                assert any(a <= gid < b for a, b in ranges), (
                    f"{tmx.name}: layer '{layer.get('name')}' cell {index} uses tile id {gid} "
                    "that no tileset defines")
