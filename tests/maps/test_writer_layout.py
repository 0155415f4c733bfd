"""Maps we write are in Tiled's own layout: a first save in Tiled changes no byte.

The fixture maps are made by `tools/maps/tmx_writer.py` (tests/maps/fixtures/build.py);
Tiled 1.8 re-saves each, in place beside it, and the file must come back identical.
`tools.maps.tidy` does the same for maps written some other way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.needs import missing
from tools.maps.tidy import tidy

FIXTURES = Path(__file__).resolve().parent / "fixtures"
WRITER_MADE = ["good.tmx", "second.tmx", "bad_doors.tmx", "bad_refs.tmx", "bad_sealed.tmx"]


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    if shutil.which("tiled") is None:
        missing("tiled is not installed (apt-get install tiled)")
    (tmp_path / "maps").mkdir()
    (tmp_path / "assets").symlink_to(FIXTURES / "assets", target_is_directory=True)
    return tmp_path


@pytest.mark.parametrize("name", WRITER_MADE)
def test_tiled_saves_our_maps_unchanged(name: str, workspace: Path) -> None:
    path = workspace / "maps" / name
    shutil.copy(FIXTURES / "maps" / name, path)
    runtime = workspace / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    saved = workspace / "maps" / f"saved_{name}"
    run = subprocess.run(["tiled", "--export-map", "tmx", str(path), str(saved)], env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert saved.read_text() == path.read_text()


def test_tidy_puts_a_hand_written_map_in_tiled_layout(workspace: Path) -> None:
    path = workspace / "maps" / "good.tmx"
    original = (FIXTURES / "maps" / "good.tmx").read_text()
    messy = original.replace("   <properties>", "  <properties>")
    path.write_text(messy)
    assert tidy(path) is True
    assert path.read_text() == original
    assert tidy(path) is False
