"""Export the palette for the game (light colours name palette entries)."""

from __future__ import annotations

import json
from pathlib import Path

from tools.art.palette import PALETTE


def build(root: Path) -> list[Path]:
    path = root / "data" / "palette.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({k: list(v) for k, v in PALETTE.items()}, indent=1) + "\n",
                    encoding="utf-8")
    return [path]
