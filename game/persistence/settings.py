"""The player's preferences, kept in one JSON file in the user config folder.

Settings are read before the window opens, so a bad file must never stop the game:
every field is checked on its own and a bad one falls back to its default with a
warning (shown once, logged), keeping the rest of the player's choices. A file that is
not JSON at all is kept as ``settings.json.bad`` for a bug report and defaults are used.
"""

from __future__ import annotations

import contextlib
import json
import math
from dataclasses import dataclass, field, fields
from typing import Any

from game.persistence.atomic import atomic_write_text, backup_path
from game.persistence.keybindings import (
    Bindings,
    button_code,
    button_name,
    clean_bindings,
    default_buttons,
    default_keys,
    key_code,
    key_name,
)
from game.persistence.paths import UserPaths

SETTINGS_VERSION = 1
TEXT_SPEEDS = ("slow", "normal", "fast", "instant")
FLIGHT_DIFFICULTIES = ("easy", "normal", "hard")
FLIGHT_SPEEDS = (50, 60, 70, 80, 90, 100)
CONTEST_ASSISTS = ("off", "wide", "gentle", "auto")  # game.contest.assist.ASSISTS
MAX_WINDOW_SCALE = 8  # 480x270 x8 is 3840x2160, the largest screen worth planning for
BAD_SUFFIX = ".bad"


@dataclass
class Settings:
    """Everything the Settings menu changes. ``window_scale`` 0 picks the largest fit."""

    music_volume: float = 0.8
    sfx_volume: float = 0.8
    text_speed: str = "normal"
    window_scale: int = 0
    fullscreen: bool = False
    screen_shake: bool = True
    large_text: bool = False
    flight_difficulty: str = "normal"  # the minigame: easy / normal / hard
    flight_speed: int = 100  # game-speed assist, percent: 50-100
    flight_invincible: bool = False  # assist: the pod and the palace shield never fail
    show_hitbox: bool = False
    contest_assist: str = "off"  # stand-offs and the duel: off / wide / gentle / auto
    contest_skip: bool = False  # pass over stand-offs and the duel (the story goes on)
    stealth_assist: bool = False  # assist: suspicion rises half as fast
    skip_stealth: bool = False  # stealth scenes pass at once ("skipped")
    ride_assist: bool = False  # assist: the pod steers itself and holds still at the line
    skip_rides: bool = False  # calm pod rides pass at once ("skipped")
    keys: Bindings = field(default_factory=default_keys)
    buttons: Bindings = field(default_factory=default_buttons)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": SETTINGS_VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            data[f.name] = ({k: list(v) for k, v in value.items()}
                            if isinstance(value, dict) else value)
        return data

    @classmethod
    def from_json(cls, data: Any) -> tuple[Settings, list[str]]:
        """Settings from a parsed file, field by field; returns them and the warnings."""
        settings = cls()
        if not isinstance(data, dict):
            return settings, ["the settings file does not hold an object; using defaults"]
        warnings_: list[str] = []
        known = {f.name for f in fields(cls)} | {"version"}
        for name in data:
            if name not in known:
                warnings_.append(f"unknown setting {name!r} (ignored)")
        for name in ("music_volume", "sfx_volume"):
            if name in data:
                _set_volume(settings, name, data[name], warnings_)
        if "text_speed" in data:
            _set_choice(settings, "text_speed", data["text_speed"], TEXT_SPEEDS, warnings_)
        if "window_scale" in data:
            _set_scale(settings, data["window_scale"], warnings_)
        for name in ("fullscreen", "screen_shake", "large_text", "flight_invincible",
                     "show_hitbox", "contest_skip", "stealth_assist", "skip_stealth",
                     "ride_assist", "skip_rides"):
            if name in data:
                _set_flag(settings, name, data[name], warnings_)
        if "flight_difficulty" in data:
            _set_choice(settings, "flight_difficulty", data["flight_difficulty"],
                        FLIGHT_DIFFICULTIES, warnings_)
        if "contest_assist" in data:
            _set_choice(settings, "contest_assist", data["contest_assist"], CONTEST_ASSISTS,
                        warnings_)
        if "flight_speed" in data:
            if data["flight_speed"] in FLIGHT_SPEEDS and not isinstance(data["flight_speed"], bool):
                settings.flight_speed = int(data["flight_speed"])
            else:
                warnings_.append(f"setting 'flight_speed' should be one of "
                                 f"{', '.join(map(str, FLIGHT_SPEEDS))}, not "
                                 f"{data['flight_speed']!r:.40}; using 100")
        if "keys" in data:
            settings.keys, found = clean_bindings(data["keys"], default_keys(), key_code,
                                                  key_name, "keys")
            warnings_.extend(found)
        if "buttons" in data:
            settings.buttons, found = clean_bindings(data["buttons"], default_buttons(),
                                                     button_code, button_name, "buttons")
            warnings_.extend(found)
        return settings, warnings_


