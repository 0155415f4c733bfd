"""A regular `pip install .` carries every asset and map, where the resolver looks."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from game import __version__
from game.core.assets import SHARE_NAME, find_data_root

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_holds_all_game_data_under_share(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, stdin=subprocess.DEVNULL)
    wheel = next(tmp_path.glob("*.whl"))
    prefix = f"red_sun_over_daxam-{__version__}.data/data/share/{SHARE_NAME}/"
    with zipfile.ZipFile(wheel) as archive:
        names = {n[len(prefix):] for n in archive.namelist() if n.startswith(prefix)}
        archive.extractall(tmp_path / "unpacked")
    wanted = {p.relative_to(ROOT).as_posix()
              for folder in ("assets", "maps") for p in (ROOT / folder).rglob("*") if p.is_file()}
    assert wanted - names == set()
    share = tmp_path / "unpacked" / prefix
    assert find_data_root([tmp_path / "elsewhere", share]) == share


def test_an_install_outside_sys_prefix_finds_its_data(tmp_path: Path) -> None:
    """`pip install --user` (~/.local) and a plain `pip install` on Debian (/usr/local) put
    the data under another prefix than `sys.prefix`: the game finds it from its file list."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path / "wheel"), str(ROOT)], check=True, stdin=subprocess.DEVNULL)
    wheel = next((tmp_path / "wheel").glob("*.whl"))
    prefix = tmp_path / "prefix"
    # --ignore-installed: without it pip would first uninstall the editable install.
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    "--ignore-installed",
                    "--prefix", str(prefix), str(wheel)], check=True, stdin=subprocess.DEVNULL)
    site = next(prefix.glob("lib/python*/site-packages"))
    env = {k: v for k, v in os.environ.items() if k != "RED_SUN_DATA"}
    env["PYTHONPATH"] = str(site)
    found = subprocess.run(
        [sys.executable, "-c", "import game.core.assets as a; print(a.__file__); "
         "print(a.find_data_root())"], cwd=tmp_path, env=env, capture_output=True, text=True,
        check=True)
    module, root = found.stdout.strip().splitlines()
    assert Path(module).is_relative_to(site), "the installed copy, not the source tree"
    assert Path(root) == (prefix / "share" / SHARE_NAME).resolve()
    assert (prefix / "share" / "applications" / "red-sun-over-daxam.desktop").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "256x256" / "apps"
            / "red-sun-over-daxam.png").is_file()
