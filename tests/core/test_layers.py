"""The layer order of docs/ARCHITECTURE.md, enforced on every module's imports.

The table in the doc is the single source: this test reads it, reads the imports
of every module under game/ with `ast` (type-checking imports included) and fails
on any import that points from a layer to one below it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "ARCHITECTURE.md"
TABLE = re.compile(r"<!-- layers:.*?-->(.*?)<!-- /layers -->", re.S)


def read_layers(doc: str) -> dict[str, int]:
    """Module prefix -> layer number, from the doc's marked table."""
    found = TABLE.search(doc)
    assert found, "docs/ARCHITECTURE.md lost its marked layer table"
    layers: dict[str, int] = {}
    for row in found.group(1).splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0][:1].isdigit():
            continue
        number = int(cells[0].split()[0])
        for prefix in re.findall(r"`([\w.]+)`", cells[1]):
            layers[prefix] = number
    return layers


def layer_of(module: str, layers: dict[str, int]) -> int | None:
    """The layer of the longest prefix that matches the dotted module name."""
    best: tuple[int, int] | None = None
    for prefix, number in layers.items():
        if (module == prefix or module.startswith(prefix + ".")) and (
                best is None or len(prefix) > best[0]):
            best = (len(prefix), number)
    return None if best is None else best[1]


def imports_of(source: str, modules: set[str]) -> set[str]:
    """Every game module a source imports; `from game.x import y` counts as
    game.x.y when y is a module."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "game")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "game":
                continue
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
    return found


def violations(sources: dict[str, str], layers: dict[str, int]) -> list[str]:
    modules = set(sources)
    problems = []
    for module, source in sorted(sources.items()):
        own = layer_of(module, layers)
        if own is None:
            problems.append(f"{module}: in no layer of docs/ARCHITECTURE.md")
            continue
        for target in sorted(imports_of(source, modules)):
            theirs = layer_of(target, layers)
            if theirs is not None and theirs > own:
                problems.append(f"{module} (layer {own}) imports {target} (layer {theirs})")
    return problems


def game_sources() -> dict[str, str]:
    sources = {}
    for path in sorted((ROOT / "game").rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        sources[".".join(parts)] = path.read_text(encoding="utf-8")
    return sources


def test_every_import_follows_the_documented_layer_order() -> None:
    layers = read_layers(DOC.read_text(encoding="utf-8"))
    assert violations(game_sources(), layers) == []


def test_the_world_and_below_never_reach_the_flow_or_the_screens() -> None:
    sources = game_sources()
    modules = set(sources)
    for module, source in sources.items():
        if module.split(".")[:2] in (["game", "world"], ["game", "flight"],
                                     ["game", "dialogue"], ["game", "ui"]):
            reached = {t for t in imports_of(source, modules)
                       if t == "game.flow" or t.startswith("game.screens")}
            assert not reached, f"{module} imports {reached}"


def test_the_check_catches_an_upward_import_even_for_type_checking_only() -> None:
    layers = read_layers(DOC.read_text(encoding="utf-8"))
    sources = {
        "game.world.example": "from typing import TYPE_CHECKING\n"
                              "if TYPE_CHECKING:\n    from game.flow import Flow\n",
        "game.flow": "",
        "game.ui.example": "from game.world import example\n",
    }
    found = violations(sources, layers)
    assert found == ["game.ui.example (layer 4) imports game.world.example (layer 6)",
                     "game.world.example (layer 6) imports game.flow (layer 7)"]


def test_the_context_has_no_dictionary_of_services() -> None:
    source = (ROOT / "game" / "core" / "context.py").read_text(encoding="utf-8")
    assert "services" not in {n.target.id for n in ast.walk(ast.parse(source))  # type: ignore[union-attr]
                              if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
