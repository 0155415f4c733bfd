"""The folder we hand to a friend: built once by pyinstaller, then run as a player would.

The bundle is built once per session into a temporary folder (tens of seconds), then
its executable runs headless on every map the game can reach, on the minigame, and on
an edited copy of the bundle. Every run gets a private home folder so nothing touches
the real user's files, and the bundle's own files are compared before and after.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pygame
import pytest

from tests.needs import missing

try:
    import PyInstaller  # noqa: F401  (a dev extra: pip install -e '.[dev]')
except ImportError:
    missing("pyinstaller is a dev extra: pip install -e '.[dev]'")

from PyInstaller.archive.readers import pkg_archive_contents

from tools import build_bundle as bb

ROOT = Path(__file__).resolve().parents[2]
RUN_TIMEOUT = 60  # seconds; a run takes well under one
FRAMES = "30"
BANNER_ROWS = (10, 27)  # the map-title plate the world scene draws on arrival
FAILURE_MARKS = (
    "Traceback (most recent call last)",  # an uncaught Python exception
    "Failed to execute script",  # pyinstaller's bootloader after one
    "[PYI-",  # any other bootloader complaint
)


# --- which maps the game can reach ----------------------------------------------------
def reachable_maps(root: Path) -> tuple[list[str], list[str]]:
    """Maps reachable from content.json's start map through Doors' `to_map` and the
    scripts' `<<change_map>>`, transitively; and the names no file exists for."""
    content = json.loads((root / "assets/data/content.json").read_text(encoding="utf-8"))
    queue = [content["start"]["map"]]
    for script in content.get("scripts", []):
        text = (root / script).read_text(encoding="utf-8")
        queue += re.findall(r"<<\s*change_map\s+\"?([\w./-]+)", text)
    seen: list[str] = []
    missing: list[str] = []
    while queue:
        name = queue.pop(0)
        if name in seen or name in missing:
            continue
        path = root / "maps" / f"{name}.tmx"
        if not path.is_file():
            missing.append(name)
            continue
        seen.append(name)
        for prop in ET.parse(path).iter("property"):
            target = prop.get("value") or (prop.text or "").strip()
            if prop.get("name") == "to_map" and target:
                queue.append(target)
    return seen, missing


REACHABLE, MISSING = reachable_maps(ROOT)
MAP_FILES = sorted(p.stem for p in (ROOT / "maps").glob("*.tmx"))


# --- the bundle -----------------------------------------------------------------------
@dataclass(frozen=True)
class Bundle:
    folder: Path
    exe: Path
    files_after_build: dict[str, tuple[int, int]]


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder in `folder` with its size and modification time."""
    listing: dict[str, tuple[int, int]] = {}
    for path in sorted(folder.rglob("*")):
        stat = path.lstat()
        size = 0 if path.is_dir() else stat.st_size
        listing[path.relative_to(folder).as_posix()] = (size, stat.st_mtime_ns)
    return listing


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    base = tmp_path_factory.mktemp("bundle")
    try:
        folder = bb.build(base / "dist", work=base / "work", quiet=True)
    except subprocess.CalledProcessError as err:
        pytest.fail(f"pyinstaller failed (exit {err.returncode}):\n{err.output[-4000:]}")
    exe = folder / bb.executable_name()
    assert exe.is_file(), f"no executable at {exe}"
    return Bundle(folder, exe, snapshot(folder))


@pytest.fixture
def player_env(tmp_path: Path) -> dict[str, str]:
    """Headless SDL and a private home: the game's default user folders land in tmp."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "RED_SUN_")) and k not in ("APPDATA", "LOCALAPPDATA")}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", HOME=str(home),
               USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
               LOCALAPPDATA=str(home / "AppData" / "Local"))
    return env


