"""Where the player's files live: one user data folder per platform, never the game's.

The game folder may be read-only (a system install, a pyinstaller bundle, a Flatpak),
and files written beside the code are lost on every update, so saves, settings and logs
go to the folder each platform sets aside for application data. ``RED_SUN_HOME`` moves
everything into one folder: tests use it, and so can a player who wants a portable copy.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

HOME_ENV = "RED_SUN_HOME"
UNIX_NAME = "red-sun-over-daxam"  # the XDG convention: lower case, dashes
FOLDER_NAME = "RedSunOverDaxam"  # Windows and macOS convention
SETTINGS_NAME = "settings.json"


class UnsafePathError(ValueError):
    """A user folder that would put the player's files inside the game's own folder."""


class UserPaths(NamedTuple):
    """The folders and files the game may write. Nothing else is ever written.

    ``data`` holds saves and logs; ``config`` holds the settings file (the same
    folder except on Linux, where XDG separates them).
    """

    data: Path
    config: Path

    @property
    def saves(self) -> Path:
        return self.data / "saves"

    @property
    def logs(self) -> Path:
        return self.data / "logs"

    @property
    def settings(self) -> Path:
        return self.config / SETTINGS_NAME

    def ensure(self) -> None:
        """Create the folders (not the files); called before the first write."""
        for folder in (self.saves, self.logs, self.config):
            folder.mkdir(parents=True, exist_ok=True)

    def contains(self, path: Path) -> bool:
        """Whether ``path`` lies inside one of our folders (a guard for writers)."""
        target = path.resolve()
        return any(target.is_relative_to(root.resolve()) for root in (self.data, self.config))


def user_paths(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
    game_folder: Path | None = None,
) -> UserPaths:
    """The user folders for this machine; arguments exist so tests can ask for others.

    Raises ``UnsafePathError`` if the result would lie inside ``game_folder`` (by
    default the folder that holds the ``game`` package): a save written there would
    vanish with the next update or fail on a read-only install.
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    paths = _platform_paths(env, platform, home)
    folder = default_game_folder() if game_folder is None else game_folder
    for root in (paths.data, paths.config):
        if root.resolve().is_relative_to(folder.resolve()):
            raise UnsafePathError(f"user folder {root} is inside the game folder {folder}; "
                                  f"set {HOME_ENV} to a folder elsewhere")
    return paths


def default_game_folder() -> Path:
    """The folder the game runs from: the bundle when frozen, else the package's parent."""
    if getattr(sys, "frozen", False):
        # A one-folder bundle: the folder the player unpacked, not pyinstaller's
        # `_internal/` inside it, so nothing is ever written next to the executable.
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def _platform_paths(env: Mapping[str, str], platform: str, home: Path) -> UserPaths:
    override = env.get(HOME_ENV, "").strip()
    if override:
        root = Path(override).expanduser()
        return UserPaths(data=root, config=root)
    if platform.startswith("win"):
        appdata = env.get("APPDATA", "").strip()
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        root = base / FOLDER_NAME
        return UserPaths(data=root, config=root)
    if platform == "darwin":
        root = home / "Library" / "Application Support" / FOLDER_NAME
        return UserPaths(data=root, config=root)
    return UserPaths(data=_xdg(env, "XDG_DATA_HOME", home / ".local" / "share") / UNIX_NAME,
                     config=_xdg(env, "XDG_CONFIG_HOME", home / ".config") / UNIX_NAME)


def _xdg(env: Mapping[str, str], name: str, fallback: Path) -> Path:
    # The XDG spec says a relative value is invalid and must be ignored.
    value = env.get(name, "").strip()
    return Path(value) if value and Path(value).is_absolute() else fallback
