"""The map linter catches each kind of mistake, on the small maps in fixtures/maps.

`fixtures/build.py` makes the maps; each test names the exact lines it expects,
so a check that goes quiet (or starts shouting) is noticed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tools.maps.lint import lint, main

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def lines_for(name: str, root: Path = FIXTURES) -> list[str]:
    report, _ = lint(root, [root / "maps" / name], only_given=True)
    return report.lines()


def test_good_maps_are_clean_and_reached_through_doors_and_scripts() -> None:
    report, done = lint(FIXTURES)
    assert [f for f in report.findings if f.file in ("maps/good.tmx", "maps/second.tmx")] == []
    assert report.errors == []
    assert [p.name for p in done] == ["good.tmx", "second.tmx"]
    unreached = {f.file for f in report.findings if "reaches this map" in f.message}
    assert "maps/bad_schema.tmx" in unreached and "maps/good.tmx" not in unreached


def test_class_and_type_styles_lint_the_same() -> None:
    assert lines_for("good_class.tmx") == [
        "maps/good_class.tmx: objects carry class= (Tiled 1.9 style); the game reads it, but "
        "Tiled 1.8 drops it when it saves the map: use Tiled 1.8's Type field (warning)"]
    assert lines_for("good.tmx") == []


def test_unknown_classes_properties_and_wrong_types() -> None:
    assert lines_for("bad_schema.tmx") == [
        "maps/bad_schema.tmx: map properties: has the property 'weather', which a map does "
        "not have (map has: title, music, lighting, ambience)",
        "maps/bad_schema.tmx: map properties: property 'lighting' is 'noon'; use one of day, "
        "sunset, night, dawn, moon",
        "maps/bad_schema.tmx: object 1 'start': property 'facing' is 'north'; use one of "
        "down, left, right, up",
        "maps/bad_schema.tmx: object 2 'chest': has the unknown class 'Chest' (known: "
        "Collision, Spawn, Door, NPC, Sign, Inspect, Trigger, Music, Prop)",
        "maps/bad_schema.tmx: object 3 'door': has the property 'colour', which a Door does "
        "not have (Door has: to_map, to_spawn, transition, when)",
        "maps/bad_schema.tmx: object 4 'lena': property 'wander' must be a whole number, "
        "not 'far'",
        "maps/bad_schema.tmx: object 5 'trap': property 'once' must be true or false, "
        "not 'maybe'",
        "maps/bad_schema.tmx: object 6 'blank': is missing the property 'dialogue'",
    ]


def test_doors_to_missing_maps_and_spawns() -> None:
    assert lines_for("bad_doors.tmx") == [
        "maps/bad_doors.tmx: object 2 'to_nowhere': leads to map 'nowhere', which does not "
        "exist (looked for maps/nowhere.tmx)",
        "maps/bad_doors.tmx: object 3 'to_no_spawn': leads to spawn 'no_such_spawn', which "
        "map 'second' does not have (its spawns: from_good)",
    ]


def test_missing_nodes_characters_and_bad_conditions() -> None:
    assert lines_for("bad_refs.tmx") == [
        "maps/bad_refs.tmx: object 2 'stranger': character 'batman' is not in "
        "assets/data/characters.json",
        "maps/bad_refs.tmx: object 2 'stranger': dialogue node 'no_such_node' does not exist "
        "in any script listed in assets/data/content.json",
        "maps/bad_refs.tmx: object 3 'sign': dialogue node 'missing_sign_node' does not exist "
        "in any script listed in assets/data/content.json",
        "maps/bad_refs.tmx: object 4 'half': when condition '$met_lena and': expected an "
        "expression after 'and' (at column 11)",
        "maps/bad_refs.tmx: object 5 'undeclared': when condition '$no_such_flag': flag "
        "'$no_such_flag' is not declared in assets/data/flags.json",
        "maps/bad_refs.tmx: object 6 'locked': when condition 'visited(\"no_such_visit\")': "
        "node 'no_such_visit' does not exist",
    ]


def test_off_map_inside_walls_and_duplicate_spawns() -> None:
    assert lines_for("bad_place.tmx") == [
        "maps/bad_place.tmx: object 2 'start': spawn name 'start' is used twice (also "
        "object 1 'start')",
        "maps/bad_place.tmx: object 3 'in_wall': spawn 'in_wall' stands inside a wall (its "
        "feet overlap the solid tile at (0, 3))",
        "maps/bad_place.tmx: object 4 'in_pillar': NPC 'in_pillar' stands inside a wall (its "
        "feet overlap the solid tile at (7, 5))",
        "maps/bad_place.tmx: object 5 'far_away': lies off the map (at 648, 648; the map is "
        "192 x 128 pixels)",
    ]


def test_unreachable_objects() -> None:
    assert lines_for("bad_reach.tmx") == [
        "maps/bad_reach.tmx: object 2 'door_right': Door cannot be reached on foot from any "
        "Spawn",
        "maps/bad_reach.tmx: object 3 'lena_right': NPC cannot be reached on foot from any "
        "Spawn",
        "maps/bad_reach.tmx: object 4 'sign_right': Sign cannot be reached on foot from any "
        "Spawn",
        "maps/bad_reach.tmx: object 5 'trap_right': Trigger cannot be reached on foot from "
        "any Spawn",
    ]  # object 6, an auto Trigger, needs no walking to


def test_a_door_into_a_walled_pocket_is_a_sealed_arrival() -> None:
    assert lines_for("bad_sealed.tmx") == [
        "maps/bad_sealed.tmx: object 2 'from_cellar': spawn 'from_cellar' is sealed in: the "
        "player arrives here (door 'trapdoor' of bad_sealed) but cannot walk to any Door "
        "from it",
    ]


def test_only_arrival_points_count_as_starts(tmp_path: Path) -> None:
    """Once a door leads to a spawn, a second, open spawn no longer hides a sealed room."""
    root = tmp_path / "game"
    shutil.copytree(FIXTURES, root)
    sealed = root / "maps" / "bad_sealed.tmx"
    text = sealed.read_text().replace('to_spawn" value="start"', 'to_spawn" value="from_cellar"')
    sealed.write_text(text)
    lines = lines_for("bad_sealed.tmx", root)
    assert "maps/bad_sealed.tmx: object 3 'trapdoor': Door cannot be reached on foot from " \
        "where the player arrives (spawn from_cellar)" in lines


def test_tiled_features_the_game_does_not_draw_are_warned() -> None:
    assert lines_for("bad_render.tmx") == [
        "maps/bad_render.tmx: layer 'ground': is a tile layer with parallax: the game draws it "
        "behind (or, above 'sprites', over) all other tiles of its side, and its animated "
        "tiles hold still; use an image layer for a backdrop (warning)",
        "maps/bad_render.tmx: layer 'objects': is moved by a layer offset: the game places "
        "objects where their own x and y say, so they stand elsewhere than Tiled shows "
        "(warning)",
        "maps/bad_render.tmx: map properties: has a background colour, which the game does "
        "not draw (outside the map it shows the palette's ink) (warning)",
        "maps/bad_render.tmx: object 9 'note': has no class, so the game ignores it (give it "
        "one of Collision, Spawn, Door, NPC, Sign, Inspect, Trigger, Music, Prop) (warning)",
        "maps/bad_render.tmx: object 9 'note': is a text object, which the game does not "
        "draw (use a Sign for words in the world) (warning)",
    ]


def test_missing_tilesets_images_and_bad_tile_ids() -> None:
    assert lines_for("bad_tiles.tmx") == [
        "maps/bad_tiles.tmx: layer 'ground': cell (2, 1) uses tile id 40, past the end of "
        "tileset 'noimage' (it has 4 tiles from gid 9) (and 1 more cells)",
        "maps/bad_tiles.tmx: tileset 'no_such_tileset': tileset file "
        "../assets/tilesets/no_such_tileset.tsx does not exist",
        "maps/bad_tiles.tmx: tileset 'noimage': image assets/tilesets/no_such_image.png "
        "does not exist",
    ]


def test_templates_are_resolved_and_flagged_until_the_game_reads_them() -> None:
    lines = lines_for("templated.tmx")
    assert "maps/templated.tmx: object 10 'npc': is missing the property 'character'" in lines
    detach = [line for line in lines if "Detach Template" in line]
    from game.world import loader

    assert len(detach) == (0 if getattr(loader, "RESOLVES_TEMPLATES", False) else 2)


@pytest.fixture
def bad_scripts_root(tmp_path: Path) -> Path:
    root = tmp_path / "game"
    shutil.copytree(FIXTURES, root)
    manifest = root / "assets" / "data" / "content.json"
    data = json.loads(manifest.read_text())
    data["scripts"] += ["assets/dialogue/bad.yarn", "assets/dialogue/bad_syntax.yarn",
                        "assets/dialogue/no_such_script.yarn"]
    manifest.write_text(json.dumps(data))
    return root


def test_script_mistakes(bad_scripts_root: Path) -> None:
    report, _ = lint(bad_scripts_root, [], only_given=True)
    assert report.lines() == [
        "assets/data/content.json: lists the script assets/dialogue/no_such_script.yarn, "
        "which does not exist",
        "assets/dialogue/bad.yarn:6:1: speaker 'Batman' is not a name or id in "
        "assets/data/characters.json",
        "assets/dialogue/bad.yarn:7:1: unknown command 'dance'",
        "assets/dialogue/bad.yarn:8:1: <<face>> takes WHO DIRECTION|OTHER, got 1 argument",
        "assets/dialogue/bad.yarn:9:1: <<change_map>> goes to map 'nowhere', which does not "
        "exist (looked for maps/nowhere.tmx)",
        "assets/dialogue/bad.yarn:10:1: <<change_map>> goes to spawn 'no_such_spawn', which "
        "map 'second' does not have (its spawns: from_good)",
        "assets/dialogue/bad.yarn:11:1: jumps to node 'missing_node', which does not exist",
        "assets/dialogue/bad.yarn:12:1: flag '$undeclared' is not declared in "
        "assets/data/flags.json",
        "assets/dialogue/bad_syntax.yarn:5:1: unclosed <<if>> started at line 3",
    ]


def test_cli_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(FIXTURES)]) == 0
    assert main(["--root", str(FIXTURES), "--only", str(FIXTURES / "maps" / "bad_doors.tmx")]) == 1
    out = capsys.readouterr().out
    assert "maps/bad_doors.tmx: object 2 'to_nowhere': leads to map 'nowhere'" in out


def test_missing_start_map(tmp_path: Path) -> None:
    root = tmp_path / "game"
    shutil.copytree(FIXTURES, root)
    (root / "maps" / "good.tmx").unlink()
    report, _ = lint(root)
    assert ("assets/data/content.json: the start map 'good' does not exist (looked for "
            "maps/good.tmx)") in report.lines()


def test_a_character_without_its_sheet_or_face_is_named(tmp_path: Path) -> None:
    from tools.maps.checks_content import _check_character_files
    from tools.maps.context import Report

    (tmp_path / "assets" / "sprites" / "characters").mkdir(parents=True)
    (tmp_path / "assets" / "portraits").mkdir()
    (tmp_path / "assets" / "portraits" / "vintner.png").write_bytes(b"")
    report = Report()
    _check_character_files(tmp_path, "assets/data/characters.json",
                           {"vintner": {"name": "Vintner"}, "ghost": {"portrait": None,
                                                                      "sprite": "vintner"}},
                           report)
    assert report.lines() == [
        "assets/data/characters.json: character 'ghost': sprite 'vintner' needs "
        "assets/sprites/characters/vintner.png, which does not exist",
        "assets/data/characters.json: character 'vintner': sprite 'vintner' needs "
        "assets/sprites/characters/vintner.png, which does not exist",
    ]
