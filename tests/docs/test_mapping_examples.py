"""Every example in docs/MAPPING.md runs as written, in the order a map maker meets it.

Blocks marked `<!-- run -->` are shell commands; blocks marked
`<!-- example: FILE MODE -->` are data a map maker writes into FILE (`merge` a JSON
object into it, `new` file, `scripts` adds the JSON string to content.json's scripts,
`objects-layer` puts Tiled XML objects into a map's `objects` layer). They are applied
to a scratch copy of the game (its code, maps and data; art is linked), then every
command runs there with a headless display. The one addition: a game run gets
`--frames` so it ends; the game must exit 0 (a map that does not load exits 1).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "MAPPING.md"
MARK = re.compile(r"<!-- (run|example: (\S+) (\S+)) -->\n```[a-z]*\n(.*?)```", re.S)
COPIED_ASSETS = ("data", "dialogue", "portraits")


@dataclass(frozen=True)
class Block:
    kind: str  # "run" or "example"
    text: str
    file: str = ""
    mode: str = ""


def blocks() -> list[Block]:
    found = []
    for match in MARK.finditer(DOC.read_text(encoding="utf-8")):
        if match.group(1) == "run":
            found.append(Block("run", match.group(4)))
        else:
            found.append(Block("example", match.group(4), match.group(2), match.group(3)))
    return found


def scratch_copy(into: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("game", "tools", "maps", "docs"):
        shutil.copytree(ROOT / name, into / name, ignore=ignore)
    (into / "assets").mkdir()
    for item in (ROOT / "assets").iterdir():
        if item.name in COPIED_ASSETS:
            shutil.copytree(item, into / "assets" / item.name)
        else:
            (into / "assets" / item.name).symlink_to(item)
    (into / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return into


def apply(block: Block, root: Path) -> None:
    path = root / block.file
    if block.mode == "merge":
        data = json.loads(path.read_text(encoding="utf-8"))
        data.update(json.loads(block.text))
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    elif block.mode == "new":
        assert not path.exists(), f"{block.file} already exists"
        path.write_text(block.text, encoding="utf-8")
    elif block.mode == "scripts":
        data = json.loads(path.read_text(encoding="utf-8"))
        data["scripts"].append(json.loads(block.text))
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    elif block.mode == "objects-layer":
        text = path.read_text(encoding="utf-8")
        start = text.index('name="objects"')
        end = text.index(" </objectgroup>", start)
        path.write_text(text[:end] + block.text + text[end:], encoding="utf-8")
    else:
        raise AssertionError(f"unknown example mode {block.mode!r}")


def run(command: str, root: Path, home: Path) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(command)
    env = {k: v for k, v in os.environ.items() if not k.startswith("RED_SUN_")}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", RED_SUN_HOME=str(home))
    assignments = {}
    while argv and re.fullmatch(r"[A-Z_]+=\S*", argv[0]):
        key, _, value = argv.pop(0).partition("=")
        assignments[key] = value
    env.update(assignments)
    if argv[:3] == [".venv/bin/python", "-m", "game"] and "--frames" not in argv:
        argv += ["--frames", "5"]
    if argv[0] == ".venv/bin/python":
        argv[0] = str(root / ".venv" / "bin" / "python")
    return subprocess.run(argv, cwd=root, env=env, capture_output=True, text=True,
                          timeout=180, stdin=subprocess.DEVNULL)


def test_the_doc_has_the_walk_through_examples() -> None:
    found = blocks()
    files = {b.file for b in found if b.kind == "example"}
    assert {"maps/kitchen.tmx", "assets/data/characters.json", "assets/data/flags.json",
            "assets/dialogue/cellar.yarn", "assets/data/content.json"} <= files
    assert sum(b.kind == "run" for b in found) >= 5


def test_every_example_runs_as_written(tmp_path: Path) -> None:
    if not (ROOT / ".venv" / "bin" / "python").exists():
        raise AssertionError("tools/run_tests.sh makes .venv; the doc's commands use it")
    root = scratch_copy(tmp_path / "game")
    home = tmp_path / "home"
    for block in blocks():
        if block.kind == "example":
            apply(block, root)
            continue
        for line in block.text.strip().splitlines():
            if line.split()[0] == "QT_QPA_PLATFORM=offscreen" and not shutil.which(
                    "tmxrasterizer"):
                assert not os.environ.get("CI"), "CI must install tiled"
                continue
            result = run(line, root, home)
            assert result.returncode == 0, f"{line}\n{result.stdout}\n{result.stderr}"
    before = run(".venv/bin/python -m tools.maps.lint", ROOT, home)
    after = run(".venv/bin/python -m tools.maps.lint", root, home)
    assert after.returncode == 0 and "wine_cellar" not in after.stdout, after.stdout
    counted = [int(re.search(r"(\d+) maps checked", r.stderr).group(1))  # type: ignore[union-attr]
               for r in (before, after)]
    assert counted[1] == counted[0] + 1, "the cellar is reached through the kitchen door"
