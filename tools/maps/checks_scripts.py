"""Checks on every dialogue script listed in assets/data/content.json.

Parse errors, then what the scripts refer to (listed by `game.dialogue.inspect`)
against the registries: speakers in characters.json, commands in
the command registry (`game.world.commands`: every argument against its typed
declaration, and the names in it against what the registries hold), maps and
spawns named by `<<change_map>>`, nodes named by `<<jump>>`/`visited()`, and flags
declared in flags.json. Lines read `path:line:col: sentence`.
"""

from __future__ import annotations

import json

from game.content_flight import FLIGHT_DATA
from game.core.errors import ContentError
from game.core.expressions import EXPRESSIONS_FILE, parse_expressions
from game.dialogue.inspect import inspect_nodes
from game.dialogue.model import LineStmt
from game.world.commands import Names, build_registry
from tools.maps.arrivals import add_arrival
from tools.maps.checks_audio import load_audio
from tools.maps.context import MANIFEST, Project, Report, read_json


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
    registry = build_registry()
    names = command_names(project)
    for cmd in inventory.commands:
        where = str(cmd.location)
        problems = registry.check(cmd.name, cmd.args, cmd.kwargs, names, cmd.literal)
        for problem in problems:
            report.error(where, "", problem)
        if problems:
            continue
        if cmd.name == "change_map" and cmd.literal:
            targets.append(cmd.args[0])
            add_arrival(project, project.map_path(cmd.args[0]), cmd.args[1],
                        f"<<change_map>> at {where}")
            _check_change_map(project, cmd.args[0], cmd.args[1], where, report)
        if cmd.name == "wear" and cmd.literal:
            _check_wear(project, cmd.args[0], cmd.args[1], where, report)
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


def command_names(project: Project) -> Names:
    """What command arguments may name: the cast, every map's NPCs and Spawns, the
    maps, the flags with their types, and the lighting, music, sound and flight
    registries. A registry file that cannot be read leaves its kind unchecked."""
    def folded(items: object) -> frozenset[str]:
        words = {str(i) for i in items}  # type: ignore[attr-defined]
        return frozenset(words | {w.lower() for w in words})

    npcs: set[str] = set()
    spawns: set[str] = set()
    maps: set[str] = set()
    if project.maps_dir.is_dir():
        for path in sorted(project.maps_dir.rglob("*.tmx")):
            maps.add(path.stem)
            tmx = project.map(path)
            npcs.update(o.name for o in tmx.objects if o.cls == "NPC" and o.name)
            spawns.update(tmx.spawn_names)
    cast = set(project.characters) | set(project.characters.values())
    known = {
        "character": folded(cast | npcs | {"player"}),
        "cast member": folded(cast),
        "character id": frozenset(project.characters),
        "spawn": frozenset(spawns),
        "map": frozenset(maps),
    }
    audio = load_audio(project.root, Report())  # broken: reported by the lint's own load
    if audio is not None:
        known.update(music=audio.known_music(), ambience=audio.known_ambience(),
                     sfx=frozenset(audio.effects))
    rides = read_json(project.root, "assets/data/rides.json")
    if isinstance(rides, dict) and isinstance(rides.get("rides"), dict):
        known["ride"] = frozenset(rides["rides"])
    lighting = read_json(project.root, "assets/lighting.json")
    if isinstance(lighting, dict):
        known["lighting"] = frozenset(lighting)
    manifest = read_json(project.root, MANIFEST)
    flight_file = manifest.get("flight", FLIGHT_DATA) if isinstance(manifest, dict) else FLIGHT_DATA
    flight = read_json(project.root, str(flight_file))
    if isinstance(flight, dict) and isinstance(flight.get("stages"), dict):
        known["flight stage"] = frozenset(flight["stages"])  # the stage registry, in data
    emotes_file = manifest.get("emotes") if isinstance(manifest, dict) else None
    emotes = read_json(project.root, str(emotes_file)) if emotes_file else None
    if isinstance(emotes, dict) and isinstance(emotes.get("emotes"), dict):
        known["emote"] = frozenset(emotes["emotes"])
    contests = read_json(project.root, "assets/data/contests.json")
    if isinstance(contests, dict):  # the word sets and ordered choices <<standoff>> names
        for kind, key in (("word set", "words"), ("ordered choice", "ordered")):
            if isinstance(contests.get(key), dict):
                known[kind] = frozenset(contests[key]) | {"none"}
    for kind, data_file in (("effect", "assets/data/particles.json"),
                            ("colour", "assets/data/palette.json")):
        table = read_json(project.root, data_file)
        if isinstance(table, dict):
            known[kind] = frozenset(table)
    known.update(_staging_names(project, manifest))
    return Names(known=known, flag_types=dict(project.flags))


def _staging_names(project: Project, manifest: object) -> dict[str, frozenset[str]]:
    """Pose and item names from their registries, and the maps' Crowd objects."""
    out: dict[str, frozenset[str]] = {}
    for kind, key, field in (("pose", "poses", "poses"), ("item", "items", "items")):
        path = manifest.get(key) if isinstance(manifest, dict) else None
        data = read_json(project.root, str(path)) if path else None
        if isinstance(data, dict) and isinstance(data.get(field), dict):
            out[kind] = frozenset(data[field])
    crowds: set[str] = set()
    if project.maps_dir.is_dir():
        for path in sorted(project.maps_dir.rglob("*.tmx")):
            crowds.update(o.name for o in project.map(path).objects if o.cls == "Crowd")
    out["crowd"] = frozenset(crowds)
    return out


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


def _check_wear(project: Project, who: str, outfit: str, where: str, report: Report) -> None:
    """An outfit is a variant of the person: its name in characters.json is theirs."""
    names = project.characters
    person = names.get(who.lower()) or next(
        (n for n in names.values() if n.lower() == who.lower()), None)
    if person is not None and names.get(outfit, "").lower() != person.lower():
        report.error(where, "", f"<<wear>>: '{outfit}' is not an outfit of {who} (its name "
                     f"in characters.json is '{names.get(outfit, '?')}', not '{person}')")


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
