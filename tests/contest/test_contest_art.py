"""The contests' art and flags match what the scenes and commands expect."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.contest.data import load_contests
from game.contest.duel_scene import KARA_FRAMES, RHEA_FRAMES
from game.core.assets import AssetResolver
from game.core.errors import ContentError
from game.world.commands.contest import HELP_FLAGS
from tools.art.duel_poses import FRAME_W, KARA_POSES, RHEA_POSES

ROOT = Path(__file__).resolve().parents[2]


def test_the_pose_sheets_hold_the_frames_the_duel_draws(display) -> None:
    assert KARA_FRAMES == KARA_POSES and RHEA_FRAMES == RHEA_POSES
    for name, frames in (("duel_kara", KARA_POSES), ("duel_rhea", RHEA_POSES)):
        sheet = pygame.image.load(str(ROOT / "assets" / "fx" / f"{name}.png"))
        assert sheet.get_width() == FRAME_W * len(frames)
        for i in range(len(frames)):  # every frame has a figure in it
            frame = sheet.subsurface((i * FRAME_W, 0, FRAME_W, sheet.get_height()))
            assert pygame.mask.from_surface(frame).count() > 150


def test_the_help_flags_are_declared() -> None:
    flags = json.loads((ROOT / "assets" / "data" / "flags.json").read_text("utf-8"))
    for name in HELP_FLAGS.values():
        assert flags[name]["type"] == "bool"
    for name in ("standoff_comm_room", "standoff_leslie", "standoff_throne", "duel_rhea"):
        assert flags[name]["type"] == "str"
    assert flags["challenge_tries"]["type"] == "int"


def test_a_missing_contests_file_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"assets/data/contests\.json"):
        load_contests(AssetResolver(tmp_path))
