"""The Tiled classes of DESIGN.md as data: one source for the linter and the Tiled files.

`maps/daxam.tiled-project` (custom property types for Tiled 1.8+) and
`maps/objecttypes.xml` (the Tiled 1.8 Object Types editor, which fills the Type
field and its default properties) are generated from this module:
`python -m tools.maps.schema --write` rewrites both, and a test checks that the
committed files match. Enum values come from the game's own loader and model,
and the lighting modes from the game's data (`assets/lighting.json`), so the
editor can never offer a value the game refuses.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

from game.world.loader import KNOWN_CLASSES, TRANSITIONS
from game.world.model import CROWD_BEHAVIOURS, FACING_NAMES, TriggerMode

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILE = ROOT / "maps" / "daxam.tiled-project"
OBJECT_TYPES_FILE = ROOT / "maps" / "objecttypes.xml"
LIGHTING_FILE = "assets/lighting.json"  # the table game.content reads

FIXED_ENUMS: dict[str, tuple[str, ...]] = {
    "Facing": FACING_NAMES,
    "Transition": TRANSITIONS,
    "TriggerMode": tuple(m.value for m in TriggerMode),
    "CrowdBehaviour": CROWD_BEHAVIOURS,
}


def enums(lighting_modes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Every enum a property may use; `Lighting` is whatever the data declares."""
    return {**FIXED_ENUMS, "Lighting": lighting_modes}


def read_lighting_modes(root: Path = ROOT) -> tuple[str, ...]:
    """The mode names of `assets/lighting.json`, in file order; ValueError if unusable."""
    path = root / LIGHTING_FILE
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError("the file does not exist") from None
    except json.JSONDecodeError as err:
        raise ValueError(f"line {err.lineno}: not valid JSON ({err.msg})") from None
    if not isinstance(table, dict) or not table or not all(isinstance(k, str) and k.strip()
                                                         for k in table):
        raise ValueError("expected an object of lighting modes, e.g. {\"day\": {...}}")
    return tuple(table)


@dataclass(frozen=True)
class Member:
    """One typed property: Tiled type (string/int/bool/float), default, optional enum."""

    type: str
    default: str | int | bool = ""
    enum: str | None = None
    required: bool = False


def _s(required: bool = False) -> Member:
    return Member("string", "", None, required)


def _e(enum: str, default: str) -> Member:
    return Member("string", default, enum)


CLASSES: dict[str, dict[str, Member]] = {
    "Collision": {},
    "Spawn": {"facing": _e("Facing", "down")},
    "Door": {"to_map": _s(True), "to_spawn": _s(True),
             "transition": _e("Transition", "fade"), "when": _s()},
    "NPC": {"character": _s(True), "dialogue": _s(), "facing": _e("Facing", "down"),
            "wander": Member("int", 0), "patrol": _s(), "hidden": Member("bool", False),
            "pose": _s(), "when": _s()},
    "Sign": {"dialogue": _s(True), "when": _s()},
    "Inspect": {"dialogue": _s(True), "when": _s()},
    "Trigger": {"dialogue": _s(True), "mode": _e("TriggerMode", "touch"),
                "once": Member("bool", True), "when": _s()},
    "Music": {"music": _s(True)},
    "Prop": {"when": _s(), "solid": Member("bool", False), "item": _s()},
    "Emitter": {"effect": _s(True), "when": _s()},
    "Crowd": {"count": Member("int", 12), "pool": _s(True),
              "behaviour": _e("CrowdBehaviour", "mingle"), "focus": _s(),
              "seed": Member("int", 1), "when": _s()},
}

MAP_PROPERTIES: dict[str, Member] = {
    "title": _s(), "music": _s(), "lighting": _e("Lighting", "day"), "ambience": _s(),
}

COLOURS = {"Collision": "#ff5555", "Spawn": "#55ff55", "Door": "#ffaa00", "NPC": "#55aaff",
           "Sign": "#ffff55", "Inspect": "#ffff55", "Trigger": "#ff55ff", "Music": "#aaaaaa",
           "Prop": "#c08040", "Emitter": "#ffd966", "Crowd": "#d0a0ff"}

