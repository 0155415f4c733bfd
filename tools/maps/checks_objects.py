"""Checks on a map's objects and properties against DESIGN.md's class table.

Classes, members and enum values come from `tools.maps.schema` (itself built on
the game's loader constants). Cross-references are checked here too: a Door's
target map and Spawn, the dialogue nodes objects run, the characters NPCs are
and the flags their `when` conditions read.
"""

from __future__ import annotations

from game.dialogue.errors import ScriptError, SourceLocation
from game.dialogue.expr_ast import Literal, calls, variables
from game.dialogue.expr_parser import parse_expression
from game.world import loader
from game.world.conditions import condition_problems as loaded_condition_problems
from tools.maps.checks_staging import check_staging
from tools.maps.context import Project, Report, read_json
from tools.maps.schema import CLASSES, MAP_PROPERTIES, Member, enums
from tools.maps.tmx import MapObject, Prop, TmxMap

COLLISION_LAYER = "collision"
TILE_PROPERTIES = {"name", "solid", "light"}
EXPRESSION_TYPES = {"bool": "bool", "int": "number", "float": "number", "str": "string"}


def check_objects(project: Project, tmx: TmxMap, report: Report) -> None:
    where = project.rel(tmx.path)
    for problem in tmx.problems:
        report.error(where, "", problem)
    _check_map_props(project, tmx, where, report)
    if tmx.class_attribute:
        report.warn(where, "", "objects carry class= (Tiled 1.9 style); the game reads it, "
                    "but Tiled 1.8 drops it when it saves the map: use Tiled 1.8's Type field")
    spawns: dict[str, MapObject] = {}
    for obj in tmx.objects:
        kind = obj.cls
        if not kind:
            if obj.layer.strip().lower() != COLLISION_LAYER:
                report.warn(where, obj.label, f"has no class, so the game ignores it "
                            f"(give it one of {', '.join(CLASSES)})")
            continue
        if kind not in CLASSES:
            report.error(where, obj.label, f"has the unknown class '{kind}' "
                         f"(known: {', '.join(CLASSES)})")
            continue
        if obj.template and not getattr(loader, "RESOLVES_TEMPLATES", False):
            report.error(where, obj.label, f"uses the template {obj.template}, which the "
                         "game does not read yet: right-click it and choose Detach Template")
        _check_props(project, obj.props, CLASSES[kind], f"a {kind}", where, obj.label,
                     report)
        _check_place(tmx, obj, where, report)
        if kind == "Spawn":
            if not obj.name:
                report.error(where, obj.label, "is a Spawn without a Name")
            elif obj.name in spawns:
                report.error(where, obj.label, f"spawn name '{obj.name}' is used twice "
                             f"(also {spawns[obj.name].label})")
            else:
                spawns[obj.name] = obj
        elif kind == "Door":
            _check_door(project, obj, where, report)
        elif kind == "Emitter":
            _check_emitter(project, obj, where, report)
        elif kind == "NPC":
            character = _text(obj, "character")
            if character and character not in project.characters:
                report.error(where, obj.label, f"character '{character}' is not in "
                             "assets/data/characters.json")
        check_staging(project, tmx, obj, where, report)
        dialogue = _text(obj, "dialogue")
        if dialogue and project.nodes and dialogue not in project.nodes:
            report.error(where, obj.label, f"dialogue node '{dialogue}' does not exist in "
                         "any script listed in assets/data/content.json")
        when = _text(obj, "when")
        if when:
            for problem in condition_problems(project, when):
                report.error(where, obj.label, f"when condition '{when}': {problem}")


