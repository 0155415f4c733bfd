"""What a player sees when something goes wrong at start: one plain line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

import game.app as app

pytestmark = pytest.mark.usefixtures("quiet_main")


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
