"""Every choice is read: a flag that a script or a flight stage writes must be read
somewhere, by a script's condition or text, or by a map object's `when`.

A flag set and never read is a choice the player makes for nothing (or a leftover);
the lint names the first place that writes it, so the fix is a later line reading it.
"""

from __future__ import annotations

from game.content_flight import FLIGHT_DATA
from game.dialogue.errors import ScriptError, SourceLocation
from game.dialogue.expr_ast import variables
from game.dialogue.expr_parser import parse_expression
from game.dialogue.inspect import inspect_nodes
from tools.maps.context import MANIFEST, Project, Report, read_json

# flags the game itself reads in code (not a story choice): the story position
READ_BY_THE_GAME = frozenset({"progress"})


def flight_writes(project: Project) -> dict[str, str]:
    """flag -> the stage file that writes it, from the flight registry's stage files."""
    manifest = read_json(project.root, MANIFEST)
    registry_file = manifest.get("flight", FLIGHT_DATA) if isinstance(manifest, dict) \
        else FLIGHT_DATA
    registry = read_json(project.root, str(registry_file))
    stages = registry.get("stages") if isinstance(registry, dict) else None
    out: dict[str, str] = {}
    for stage_file in (stages.values() if isinstance(stages, dict) else ()):
        stage = read_json(project.root, str(stage_file))
        writes = stage.get("flags") if isinstance(stage, dict) else None
        for spec in (writes.values() if isinstance(writes, dict) else ()):
            name = spec.get("flag") if isinstance(spec, dict) else spec
            if isinstance(name, str):
                out.setdefault(name, str(stage_file))
    return out


def map_reads(project: Project) -> set[str]:
    """Flags named by any map object's or layer's `when` condition."""
    found: set[str] = set()
    if not project.maps_dir.is_dir():
        return found
    for path in sorted(project.maps_dir.rglob("*.tmx")):
        tmx = project.map(path)
        props = [o.props for o in tmx.objects] + [p for _, _, p in tmx.layer_props]
        for table in props:
            prop = table.get("when")
            if not prop or not prop.value:
                continue
            try:
                expr = parse_expression(prop.value, SourceLocation("when", 1, 1))
            except ScriptError:
                continue  # reported by the object checks
            found.update(v.name for v in variables(expr))
    return found


def check_flags_read(project: Project, report: Report) -> None:
    """Report each declared flag that is written but never read."""
    inventory = inspect_nodes(project.nodes.values())
    read = inventory.flags_read() | map_reads(project) | READ_BY_THE_GAME
    writers: dict[str, str] = {}
    for use in inventory.flags:
        if use.write:
            writers.setdefault(use.name, str(use.location))
    for name, where in flight_writes(project).items():
        writers.setdefault(name, where)
    for name, where in sorted(writers.items(), key=lambda item: item[1]):
        if name in project.flags and name not in read:
            report.error(where, "", f"flag '${name}' is set here but nothing reads it (no "
                         "script line or map `when` condition): read it later, or drop it")
