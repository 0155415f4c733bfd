"""The user folder follows each platform's convention and never the game's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.persistence.paths import UnsafePathError, UserPaths, user_paths

HOME = Path("/home/ana")
GAME = Path("/opt/red-sun")


def paths_for(platform: str, **env: str) -> UserPaths:
    return user_paths(env=env, platform=platform, home=HOME, game_folder=GAME)


def test_linux_uses_xdg_defaults() -> None:
    paths = paths_for("linux")
    assert paths.saves == HOME / ".local/share/red-sun-over-daxam/saves"
    assert paths.logs == HOME / ".local/share/red-sun-over-daxam/logs"
    assert paths.settings == HOME / ".config/red-sun-over-daxam/settings.json"


def test_linux_honours_xdg_variables_but_not_relative_ones() -> None:
    paths = paths_for("linux", XDG_DATA_HOME="/data", XDG_CONFIG_HOME="relative/conf")
    assert paths.saves == Path("/data/red-sun-over-daxam/saves")
    assert paths.settings == HOME / ".config/red-sun-over-daxam/settings.json"


def test_windows_and_macos_folders() -> None:
    win = paths_for("win32", APPDATA="C:/Users/ana/AppData/Roaming")
    assert win.saves == Path("C:/Users/ana/AppData/Roaming/RedSunOverDaxam/saves")
    mac = paths_for("darwin")
    assert mac.settings == HOME / "Library/Application Support/RedSunOverDaxam/settings.json"


def test_red_sun_home_overrides_everything(tmp_path: Path) -> None:
    paths = paths_for("win32", RED_SUN_HOME=str(tmp_path), APPDATA="C:/x")
    assert paths.saves == tmp_path / "saves"
    assert paths.settings == tmp_path / "settings.json"
    assert paths.contains(paths.saves / "slot_1.json")
    assert not paths.contains(tmp_path.parent / "elsewhere.json")


def test_a_folder_inside_the_game_is_refused() -> None:
    with pytest.raises(UnsafePathError):
        paths_for("linux", RED_SUN_HOME=str(GAME / "userdata"))


def test_the_real_default_is_outside_this_checkout(tmp_path: Path) -> None:
    paths = user_paths(env={}, platform="linux", home=tmp_path)
    assert not paths.data.resolve().is_relative_to(Path(__file__).resolve().parents[2])


def test_nothing_is_created_until_asked(user_home: UserPaths) -> None:
    assert not user_home.data.exists()
    user_home.ensure()
    assert user_home.saves.is_dir() and user_home.logs.is_dir()
