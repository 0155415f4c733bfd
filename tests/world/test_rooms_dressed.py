"""Rooms that are lived in: no interior is mostly bare floor; the court sits in session."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.world.scene import WorldScene
from tests.helpers import run_game

ROOT = Path(__file__).resolve().parents[2]
INTERIORS = ("armory", "grand_hall", "kara_room", "kitchen", "monel_room", "royal_wing",
             "spare_room", "throne_room")
PLAIN_FLOOR = ("marble_floor", "stone_floor", "marble_shadow")
IGNORED = {"ground", "collision", "sunlight", "moonlight"}  # light is not furniture


def palace_names() -> dict[int, str]:
    root = ET.parse(ROOT / "assets" / "tilesets" / "palace.tsx").getroot()
    return {int(t.get("id", "0")): p.get("value", "")
            for t in root.findall("tile") for p in t.iter("property") if p.get("name") == "name"}


def grid(layer: ET.Element) -> list[list[int]]:
    text = (layer.findtext("data") or "").strip()
    return [[int(v) for v in row.strip().rstrip(",").split(",")] for row in text.splitlines()]


@pytest.mark.parametrize("name", INTERIORS)
def test_no_room_is_mostly_empty_floor(name: str) -> None:
    root = ET.parse(ROOT / "maps" / f"{name}.tmx").getroot()
    first = int(root.find("tileset").get("firstgid", "1"))  # type: ignore[union-attr]
    names = palace_names()
    layers = {layer.get("name", ""): grid(layer) for layer in root.findall("layer")}
    ground = layers["ground"]
    plain = bare = 0
    for y, row in enumerate(ground):
        for x, gid in enumerate(row):
            if not names.get(gid - first, "").startswith(PLAIN_FLOOR):
                continue
            plain += 1
            bare += not any(cells[y][x] for lname, cells in layers.items()
                            if lname not in IGNORED)
    # People need floor to walk on, and one rug or bench reads across many tiles; before
    # the rooms were dressed the big ones were 81-87 % bare, now none is above 72 %.
    assert bare / plain <= 0.72, f"{name}: {bare} of {plain} floor tiles have nothing on them"


def seated(progress: int) -> int:
    game = run_game(["--map", "throne_room", "--frames", "2"])
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None
    game.ctx.flags.set("progress", progress)
    scene.world.refresh_npcs()
    return len(scene.world.props)


def test_the_court_sits_on_its_benches_only_while_in_session() -> None:
    assert seated(14) >= 20, "courtiers (two tiles each) fill the benches at the oath"
    assert seated(12) == 0 and seated(16) == 0, "an empty throne room has empty benches"
