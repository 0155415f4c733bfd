"""Generated maps for the size and crowd rows: grass, scattered animated tiles and lamps.

Written as .tmx into a temporary folder next to the real tileset, so they go through
the same loader as the story maps.
"""

from __future__ import annotations

from pathlib import Path

TILESET = "garden.tsx"
GRASS = (1, 2, 3)  # garden gids of plain ground (grass_1..3)
ANIMATED = (113, 117)  # flowing water, fountain
LAMP = 177  # a tile with a `light` property
OVERHEAD = 201  # lantern_top, drawn above characters


def _rows(width: int, height: int, cell) -> str:
    return ",\n".join(",".join(str(cell(x, y)) for x in range(width)) for y in range(height))


def write_map(folder: Path, tilesets: Path, width: int, height: int) -> Path:
    """A `width` x `height` map; one animated tile per 37 cells, one lamp per 97."""
    def ground(x: int, y: int) -> int:
        return GRASS[(x * 7 + y * 13) % len(GRASS)]

    def decor(x: int, y: int) -> int:
        n = x * 31 + y * 17
        if n % 97 == 0:
            return LAMP
        return ANIMATED[n % 2] if n % 37 == 0 else 0

    def overhead(x: int, y: int) -> int:
        return OVERHEAD if (x * 11 + y * 5) % 53 == 0 else 0

    source = (tilesets / TILESET).resolve()
    layers = [("ground", ground), ("decor", decor)]
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<map version="1.8" '
             f'orientation="orthogonal" renderorder="right-down" width="{width}" '
             f'height="{height}" tilewidth="16" tileheight="16" infinite="0" '
             'nextlayerid="9" nextobjectid="9">\n <properties>\n'
             '  <property name="title" value="Generated"/>\n'
             '  <property name="lighting" value="night"/>\n </properties>\n'
             f' <tileset firstgid="1" source="{source}"/>\n']
    for i, (name, cell) in enumerate(layers, start=1):
        parts.append(f' <layer id="{i}" name="{name}" width="{width}" height="{height}">\n'
                     f'  <data encoding="csv">\n{_rows(width, height, cell)}\n</data>\n'
                     ' </layer>\n')
    parts.append(' <objectgroup id="5" name="sprites"/>\n')
    parts.append(f' <layer id="6" name="overhead" width="{width}" height="{height}">\n'
                 f'  <data encoding="csv">\n{_rows(width, height, overhead)}\n</data>\n'
                 ' </layer>\n')
    parts.append(' <objectgroup id="7" name="objects">\n'
                 f'  <object id="1" name="start" type="Spawn" x="{width * 8}" '
                 f'y="{height * 8}"/>\n </objectgroup>\n</map>\n')
    path = folder / f"gen_{width}x{height}.tmx"
    path.write_text("".join(parts), encoding="utf-8")
    return path
