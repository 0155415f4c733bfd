"""What every check needs: the game's registries, the maps read so far, and the report.

The registries are read straight from the data files named in
`assets/data/content.json` (the same manifest the game reads), so the linter can
run on a broken tree and still report everything it finds, instead of stopping at
the first error the way the game's own loader must.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.content import MANIFEST
from game.dialogue.errors import DialogueError, ScriptError
from game.dialogue.model import Node
from game.dialogue.program import parse_source
from game.world.loader import MAP_SUFFIXES, resolve_map_path
from tools.maps.schema import LIGHTING_FILE, read_lighting_modes
from tools.maps.tmx import TmxMap, read_tmx


@dataclass(frozen=True, order=True)
class Finding:
    """One line of the report: `file: what: sentence`."""

    file: str
    what: str
    message: str
    error: bool = True

    def __str__(self) -> str:
        head = f"{self.file}: {self.what}: " if self.what else f"{self.file}: "
        return head + self.message + ("" if self.error else " (warning)")


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)

    def error(self, file: str, what: str, message: str) -> None:
        self.findings.append(Finding(file, what, message, True))

    def warn(self, file: str, what: str, message: str) -> None:
        self.findings.append(Finding(file, what, message, False))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.error]

    def lines(self) -> list[str]:
        """Sorted by file, then object id as a number, then message; duplicates once."""
        return [str(f) for f in sorted(set(self.findings), key=_sort_key)]


def _sort_key(f: Finding) -> tuple[str, tuple[int, ...], int, str, str]:
    path, *place = f.file.split(":")  # "script.yarn:12:3" sorts by line number
    words = f.what.split()
    number = int(words[1]) if len(words) > 1 and words[0] == "object" and \
        words[1].isdigit() else -1
    return (path, tuple(int(p) for p in place if p.isdigit()), number, f.what, f.message)


@dataclass
class Project:
    """The game's content as the linter sees it (also when parts are broken)."""

    root: Path
    start_map: str = ""
    start_spawn: str = ""
    characters: dict[str, str] = field(default_factory=dict)  # id -> script name
    flags: dict[str, str] = field(default_factory=dict)  # name -> type name
    scripts: list[str] = field(default_factory=list)
    nodes: dict[str, Node] = field(default_factory=dict)
    script_errors: list[ScriptError] = field(default_factory=list)
    maps: dict[Path, TmxMap] = field(default_factory=dict)
    lighting_modes: tuple[str, ...] = ()  # the modes of assets/lighting.json
    # map file -> spawn -> what puts the player there (tools.maps.arrivals)
    arrivals: dict[Path, dict[str, list[str]]] = field(default_factory=dict)

    @property
    def maps_dir(self) -> Path:
        return self.root / "maps"

    def rel(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(self.root.resolve()))
        except ValueError:
            return str(path)

    def map_path(self, name: str) -> Path:
        """Where the game looks for a map named in a Door or `<<change_map>>`."""
        if name.lower().endswith(MAP_SUFFIXES):
            path = Path(name)
            return path if path.is_absolute() else self.root / path
        return resolve_map_path(self.maps_dir, name)

    def map(self, path: Path) -> TmxMap:
        key = path.resolve()
        if key not in self.maps:
            self.maps[key] = read_tmx(key)
        return self.maps[key]

    def is_speaker(self, name: str) -> bool:
        low = name.lower()
        return low in self.characters or low in {n.lower() for n in self.characters.values()}


def load_project(root: Path, report: Report) -> Project:
    """Read the manifest and its registries; every problem goes to `report`."""
    project = Project(root=root)
    manifest = _json(root, MANIFEST, report)
    if not isinstance(manifest, dict):
        return project
    start = manifest.get("start") or {}
    project.start_map = str(start.get("map", ""))
    project.start_spawn = str(start.get("spawn", ""))
    if not project.start_map:
        report.error(MANIFEST, "", "has no start map ('start': {'map': ..., 'spawn': ...})")
    chars_file = manifest.get("characters", "assets/data/characters.json")
    chars = _json(root, chars_file, report)
    if isinstance(chars, dict):
        project.characters = {cid: str(info.get("name", cid)) if isinstance(info, dict)
                              else cid for cid, info in chars.items()}
    flags_file = manifest.get("flags", "assets/data/flags.json")
    flags = _json(root, flags_file, report)
    if isinstance(flags, dict):
        project.flags = {name: str(spec.get("type", "")) if isinstance(spec, dict) else ""
                         for name, spec in flags.items()}
        _check_flag_decls(root, flags_file, report)
    try:
        project.lighting_modes = read_lighting_modes(root)
    except ValueError as err:
        report.error(LIGHTING_FILE, "", str(err))
    project.scripts = [str(s) for s in manifest.get("scripts", [])]
    for script in project.scripts:
        path = root / script
        if not path.is_file():
            report.error(MANIFEST, "", f"lists the script {script}, which does not exist")
            continue
        nodes, errors = parse_source(script, path.read_text(encoding="utf-8"))
        project.script_errors.extend(errors)
        for node in nodes:
            if node.title in project.nodes:
                earlier = project.nodes[node.title].loc
                project.script_errors.append(ScriptError.at(
                    node.loc, f"node '{node.title}' is defined twice (also at "
                    f"{earlier.path}:{earlier.line})"))
            else:
                project.nodes[node.title] = node
    return project


def read_json(root: Path, relative: str) -> Any:
    """A data file's contents, or None when it is missing or not JSON (not reported)."""
    try:
        return json.loads((root / relative).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


def _json(root: Path, relative: str, report: Report) -> Any:
    path = root / relative
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        report.error(relative, "", "the file does not exist")
    except json.JSONDecodeError as err:
        report.error(relative, "", f"line {err.lineno}: not valid JSON ({err.msg})")
    return None


def _check_flag_decls(root: Path, relative: str, report: Report) -> None:
    from game.dialogue.flags import load_declarations

    try:
        load_declarations((root / relative).read_text(encoding="utf-8"), relative)
    except DialogueError as err:
        for line in str(err).splitlines():
            report.error(relative, "", line.split(": ", 1)[-1])
