"""Second pass: turn a node's indented lines into blocks of statements.

Option bodies must be indented under their ``->``; ``<<if>>`` bodies may be indented or
not, as in Yarn. Errors are collected per line so one typo does not hide the next.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from game.dialogue.errors import ScriptError, SourceLocation
from game.dialogue.expr_ast import Binary, Expr, Var
from game.dialogue.expr_parser import ExpressionParser, parse_expression
from game.dialogue.limits import MAX_BLOCK_DEPTH
from game.dialogue.model import (
    CommandStmt,
    IfStmt,
    JumpStmt,
    LineStmt,
    Node,
    Option,
    OptionGroup,
    SetStmt,
    Statement,
    StopStmt,
)
from game.dialogue.nodes import TITLE, RawNode, SourceLine
from game.dialogue.text import find_close, scan_line, split_command_args

# A speaker is a short run of letters, spaces, apostrophes and hyphens before ": ".
SPEAKER = re.compile(r"([^\W\d_][^\W\d_ '’\-]*(?:[ '’\-]+[^\W\d_]+)*)[ \t]*:[ \t]")
MAX_SPEAKER = 20
IF_KEYWORDS = frozenset({"elseif", "else", "endif"})
_COMMAND_NAME = re.compile(r"[ \t]*([A-Za-z_][A-Za-z0-9_]*)")


class _TooDeep(Exception):
    """Unwinds the whole node: past ``MAX_BLOCK_DEPTH`` nothing below can be trusted."""

    def __init__(self, error: ScriptError) -> None:
        super().__init__(str(error))
        self.error = error


def parse_node(raw: RawNode, errors: list[ScriptError]) -> Node:
    """Build a ``Node`` from ``raw``; problems are appended to ``errors``."""
    parser = _BodyParser(raw, errors)
    try:
        parser.fill(parser.new_block(), 0, in_if=False)
    except _TooDeep as deep:
        errors.append(deep.error)
    blocks = tuple(tuple(b) for b in parser.blocks)
    headers = dict(raw.headers)
    return Node(raw.title, raw.tags, headers, blocks, raw.loc)


def line_id(node: str, kind: str, source: str, occurrence: int) -> str:
    """Stable id: node title plus a hash of who says what and which repeat it is."""
    digest = hashlib.sha1(f"{kind}\x1f{source}\x1f{occurrence}".encode()).hexdigest()
    return f"{node}:{digest[:8]}"


class _BodyParser:
    def __init__(self, raw: RawNode, errors: list[ScriptError]) -> None:
        self.raw = raw
        self.path = raw.loc.path
        self.lines = raw.lines
        self.pos = 0
        self.errors = errors
        self.blocks: list[list[Statement]] = []
        self.seen: Counter[tuple[str, str]] = Counter()
        self.depth = 0  # blocks open now: the root, then each <<if>> or option body

    # -- cursor helpers -------------------------------------------------------------
    def peek(self) -> SourceLine | None:
        return self.lines[self.pos] if self.pos < len(self.lines) else None

    def loc(self, line: SourceLine, offset: int = 0) -> SourceLocation:
        return SourceLocation(self.path, line.number, line.column + offset)

    def fail(self, line: SourceLine, message: str, offset: int = 0) -> None:
        self.errors.append(ScriptError.at(self.loc(line, offset), message))

    def new_block(self) -> int:
        self.blocks.append([])
        return len(self.blocks) - 1

    def skip_deeper(self, level: int) -> None:
        while (line := self.peek()) is not None and line.level > level:
            self.pos += 1

    # -- blocks ---------------------------------------------------------------------
    def fill(self, block: int, level: int, in_if: bool) -> None:
        """Parse statements at ``level`` into ``block`` until a dedent or an if keyword."""
        self.depth += 1
        try:
            self._fill(block, level, in_if)
        finally:
            self.depth -= 1

    def _fill(self, block: int, level: int, in_if: bool) -> None:
        if self.depth > MAX_BLOCK_DEPTH + 1:
            line = self.peek()
            assert line is not None  # callers only descend when a line follows
            raise _TooDeep(ScriptError.at(self.loc(line), f"<<if>> and options nested more "
                                          f"than {MAX_BLOCK_DEPTH} deep; move the inner part "
                                          "to its own node and <<jump>> to it"))
        while (line := self.peek()) is not None and line.level >= level:
            keyword = _keyword(line)
            if keyword in IF_KEYWORDS:
                if in_if:
                    return
                self.fail(line, f"<<{keyword}>> without a matching <<if>>")
                self.pos += 1
            elif line.level > level:
                self.fail(line, "unexpected indentation (only lines under an option '->' "
                          "or inside <<if>> may be indented)")
                self.skip_deeper(level)
            elif line.text.startswith("->"):
                self.blocks[block].append(self.option_group(level))
            else:
                self.pos += 1
                try:
                    stmt = self.statement(line, keyword)
                except ScriptError as err:
                    self.errors.append(err)
                    continue
                if stmt is not None:
                    self.blocks[block].append(stmt)

    def statement(self, line: SourceLine, keyword: str | None) -> Statement | None:
        if keyword is None:
            return self.dialogue_line(line)
        name, rest, offset = self.command_parts(line)
        if name == "if":
            return self.if_block(line, rest, offset)
        if name == "set":
            return self.set_stmt(line, rest, offset)
        if name == "jump":
            target = rest.strip()
            if not TITLE.match(target):
                what = "needs a node title" if not target else f"target '{target}' is not a title"
                raise ScriptError.at(self.loc(line), f"<<jump>> {what}")
            return JumpStmt(target, self.loc(line))
        if name == "stop":
            if rest.strip():
                raise ScriptError.at(self.loc(line), "<<stop>> takes no arguments")
            return StopStmt(self.loc(line))
        if name == "declare":
            raise ScriptError.at(self.loc(line), "<<declare>> is not supported: declare flags "
                                 "in the flag data file (see docs/DIALOGUE.md)")
        args = split_command_args(rest, self.loc(line, offset))
        return CommandStmt(name, args, self.loc(line))

    def command_parts(self, line: SourceLine) -> tuple[str, str, int]:
        """Split ``<<name rest>>`` into name, the rest and the rest's offset in the line."""
        text = line.text
        close = find_close(text, 2, ">>")
        if close < 0:
            raise ScriptError.at(self.loc(line), "unclosed '<<' (missing '>>' or a closing '\"')")
        after = text[close + 2:].strip()
        if after and not after.startswith("//"):
            raise ScriptError.at(self.loc(line, close + 2), "unexpected text after '>>' "
                                 "(put the line on its own line)")
        m = _COMMAND_NAME.match(text, 2, close)
        if m is None:
            raise ScriptError.at(self.loc(line, 2), "expected a command name after '<<'")
        return m.group(1), text[m.end():close], m.end()

    # -- statements -----------------------------------------------------------------
    def dialogue_line(self, line: SourceLine) -> LineStmt:
        speaker = None
        offset = 0
        m = SPEAKER.match(line.text)
        if m and len(m.group(1)) <= MAX_SPEAKER:
            speaker = m.group(1)
            offset = m.end()
        parts = scan_line(line.text[offset:], self.loc(line, offset))
        if not parts.text.parts:
            raise ScriptError.at(self.loc(line, offset), "line has no text")
        kind = f"line:{speaker or ''}"
        tags, ident = self.take_line_id(kind, parts.text.source, parts.tags)
        return LineStmt(speaker, parts.text, tags, parts.condition, ident, self.loc(line))

    def take_line_id(self, kind: str, source: str, tags: tuple[str, ...]) -> tuple[
            tuple[str, ...], str]:
        """Use an explicit ``#line:id`` tag if given, else a hash (see ``line_id``)."""
        explicit = [t for t in tags if t.startswith("line:")]
        occurrence = self.seen[(kind, source)]
        self.seen[(kind, source)] += 1
        if explicit:
            rest = tuple(t for t in tags if not t.startswith("line:"))
            return rest, explicit[0].removeprefix("line:")
        return tags, line_id(self.raw.title, kind, source, occurrence)

    def option_group(self, level: int) -> OptionGroup:
        first = self.peek()
        assert first is not None
        options: list[Option] = []
        while (line := self.peek()) is not None and line.level == level and \
                line.text.startswith("->"):
            self.pos += 1
            body = self.new_block()
            try:
                options.append(self.option(line, body))
            except ScriptError as err:
                self.errors.append(err)
            nxt = self.peek()
            if nxt is not None and nxt.level > level:
                self.fill(body, nxt.level, in_if=False)
                nxt = self.peek()
                if nxt is not None and nxt.level > level:
                    self.fail(nxt, "inconsistent indentation in this option's body")
                    self.skip_deeper(level)
        nxt = self.peek()
        if len(options) == 1 and not self.blocks[options[0].body] and nxt is not None \
                and nxt.level == level and _keyword(nxt) not in IF_KEYWORDS:
            self.errors.append(ScriptError.at(
                options[0].loc, "option body must be indented: the line below a single "
                "'->' runs after the choice; indent it by 4 spaces to put it under the option"))
        return OptionGroup(tuple(options), self.loc(first))

    def option(self, line: SourceLine, body: int) -> Option:
        offset = 2
        parts = scan_line(line.text[offset:], self.loc(line, offset))
        if not parts.text.parts:
            raise ScriptError.at(self.loc(line), "option has no text after '->'")
        tags, ident = self.take_line_id("option", parts.text.source, parts.tags)
        return Option(parts.text, tags, parts.condition, ident, body, self.loc(line))

    def if_block(self, line: SourceLine, rest: str, offset: int) -> IfStmt:
        level = line.level
        condition: Expr | None = self.condition(line, "if", rest, offset)
        branches: list[tuple[Expr, int]] = []
        else_block: int | None = None
        while True:
            block = self.new_block()
            nxt = self.peek()
            while nxt is not None and nxt.level >= level and _keyword(nxt) not in IF_KEYWORDS:
                self.fill(block, nxt.level, in_if=True)
                nxt = self.peek()
                if nxt is not None and nxt.level >= level and _keyword(nxt) not in IF_KEYWORDS:
                    self.fail(nxt, f"inconsistent indentation inside <<if>> (started at "
                              f"line {line.number})")
            if condition is not None:
                branches.append((condition, block))
            else:
                else_block = block
            if nxt is None or nxt.level < level:
                where = self.loc(nxt) if nxt else SourceLocation(self.path, self.raw.end_line, 1)
                self.errors.append(ScriptError.at(
                    where, f"unclosed <<if>> started at line {line.number}"))
                return IfStmt(tuple(branches), else_block, self.loc(line))
            self.pos += 1
            name, extra, extra_offset = self.command_parts(nxt)
            if else_block is not None and name != "endif":
                self.fail(nxt, f"<<{name}>> after <<else>> (the <<else>> must come last)")
            if name == "endif":
                if extra.strip():
                    self.fail(nxt, "<<endif>> takes no condition")
                return IfStmt(tuple(branches), else_block, self.loc(line))
            if name == "else":
                if extra.strip():
                    self.fail(nxt, "<<else>> takes no condition (use <<elseif ...>>)")
                condition = None
            else:
                condition = self.condition(nxt, "elseif", extra, extra_offset)

    def condition(self, line: SourceLine, name: str, text: str, offset: int) -> Expr:
        if not text.strip():
            self.fail(line, f"<<{name}>> needs a condition")
            return Var("__missing__", self.loc(line))
        try:
            return parse_expression(text, self.loc(line, offset))
        except ScriptError as err:
            self.errors.append(err)
            return Var("__missing__", self.loc(line))

    def set_stmt(self, line: SourceLine, rest: str, offset: int) -> SetStmt:
        parser = ExpressionParser(rest, self.loc(line, offset))
        target = parser.take()
        if target.kind != "var":
            raise parser.error(target, "<<set>> needs a flag such as $name first")
        op = parser.take()
        if op.text not in ("to", "=", "+=", "-="):
            raise parser.error(op, f"expected 'to', '=', '+=' or '-=' after ${target.text}")
        if parser.current.kind == "end":
            raise parser.error(op, f"expected a value after '{op.text}'")
        value = parser.parse_all()
        if op.text in ("+=", "-="):
            value = Binary(op.text[0], Var(target.text, parser.loc(target)), value,
                           parser.loc(op))
        return SetStmt(target.text, value, self.loc(line))


def _keyword(line: SourceLine) -> str | None:
    """The command name if the line is a ``<<command>>`` line, else None."""
    if not line.text.startswith("<<"):
        return None
    m = _COMMAND_NAME.match(line.text, 2)
    return m.group(1) if m else ""
