r"""Tiled's "Run game here (Windows)" really run: tools\run_here.cmd under wine's cmd.exe.

The command comes from maps/daxam.tiled-project and becomes a process as Tiled does it
on Windows: `"command" arguments` with %mapfile and %mappath replaced by quoted Qt paths
(forward slashes), split by QProcess::splitCommand, joined again into one Windows command
line by QProcess, started with CreateProcessW in the working directory
(tests/maps/windows/tiled_start.c does that last step). The game is a stand-in,
tests/maps/windows/fake_game.c, that records its working directory and arguments, so
each test checks exactly what the launcher ran. No display is used.

Needs Debian's wine64 and gcc-mingw-w64-x86-64-win32 (tools/run_tests.sh installs them
when root). Without them these tests skip and say so, except under CI=true: there they
are installed, and their absence fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.needs import missing

ROOT = Path(__file__).resolve().parents[2]
SOURCES = Path(__file__).resolve().parent / "windows"
WINDOWS = "Run game here (Windows)"


def _command(name: str) -> dict[str, str]:
    commands = json.loads((ROOT / "maps" / "daxam.tiled-project").read_text(encoding="utf-8"))
    return next(c for c in commands["commands"] if c["name"] == name)


def _which(names: tuple[str, ...], fallback: str) -> str | None:
    """Debian's wine64 without recommends has no wine on the PATH, only /usr/lib/wine."""
    for name in names:
        if found := shutil.which(name):
            return found
    return fallback if os.access(fallback, os.X_OK) else None


@dataclass(frozen=True)
class Wine:
    wine: str
    env: dict[str, str]
    tiled_start: Path
    fake_game: Path


