"""A data root whose `assets/data/` is a private copy a test may edit; the game uses it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

Edit = Callable[[str, Callable[[Any], None]], None]


@pytest.fixture()
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real maps and art (linked) with a copy of assets/data/; RED_SUN_DATA points here."""
    root = tmp_path / "root"
    assets = root / "assets"
    assets.mkdir(parents=True)
    (root / "maps").symlink_to(ROOT / "maps")
    for item in (ROOT / "assets").iterdir():
        if item.name != "data":
            (assets / item.name).symlink_to(item)
    shutil.copytree(ROOT / "assets" / "data", assets / "data")
    monkeypatch.setenv("RED_SUN_DATA", str(root))
    return root


@pytest.fixture()
def edit(data_root: Path) -> Edit:
    """`edit("flight/storm.json", change)`: load a data file of the copy, change it, save."""
    def apply(name: str, change: Callable[[Any], None]) -> None:
        path = data_root / "assets" / "data" / name
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")
    return apply
