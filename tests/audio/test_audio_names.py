"""Every music and ambience name a map, a script or a scene uses exists in the registry.

A typo in a map property or a `<<music>>` line would leave a scene silent; the
linter reports it with the file and place, and the game plays the map's bed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from game.audio_registry import REGISTRY
from game.dialogue.inspect import inspect_nodes
from tests.helpers import run_game
from tools.audio.build import load_registry
from tools.maps.checks_audio import known_ambience, known_music
from tools.maps.context import Report, load_project
from tools.maps.lint import lint
from tools.maps.tmx import read_tmx

FIXTURES = Path(__file__).resolve().parents[1] / "maps" / "fixtures"


def test_every_name_used_by_a_map_or_script_exists(repo_root: Path):
    registry = load_registry(repo_root)
    music, beds = known_music(registry), known_ambience(registry)
    used: list[tuple[str, str, str]] = []
    for path in sorted((repo_root / "maps").glob("*.tmx")):
        tmx = read_tmx(path)
        for key in ("music", "ambience"):
            if key in tmx.props and tmx.props[key].value:
                used.append((path.name, key, tmx.props[key].value))
        used += [(path.name, "music", o.props["music"].value) for o in tmx.objects
                 if o.cls == "Music" and "music" in o.props]
    project = load_project(repo_root, Report())
    used += [(str(c.location), c.name, c.args[0])
             for c in inspect_nodes(project.nodes.values()).commands
             if c.name in ("music", "ambience") and c.args]
    assert any(kind == "ambience" for _, kind, _ in used), "no map chooses an ambience bed"
    unknown = [u for u in used if u[2] not in (music if u[1] == "music" else beds)]
    assert unknown == []


def test_scenes_that_choose_music_in_code_name_registered_tracks(repo_root: Path):
    registry = load_registry(repo_root)
    for stage in ("hold_fire", "storm", "pod_run"):  # game/flight/scene.py plays flight_<stage>
        assert registry.music_name(f"flight_{stage}")
    assert registry.music_name("title")


def test_the_linter_names_an_unknown_track_or_bed(tmp_path: Path, repo_root: Path):
    root = tmp_path / "tree"
    shutil.copytree(FIXTURES, root)
    (root / REGISTRY).write_bytes((repo_root / REGISTRY).read_bytes())
    good = root / "maps" / "good.tmx"
    text = good.read_text(encoding="utf-8").replace('value="palace"', 'value="palace_disco"')
    good.write_text(text.replace('<property name="title"',
                                 '<property name="ambience" value="rainforest"/>\n'
                                 '  <property name="title"', 1), encoding="utf-8")
    script = root / "assets" / "dialogue" / "test.yarn"
    script.write_text(script.read_text(encoding="utf-8").replace(
        "---\n", "---\n<<music disco>>\n", 1), encoding="utf-8")
    report, _ = lint(root, [good], only_given=True)
    messages = [str(f) for f in report.errors]
    assert any(m.startswith("assets/dialogue/test.yarn:") and "music 'disco' is not" in m
               for m in messages), messages
    assert any("map properties: music 'palace_disco' is not in assets/data/audio.json" in m
               for m in messages), messages
    assert any("ambience 'rainforest' is not in" in m for m in messages)
    assert any("'Music'" not in m and "object" in m and "palace_disco" in m for m in messages)


def test_a_broken_registry_is_reported_by_the_linter(tmp_path: Path):
    root = tmp_path / "tree"
    shutil.copytree(FIXTURES, root)
    (root / REGISTRY).write_text(json.dumps({"music": {"x": {"file": "nope"}}}))
    report, _ = lint(root, [root / "maps" / "good.tmx"], only_given=True)
    assert any(f.file == REGISTRY and "'file' must be a path" in f.message
               for f in report.errors)


def test_walking_onto_a_map_plays_its_music_and_its_bed():
    game = run_game(["--map", "garden", "--fast", "--frames", "5"])
    assert game.audio.music == "garden_party"
    assert game.audio.ambience == "garden_party"


def test_the_bed_stays_on_the_ground_when_the_flight_begins_and_at_the_title():
    game = run_game(["--map", "garden", "--fast", "--frames", "5"])
    assert game.audio.ambience == "garden_party"
    game.flow.play_flight("storm")
    assert game.audio.music == "flight_storm" and game.audio.ambience == ""
    game.flow.play_flight("pod_run")
    assert game.audio.music == "flight_pod_run"
    game.audio.play_ambience("garden_night")
    game.flow.to_title()
    assert game.audio.music == "title" and game.audio.ambience == ""


def test_the_linter_names_an_unknown_credits_track(tmp_path: Path, repo_root: Path):
    root = tmp_path / "tree"
    shutil.copytree(FIXTURES, root)
    (root / REGISTRY).write_bytes((repo_root / REGISTRY).read_bytes())
    manifest = json.loads((root / "assets/data/content.json").read_text(encoding="utf-8"))
    manifest["credits"] = "assets/data/credits.json"  # the fixture's own roll
    (root / "assets/data/content.json").write_text(json.dumps(manifest), encoding="utf-8")
    credits = {"title": "Linter fixtures", "music": "credits_remix",
               "sections": [{"head": "Made by", "lines": ["the tests"]}]}
    (root / "assets/data/credits.json").write_text(json.dumps(credits), encoding="utf-8")
    report, _ = lint(root, [root / "maps" / "good.tmx"], only_given=True)
    assert any(f.file == "assets/data/credits.json"
               and "unknown music track 'credits_remix'" in f.message
               for f in report.errors), [str(f) for f in report.errors]
    credits["music"] = "credits"
    (root / "assets/data/credits.json").write_text(json.dumps(credits), encoding="utf-8")
    report, _ = lint(root, [root / "maps" / "good.tmx"], only_given=True)
    assert not any(f.file == "assets/data/credits.json" for f in report.errors)
