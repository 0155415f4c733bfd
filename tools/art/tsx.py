"""Write Tiled 1.8 tileset files (.tsx) for generated sheets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr


@dataclass
class TileInfo:
    """What Tiled should know about one tile of a sheet."""

    name: str
    solid: bool = False
    light: str | None = None  # "radius,palette_colour"
    animation: Sequence[tuple[int, int]] = field(default_factory=tuple)  # (tile id, ms)
    extra: Mapping[str, str] = field(default_factory=dict)


def write_tsx(
    path: Path,
    name: str,
    image_file: str,
    image_size: tuple[int, int],
    tiles: Mapping[int, TileInfo],
    tile_size: int = 16,
) -> Path:
    """Write `path` describing `image_file` (relative to the tsx) with per-tile data.

    Tile ids are in reading order of the sheet. Output is sorted, so identical
    input gives an identical file.
    """
    width, height = image_size
    columns = width // tile_size
    count = columns * (height // tile_size)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.8" tiledversion="1.8.2" name={quoteattr(name)} '
        f'tilewidth="{tile_size}" tileheight="{tile_size}" tilecount="{count}" '
        f'columns="{columns}">',
        f' <image source={quoteattr(image_file)} width="{width}" height="{height}"/>',
    ]
    for tid in sorted(tiles):
        info = tiles[tid]
        lines.append(f' <tile id="{tid}">')
        lines.append("  <properties>")
        lines.append(f'   <property name="name" value={quoteattr(info.name)}/>')
        if info.solid:
            lines.append('   <property name="solid" type="bool" value="true"/>')
        if info.light:
            lines.append(f'   <property name="light" value={quoteattr(info.light)}/>')
        for key in sorted(info.extra):
            lines.append(
                f"   <property name={quoteattr(key)} value={quoteattr(info.extra[key])}/>"
            )
        lines.append("  </properties>")
        if info.animation:
            lines.append("  <animation>")
            for frame_id, ms in info.animation:
                lines.append(f'   <frame tileid="{frame_id}" duration="{ms}"/>')
            lines.append("  </animation>")
        lines.append(" </tile>")
    lines.append("</tileset>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
