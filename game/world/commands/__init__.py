"""Cutscene commands that dialogue scripts call as `<<name args>>`.

One module per concern declares its commands (`COMMANDS`, a tuple of
`command(...)` declarations with typed parameters); `build_registry` puts them
into one `CommandRegistry`, listed here explicitly (no folder scanning, no
module-level registry to mutate). Adding a command is one handler and one
declaration in the right module; `python -m tools.commands_doc` then rewrites
docs/COMMANDS.md, and the script linter checks every use against it.
"""

from __future__ import annotations

from game.world.commands import (
    audio,
    camera,
    characters,
    contest,
    effects,
    props,
    ride,
    staging,
    stealth,
    story,
    wardrobe,
)
from game.world.commands.params import ArgError, Names
from game.world.commands.registry import Call, Command, CommandRegistry, command

CONCERNS = (camera, characters, props, story, audio, effects, contest, stealth, ride,
            staging, wardrobe)


def build_registry() -> CommandRegistry:
    """Every command the game knows, in one registry."""
    return CommandRegistry(cmd for module in CONCERNS for cmd in module.COMMANDS)


__all__ = ["ArgError", "Call", "Command", "CommandRegistry", "Names", "build_registry",
           "command"]
