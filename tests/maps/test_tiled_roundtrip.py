"""Real Tiled opens every map, finds nothing missing, and re-saves it without loss.

For each real map the game reaches (and the fixture maps, so this always runs):
`tiled --export-map json` proves Tiled opens it, and that JSON map loads in the
game to the same map as the .tmx; the `validate` format of
maps/extensions/validate.js fails on missing tilesets, images or tile ids; and a
re-save through Tiled as .tmx must load in the game to the same collision grid,
objects and spawns. Skips when `tiled` is not installed, except under CI.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.world.loader import load_map
from game.world.model import MapData
from tests.needs import missing
from tools.maps.lint import ROOT, lint

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXTENSIONS = ROOT / "maps" / "extensions"


def _maps() -> list[Path]:
    real = lint(ROOT)[1] if any((ROOT / "maps").glob("*.tmx")) else []
    # not good_class.tmx: Tiled 1.8 does not know `class=` and drops it on save
    fixtures = [FIXTURES / "maps" / n for n in ("good.tmx", "second.tmx")]
    return [*real, *fixtures]


@pytest.fixture(scope="module")
def tiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for headless Tiled with our extensions folder loaded."""
    if shutil.which("tiled") is None:
        missing("tiled is not installed (apt-get install tiled); round trip not checked")
    config = tmp_path_factory.mktemp("tiled-config")
    (config / "tiled").mkdir()
    (config / "tiled" / "extensions").symlink_to(EXTENSIONS, target_is_directory=True)
    runtime = tmp_path_factory.mktemp("runtime")
    runtime.chmod(0o700)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
            "XDG_RUNTIME_DIR": str(runtime)}


def _export(env: dict[str, str], fmt: str, src: Path, dst: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["tiled", "--export-map", fmt, str(src), str(dst)], env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("path", _maps(), ids=lambda p: p.name)
def test_tiled_opens_validates_and_resaves(path: Path, tiled: dict[str, str], tmp_path: Path,
                                           display: Any) -> None:
    as_json = _export(tiled, "json", path, tmp_path / f"{path.stem}.json")
    assert as_json.returncode == 0, as_json.stderr
    assert _summary(load_map(tmp_path / f"{path.stem}.json")) == _summary(load_map(path))
    checked = _export(tiled, "validate", path, tmp_path / f"{path.stem}.validate")
    assert checked.returncode == 0, checked.stderr
    resaved = tmp_path / path.name
    again = _export(tiled, "tmx", path, resaved)
    assert again.returncode == 0, again.stderr
    assert _summary(load_map(resaved)) == _summary(load_map(path))


def test_a_json_map_plays_like_its_tmx(tiled: dict[str, str], tmp_path: Path) -> None:
    """The same frame on screen from kara_room.tmx and Tiled's .tmj export of it."""
    source = ROOT / "maps" / "kara_room.tmx"
    assert _export(tiled, "json", source, tmp_path / "kara_room.tmj").returncode == 0
    shots = []
    for i, map_arg in enumerate((str(source), str(tmp_path / "kara_room.tmj"))):
        shot = tmp_path / f"shot{i}.png"
        run = subprocess.run([sys.executable, "-m", "game", "--map", map_arg, "--frames", "20",
                              "--screenshot", str(shot)], cwd=ROOT, capture_output=True,
                             text=True, timeout=120,
                             env={**tiled, "SDL_VIDEODRIVER": "dummy",
                                  "SDL_AUDIODRIVER": "dummy",
                                  "RED_SUN_HOME": str(tmp_path / "home")})
        assert run.returncode == 0, run.stderr
        shots.append(shot.read_bytes())
    image = [pygame.image.load(io.BytesIO(b)) for b in shots]
    assert pygame.image.tobytes(image[0], "RGB") == pygame.image.tobytes(image[1], "RGB")


def test_validate_format_fails_on_broken_maps(tiled: dict[str, str], tmp_path: Path) -> None:
    result = _export(tiled, "validate", FIXTURES / "maps" / "bad_tiles.tmx", tmp_path / "x")
    assert result.returncode != 0
    assert "tileset 'no_such_tileset' could not be loaded" in result.stderr
    assert "no_such_image.png does not exist" in result.stderr
    assert "2 cell(s) with a tile id no tileset defines, first at (2, 1)" in result.stderr


def test_class_and_type_maps_load_the_same(display: Any) -> None:
    """Tiled 1.9+ writes `class=`, Tiled 1.8 `type=`: the game reads both alike."""
    typed = _summary(load_map(FIXTURES / "maps" / "good.tmx"))
    classed = _summary(load_map(FIXTURES / "maps" / "good_class.tmx"))
    assert typed == classed
    assert typed["spawns"] and typed["doors"] and typed["npcs"] and typed["triggers"]


def _summary(data: MapData) -> dict[str, Any]:
    """What must survive a re-save: geometry, settings and every object, in plain data."""
    def rect(r: Any) -> tuple[int, int, int, int]:
        return (r.x, r.y, r.width, r.height)

    def ref(r: Any) -> tuple[int, str]:
        return (r.object_id, r.object_name)

    return {
        "size": (data.width, data.height, data.tile_size),
        "settings": (data.title, data.music, data.lighting),
        "solid_tiles": data.solid_tiles,
        "solid_rects": sorted(rect(r) for r in data.solid_rects),
        "spawns": {n: (s.x, s.y, s.facing, ref(s.ref)) for n, s in data.spawns.items()},
        "doors": [(rect(d.rect), d.to_map, d.to_spawn, d.transition, d.when, ref(d.ref))
                  for d in data.doors],
        "npcs": [(n.name, n.x, n.y, n.character, n.dialogue, n.facing, n.wander, n.when,
                  ref(n.ref)) for n in data.npcs],
        "signs": [(rect(s.rect), s.dialogue, s.when, ref(s.ref)) for s in data.signs],
        "triggers": [(rect(t.rect), t.dialogue, t.mode, t.once, t.when, ref(t.ref))
                     for t in data.triggers],
        "lights": [(li.x, li.y, li.radius) for li in data.lights],
    }
