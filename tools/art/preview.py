"""Render tileset sheets for review: each sheet scaled 3x with a faint grid and
every tile's id, written to DIR/<name>_sheet.png.

    python -m tools.art.preview --out DIR

The sheets are listed explicitly in `SHEETS` (no directory scanning); a sheet
whose .tsx does not exist yet is skipped with a note.
"""

from __future__ import annotations

import argparse
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SHEETS: tuple[str, ...] = ("palace", "garden", "slums", "balcony")
TILESETS = Path(__file__).resolve().parents[2] / "assets" / "tilesets"
SCALE = 3

# 3x5 digits for tile ids (so no font file is needed).
DIGITS = {
    "0": ("111", "101", "101", "101", "111"), "1": ("010", "110", "010", "010", "111"),
    "2": ("111", "001", "111", "100", "111"), "3": ("111", "001", "111", "001", "111"),
    "4": ("101", "101", "111", "001", "001"), "5": ("111", "100", "111", "001", "111"),
    "6": ("111", "100", "111", "101", "111"), "7": ("111", "001", "010", "010", "010"),
    "8": ("111", "101", "111", "101", "111"), "9": ("111", "101", "111", "001", "111"),
}


def _draw_number(surf, x: int, y: int, text: str) -> None:  # type: ignore[no-untyped-def]
    import pygame

    w = len(text) * 4 + 1
    surf.fill((26, 15, 31, 200), pygame.Rect(x, y, w, 7))
    for i, ch in enumerate(text):
        for dy, row in enumerate(DIGITS[ch]):
            for dx, bit in enumerate(row):
                if bit == "1":
                    surf.set_at((x + 1 + i * 4 + dx, y + 1 + dy), (255, 224, 138, 255))


def render_sheet(tsx: Path, out_dir: Path) -> Path:
    """Render one tileset's sheet; returns the written PNG path."""
    import pygame

    root = ET.parse(tsx).getroot()
    tw, th = int(root.get("tilewidth", 16)), int(root.get("tileheight", 16))
    columns = int(root.get("columns", 1))
    image = root.find("image")
    if image is None:
        raise ValueError(f"{tsx}: no <image>")
    sheet = pygame.image.load(str(tsx.parent / image.get("source", ""))).convert_alpha()
    w, h = sheet.get_size()
    canvas = pygame.Surface((w * SCALE, h * SCALE), pygame.SRCALPHA, 32)
    for y in range(0, h * SCALE, 12):  # neutral checkerboard behind transparency
        for x in range(0, w * SCALE, 12):
            shade = 58 if (x // 12 + y // 12) % 2 else 72
            canvas.fill((shade, shade - 4, shade + 8, 255), pygame.Rect(x, y, 12, 12))
    canvas.blit(pygame.transform.scale(sheet, (w * SCALE, h * SCALE)), (0, 0))
    grid = pygame.Surface(canvas.get_size(), pygame.SRCALPHA, 32)
    for x in range(0, w * SCALE, tw * SCALE):
        grid.fill((255, 255, 255, 40), pygame.Rect(x, 0, 1, h * SCALE))
    for y in range(0, h * SCALE, th * SCALE):
        grid.fill((255, 255, 255, 40), pygame.Rect(0, y, w * SCALE, 1))
    canvas.blit(grid, (0, 0))
    rows = h // th
    for tid in range(columns * rows):
        _draw_number(canvas, (tid % columns) * tw * SCALE + 1,
                     (tid // columns) * th * SCALE + 1, str(tid))
    out = out_dir / f"{tsx.stem}_sheet.png"
    out_dir.mkdir(parents=True, exist_ok=True)
    pygame.image.save(canvas, str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNGs")
    parser.add_argument("--tilesets", type=Path, default=TILESETS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    for name in SHEETS:
        tsx = args.tilesets / f"{name}.tsx"
        if not tsx.exists():
            print(f"skip {name}: {tsx} not found")
            continue
        print(render_sheet(tsx, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
