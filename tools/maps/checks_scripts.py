"""Checks on every dialogue script listed in assets/data/content.json.

Parse errors, then what the scripts refer to (listed by `game.dialogue.inspect`)
against the registries: speakers in characters.json, commands in
`game.world.commands.COMMANDS` with the right arguments (`check_call`), maps and
spawns named by `<<change_map>>`, nodes named by `<<jump>>`/`visited()`, and flags
declared in flags.json. Lines read `path:line:col: sentence`.
"""

from __future__ import annotations

import json

from game.core.errors import ContentError
from game.dialogue.inspect import inspect_nodes
from game.dialogue.model import LineStmt
from game.expressions import EXPRESSIONS_FILE, parse_expressions
from game.world.commands import check_call
from tools.maps.context import Project, Report


def check_scripts(project: Project, report: Report) -> list[str]:
    """Report script problems; returns the maps `<<change_map>>` names (for reachability)."""
    for err in project.script_errors:
        report.error(f"{err.path}:{err.line}:{err.column}", "", err.message)
    inventory = inspect_nodes(project.nodes.values())
    for use in inventory.speakers:
        if not project.is_speaker(use.name):
            report.error(str(use.location), "", f"speaker '{use.name}' is not a name or id "
                         "in assets/data/characters.json")
    _check_expression_tags(project, report)
    targets: list[str] = []
    for cmd in inventory.commands:
        where = str(cmd.location)
        problem = check_call(cmd.name, list(cmd.args), dict(cmd.kwargs))
        if problem:
            report.error(where, "", problem)
            continue
        if cmd.name == "change_map" and cmd.literal:
            targets.append(cmd.args[0])
            _check_change_map(project, cmd.args[0], cmd.args[1], where, report)
        if cmd.name == "play_as" and cmd.literal and cmd.args[0] not in project.characters:
            report.error(where, "", f"<<play_as>> names '{cmd.args[0]}', which is not an id "
                         "in assets/data/characters.json")
    for ref in inventory.node_refs:
        if ref.target not in project.nodes:
            verb = "jumps to" if ref.via == "jump" else f"asks {ref.via}() about"
            report.error(str(ref.location), "", f"{verb} node '{ref.target}', which does "
                         "not exist")
    for flag in inventory.flags:
        if flag.name not in project.flags:
            report.error(str(flag.location), "", f"flag '${flag.name}' is not declared in "
                         "assets/data/flags.json")
    return targets


def _check_change_map(project: Project, name: str, spawn: str, where: str,
                      report: Report) -> None:
    path = project.map_path(name)
    if not path.is_file():
        report.error(where, "", f"<<change_map>> goes to map '{name}', which does not "
                     f"exist (looked for {project.rel(path)})")
        return
    spawns = project.map(path).spawn_names
    if spawn not in spawns:
        known = ", ".join(sorted(spawns)) or "none"
        report.error(where, "", f"<<change_map>> goes to spawn '{spawn}', which map "
                     f"'{name}' does not have (its spawns: {known})")


def _check_expression_tags(project: Project, report: Report) -> None:
    """Every `#tag` on a spoken line names a face in expressions.json (or an alias)."""
    path = project.root / EXPRESSIONS_FILE
    if not path.is_file():
        return  # a data root without portraits (the linter's own fixtures)
    try:
        table = parse_expressions(json.loads(path.read_text(encoding="utf-8")))
    except (ContentError, json.JSONDecodeError) as err:
        report.error(EXPRESSIONS_FILE, "", str(err))
        return
    known = ", ".join(table.names + tuple(table.aliases))
    for node in project.nodes.values():
        for stmt in node.statements():
            if not isinstance(stmt, LineStmt) or stmt.speaker is None:
                continue
            for tag in stmt.tags:
                if not tag.startswith("line:") and not table.is_known(tag):
                    report.error(str(stmt.loc), "", f"tag '#{tag}' is not an expression in "
                                 f"{EXPRESSIONS_FILE} (known: {known})")
