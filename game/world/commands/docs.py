"""docs/COMMANDS.md, written from the declarations so that it cannot go stale."""

from __future__ import annotations

from game.world.commands.registry import Command, CommandRegistry, shown

HEADER = """# Cutscene commands

Generated from the declarations in `game/world/commands/` (one module per concern:
camera, characters, props, story, audio, effects). Do not edit by hand: after
changing a command, run `python -m tools.commands_doc` to rewrite this file (a
test fails while it is out of date). `python -m tools.maps.lint` checks every use
in the scripts against these declarations.

Arguments are words separated by spaces; put words with spaces in quotes
(`<<title "Act One" "The Gift">>`). `[OPTIONAL]` arguments may be left out;
options are written `name=value` after the arguments. Numbers are plain decimals
(`1.5`), always within the range given; durations are in seconds. A mistake the
linter cannot see (a character who is not on the map at run time) shows the error
panel with the script's file:line:col and ends the scene; the player walks on.

To add a command: write its handler (`def name(stage: Stage, ...)`, a docstring for
writers) in the module of its concern, add `command("name", handler, *params)` to
that module's `COMMANDS` with parameters from `game/world/commands/params.py`, and
run `python -m tools.commands_doc`.
"""


def commands_markdown(registry: CommandRegistry) -> str:
    """The whole file: a header, then each command's signatures, parameters and doc."""
    parts = [HEADER]
    for cmd in registry:
        parts.append(_section(cmd))
    return "\n".join(parts)


def _section(cmd: Command) -> str:
    lines = [f"## {cmd.name}", ""]
    lines += [f"`{sig}`  " for sig in cmd.signatures()]
    lines[-1] = lines[-1].rstrip()
    lines += ["", cmd.doc, ""]
    seen: set[str] = set()
    params = [p for form in cmd.forms for p in form]
    for param in params:
        if param.label in seen:
            continue
        seen.add(param.label)
        default = f" (default `{shown(param.default)}`)" if param.optional else ""
        lines.append(f"- `{param.label}`: {param.describe()}{default}")
    for option in cmd.options:
        lines.append(f"- option `{option.label}=`: {option.describe()} "
                     f"(default `{shown(option.default)}`)")
    if params or cmd.options:
        lines.append("")
    return "\n".join(lines)