# "Run game here": Tiled runs `"command" arguments` with %mapfile quoted, in the working
# directory (the game folder for maps in maps/). The launchers in tools/ find the
# project's .venv or the bundled game; Windows needs its own command (no `sh` there).
RUN_COMMANDS = [
    {
        "arguments": "tools/run_here.sh %mapfile",
        "command": "sh",
        "enabled": True,
        "name": "Run game here",
        "saveBeforeExecute": True,
        "shortcut": "",
        "showOutput": True,
        "workingDirectory": "%mappath/..",
    },
    {
        "arguments": "/d /c tools\\run_here.cmd %mapfile",  # /d: no AutoRun (conda)
        "command": "cmd",
        "enabled": True,
        "name": "Run game here (Windows)",
        "saveBeforeExecute": True,
        "shortcut": "",
        "showOutput": True,
        "workingDirectory": "%mappath/..",
    },
]

assert set(CLASSES) == set(KNOWN_CLASSES), "schema and game.world.loader disagree on classes"


def project_json(lighting_modes: tuple[str, ...]) -> str:
    """The Tiled project: enums, then classes (Tiled 1.8 reads both; 1.9+ adds useAs)."""
    types: list[dict[str, object]] = []
    for name, values in enums(lighting_modes).items():
        types.append({"id": len(types) + 1, "name": name, "type": "enum",
                      "storageType": "string", "values": list(values),
                      "valuesAsFlags": False})
    for name, members in [*CLASSES.items(), ("MapProperties", MAP_PROPERTIES)]:
        entry: dict[str, object] = {
            "id": len(types) + 1, "name": name, "type": "class",
            "color": "#ff" + COLOURS.get(name, "#a0a0a4")[1:],  # Tiled writes #AARRGGBB
            "members": [_member_json(k, m) for k, m in members.items()],
            "useAs": ["property", "object", "map"] if name == "MapProperties"
            else ["property", "object"],
        }
        types.append(entry)
    project = {
        "automappingRulesFile": "",
        "commands": RUN_COMMANDS,
        "extensionsPath": "extensions",
        "folders": ["."],
        "objectTypesFile": "objecttypes.xml",
        "propertyTypes": types,
    }
    return json.dumps(project, indent=4) + "\n"


def _member_json(name: str, m: Member) -> dict[str, object]:
    out: dict[str, object] = {"name": name, "type": m.type, "value": m.default}
    if m.enum:
        out["propertyType"] = m.enum
    return out


def object_types_xml() -> str:
    """Tiled 1.8 Object Types: the Type field suggests these, with default properties."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<objecttypes>"]
    for name, members in CLASSES.items():
        colour = COLOURS[name]
        if not members:
            lines.append(f' <objecttype name="{name}" color="{colour}"/>')
            continue
        lines.append(f' <objecttype name="{name}" color="{colour}">')
        for key, m in members.items():
            default = str(m.default).lower() if isinstance(m.default, bool) else str(m.default)
            lines.append(f'  <property name="{key}" type="{m.type}" '
                         f"default={quoteattr(default)}/>")
        lines.append(" </objecttype>")
    lines.append("</objecttypes>")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.maps.schema",
                                     description="Write or check the Tiled project files.")
    parser.add_argument("--write", action="store_true", help="rewrite the files")
    ns = parser.parse_args(argv)
    stale = 0
    try:
        modes = read_lighting_modes()
    except ValueError as err:
        print(f"{LIGHTING_FILE}: {err}")
        return 1
    for path, text in ((PROJECT_FILE, project_json(modes)),
                       (OBJECT_TYPES_FILE, object_types_xml())):
        if ns.write:
            path.write_text(text, encoding="utf-8")
        elif not path.is_file() or path.read_text(encoding="utf-8") != text:
            print(f"{path.relative_to(ROOT)} is out of date: run python -m tools.maps.schema "
                  "--write")
            stale = 1
    return stale


if __name__ == "__main__":
    sys.exit(main())
