"""Character sheets and portraits: sizes, ids, animation and expression changes."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import json
from pathlib import Path

import pygame
import pytest

from game.content_staging import PoseTable, parse_poses
from tools.art import characters, portraits
from tools.art.cast import load_cast
from tools.art.palette import PALETTE

DOC_IDS = [
    "kara", "lena", "alex", "maggie", "oscar", "winn", "lucy", "james", "monel", "rhea",
    "lar_gand", "siobhan", "leslie", "jonn", "lex", "astra", "alura", "sam_lane", "sam_willis",
    "titus", "guard", "young_guard", "servant", "noble_a", "noble_b", "noble_c", "slum_a",
    "slum_b", "slum_c", "grandmother", "exson_lord", "exson_lady", "lena_jacket",
    "slum_child_a", "slum_child_b",
    "lena_hooded",
    "kara_suit",
    "kara_crowned", "lena_servant", "lena_coronation", "lia",
]
P = 64  # portrait frame size
POSES = Path(__file__).resolve().parents[1] / "assets" / "data" / "poses.json"


@pytest.fixture(scope="module")
def pose_table() -> PoseTable:
    return parse_poses(json.loads(POSES.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pygame.Surface]:
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    root = tmp_path_factory.mktemp("assets")
    files = characters.build(root) + portraits.build(root)
    return {f"{p.parent.name}/{p.stem}": pygame.image.load(str(p)) for p in files}


def _frame(sheet: pygame.Surface, col: int, row: int, w: int, h: int) -> bytes:
    return pygame.image.tobytes(sheet.subsurface((col * w, row * h, w, h)), "RGBA")


def test_every_id_is_listed_once() -> None:
    assert list(load_cast()) == DOC_IDS
    assert list(characters.cast_specs()) == DOC_IDS


def test_every_id_has_sheet_and_portrait(built: dict[str, pygame.Surface]) -> None:
    for cid in DOC_IDS:
        assert f"characters/{cid}" in built
        assert f"portraits/{cid}" in built


def test_sheet_sizes(built: dict[str, pygame.Surface], pose_table: PoseTable) -> None:
    table, _ = portraits.load_looks()
    assert len(table.names) >= 8
    for cid in DOC_IDS:
        assert built[f"characters/{cid}"].get_size() == (64, 32 * pose_table.rows)
        assert built[f"portraits/{cid}"].get_size() == (P * len(table.names), P * 3)


def test_walk_frames_differ_from_idle(built: dict[str, pygame.Surface]) -> None:
    for cid in DOC_IDS:
        sheet = built[f"characters/{cid}"]
        for row in range(4):
            idle = _frame(sheet, 0, row, 16, 32)
            walk = [_frame(sheet, col, row, 16, 32) for col in (1, 2, 3)]
            assert all(w != idle for w in walk), (cid, row)
            assert walk[0] != walk[2], (cid, row)


def test_frames_are_grounded_and_transparent(built: dict[str, pygame.Surface]) -> None:
    for cid in DOC_IDS:
        sheet = built[f"characters/{cid}"]
        for row in range(4):
            for col in range(4):
                frame = sheet.subsurface((col * 16, row * 32, 16, 32))
                assert frame.get_at((0, 0)).a == 0
                bottom = [frame.get_at((x, 31)).a for x in range(16)]
                assert any(bottom), (cid, row, col)
                assert not bottom[0] and not bottom[15]


def test_right_row_mirrors_left(built: dict[str, pygame.Surface]) -> None:
    sheet = built["characters/kara"]
    left = sheet.subsurface((0, 32, 16, 32))
    right = sheet.subsurface((0, 64, 16, 32))
    flipped = pygame.transform.flip(left, True, False)
    assert pygame.image.tobytes(flipped, "RGBA") == pygame.image.tobytes(right, "RGBA")


def test_expressions_differ_from_neutral(built: dict[str, pygame.Surface]) -> None:
    for cid in DOC_IDS:
        sheet = built[f"portraits/{cid}"]
        count = sheet.get_width() // P
        neutral = _frame(sheet, 0, 0, P, P)
        others = [_frame(sheet, i, 0, P, P) for i in range(1, count)]
        assert all(o != neutral for o in others), cid
        assert len(set(others)) == len(others), cid


def test_blink_and_talk_frames_move_the_face(built: dict[str, pygame.Surface]) -> None:
    table, _ = portraits.load_looks()
    for cid in DOC_IDS:
        sheet = built[f"portraits/{cid}"]
        for col, name in enumerate(table.names):
            still = _frame(sheet, col, 0, P, P)
            assert _frame(sheet, col, 2, P, P) != still, (cid, name, "talk")
            if name != "happy":  # smiling eyes are already shut
                assert _frame(sheet, col, 1, P, P) != still, (cid, name, "blink")


def test_only_palette_colours(built: dict[str, pygame.Surface]) -> None:
    allowed = set(PALETTE.values())
    for name in ("characters/kara", "characters/guard", "portraits/lena", "portraits/rhea",
                 "portraits/titus", "portraits/kara"):
        surf = built[name]
        for y in range(surf.get_height()):
            for x in range(surf.get_width()):
                c = surf.get_at((x, y))
                if c.a:
                    assert c.a == 255 and (c.r, c.g, c.b) in allowed, (name, x, y)


def test_sheets_are_distinct(built: dict[str, pygame.Surface]) -> None:
    raw = {cid: pygame.image.tobytes(built[f"characters/{cid}"], "RGBA") for cid in DOC_IDS}
    assert len(set(raw.values())) == len(DOC_IDS)


def test_deterministic() -> None:
    specs = characters.cast_specs()
    a = pygame.image.tobytes(characters.sheet(specs["astra"]), "RGBA")
    b = pygame.image.tobytes(characters.sheet(specs["astra"]), "RGBA")
    assert a == b
    _, looks = portraits.load_looks()
    kara = load_cast()["kara"]
    assert portraits.compose(kara, looks["happy"]) == portraits.compose(kara, looks["happy"])


def test_every_pose_frame_differs_from_standing(built: dict[str, pygame.Surface],
                                               pose_table: PoseTable) -> None:
    """Each character's every pose, in each facing it is drawn for, is a picture a
    player can tell apart from them standing idle that way."""
    for cid in DOC_IDS:
        sheet = built[f"characters/{cid}"]
        for pose in pose_table.poses.values():
            for frame in range(pose.frames):
                for facing in pose.directions:
                    anchor = pose.items.get(facing)
                    if anchor is not None and anchor.behind:
                        continue  # holding something in front, seen from behind: the back
                    col = pose.column(facing)
                    posed = _frame(sheet, col, pose.row + frame, 16, 32)
                    standing = _frame(sheet, 0, col, 16, 32)
                    differ = sum(posed[i:i + 4] != standing[i:i + 4]
                                 for i in range(0, len(posed), 4))
                    assert differ >= 8, (cid, pose.name, facing, frame, differ)


def test_lying_covers_the_body_and_shuts_the_eyes(built: dict[str, pygame.Surface],
                                                  pose_table: PoseTable) -> None:
    lie = pose_table.poses["lie"]
    for cid in ("kara", "lena", "guard"):
        frame = built[f"characters/{cid}"].subsurface((0, lie.row * 32, 16, 32))
        standing = built[f"characters/{cid}"].subsurface((0, 0, 16, 32))
        # the white turned-down sheet crosses the chest where the tunic was
        assert frame.get_at((8, 19))[:3] == PALETTE["white"][:3]
        assert frame.get_at((8, 19)) != standing.get_at((8, 19))
        height = load_cast()[cid].height  # the eyes sit one row higher on a tall sprite
        for x in (5, 10):  # where the open eyes were, a shut lid
            assert frame.get_at((x, 13 - height)) != standing.get_at((x, 13 - height))
