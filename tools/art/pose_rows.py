"""The pose table the sprite sheets are drawn to (`assets/data/poses.json`), read with
the game's own checks so the sheets and the game cannot disagree on a row."""

from __future__ import annotations

import json
from pathlib import Path

from game.content_staging import POSES_FILE, PoseDef, parse_poses

ROOT = Path(__file__).resolve().parents[2]
PoseRows = PoseDef


def load_pose_rows(root: Path = ROOT) -> list[PoseDef]:
    """Every pose, in file order."""
    path = root / POSES_FILE
    return list(parse_poses(json.loads(path.read_text(encoding="utf-8")), POSES_FILE)
                .poses.values())
