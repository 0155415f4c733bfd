"""Regenerate every committed art asset from its source.

Generators are listed explicitly (no directory scanning) so that a new sheet is
one line here and the reproducibility test sees it. Each generator module has
`build(root: Path) -> list[Path]`, writes under `root` (the repository's
`assets/` folder or a temporary copy of it) and returns the files it wrote.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

GENERATORS: tuple[str, ...] = (
    "palette_json",
    "tiles_palace",
    "tiles_garden",
    "tiles_slums",
    "tiles_balcony",
    "tiles_feast",
    "tiles_hangar",
    "tiles_command",
    "backdrops",
    "fx",
    "characters",
    "items",
    "portraits",
    "font",
    "ui",
    "flight_sprites",
    "contest_fx",
    "duel_poses",
    "stealth_fx",
    "ride_art",
    "tiles_lex_ship",
    "tiles_krypton_ship",
    "tiles_drones",
)

ASSETS = Path(__file__).resolve().parents[2] / "assets"


def build_all(root: Path) -> list[Path]:
    """Run every generator into `root`; return all files written."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    written: list[Path] = []
    for name in GENERATORS:
        module = importlib.import_module(f"tools.art.{name}")
        written.extend(module.build(root))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ASSETS, help="assets folder to write")
    args = parser.parse_args(argv)
    files = build_all(args.out)
    print(f"wrote {len(files)} files under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