def condition_problems(project: Project, text: str) -> list[str]:
    """Why a `when` condition is wrong: syntax, undeclared flags, unknown nodes."""
    try:
        expr = parse_expression(text, SourceLocation("when", 1, 1))
    except ScriptError as err:
        return [f"{err.message} (at column {err.column})"]
    problems = [f"flag '${v.name}' is not declared in assets/data/flags.json"
                for v in variables(expr) if v.name not in project.flags]
    # What the game itself refuses at load: dice, and type clashes once flags are known.
    known = all(kind in EXPRESSION_TYPES for kind in project.flags.values())
    types = {name: EXPRESSION_TYPES[kind] for name, kind in project.flags.items()} \
        if known and not problems else None
    problems += loaded_condition_problems(expr, types)
    for call in calls(expr):
        arg = call.args[0] if call.args else None
        if (call.name.startswith("visited") and isinstance(arg, Literal)
                and isinstance(arg.value, str) and arg.value not in project.nodes):
            problems.append(f"node '{arg.value}' does not exist")
    return problems


def _check_map_props(project: Project, tmx: TmxMap, where: str, report: Report) -> None:
    _check_props(project, tmx.props, MAP_PROPERTIES, "a map", where, "map properties",
                 report)


def _check_props(project: Project, props: dict[str, Prop], members: dict[str, Member],
                 owner: str, where: str, what: str, report: Report) -> None:
    for name, prop in props.items():
        member = members.get(name)
        if member is None:
            known = ", ".join(members) or "no properties"
            report.error(where, what, f"has the property '{name}', which {owner} does not "
                         f"have ({owner[2:]} has: {known})")
            continue
        problem = _type_problem(prop, member, enums(project.lighting_modes))
        if problem:
            report.error(where, what, f"property '{name}' {problem}")
        elif prop.type != member.type:
            report.warn(where, what, f"property '{name}' is stored as {prop.type}; make it "
                        f"{member.type} in Tiled")
    for name, member in members.items():
        if member.required and not (name in props and props[name].value != ""):
            report.error(where, what, f"is missing the property '{name}'")


def _type_problem(prop: Prop, member: Member, allowed: dict[str, tuple[str, ...]]) -> str:
    value = prop.value
    if member.type == "int":
        try:
            int(value)
        except ValueError:
            return f"must be a whole number, not '{value}'"
    elif member.type == "bool" and value not in ("true", "false"):
        return f"must be true or false, not '{value}'"
    elif member.enum and value not in allowed[member.enum]:
        return f"is '{value}'; use one of {', '.join(allowed[member.enum])}"
    return ""


def _check_place(tmx: TmxMap, obj: MapObject, where: str, report: Report) -> None:
    w, h = tmx.width * tmx.tile_size, tmx.height * tmx.tile_size
    cx, cy = obj.centre
    if not (0 <= cx <= w and 0 <= cy <= h):
        report.error(where, obj.label, f"lies off the map (at {cx:g}, {cy:g}; the map is "
                     f"{w} x {h} pixels)")
    elif obj.x < 0 or obj.y < 0 or obj.x + obj.width > w or obj.y + obj.height > h:
        report.warn(where, obj.label, "reaches past the edge of the map")


def _check_door(project: Project, obj: MapObject, where: str, report: Report) -> None:
    to_map, to_spawn = _text(obj, "to_map"), _text(obj, "to_spawn")
    if not to_map:
        return
    target = project.map_path(to_map)
    if not target.is_file():
        report.error(where, obj.label, f"leads to map '{to_map}', which does not exist "
                     f"(looked for {project.rel(target)})")
        return
    spawns = project.map(target).spawn_names
    if to_spawn and to_spawn not in spawns:
        known = ", ".join(sorted(spawns)) or "none"
        report.error(where, obj.label, f"leads to spawn '{to_spawn}', which map '{to_map}' "
                     f"does not have (its spawns: {known})")


def _check_emitter(project: Project, obj: MapObject, where: str, report: Report) -> None:
    effect = _text(obj, "effect")
    effects = read_json(project.root, "assets/data/particles.json")
    if effect and isinstance(effects, dict) and effect not in effects:
        report.error(where, obj.label, f"effect '{effect}' is not in "
                     f"assets/data/particles.json (effects: {', '.join(sorted(effects))})")


def _text(obj: MapObject, key: str) -> str:
    prop = obj.props.get(key)
    return prop.value if prop else ""
