"""Settings survive a restart, and a bad file costs the player one field, not all."""

from __future__ import annotations

import json

import pygame
import pytest

from game.core.actions import Action
from game.persistence.atomic import backup_path
from game.persistence.keybindings import default_buttons, default_keys, rebind
from game.persistence.paths import UserPaths, user_paths
from game.persistence.settings import Settings, load_settings, save_settings


def write_raw(paths: UserPaths, data: object) -> None:
    paths.ensure()
    paths.settings.write_text(json.dumps(data), encoding="utf-8")


def test_no_file_means_defaults_without_warnings(user_home: UserPaths) -> None:
    assert load_settings(user_home) == (Settings(), [])
    assert not user_home.data.exists()  # reading never creates anything


def test_settings_survive_a_restart(user_home: UserPaths) -> None:
    chosen = Settings(music_volume=0.25, sfx_volume=1.0, text_speed="instant",
                      window_scale=3, fullscreen=True, screen_shake=False, large_text=True)
    rebind(chosen, Action.CONFIRM, pygame.K_c)
    save_settings(chosen, user_home)

    after_restart, warnings = load_settings(user_paths())  # fresh lookup, fresh object
    assert warnings == []
    assert after_restart == chosen
    assert after_restart.keys["confirm"][0] == "c"


def test_second_save_keeps_a_backup(user_home: UserPaths) -> None:
    save_settings(Settings(music_volume=0.1), user_home)
    save_settings(Settings(music_volume=0.9), user_home)
    old = json.loads(backup_path(user_home.settings).read_text(encoding="utf-8"))
    assert old["music_volume"] == 0.1


def test_bad_fields_fall_back_one_by_one(user_home: UserPaths) -> None:
    write_raw(user_home, {
        "version": 1, "music_volume": "loud", "sfx_volume": 1.7, "text_speed": "warp",
        "window_scale": 12, "fullscreen": "yes", "screen_shake": False, "large_text": True,
        "colour": "red",
    })
    settings, warnings = load_settings(user_home)
    assert settings == Settings(sfx_volume=1.0, screen_shake=False, large_text=True)
    joined = "\n".join(warnings)
    for name in ("music_volume", "sfx_volume", "text_speed", "window_scale", "fullscreen",
                 "colour"):
        assert name in joined
    assert len(warnings) == 6


def test_a_corrupt_file_is_kept_aside_and_defaults_used(user_home: UserPaths) -> None:
    user_home.ensure()
    user_home.settings.write_bytes(b'{"music_volume": 0.3,')
    settings, warnings = load_settings(user_home)
    assert settings == Settings()
    assert len(warnings) == 1 and "settings.json.bad" in warnings[0]
    assert not user_home.settings.exists()
    assert user_home.settings.with_name("settings.json.bad").read_bytes().startswith(b"{")
    save_settings(settings, user_home)  # and saving works again afterwards
    assert load_settings(user_home) == (Settings(), [])


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe", b"[]", b"null", b"42"])
def test_any_file_content_loads_without_crashing(user_home: UserPaths, raw: bytes) -> None:
    user_home.ensure()
    user_home.settings.write_bytes(raw)
    settings, warnings = load_settings(user_home)
    assert settings == Settings() and warnings


def test_key_lists_are_cleaned(user_home: UserPaths) -> None:
    keys = default_keys()
    keys["confirm"] = ["Z", "no such key", 5, "c"]  # case-insensitive; junk dropped
    keys["cancel"] = ["c", "x"]  # 'c' is already confirm's
    keys["teleport"] = ["t"]
    del keys["backlog"]  # an action added by an update gets its default keys
    write_raw(user_home, {"keys": keys})
    settings, warnings = load_settings(user_home)
    assert settings.keys["confirm"] == ["z", "c"]
    assert settings.keys["cancel"] == ["x"]
    assert settings.keys["backlog"] == ["tab"]
    assert "teleport" not in settings.keys
    assert len(warnings) == 4


def test_a_file_that_leaves_moving_impossible_resets_the_keys(user_home: UserPaths) -> None:
    keys = default_keys()
    keys["up"] = []
    write_raw(user_home, {"keys": keys, "buttons": {"confirm": ["a", "x", "banana"]}})
    settings, warnings = load_settings(user_home)
    assert settings.keys == default_keys()
    assert any("keys' left up without a binding" in w for w in warnings)
    # Buttons the file does not mention keep their defaults; junk names are dropped.
    assert settings.buttons["confirm"] == ["a", "x"]
    assert settings.buttons["menu"] == ["start"]


def test_taking_the_menu_button_resets_the_buttons(user_home: UserPaths) -> None:
    write_raw(user_home, {"buttons": {"confirm": ["a", "start"]}})
    settings, warnings = load_settings(user_home)
    assert settings.buttons == default_buttons()
    assert warnings == ["'buttons' left menu without a binding; all reset to the defaults"]


def test_contest_assist_and_skip_are_kept_and_bad_values_fall_back() -> None:
    from game.persistence.settings import Settings

    good, warnings = Settings.from_json({"contest_assist": "wide", "contest_skip": True})
    assert (good.contest_assist, good.contest_skip, warnings) == ("wide", True, [])
    bad, warnings = Settings.from_json({"contest_assist": "easy", "contest_skip": "yes"})
    assert (bad.contest_assist, bad.contest_skip) == ("off", False)
    assert len(warnings) == 2 and any("contest_assist" in w for w in warnings)
