"""The compiled form of a script: nodes made of flat blocks of statements.

Each node keeps its blocks in one list and statements refer to child blocks by index.
That makes a runner position a few integers (node, block, statement) that fit in a save
file, instead of a pointer into a tree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from game.dialogue.errors import SourceLocation
from game.dialogue.expr_ast import Expr


@dataclass(frozen=True)
class Template:
    """Text with ``{expression}`` holes; ``source`` is the text as written (escapes kept)."""

    parts: tuple[str | Expr, ...]
    source: str

    @property
    def is_literal(self) -> bool:
        return all(isinstance(p, str) for p in self.parts)

    def expressions(self) -> list[Expr]:
        return [p for p in self.parts if not isinstance(p, str)]


@dataclass(frozen=True)
class LineStmt:
    """``Speaker: text #tags <<if cond>>`` or narration when ``speaker`` is None."""

    speaker: str | None
    text: Template
    tags: tuple[str, ...]
    condition: Expr | None
    line_id: str
    loc: SourceLocation


@dataclass(frozen=True)
class Option:
    """One ``-> text`` entry; ``body`` is the index of its block in ``Node.blocks``."""

    text: Template
    tags: tuple[str, ...]
    condition: Expr | None
    line_id: str
    body: int
    loc: SourceLocation


@dataclass(frozen=True)
class OptionGroup:
    """Consecutive options at one indent: the player picks exactly one."""

    options: tuple[Option, ...]
    loc: SourceLocation


@dataclass(frozen=True)
class IfStmt:
    """``<<if>>``/``<<elseif>>`` branches in order, then an optional ``<<else>>`` block."""

    branches: tuple[tuple[Expr, int], ...]
    else_block: int | None
    loc: SourceLocation


@dataclass(frozen=True)
class SetStmt:
    """``<<set $name to expr>>``; ``+=``/``-=`` are stored already expanded."""

    name: str
    value: Expr
    loc: SourceLocation


@dataclass(frozen=True)
class JumpStmt:
    target: str
    loc: SourceLocation


@dataclass(frozen=True)
class StopStmt:
    loc: SourceLocation


@dataclass(frozen=True)
class CommandArg:
    """One command argument; ``key`` is set for ``key=value`` arguments."""

    key: str | None
    value: Template


@dataclass(frozen=True)
class CommandStmt:
    """A game command such as ``<<move Kara 12 7 speed=2>>``, passed on to the game."""

    name: str
    args: tuple[CommandArg, ...]
    loc: SourceLocation


Statement = LineStmt | OptionGroup | IfStmt | SetStmt | JumpStmt | StopStmt | CommandStmt
Block = tuple[Statement, ...]


@dataclass(frozen=True)
class Node:
    """A titled piece of dialogue. ``blocks[0]`` is the body; others hang from statements."""

    title: str
    tags: tuple[str, ...]
    headers: Mapping[str, str]
    blocks: tuple[Block, ...]
    loc: SourceLocation

    @property
    def path(self) -> str:
        return self.loc.path

    def statements(self) -> list[Statement]:
        """Every statement in the node, blocks in order (for inspection tools)."""
        return [stmt for block in self.blocks for stmt in block]
