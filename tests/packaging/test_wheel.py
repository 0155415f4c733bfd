"""A regular `pip install .` carries every asset and map, where the resolver looks."""

from __future__ import annotations

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
