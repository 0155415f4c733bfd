"""Staging commands change what the player sees: particles, zoom, flash, tint, slow motion;
particle effects are data, and a bad entry names its file and entry."""

from __future__ import annotations

import json

import pytest

from game.core.actions import EMPTY_INPUT
from game.core.errors import ContentError
from game.world.commands import build_registry
from game.world.particle_data import PARTICLES, load_effects
from game.world.scene import WorldScene
from tests.story.pilot import start_game

PALETTE = {"gold": (224, 178, 64)}


def _scene() -> WorldScene:
    game = start_game("balcony", "table_spot", 15, "kara")
    game.step()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene)
    return scene


def _run(scene: WorldScene, name: str, *args: str):
    return build_registry().bind(name, args, {}).run(scene.stage)


def test_particles_start_drift_and_stop(display) -> None:
    scene = _scene()
    _run(scene, "particles", "fireflies", "29", "3")
    assert scene.stage.particles.count() > 0
    for _ in range(60):
        scene.update(EMPTY_INPUT)
    assert scene.stage.particles.count() > 10
    _run(scene, "particles_off")
    for _ in range(60 * 7):
        scene.update(EMPTY_INPUT)
    assert scene.stage.particles.count() == 0


def test_particles_replay_identically(display) -> None:
    runs = []
    for _ in range(2):
        scene = _scene()
        _run(scene, "particles", "sparks", "29", "3")
        for _ in range(30):
            scene.update(EMPTY_INPUT)
        runs.append([(round(p.x, 3), round(p.y, 3))
                     for e in scene.stage.particles.emitters.values() for p in e.particles])
    assert runs[0] == runs[1] and runs[0]


def test_zoom_pushes_in_and_pulls_out(display) -> None:
    scene = _scene()
    wait = _run(scene, "zoom", "kara_seat")
    while not wait.done():
        scene.update(EMPTY_INPUT)
    assert scene.stage.zoom.scale == 2.0
    region = scene.stage.zoom.region(scene.camera.offset)
    assert region.size == (240, 135)
    wait = _run(scene, "zoom_out")
    while not wait.done():
        scene.update(EMPTY_INPUT)
    assert not scene.stage.zoom.active


def test_flash_tint_and_slowmo(display) -> None:
    scene = _scene()
    _run(scene, "flash", "white", "0.5")
    assert scene.stage.flash.alpha > 0
    _run(scene, "tint", "red", "0.5")
    scene.update(EMPTY_INPUT)
    assert scene.stage.tint.strength == pytest.approx(0.5)
    _run(scene, "slowmo", "0.5", "1")
    moved = sum(scene.stage.slowmo.tick() for _ in range(4))
    assert moved == 2


def test_a_bad_effect_names_file_and_entry() -> None:
    good = {"life": [1, 2], "colours": ["gold"]}
    assert load_effects({"glow": good}, PALETTE)["glow"].life == (1.0, 2.0)
    with pytest.raises(ContentError, match=r"particles.json: sparks.rate"):
        load_effects({"sparks": {**good, "rate": 1e9}}, PALETTE)
    with pytest.raises(ContentError, match=r"sparks.colours\[0\].*palette"):
        load_effects({"sparks": {**good, "colours": ["chartreuse"]}}, PALETTE)
    with pytest.raises(ContentError, match=r"unknown entry 'speed'"):
        load_effects({"sparks": {**good, "speed": 3}}, PALETTE)


def test_the_shipped_effects_all_load(repo_root) -> None:
    palette = {k: tuple(v) for k, v in
               json.loads((repo_root / "assets/data/palette.json").read_text()).items()}
    effects = load_effects(json.loads((repo_root / PARTICLES).read_text()), palette)
    for name in ("fireflies", "fireworks", "sparks", "dust", "embers", "smoke", "petals"):
        assert name in effects
