"""Fixtures for the flight tests: a minimal game context on the dummy display."""

from __future__ import annotations

import random

import pytest

from game.audio import Audio
from game.content import load_content
from game.core.assets import AssetResolver
from game.core.context import GameContext, RunOptions
from game.core.fonts import Fonts
from game.core.scene import SceneStack
from game.flight.registry import STAGE_WORDS
from game.persistence.settings import Settings
from tests.content.conftest import data_root, edit  # noqa: F401 (shared: a private data copy)


@pytest.fixture
def flight_ctx(display) -> GameContext:
    assets = AssetResolver.discover()
    return GameContext(assets=assets, stack=SceneStack(), content=load_content(assets, STAGE_WORDS),
                       flags=None, fonts=Fonts.load(assets),  # type: ignore[arg-type]
                       options=RunOptions(fast=True), rng=random.Random(0),
                       audio=Audio(assets), settings=Settings())