@pytest.fixture(scope="session")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    """One wine prefix and the two test programs per session (the first start takes ~10 s)."""
    wine = _which(("wine", "wine64"), "/usr/lib/wine/wine64")
    server = _which(("wineserver",), "/usr/lib/wine/wineserver")
    gcc = shutil.which("x86_64-w64-mingw32-gcc")
    absent = [name for name, found in (("wine64", wine and server),
                                       ("gcc-mingw-w64-x86-64-win32", gcc)) if not found]
    if absent or wine is None or server is None or gcc is None:
        missing(f"run_here.cmd runs under wine: install {' and '.join(absent)}")
    base = tmp_path_factory.mktemp("wine")
    programs = {}
    for name in ("tiled_start", "fake_game"):
        programs[name] = base / f"{name}.exe"
        subprocess.run([gcc, "-municode", "-O1", "-o", str(programs[name]),
                        str(SOURCES / f"{name}.c")], check=True, timeout=120)
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY")}  # works with no display
    env.update(WINEPREFIX=str(base / "prefix"), WINEDEBUG="-all",
               WINEDLLOVERRIDES="mscoree,mshtml=",  # no Mono/Gecko install dialogs
               LC_ALL="C.UTF-8")  # wine reads names through the locale: José stays José
    (base / "prefix").mkdir()
    subprocess.run([server, "-p"], env=env, check=True, timeout=60)  # stays up: fast runs
    try:
        # To a file, not a pipe: wine's services started here keep their output open.
        with open(base / "boot.log", "wb") as log:
            boot = subprocess.run([wine, "cmd", "/c", "exit 0"], env=env, cwd=base,
                                  timeout=300, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        assert boot.returncode == 0, (base / "boot.log").read_text(errors="replace")
        yield Wine(wine, env, programs["tiled_start"], programs["fake_game"])
    finally:
        subprocess.run([server, "-k"], env=env, timeout=60)


def win_path(path: Path) -> str:
    """The Windows name of a local path: wine's Z: drive is the root folder."""
    return "Z:" + str(path).replace("/", "\\")


def qt_split_command(line: str) -> list[str]:
    """QProcess::splitCommand: quotes group words, three quotes make one, no escapes."""
    args: list[str] = []
    word, quotes, in_quote = "", 0, False
    for char in line:
        if char == '"':
            quotes += 1
            if quotes == 3:
                quotes, word = 0, word + char
            continue
        if quotes:
            in_quote = not in_quote if quotes == 1 else in_quote
            quotes = 0
        if not in_quote and char.isspace():
            if word:
                args.append(word)
            word = ""
        else:
            word += char
    return [*args, word] if word else args


def qt_windows_command_line(program: str, args: list[str]) -> str:
    """QProcess's command line on Windows (qt_create_commandline)."""
    if " " in program and not program.startswith('"'):
        program = f'"{program}"'
    line = program.replace("/", "\\")
    for arg in args:
        escaped = ""
        for index, char in enumerate(arg):
            if char == '"':
                slashes = len(arg[:index]) - len(arg[:index].rstrip("\\"))
                escaped += "\\" * slashes + '\\"'
            else:
                escaped += char
        if not escaped or " " in escaped or "\t" in escaped:
            body = escaped.rstrip("\\")
            escaped = f'"{body}"{escaped[len(body):]}'
        line += " " + escaped
    return line


def tiled_start(map_file: Path, extra: str = "") -> tuple[str, str]:
    """What Tiled on Windows starts for its Windows command: command line, working dir."""
    command = _command(WINDOWS)
    file_name = "Z:" + map_file.as_posix()  # Qt names files with forward slashes

    def replace(text: str, quote: bool) -> str:
        q = '"' if quote else ""
        return (text.replace("%mapfile", f"{q}{file_name}{q}")
                .replace("%mappath", f"{q}{file_name.rsplit('/', 1)[0]}{q}"))

    parts = qt_split_command(replace(f'"{command["command"]}" {command["arguments"]}{extra}',
                                     quote=True))
    workdir = replace(command["workingDirectory"], quote=False).replace("/", "\\")
    return qt_windows_command_line(parts[0], parts[1:]), workdir


@dataclass(frozen=True)
class Ran:
    code: int
    stdout: str
    stderr: str
    workdir: str | None  # where the game ran, None when no game started
    argv: list[str]


def run_as_tiled(wine: Wine, command_line: str, workdir: str, tmp_path: Path,
                 game_exit: int = 0) -> Ran:
    record = tmp_path / "record.txt"
    record.unlink(missing_ok=True)
    env = {**wine.env, "TILED_COMMAND_LINE": command_line, "TILED_WORKING_DIR": workdir,
           "RUN_HERE_RECORD": win_path(record), "RUN_HERE_EXIT": str(game_exit)}
    run = subprocess.run([wine.wine, str(wine.tiled_start)], env=env, cwd=tmp_path,
                         capture_output=True, encoding="utf-8", errors="replace", timeout=60,
                         stdin=subprocess.DEVNULL)
    if not record.exists():
        return Ran(run.returncode, run.stdout, run.stderr, None, [])
    lines = record.read_text(encoding="utf-8").splitlines()
    return Ran(run.returncode, run.stdout, run.stderr, lines[0], lines[2:])


def _clone(tmp_path: Path, name: str = "José's Red Sun (R&D)") -> Path:
    """A repository clone, in a folder whose name needs quoting (and is not ASCII)."""
    repo = tmp_path / name
    (repo / "tools").mkdir(parents=True)
    (repo / "maps").mkdir()
    shutil.copy(ROOT / "tools" / "run_here.cmd", repo / "tools")
    return repo


def _venv(wine: Wine, repo: Path) -> Path:
    python = repo / ".venv" / "Scripts" / "python.exe"
    python.parent.mkdir(parents=True)
    shutil.copy(wine.fake_game, python)
    return python


def _unzipped_release(wine: Wine, tmp_path: Path) -> Path:
    """The Windows release zip, laid out by the real tools (build_bundle's launcher copy,
    release_zip's folder), unpacked into a folder with spaces."""
    from tools import build_bundle as bb
    from tools.release_zip import make_release

    built = tmp_path / "dist" / bb.APP_NAME
    for name in ("assets", "maps", "_internal"):
        (built / name).mkdir(parents=True)
        (built / name / "data.txt").write_text(name)
    shutil.copy(wine.fake_game, built / f"{bb.APP_NAME}.exe")  # executable_name() on Windows
    bb.copy_launchers(ROOT, built)
    made = make_release(built, tmp_path / "out", version="0.0.0", platform="windows")
    with zipfile.ZipFile(made) as archive:
        archive.extractall(tmp_path / "My Games & Mods")
    return tmp_path / "My Games & Mods" / bb.APP_NAME


def test_in_a_clone_it_runs_the_venv_python_on_the_open_map(wine: Wine, tmp_path: Path
                                                            ) -> None:
    repo = _clone(tmp_path)
    python = _venv(wine, repo)
    map_file = repo / "maps" / "my room.tmx"
    ran = run_as_tiled(wine, *tiled_start(map_file), tmp_path)
    assert ran.code == 0, ran.stderr
    assert ran.argv == [win_path(python), "-m", "game", "--debug-menu", "--map",
                        "Z:" + map_file.as_posix()]
    assert ran.workdir == win_path(repo)
    assert "fake game: started" in ran.stdout  # both reach Tiled's Console
    assert "fake game: a line on stderr" in ran.stderr


def test_the_venv_comes_before_a_game_built_beside_it(wine: Wine, tmp_path: Path) -> None:
    repo = _clone(tmp_path)
    python = _venv(wine, repo)
    shutil.copy(wine.fake_game, repo / "RedSunOverDaxam.exe")
    ran = run_as_tiled(wine, *tiled_start(repo / "maps" / "x.tmx"), tmp_path)
    assert ran.argv[:3] == [win_path(python), "-m", "game"]


def test_options_after_the_map_reach_the_game_and_its_exit_code_reaches_tiled(
        wine: Wine, tmp_path: Path) -> None:
    repo = _clone(tmp_path)
    _venv(wine, repo)
    line, workdir = tiled_start(repo / "maps" / "broken.tmx", extra=" --frames 10")
    ran = run_as_tiled(wine, line, workdir, tmp_path, game_exit=1)
    assert ran.argv[-3:] == ["Z:" + (repo / "maps" / "broken.tmx").as_posix(), "--frames",
                             "10"]
    assert ran.code == 1, "a map the game cannot load must show as a failure in Tiled"


def test_in_the_release_zip_it_runs_the_bundled_game(wine: Wine, tmp_path: Path) -> None:
    folder = _unzipped_release(wine, tmp_path)
    map_file = folder / "maps" / "Kara's Küche.tmx"
    ran = run_as_tiled(wine, *tiled_start(map_file), tmp_path, game_exit=3)
    assert ran.argv == [win_path(folder / "RedSunOverDaxam.exe"), "--debug-menu", "--map",
                        "Z:" + map_file.as_posix()]
    assert ran.workdir == win_path(folder)
    assert ran.code == 3


def test_with_no_game_found_it_says_what_to_do(wine: Wine, tmp_path: Path) -> None:
    # cmd.exe echoes in the console's code page, not UTF-8: an ASCII name to compare
    repo = _clone(tmp_path, "Red Sun (R&D) clone")
    ran = run_as_tiled(wine, *tiled_start(repo / "maps" / "x.tmx"), tmp_path)
    assert ran.code == 1 and ran.workdir is None
    assert f'found neither "{win_path(repo)}\\.venv"' in ran.stderr
    assert f'"{win_path(repo)}\\RedSunOverDaxam.exe"' in ran.stderr
    assert "py -m venv .venv" in ran.stderr


def test_with_no_map_it_shows_the_usage(wine: Wine, tmp_path: Path) -> None:
    repo = _clone(tmp_path)
    _venv(wine, repo)
    ran = run_as_tiled(wine, r"cmd /d /c tools\run_here.cmd", win_path(repo), tmp_path)
    assert ran.code == 2 and ran.workdir is None
    assert r"run_here: usage: tools\run_here.cmd MAP.tmx [game options]" in ran.stderr.splitlines()


def test_the_command_line_is_the_one_tiled_builds() -> None:
    """The Qt model above, on the project's own command and a path with spaces."""
    line, workdir = tiled_start(Path("/a b/maps/my room.tmx"))
    assert line == r'cmd /d /c tools\run_here.cmd "Z:/a b/maps/my room.tmx"'
    assert workdir == r"Z:\a b\maps\.."
    assert qt_split_command('"a """b""" c" d') == ['a "b" c', "d"]
    assert qt_windows_command_line("x", ['say "hi"', "dir\\ with\\"]) == \
        'x "say \\"hi\\"" "dir\\ with"\\'
