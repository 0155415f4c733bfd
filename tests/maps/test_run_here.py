"""Tiled's "Run game here" runs the game on the open map with the project's own Python.

The command comes from maps/daxam.tiled-project and is turned into a process the way
Tiled 1.8 does it: `"command" arguments`, %mapfile and %mappath replaced by quoted
paths, split like Qt's QProcess::splitCommand, started in the working directory. The
only addition is `--frames`, which the launcher forwards, so that the game ends.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "maps" / "daxam.tiled-project"


def _command(name: str) -> dict[str, str]:
    commands = json.loads(PROJECT.read_text(encoding="utf-8"))["commands"]
    return next(c for c in commands if c["name"] == name)


def tiled_argv(command: dict[str, str], map_file: Path) -> tuple[list[str], Path]:
    """What Tiled 1.8 starts for `command` on `map_file`: argv and working directory."""
    def replace(text: str, quote: bool) -> str:
        q = '"' if quote else ""
        return (text.replace("%mapfile", f"{q}{map_file}{q}")
                .replace("%mappath", f"{q}{map_file.parent}{q}"))

    line = replace(f'"{command["command"]}" {command["arguments"]}', quote=True)
    workdir = Path(replace(command["workingDirectory"], quote=False)).resolve()
    return shlex.split(line), workdir


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
            "RED_SUN_HOME": str(tmp_path / "home")}


def test_the_command_does_not_need_a_bare_python() -> None:
    for name in ("Run game here", "Run game here (Windows)"):
        command = _command(name)
        assert "python" not in command["command"]
        assert command["saveBeforeExecute"] and command["showOutput"]


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell (Windows)")
def test_run_game_here_starts_the_game_on_the_open_map(tmp_path: Path) -> None:
    if not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.fail("tools/run_tests.sh makes .venv; the launcher needs it")
    argv, workdir = tiled_argv(_command("Run game here"), ROOT / "maps" / "kara_room.tmx")
    shot = tmp_path / "shot.png"
    run = subprocess.run([*argv, "--frames", "10", "--screenshot", str(shot)], cwd=workdir,
                         env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert shot.stat().st_size > 0
    assert workdir == ROOT


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell (Windows)")
def test_a_broken_map_fails_in_tiled_s_console(tmp_path: Path) -> None:
    bad = tmp_path / "maps" / "broken.tmx"
    bad.parent.mkdir()
    bad.write_text("<map")
    shutil.copytree(ROOT / "tools", tmp_path / "tools",
                    ignore=shutil.ignore_patterns("__pycache__", "art", "audio", "maps"))
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    argv, workdir = tiled_argv(_command("Run game here"), bad)
    run = subprocess.run([*argv, "--frames", "5"], cwd=workdir, env=_env(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "broken.tmx: cannot read map" in run.stderr


def _fake_bundle(tmp_path: Path) -> Path:
    """A bundle folder: the game executable beside maps/ and tools/, no .venv."""
    bundle = tmp_path / "RedSunOverDaxam"
    (bundle / "tools").mkdir(parents=True)
    (bundle / "maps").mkdir()
    shutil.copy(ROOT / "tools" / "run_here.sh", bundle / "tools")
    game = bundle / "RedSunOverDaxam"
    game.write_text('#!/bin/sh\necho "bundled game: $*"\n')
    game.chmod(game.stat().st_mode | stat.S_IXUSR)
    return bundle


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell (Windows)")
def test_in_a_bundle_the_launcher_runs_the_bundled_game(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    argv, workdir = tiled_argv(_command("Run game here"), bundle / "maps" / "my room.tmx")
    run = subprocess.run(argv, cwd=workdir, capture_output=True, text=True, timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"bundled game: --debug-menu --map {bundle}/maps/my room.tmx"


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell (Windows)")
def test_a_macos_app_bundle_is_run_from_inside_the_app(tmp_path: Path) -> None:
    """Issue 16 on macOS: the game as RedSunOverDaxam.app beside maps/ and tools/, and
    (as PyInstaller leaves it) the one-folder RedSunOverDaxam/ next to it, which is a
    folder, not the game."""
    bundle = _fake_bundle(tmp_path)
    (bundle / "RedSunOverDaxam").unlink()
    (bundle / "RedSunOverDaxam" / "_internal").mkdir(parents=True)
    app = bundle / "RedSunOverDaxam.app" / "Contents" / "MacOS" / "RedSunOverDaxam"
    app.parent.mkdir(parents=True)
    app.write_text('#!/bin/sh\necho "app game: $* (in $PWD)"\n')
    app.chmod(app.stat().st_mode | stat.S_IXUSR)
    argv, workdir = tiled_argv(_command("Run game here"), bundle / "maps" / "my room.tmx")
    assert argv[:2] == ["sh", "tools/run_here.sh"] and workdir == bundle
    run = subprocess.run(argv, cwd=workdir, capture_output=True, text=True, timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == (f"app game: --debug-menu --map {bundle}/maps/my room.tmx "
                                  f"(in {bundle})")


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell (Windows)")
def test_with_no_game_found_the_launcher_says_what_to_do(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    (bundle / "RedSunOverDaxam").unlink()
    argv, workdir = tiled_argv(_command("Run game here"), bundle / "maps" / "x.tmx")
    run = subprocess.run(argv, cwd=workdir, capture_output=True, text=True, timeout=30)
    assert run.returncode == 1
    assert "run 'bash tools/play.sh' once" in run.stderr


def test_the_windows_launcher_has_crlf_line_ends() -> None:
    """What it runs is tested under wine (test_run_here_windows.py); wine's cmd.exe reads
    LF files too, but Windows' own cmd.exe can miss a `goto` label in one."""
    data = (ROOT / "tools" / "run_here.cmd").read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") > 0