def load_settings(paths: UserPaths) -> tuple[Settings, list[str]]:
    """The saved settings and any warnings; defaults if there is no file yet.

    Never raises for anything in the file. A file that cannot be parsed is moved to
    ``settings.json.bad`` so the next save does not destroy the evidence.
    """
    path = paths.settings
    source = path
    notes: list[str] = []
    if not path.exists() and backup_path(path).exists():
        source = backup_path(path)  # the player deleted the file; the backup is ours
        notes.append("settings file missing; using its backup")
    try:
        raw = source.read_bytes()
    except FileNotFoundError:
        return Settings(), notes
    except OSError as err:
        return Settings(), [*notes, f"could not read the settings file ({err}); "
                                    "using defaults"]
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as err:
        kept = source.with_name(source.name + BAD_SUFFIX)
        with contextlib.suppress(OSError):
            source.replace(kept)
        return Settings(), [*notes, f"the settings file was damaged ({_short(err)}); "
                                    f"kept it as {kept.name} and used defaults"]
    settings, found = Settings.from_json(data)
    return settings, notes + found


def save_settings(settings: Settings, paths: UserPaths) -> None:
    """Write the settings atomically; the previous good file becomes ``.bak``."""
    paths.ensure()
    text = json.dumps(settings.to_json(), indent=2, ensure_ascii=False, allow_nan=False)
    atomic_write_text(paths.settings, text + "\n", is_good=_is_settings_json)


# -- helpers --------------------------------------------------------------------------

def _is_settings_json(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw.decode("utf-8")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False


def _short(err: Exception) -> str:
    return str(err).split("\n", 1)[0][:80]


def _default(name: str) -> Any:
    return getattr(Settings(), name)


def _set_volume(settings: Settings, name: str, value: Any, warnings_: list[str]) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(
            value):
        warnings_.append(f"setting {name!r} should be a number from 0 to 1, not "
                         f"{value!r:.40}; using {_default(name)}")
        return
    clamped = min(1.0, max(0.0, float(value)))
    if clamped != value:
        warnings_.append(f"setting {name!r} is {value}, outside 0 to 1; using {clamped}")
    setattr(settings, name, clamped)


def _set_choice(settings: Settings, name: str, value: Any, choices: tuple[str, ...],
                warnings_: list[str]) -> None:
    if value in choices and isinstance(value, str):
        setattr(settings, name, value)
    else:
        warnings_.append(f"setting {name!r} should be one of {', '.join(choices)}, not "
                         f"{value!r:.40}; using {_default(name)!r}")


def _set_scale(settings: Settings, value: Any, warnings_: list[str]) -> None:
    if (isinstance(value, int) and not isinstance(value, bool)
            and 0 <= value <= MAX_WINDOW_SCALE):
        settings.window_scale = value
    else:
        warnings_.append(f"setting 'window_scale' should be a whole number from 0 (auto) "
                         f"to {MAX_WINDOW_SCALE}, not {value!r:.40}; using auto")


def _set_flag(settings: Settings, name: str, value: Any, warnings_: list[str]) -> None:
    if isinstance(value, bool):
        setattr(settings, name, value)
    else:
        warnings_.append(f"setting {name!r} should be true or false, not {value!r:.40}; "
                         f"using {str(_default(name)).lower()}")
