"""A broken command never crashes or locks the game: the error panel says where
(file:line:col) and what is wrong, the cutscene ends, and the player walks again.
The linter finds the same mistakes before anyone plays them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pygame
import pytest

from game.app import Game
from game.cli import parse_args
from game.ui.error_scene import ErrorScene
from game.world.camera import Camera
from game.world.character import Character, PathMove, SpriteSheet
from game.world.collision import CollisionWorld
from game.world.model import Facing
from game.world.scene import WorldScene
from tools.maps.lint import lint

SCRIPT = "assets/dialogue/slice.yarn"
BROKEN = {  # node -> (the command as written, what the panel must say)
    "bad_shake": ("<<shake abc>>", "STRENGTH must be a number, got 'abc'"),
    "bad_camera_speed": ("<<camera Kara speed=fast>>", "speed must be a number, got 'fast'"),
    "endless_wait": ("<<wait 1e12>>", "SECONDS must be between 0 and 30 seconds"),
    "frozen_pan": ("<<camera 28 17 speed=0>>", "speed must be between 0.25 and 16"),
    "absent": ("<<move Lena 3 4>>", "no character 'Lena' on map palace_hall"),
    "off_map": ("<<teleport Alex 500 4>>", "tile 500 4 is outside map palace_hall"),
    "dark": ("<<lighting noon>>", "unknown lighting 'noon'"),
    "interpolated": ("<<shake {$flight_score}>>", "STRENGTH must be between 1 and 8"),
    "no_map": ("<<change_map nowhere start>>", "there is no map 'nowhere'"),
}


def node(title: str, command: str) -> str:
    """A node that says a line, then runs `command` (indented: its column is 5)."""
    return (f"title: {title}\n---\nAlex: Before.\n<<if true>>\n    {command}\n<<endif>>\n"
            "Alex: After.\n===\n")


@pytest.fixture()
def broken_root(slice_root: Path) -> Path:
    """The slice, with one node per broken command appended to its script."""
    script = slice_root / SCRIPT
    text = script.read_text(encoding="utf-8")
    for title, (command, _) in BROKEN.items():
        text += "\n" + node(title, command)
    script.write_text(text, encoding="utf-8")
    return slice_root


def where(root: Path, command: str, script: str = SCRIPT) -> str:
    """file:line:col of a command in the script, as the panel and the linter print it."""
    for number, line in enumerate((root / script).read_text().splitlines(), start=1):
        if command in line:
            return f"{script}:{number}:{line.index('<<') + 1}"
    raise AssertionError(command)


def press(game: Game, key: int) -> None:
    game.mapper.process(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0))
    game.step()
    game.mapper.process(pygame.event.Event(pygame.KEYUP, key=key, mod=0))
    game.step()


def play_until_panel(title: str) -> tuple[Game, WorldScene, ErrorScene]:
    """Start the node in the hall and play (reading its lines) until the panel shows."""
    game = Game(parse_args(["--map", "palace_hall", "--fast", "--frames", "1"]))
    game.run()
    world = game.ctx.stack.find(WorldScene)
    assert isinstance(world, WorldScene) and world.world is not None
    world.director.start(title)
    for _ in range(600):  # a locked scene would run out of these steps
        game.step()
        if isinstance(game.ctx.stack.top, ErrorScene):
            break
        press(game, pygame.K_z)  # read the line before the command
    panel = game.ctx.stack.top
    assert isinstance(panel, ErrorScene), f"node {title} did not stop on the error panel"
    return game, world, panel


def assert_player_walks(game: Game, world: WorldScene) -> None:
    for _ in range(120):  # a fade may still be going
        if game.ctx.stack.top is world and not world.busy:
            break
        game.step()
    assert game.ctx.stack.top is world and not world.director.active
    assert world.world is not None
    player = world.world.player
    before = player.x
    game.mapper.process(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_LEFT, mod=0))
    for _ in range(20):
        game.step()
    game.mapper.process(pygame.event.Event(pygame.KEYUP, key=pygame.K_LEFT, mod=0))
    assert player.x < before - 10, "the player cannot move after the error"


@pytest.mark.parametrize("title", sorted(BROKEN))
def test_a_broken_command_shows_the_panel_and_the_player_walks_on(
        title: str, broken_root: Path, display) -> None:
    command, expected = BROKEN[title]
    game, world, panel = play_until_panel(title)
    assert where(broken_root, command) in panel.message
    assert expected in panel.message
    assert not world.director.active  # the cutscene is over, "After." is never said
    press(game, pygame.K_z)  # close the panel
    assert_player_walks(game, world)


def test_a_map_change_to_a_missing_spawn_ends_the_scene_on_the_old_map(
        slice_root: Path, display) -> None:
    script = slice_root / SCRIPT
    script.write_text(script.read_text() + "\n" + node("lost", "<<change_map kara_room attic>>"))
    game, world, panel = play_until_panel("lost")
    assert "no spawn named 'attic'" in panel.message
    press(game, pygame.K_z)
    assert_player_walks(game, world)
    assert world.world is not None and world.world.data.name == "palace_hall"


def test_the_linter_reports_the_same_mistakes_with_file_line_col(
        tmp_path: Path, repo_root: Path) -> None:
    root = tmp_path / "game"
    shutil.copytree(repo_root / "tests" / "maps" / "fixtures", root)
    script = root / "assets" / "dialogue" / "typed.yarn"
    script.write_text("".join(node(t, c) for t, (c, _) in BROKEN.items()
                              if t not in ("absent", "off_map", "interpolated"))
                      + node("ok", "<<shake {$flight_score}>>")
                      + node("nobody", "<<move Batman 3 4>>")
                      + node("counted", "<<face Kara>>"), encoding="utf-8")
    manifest = root / "assets" / "data" / "content.json"
    data = json.loads(manifest.read_text())
    data["scripts"].append("assets/dialogue/typed.yarn")
    manifest.write_text(json.dumps(data))
    (root / "assets" / "lighting.json").write_text(json.dumps({"day": {}, "night": {}}))
    report, _ = lint(root, [], only_given=True)
    lines = [line for line in report.lines() if "typed.yarn" in line and "<<" in line]
    rel = "assets/dialogue/typed.yarn"
    assert lines[0] == f"{rel}:5:5: <<shake>>: STRENGTH must be a number, got 'abc'"
    assert lines == [f"{where(root, command, rel)}: {message}" for command, message in [
        ("<<shake abc>>", "<<shake>>: STRENGTH must be a number, got 'abc'"),
        ("<<camera Kara speed=fast>>", "<<camera>>: speed must be a number, got 'fast'"),
        ("<<wait 1e12>>", "<<wait>>: SECONDS must be between 0 and 30 seconds, got '1e12'"),
        ("<<camera 28 17 speed=0>>",
         "<<camera>>: speed must be between 0.25 and 16 pixels a step, got '0'"),
        ("<<lighting noon>>", "<<lighting>>: lighting 'noon' is not a known lighting name"),
        ("<<change_map nowhere start>>", "<<change_map>> goes to map 'nowhere', which does "
         "not exist (looked for maps/nowhere.tmx)"),
        ("<<move Batman 3 4>>", "<<move>>: character 'Batman' is not in "
         "assets/data/characters.json nor an NPC on any map"),
        ("<<face Kara>>", "<<face>> takes WHO DIRECTION|OTHER, got 1 argument"),
    ]]


def test_a_walk_that_cannot_arrive_ends_at_its_target() -> None:
    open_floor = CollisionWorld([[False] * 40 for _ in range(40)], [], 16)
    sheet = SpriteSheet([[pygame.Surface((16, 32))]])
    walker = Character("Lena", "lena", 40.0, 40.0, Facing.DOWN, sheet)
    walker.path = PathMove((600.0, 40.0), 0.5, budget=30)  # far too few steps
    for _ in range(31):
        walker.follow_path(open_floor, [])
    assert walker.path.done and (walker.x, walker.y) == (600.0, 40.0)


def test_a_pan_that_cannot_arrive_jumps_to_its_target() -> None:
    camera = Camera(16000, 16000)
    camera.snap(240, 135)
    camera.pan_to((15000.0, 15000.0), 0.25)  # an hour at this speed
    steps = 0
    while not camera.pan_done:
        camera.follow(0, 0)
        steps += 1
        assert steps <= 1201, "the pan never ends"
    assert steps == 1201


def test_a_handler_that_breaks_shows_the_panel_instead_of_crashing(
        slice_root: Path, display) -> None:
    from game.world.commands import CommandRegistry, build_registry, command

    def boom(stage) -> None:
        """A handler with a bug in it."""
        raise ZeroDivisionError("division by zero")

    script = slice_root / SCRIPT
    script.write_text(script.read_text() + "\n" + node("buggy", "<<boom>>"))
    game = Game(parse_args(["--map", "palace_hall", "--fast", "--frames", "1"]))
    game.run()
    world = game.ctx.stack.find(WorldScene)
    assert isinstance(world, WorldScene)
    world.director.commands = CommandRegistry([*build_registry(), command("boom", boom)])
    world.director.start("buggy")
    for _ in range(60):
        game.step()
        if isinstance(game.ctx.stack.top, ErrorScene):
            break
        press(game, pygame.K_z)
    panel = game.ctx.stack.top
    assert isinstance(panel, ErrorScene)
    assert "<<boom>> failed (ZeroDivisionError('division by zero'))" in panel.message
    press(game, pygame.K_z)
    assert_player_walks(game, world)