def run(exe: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    # cwd is a neutral folder: the game must not depend on being started from its own.
    return subprocess.run([str(exe), *args], env=env, cwd=env["HOME"], capture_output=True,
                          text=True, timeout=RUN_TIMEOUT, stdin=subprocess.DEVNULL)


def assert_clean(result: subprocess.CompletedProcess[str], what: str) -> None:
    report = f"{what}: exit {result.returncode}\n--- stderr ---\n{result.stderr}"
    assert result.returncode == 0, report
    for mark in FAILURE_MARKS:
        assert mark not in result.stderr, report
    # Broken content does not crash: the game shows an error panel and logs it.
    errors = [line for line in result.stderr.splitlines()
              if line.startswith(("ERROR", "CRITICAL"))]
    assert not errors, report


def banner(png: Path) -> bytes:
    image = pygame.image.load(str(png))
    scale = image.get_height() // 270  # screenshots are at the window's scale
    top, bottom = (row * scale for row in BANNER_ROWS)
    return pygame.image.tobytes(image.subsurface((0, top, image.get_width(), bottom - top)),
                                "RGB")


# --- it runs --------------------------------------------------------------------------
def test_every_reachable_map_exists() -> None:
    assert REACHABLE, "content.json names no start map"
    assert not MISSING, f"Doors or scripts lead to maps with no file in maps/: {MISSING}"


def test_title_screen_runs(bundle: Bundle, player_env: dict[str, str]) -> None:
    assert_clean(run(bundle.exe, player_env, "--frames", FRAMES), "title screen")


@pytest.mark.parametrize("name", sorted(set(REACHABLE) | set(MAP_FILES)))
def test_map_runs(bundle: Bundle, player_env: dict[str, str], name: str) -> None:
    """Every reachable map, and (a second check) every .tmx in maps/, starts cleanly."""
    assert (bundle.folder / "maps" / f"{name}.tmx").is_file(), f"{name}.tmx was not shipped"
    assert_clean(run(bundle.exe, player_env, "--map", name, "--frames", FRAMES), name)


def test_flight_minigame_runs(bundle: Bundle, player_env: dict[str, str],
                              tmp_path: Path) -> None:
    """`--scene flight` in the bundle plays the minigame, not the title screen."""
    flight, title = tmp_path / "flight.png", tmp_path / "title.png"
    assert_clean(run(bundle.exe, player_env, "--scene", "flight", "--frames", FRAMES,
                     "--screenshot", str(flight)), "--scene flight")
    assert_clean(run(bundle.exe, player_env, "--frames", FRAMES,
                     "--screenshot", str(title)), "title screen")
    assert pygame.image.tobytes(pygame.image.load(str(flight)), "RGB") != \
        pygame.image.tobytes(pygame.image.load(str(title)), "RGB"), \
        "`--scene flight` shows the title screen"


# --- what is inside -------------------------------------------------------------------
def test_layout_puts_data_beside_the_executable(bundle: Bundle) -> None:
    """assets/ and maps/ sit beside the executable, where map makers find them, and
    nowhere in the internals (sys._MEIPASS), which the resolver would look at first."""
    for name in bb.DATA_DIRS:
        assert (bundle.folder / name).is_dir(), f"{name}/ is not beside the executable"
        assert not (bundle.folder / "_internal" / name).exists(), f"_internal/{name} shipped"
    shipped = sorted(p.relative_to(bundle.folder).as_posix()
                     for p in (bundle.folder / "maps").rglob("*") if p.is_file())
    source = sorted(p.relative_to(ROOT).as_posix()
                    for p in (ROOT / "maps").rglob("*")
                    if p.is_file() and "__pycache__" not in p.parts)
    assert shipped == source


def test_bundle_carries_pygame_ce_only(bundle: Bundle) -> None:
    infos = [p.name for p in bundle.folder.rglob("*") if p.name.endswith(("-info", ".libs"))]
    classic = [n for n in infos if re.match(r"pygame[-.]", n, re.IGNORECASE)]
    assert not classic, f"classic pygame travels in the bundle: {classic}"
    # pygame.window is a compiled module only pygame-ce has.
    internals = bundle.folder / "_internal"
    assert list((internals / "pygame").glob("window.*")), "the bundled pygame is not pygame-ce"


def test_bundle_has_no_tests_or_dev_tools(bundle: Bundle) -> None:
    files = [p.relative_to(bundle.folder) for p in bundle.folder.rglob("*")]
    bad_files = [p.as_posix() for p in files
                 if p.name in ("tests", "pytest", "_pytest", "conftest.py")
                 or re.fullmatch(r"test_.*\.py|.*_test\.py", p.name)]
    assert not bad_files, f"test files in the bundle: {bad_files}"
    modules = list(pkg_archive_contents(str(bundle.exe)))
    base_library = bundle.folder / "_internal" / "base_library.zip"
    if base_library.is_file():
        with zipfile.ZipFile(base_library) as archive:
            modules += [n.removesuffix(".pyc").replace("/", ".") for n in archive.namelist()]
    banned = re.compile(r"(^|\.)(tests?|test_\w+|conftest)(\.|$)|^(_?pytest|hypothesis|tools|"
                        r"PyInstaller|tkinter|pip|setuptools)(\.|$)")
    bad_modules = sorted(m for m in modules if banned.search(m))
    assert not bad_modules, f"test or dev modules in the bundle: {bad_modules}"


def test_bundle_size_under_80_mb(bundle: Bundle) -> None:
    """The game under 80 MB as before NumPy came in; NumPy, the flight's bullets since
    issue 21's round six, on a budget of its own (its core and the OpenBLAS it links
    are about 39 MB, of which the game uses no linear algebra)."""
    internal = bundle.folder / "_internal"
    numpy = sum(bb.folder_size(internal / name) for name in ("numpy", "numpy.libs")
                if (internal / name).exists())
    size = bb.folder_size(bundle.folder) - numpy
    assert size < 80e6, f"the bundle is {size / 1e6:.1f} MB without NumPy"
    assert numpy < 42e6, f"NumPy takes {numpy / 1e6:.1f} MB of the bundle"


# --- map makers edit maps in the shipped folder ---------------------------------------
def test_map_edited_in_the_bundle_folder_is_used(bundle: Bundle, player_env: dict[str, str],
                                                 tmp_path: Path) -> None:
    """Change a map's title in a copy of the bundle; the arrival banner shows it. (Not the
    start map: its opening cutscene covers the banner.)"""
    copy = tmp_path / bb.APP_NAME
    shutil.copytree(bundle.folder, copy, symlinks=True)
    exe = copy / bundle.exe.name
    start = "kitchen" if "kitchen" in REACHABLE else REACHABLE[-1]
    before, after = tmp_path / "before.png", tmp_path / "after.png"
    args = ("--map", start, "--frames", FRAMES)
    assert_clean(run(exe, player_env, *args, "--screenshot", str(before)), "unedited copy")

    tmx = copy / "maps" / f"{start}.tmx"
    tree = ET.parse(tmx)
    props = tree.getroot().find("properties")
    if props is None:
        props = ET.SubElement(tree.getroot(), "properties")
    title = next((p for p in props.iter("property") if p.get("name") == "title"), None)
    if title is None:
        title = ET.SubElement(props, "property", name="title")
    title.set("value", "EDITED BY A MAP MAKER")
    tree.write(tmx, encoding="UTF-8", xml_declaration=True)

    assert_clean(run(exe, player_env, *args, "--screenshot", str(after)), "edited copy")
    assert banner(before) != banner(after), "the bundle ignored the map edited in its folder"


# --- nothing is written into the bundle -----------------------------------------------
def test_running_writes_nothing_inside_the_bundle(bundle: Bundle,
                                                  player_env: dict[str, str]) -> None:
    """Compared with the listing right after the build, so every run before this one
    in the session counts too; user data belongs in the user folder."""
    assert_clean(run(bundle.exe, player_env, "--frames", FRAMES), "title screen")
    assert_clean(run(bundle.exe, player_env, "--map", REACHABLE[0], "--frames", FRAMES),
                 REACHABLE[0])
    now = snapshot(bundle.folder)
    added = sorted(set(now) - set(bundle.files_after_build))
    removed = sorted(set(bundle.files_after_build) - set(now))
    changed = sorted(k for k in set(now) & set(bundle.files_after_build)
                     if now[k] != bundle.files_after_build[k])
    assert (added, removed, changed) == ([], [], []), "the game wrote inside its own folder"


# --- the release zip ------------------------------------------------------------------
def _unzip(archive_path: Path, into: Path) -> None:
    """Extract keeping the stored file modes, as `unzip` does."""
    with zipfile.ZipFile(archive_path) as archive:
        for info in archive.infolist():
            path = Path(archive.extract(info, into))
            mode = (info.external_attr >> 16) & 0o777
            if mode:
                path.chmod(mode)


def test_release_zip_unpacks_to_a_game_that_runs(bundle: Bundle, player_env: dict[str, str],
                                                 tmp_path: Path) -> None:
    from tools.release_zip import make_release

    made = make_release(bundle.folder, tmp_path / "out", version="9.9.9")
    assert made.name.startswith(f"{bb.APP_NAME}-9.9.9-") and made.suffix == ".zip"
    again = make_release(bundle.folder, tmp_path / "again", version="9.9.9")
    assert again.read_bytes() == made.read_bytes(), "the same bundle zips to the same bytes"
    _unzip(made, tmp_path / "unpacked")
    folder = tmp_path / "unpacked" / bb.APP_NAME
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "RED SUN OVER DAXAM" in readme and "Controls" in readme
    assert (folder / "tools" / "run_here.sh").is_file()
    result = run(folder / bb.executable_name(), player_env, "--map", "kara_room",
                 "--frames", "5")
    assert_clean(result, "the unzipped game")
    if sys.platform.startswith("linux"):
        data_home = tmp_path / "data"
        env = {**player_env, "XDG_DATA_HOME": str(data_home)}
        installed = subprocess.run(["sh", str(folder / "install-desktop-entry.sh")], env=env,
                                   capture_output=True, text=True, timeout=30)
        assert installed.returncode == 0, installed.stderr
        entry = (data_home / "applications" / "red-sun-over-daxam.desktop").read_text()
        assert f'Exec="{folder}/{bb.APP_NAME}"' in entry
        assert f"Icon={folder}/{bb.APP_NAME}.png" in entry
        assert (folder / f"{bb.APP_NAME}.png").is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="run_here.sh is the Linux/macOS launcher")
def test_run_game_here_starts_the_bundled_game(bundle: Bundle, player_env: dict[str, str]
                                               ) -> None:
    """Tiled's "Run game here" in the shipped folder: no .venv there, the bundle runs."""
    result = subprocess.run(["sh", "tools/run_here.sh", str(bundle.folder / "maps" /
                                                            "kara_room.tmx"), "--frames", "5"],
                            cwd=bundle.folder, env=player_env, capture_output=True, text=True,
                            timeout=RUN_TIMEOUT, stdin=subprocess.DEVNULL)
    assert_clean(result, "run_here.sh in the bundle")
