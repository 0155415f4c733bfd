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
game = Game(parse_args(["--frames", "1"]))
game.run()  # what `python -m game` does before and around the first frame
heavy = ("game.world", "game.flight", "game.contest", "game.ride", "game.dialogue.parser",
         "game.dialogue.program", "game.devtools.debug_menu", "game.core.requests",
         "game.content_credits", "game.content_staging", "numpy")
print(sorted(m for m in sys.modules if m.startswith(heavy)))
print(game.ctx.content._story is None)
"""


def test_the_title_is_drawn_without_the_story(tmp_path: Path) -> None:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
           "RED_SUN_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", FIRST_FRAME], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    imported, waiting = done.stdout.strip().splitlines()
    assert imported == "[]"
    assert waiting == "True"


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
