"""The title's first frame comes before the story: the scripts are compiled, and the
world, the minigame (and NumPy, its bullets) and the parser imported, only on the way
into play (issue 21)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from game.app import Game
from game.cli import parse_args
from game.ui.error_scene import ErrorScene
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parents[2]

FIRST_FRAME = """
import sys
from game.app import Game
from game.cli import parse_args
opts = parse_args([])  # a player's launch: no arguments
opts = opts._replace(frames=1)
game = Game(opts)
game.run()  # what `python -m game` does before and around the first frame
heavy = ("game.world", "game.flight", "game.contest", "game.ride", "game.dialogue.parser",
         "game.dialogue.program", "game.devtools.debug_menu", "game.core.requests",
         "game.content_credits", "game.content_staging",
         # round six: no argument parser, no save format while no save is on disk
         "argparse", "game.session", "game.persistence.savedata", "game.persistence.rules",
         "datetime", "game.content_chapters", "numpy")
print(sorted(m for m in sys.modules if m.startswith(heavy)))
print(game.ctx.content._story is None and game.ctx.content._chapters is None)
import dataclasses
ours = [v for name, module in list(sys.modules.items()) if name.startswith("game")
        for v in vars(module).values()
        if isinstance(v, type) and v.__module__ == name and dataclasses.is_dataclass(v)]
print(len(ours))
"""
# Building a dataclass costs about 0.5-1 ms of the start (round six of docs/PERFORMANCE.md);
# the title's registry records are named tuples. These are the mutable ones left.
TITLE_DATACLASSES = 6


def test_the_title_is_drawn_without_the_story(tmp_path: Path) -> None:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
           "RED_SUN_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", FIRST_FRAME], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    imported, waiting, dataclasses = done.stdout.strip().splitlines()
    assert imported == "[]"
    assert waiting == "True"
    assert int(dataclasses) <= TITLE_DATACLASSES


WORLD_WITHOUT_FLIGHT = """
import sys
from game.app import Game
from game.cli import parse_args
Game(parse_args(["--map", "slums", "--frames", "30"])).run()
print("numpy" in sys.modules, "game.flight.scene" in sys.modules)
"""


def test_walking_the_world_leaves_numpy_for_the_flight(tmp_path: Path) -> None:
    """NumPy (the bullets' arrays, some 0.1 s and 10 MB) loads when a flight is built,
    not with a map that only names a flight's result."""
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
           "RED_SUN_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", WORLD_WITHOUT_FLIGHT], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_a_broken_script_stops_new_game_with_a_panel_not_the_title(display, data_root: Path,
                                                                    home: Path) -> None:
    (data_root / "assets" / "dialogue").unlink()  # a private copy of the scripts, one broken
    (data_root / "assets" / "dialogue").mkdir()
    for script in (ROOT / "assets" / "dialogue").glob("*.yarn"):
        (data_root / "assets" / "dialogue" / script.name).write_text(
            script.read_text(encoding="utf-8"), encoding="utf-8")
    act1 = data_root / "assets" / "dialogue" / "act1.yarn"
    act1.write_text(act1.read_text(encoding="utf-8") + "\ntitle: broken\n---\n<<jump\n",
                    encoding="utf-8")
    game = Game(parse_args(["--fast"]))
    game.start()
    game.step()  # the title is up: nothing has read the scripts yet
    game.flow.new_game()
    panel = game.ctx.stack.top
    assert isinstance(panel, ErrorScene) and "act1.yarn" in panel.message
    assert game.ctx.stack.find(WorldScene) is None
