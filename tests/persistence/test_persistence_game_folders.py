"""The whole game with a broken user folder, and what a crash prints: one plain line."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

import game.app as app
from game.persistence import logs
from game.screens.save_notice import NOTICE_Y, draw_save_notice
from game.ui.text import Fonts
from tests.persistence.test_persistence_folders import read_only

pytestmark = pytest.mark.usefixtures("quiet_main")


@pytest.fixture
def fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where logs go when the user folder refuses them (instead of the real ~/.local)."""
    folder = tmp_path / "fallback-logs"
    real = logs.log_folder_candidates
    monkeypatch.setattr(logs, "log_folder_candidates", lambda env=None: [real(env)[0], folder])
    return folder


def test_game_plays_with_a_read_only_user_folder(slice_root: Path, home: Path, fallback: Path,
                                                 capsys, display) -> None:
    (home / "saves").mkdir(parents=True)
    save = home / "saves" / "slot_1.json"
    save.write_text("{}")  # an existing file must survive untouched
    with read_only(home / "saves"), read_only(home):
        code = app.main(["--frames", "120", "--map", "palace_hall"])
    err = capsys.readouterr().err
    assert code == 0
    assert "saving is off: the save folder is read-only" in err
    assert f"writing them to {fallback}" in err
    assert (fallback / "last-run.log").is_file()
    assert save.read_text() == "{}"
    assert "Traceback" not in err


def test_a_crash_prints_one_line_and_the_traceback_only_to_the_file(
        monkeypatch: pytest.MonkeyPatch, home: Path, capsys, display) -> None:
    def broken(self) -> int:
        raise RuntimeError("the sun went out\nsecond line of the message")

    monkeypatch.setattr(app.Game, "run", broken)
    code = app.main(["--frames", "1"])
    err = capsys.readouterr().err.splitlines()
    assert code == 70
    crash_lines = [line for line in err if "unexpected error" in line]
    assert len(crash_lines) == 1
    assert crash_lines[0].startswith("red-sun: the game stopped on an unexpected error "
                                     "(RuntimeError: the sun went out); details are in ")
    assert not any("Traceback" in line or "second line" in line for line in err)
    report = Path(crash_lines[0].split("details are in ")[1].split(". Please")[0])
    assert report.parent == home / "logs"
    assert "Traceback" in report.read_text() and "the sun went out" in report.read_text()
    assert "Traceback" in (home / "logs" / "last-run.log").read_text()


def test_a_crash_with_a_read_only_user_folder_reports_to_the_fallback(
        monkeypatch: pytest.MonkeyPatch, home: Path, fallback: Path, capsys, display) -> None:
    home.mkdir()

    def broken(self) -> int:
        raise RuntimeError("no sun")

    monkeypatch.setattr(app.Game, "run", broken)
    with read_only(home):
        code = app.main(["--frames", "1"])
    err = capsys.readouterr().err
    assert code == 70
    assert f"cannot write logs to {home / 'logs'}" in err
    assert f"details are in {fallback}" in err
    assert next(fallback.glob("crash-*.txt")).read_text().count("no sun") >= 1


def test_the_notice_line_is_drawn_only_when_saving_is_off(display) -> None:
    from game.core.assets import AssetResolver

    font = Fonts.load(AssetResolver.discover()).small
    quiet, loud = pygame.Surface((480, 270)), pygame.Surface((480, 270))
    draw_save_notice(quiet, font, None)
    draw_save_notice(loud, font, "the save folder is read-only")
    band = pygame.Rect(0, NOTICE_Y, 480, font.line_height)
    assert pygame.transform.average_color(quiet, band)[:3] == (0, 0, 0)
    assert pygame.transform.average_color(loud, band)[0] > 0


def test_the_crash_screen_names_the_file_and_closes_on_a_key(display) -> None:
    from game.core.assets import AssetResolver
    from game.core.display import Display
    from game.ui.crash_screen import show_crash_screen

    screen = Display(1, False, "test")
    screen.open()
    font = Fonts.load(AssetResolver.discover()).small
    pygame.event.clear()
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_z, mod=0))
    show_crash_screen(screen, font, "An unexpected error (RuntimeError); details are in "
                      "/home/kara/.local/share/red-sun-over-daxam/logs/crash-1.txt.")
    centre = pygame.Rect(40, 100, 400, 70)
    assert pygame.transform.average_color(screen.canvas, centre)[:3] != (26, 15, 31)


def test_a_crash_at_the_window_shows_the_crash_screen(monkeypatch: pytest.MonkeyPatch,
                                                      home: Path, capsys, display) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app, "show_crash_screen", lambda d, f, message: shown.append(message))

    def broken(self) -> int:
        raise RuntimeError("eclipse")

    monkeypatch.setattr(app.Game, "run", broken)
    assert app.main([]) == 70  # no --frames: a player at the window
    assert len(shown) == 1 and f"details are in {home / 'logs'}" in shown[0]
    assert app.main(["--frames", "1"]) == 70
    assert len(shown) == 1  # headless runs never wait for a key
