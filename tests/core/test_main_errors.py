"""What a player sees when something goes wrong at start: one plain line, never a traceback."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import game.app as app


@pytest.fixture(autouse=True)
def _quiet_logging(monkeypatch: pytest.MonkeyPatch):
    """main() adds log handlers and closes pygame; undo both for the tests after these."""
    monkeypatch.setattr(app.pygame, "quit", lambda: None)
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_a_missing_asset_is_one_line_and_exit_1(slice_root: Path, capsys, display) -> None:
    (slice_root / "assets" / "ui").unlink()  # the slice links the real art; drop the UI
    code = app.main(["--frames", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("red-sun: missing asset: assets/ui/")
    assert not any("Traceback" in line for line in err)


def test_a_bug_is_reported_with_a_crash_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                            capsys, display) -> None:
    monkeypatch.setenv("RED_SUN_HOME", str(tmp_path / "home"))

    def broken(self) -> int:
        raise RuntimeError("the sun went out")

    monkeypatch.setattr(app.Game, "run", broken)
    code = app.main(["--frames", "1"])
    err = capsys.readouterr().err
    assert code == 70
    assert "unexpected error (RuntimeError: the sun went out)" in err
    crash = next((tmp_path / "home").rglob("crash-*.txt"))
    assert "the sun went out" in crash.read_text()
    assert "Traceback" not in err.splitlines()[-1]
    assert (crash.parent / "last-run.log").is_file()
