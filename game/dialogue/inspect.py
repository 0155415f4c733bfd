"""Everything a script refers to, for the linter to check against the game's registries.

The linter knows which flags, commands, nodes and characters exist; this module only
lists what the scripts use, each with its location, so the two stay decoupled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from game.dialogue.errors import SourceLocation
from game.dialogue.expr_ast import Expr, calls, variables
from game.dialogue.expr_ast import Literal as LiteralExpr
from game.dialogue.model import (
    CommandStmt,
    IfStmt,
    JumpStmt,
    LineStmt,
    Node,
    OptionGroup,
    SetStmt,
)
from game.dialogue.program import Program


@dataclass(frozen=True)
class _Located:
    location: SourceLocation

    @property
    def path(self) -> str:
        return self.location.path

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def column(self) -> int:
        return self.location.column


@dataclass(frozen=True)
class FlagUse(_Located):
    """A flag read (in a condition, value or ``{…}``) or written (by ``<<set>>``)."""

    name: str
    write: bool
    node: str


@dataclass(frozen=True)
class CommandUse(_Located):
    """A game command; ``args``/``kwargs`` are source text, ``{…}`` left uninterpolated."""

    name: str
    args: tuple[str, ...]
    kwargs: dict[str, str] = field(hash=False)
    node: str = ""
    literal: bool = True  # False when any argument contains {interpolation}


@dataclass(frozen=True)
class NodeRef(_Located):
    """A node named by ``<<jump>>`` (``via="jump"``) or by ``visited("…")`` calls."""

    target: str
    via: str
    node: str


@dataclass(frozen=True)
class SpeakerUse(_Located):
    name: str
    node: str


@dataclass(frozen=True)
class Inventory:
    """All references in a program, each list in source order."""

    flags: tuple[FlagUse, ...]
    commands: tuple[CommandUse, ...]
    node_refs: tuple[NodeRef, ...]
    speakers: tuple[SpeakerUse, ...]

    @property
    def jumps(self) -> tuple[NodeRef, ...]:
        return tuple(r for r in self.node_refs if r.via == "jump")

    def flags_read(self) -> set[str]:
        return {f.name for f in self.flags if not f.write}

    def flags_written(self) -> set[str]:
        return {f.name for f in self.flags if f.write}

    def missing_nodes(self, program: Program) -> list[NodeRef]:
        """References to nodes the program does not define."""
        return [r for r in self.node_refs if r.target not in program]


def inspect_program(program: Program) -> Inventory:
    """List every flag, command, node reference and speaker in ``program``."""
    return inspect_nodes(program.nodes.values())


def inspect_nodes(nodes: Iterable[Node]) -> Inventory:
    flags: list[FlagUse] = []
    commands: list[CommandUse] = []
    refs: list[NodeRef] = []
    speakers: list[SpeakerUse] = []
    for node in nodes:
        title = node.title

        def reads(expr: Expr, title: str = title) -> None:
            flags.extend(FlagUse(v.loc, v.name, False, title) for v in variables(expr))
            for call in calls(expr):
                arg = call.args[0] if call.name.startswith("visited") else None
                if isinstance(arg, LiteralExpr) and isinstance(arg.value, str):
                    refs.append(NodeRef(call.loc, arg.value, call.name, title))

        for stmt in node.statements():
            if isinstance(stmt, LineStmt):
                if stmt.speaker is not None:
                    speakers.append(SpeakerUse(stmt.loc, stmt.speaker, title))
                for expr in stmt.text.expressions():
                    reads(expr)
                if stmt.condition is not None:
                    reads(stmt.condition)
            elif isinstance(stmt, OptionGroup):
                for option in stmt.options:
                    for expr in option.text.expressions():
                        reads(expr)
                    if option.condition is not None:
                        reads(option.condition)
            elif isinstance(stmt, IfStmt):
                for cond, _ in stmt.branches:
                    reads(cond)
            elif isinstance(stmt, SetStmt):
                reads(stmt.value)
                flags.append(FlagUse(stmt.loc, stmt.name, True, title))
            elif isinstance(stmt, JumpStmt):
                refs.append(NodeRef(stmt.loc, stmt.target, "jump", title))
            elif isinstance(stmt, CommandStmt):
                for arg in stmt.args:
                    for expr in arg.value.expressions():
                        reads(expr)
                commands.append(_command_use(stmt, title))
    def ordered(items: list) -> tuple:  # blocks are stored apart; restore file order
        return tuple(sorted(items, key=lambda r: r.location))

    return Inventory(ordered(flags), ordered(commands), ordered(refs), ordered(speakers))


def _command_use(stmt: CommandStmt, node: str) -> CommandUse:
    def text(template_parts: tuple[object, ...], source: str) -> str:
        # Literal arguments give their value (quotes removed); others their source text.
        if all(isinstance(p, str) for p in template_parts):
            return "".join(str(p) for p in template_parts)
        return source

    args = tuple(text(a.value.parts, a.value.source) for a in stmt.args if a.key is None)
    kwargs = {a.key: text(a.value.parts, a.value.source.split("=", 1)[1])
              for a in stmt.args if a.key is not None}
    literal = all(a.value.is_literal for a in stmt.args)
    return CommandUse(stmt.loc, stmt.name, args, kwargs, node, literal)
