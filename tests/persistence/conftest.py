"""Shared set-up for the persistence tests: a private user folder and a flag set."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.dialogue.flags import FlagDecl, FlagStore
from game.persistence.paths import HOME_ENV, UserPaths, user_paths
from game.persistence.saves import SaveStore

DECLS = (
    FlagDecl("met_kara", bool, False),
    FlagDecl("trust", int, 0, 0, 10),
    FlagDecl("sun_angle", float, 0.5, 0.0, 1.0),
    FlagDecl("ship_name", str, ""),
)


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserPaths:
    """RED_SUN_HOME points into the test's own folder, as the game would see it."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    return user_paths()


@pytest.fixture
def flags() -> FlagStore:
    return FlagStore(DECLS)


@pytest.fixture
def store(user_home: UserPaths, flags: FlagStore) -> SaveStore:
    return SaveStore(user_home, declarations=flags.declarations)
