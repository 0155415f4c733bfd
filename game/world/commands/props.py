"""Prop commands: things characters hold, raise and put down.

None yet: props appear and change with flags (a Tiled `when`). Held and placed
props (`<<hold WHO ITEM>>`, `<<drop WHO>>`) are declared here when they come,
with `Name("ITEM", "item")` so the linter checks item names.
"""

from __future__ import annotations

from game.world.commands.registry import Command

COMMANDS: tuple[Command, ...] = ()
