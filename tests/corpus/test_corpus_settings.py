"""Broken settings and key bindings: a plain warning each, and settings the game can use."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest

from game.persistence.keybindings import ESSENTIAL, buttonmap, keymap
from game.persistence.paths import UserPaths
from game.persistence.settings import load_settings

HERE = Path(__file__).parent
CASES = [(folder, name, message) for folder in ("settings", "keybindings")
         for name, message in json.loads((HERE / folder / "expected.json").read_text()).items()
         if not name.startswith("_")]


@pytest.mark.parametrize("folder", ["settings", "keybindings"])
def test_every_corpus_file_has_an_expected_message(folder: str) -> None:
    files = {p.name for p in (HERE / folder).glob("*.json") if p.name != "expected.json"}
    assert files == {name for f, name, _ in CASES if f == folder}


@pytest.mark.parametrize(("folder", "name", "message"), CASES)
def test_broken_settings_warn_and_still_work(folder: str, name: str, message: str,
                                             tmp_path: Path) -> None:
    shutil.copy(HERE / folder / name, tmp_path / "settings.json")
    settings, warnings = load_settings(UserPaths(tmp_path, tmp_path))
    assert any(w.startswith(message) for w in warnings), warnings
    for volume in (settings.music_volume, settings.sfx_volume):
        assert math.isfinite(volume) and 0 <= volume <= 1
    assert 0 <= settings.window_scale <= 8
    bound = set(keymap(settings).values()) | set(buttonmap(settings).values())
    assert bound >= ESSENTIAL  # the player can always move, confirm, cancel and open the menu
