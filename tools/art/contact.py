"""Contact sheet of every portrait, scaled up, for reviewing faces side by side.

    python -m tools.art.contact --out docs/img/portraits.png [--scale 2] [--size 64] [--rows 1]

Reads the committed `assets/portraits/<id>.png` for every id in
`assets/data/characters.json` (listed there, no folder scanning) and lays their
frames out one character per line with the id beside them. `--rows` shows the
extra frame rows too (blink, talk), so an animation can be checked at a glance.
Not part of `tools.art.build`: its output is for people, not for the game.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LABEL_W = 150
BACKGROUND = (43, 26, 51, 255)  # the palette's `shadow`
PANEL = (61, 36, 71, 255)  # `violet_dark`, behind each frame


def render(out: Path, scale: int, size: int, rows: int, columns: int) -> Path:
    """Write the contact sheet; returns its path."""
    import pygame

    pygame.font.init()
    font = pygame.font.Font(None, 22)
    ids = list(json.loads((ROOT / "assets/data/characters.json").read_text()))
    sheets = {cid: pygame.image.load(str(ROOT / f"assets/portraits/{cid}.png")) for cid in ids}
    frames = max(s.get_width() // size for s in sheets.values())
    cell = size * scale + 4
    block_w = LABEL_W + frames * cell
    block_h = rows * cell + 6
    per_column = (len(ids) + columns - 1) // columns
    canvas = pygame.Surface((block_w * columns + 8, block_h * per_column + 8), pygame.SRCALPHA)
    canvas.fill(BACKGROUND)
    for i, cid in enumerate(ids):
        bx = 4 + (i // per_column) * block_w
        by = 4 + (i % per_column) * block_h
        canvas.blit(font.render(cid, True, (255, 224, 138)), (bx + 6, by + 8))
        sheet = sheets[cid]
        for row in range(min(rows, sheet.get_height() // size)):
            for col in range(sheet.get_width() // size):
                frame = sheet.subsurface((col * size, row * size, size, size))
                x, y = bx + LABEL_W + col * cell, by + row * cell
                canvas.fill(PANEL, pygame.Rect(x, y, cell - 4, cell - 4))
                canvas.blit(pygame.transform.scale_by(frame, scale), (x, y))
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(canvas, str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=int, default=2)
    parser.add_argument("--size", type=int, default=64, help="portrait frame size in px")
    parser.add_argument("--rows", type=int, default=1, help="frame rows to show per sheet")
    parser.add_argument("--columns", type=int, default=2, help="columns of characters")
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    print(render(args.out, args.scale, args.size, args.rows, args.columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
