"""Headless test setup: dummy video and audio before pygame is imported anywhere."""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# Saves and settings of test runs go to a throwaway folder, never the player's.
os.environ["RED_SUN_HOME"] = tempfile.mkdtemp(prefix="red-sun-tests-")

from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def display() -> pygame.Surface:
    """A dummy display: pytmx and convert_alpha need one."""
    pygame.display.init()
    surface = pygame.display.get_surface()
    if surface is None:
        surface = pygame.display.set_mode((480, 270))
    return surface



@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


SLICE = ROOT / "tests" / "fixtures" / "slice"
SLICE_FLAGS = {
    "promised_siobhan": {"type": "bool", "default": False,
                         "doc": "Kara promised Mon-El to be gentle with Siobhan."},
    "talked_to_monel": {"type": "bool", "default": False,
                        "doc": "Kara spoke with Mon-El in the hall."},
}


@pytest.fixture()
def slice_root(tmp_path_factory: pytest.TempPathFactory,
               monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data root with the slice's maps and script and the real art; the game uses it."""
    root = tmp_path_factory.mktemp("slice")
    shutil.copytree(SLICE / "maps", root / "maps")
    assets = root / "assets"
    assets.mkdir()
    for item in (ROOT / "assets").iterdir():
        if item.name not in ("data", "dialogue"):
            (assets / item.name).symlink_to(item)
    shutil.copytree(SLICE / "dialogue", assets / "dialogue")
    data = assets / "data"
    data.mkdir()
    for item in (ROOT / "assets" / "data").iterdir():  # the real data, but own flags and manifest
        if item.name not in ("content.json", "flags.json"):
            (data / item.name).symlink_to(item)
    flags = json.loads((ROOT / "assets" / "data" / "flags.json").read_text())
    flags.update(SLICE_FLAGS)
    (data / "flags.json").write_text(json.dumps(flags))
    (data / "content.json").write_text(json.dumps({
        "title": "Red Sun over Daxam",
        "start": {"map": "palace_hall", "spawn": "start", "player": "kara", "act": "Prologue"},
        "scripts": ["assets/dialogue/slice.yarn"],
    }))
    monkeypatch.setenv("RED_SUN_DATA", str(root))
    return root


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh user data folder for each test."""
    folder = tmp_path / "home"
    monkeypatch.setenv("RED_SUN_HOME", str(folder))
    return folder


@pytest.fixture()
def quiet_main(monkeypatch: pytest.MonkeyPatch):
    """main() adds log handlers and closes pygame; undo both for the tests after these."""
    import game.app as app

    monkeypatch.setattr(app.pygame, "quit", lambda: None)
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()
