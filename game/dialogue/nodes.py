"""First pass over a script file: split it into nodes and measure each body line's indent.

Keeping this separate from statement parsing means header mistakes and indentation
mistakes are reported even when the body has other errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.dialogue.errors import ScriptError, SourceLocation
from game.dialogue.limits import MAX_LINE_CHARS, MAX_SCRIPT_CHARS

TITLE = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*\Z")
_HEADER = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)[ \t]*:[ \t]*(.*)\Z")
INDENT_SPACES = 4


@dataclass(frozen=True)
class SourceLine:
    """A non-blank, non-comment body line; ``level`` counts indent steps (4 spaces or a tab)."""

    number: int
    level: int
    column: int
    text: str


@dataclass
class RawNode:
    title: str
    headers: dict[str, str]
    loc: SourceLocation
    lines: list[SourceLine] = field(default_factory=list)
    end_line: int = 0  # the '===' line (or the last line of the file if it is missing)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(self.headers.get("tags", "").split())


def split_nodes(path: str, text: str, errors: list[ScriptError]) -> list[RawNode]:
    """Nodes of one file in order; problems are appended to ``errors``."""
    splitter = _Splitter(path, errors)
    if len(text) > MAX_SCRIPT_CHARS:
        errors.append(ScriptError(path, 1, 1, f"the file is {len(text)} characters long; "
                                  f"the limit is {MAX_SCRIPT_CHARS} (split it into files)"))
        return []
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        splitter.feed(number, raw.rstrip())
    splitter.finish()
    return splitter.nodes


class _Splitter:
    def __init__(self, path: str, errors: list[ScriptError]) -> None:
        self.path = path
        self.errors = errors
        self.nodes: list[RawNode] = []
        self.headers: dict[str, str] = {}
        self.header_lines: dict[str, int] = {}
        self.first_header = 0
        self.body: RawNode | None = None
        self.indent_style: tuple[str, int] | None = None  # ("tabs"/"spaces", line)

    def error(self, line: int, column: int, message: str) -> None:
        self.errors.append(ScriptError(self.path, line, column, message))

    def feed(self, number: int, raw: str) -> None:
        if len(raw) > MAX_LINE_CHARS:
            # Checked first so no later pass (or the text layout) meets a huge line.
            self.error(number, 1, f"line is {len(raw)} characters long; "
                       f"the limit is {MAX_LINE_CHARS} (split it into several lines)")
            if self.body is not None:
                self.body.end_line = number
            return
        stripped = raw.strip()
        if self.body is not None:
            self._body_line(number, raw, stripped)
        elif not stripped or stripped.startswith("//"):
            return
        elif stripped == "---":
            self._open_body(number)
        elif stripped == "===":
            self.error(number, 1, "'===' closes a node, but no node is open here")
        else:
            self._header_line(number, raw, stripped)

    def finish(self) -> None:
        if self.body is not None:
            self.error(self.body.loc.line, 1, f"node '{self.body.title}' is not closed with '==='")
            self.nodes.append(self.body)
        elif self.headers:
            self.error(self.first_header, 1, "node header is not followed by '---'")

    def _header_line(self, number: int, raw: str, stripped: str) -> None:
        m = _HEADER.match(stripped)
        column = len(raw) - len(raw.lstrip()) + 1
        if m is None:
            self.error(number, column, "expected a header line such as 'title: name', or '---'")
            return
        key, value = m.group(1), m.group(2).strip()
        if not self.headers:
            self.first_header = number
        if key in self.headers:
            self.error(number, column, f"header '{key}' is given twice in this node")
            return
        self.headers[key] = value
        self.header_lines[key] = number

    def _open_body(self, number: int) -> None:
        if not self.headers:
            self.error(number, 1, "'---' starts a node body, but there is no 'title:' above it")
            self.headers = {"title": f"<untitled line {number}>"}
        title = self.headers.get("title", "")
        line = self.header_lines.get("title", self.first_header or number)
        if "title" not in self.headers:
            self.error(self.first_header, 1, "node has no 'title:' header")
        elif not TITLE.match(title) and not title.startswith("<untitled"):
            self.error(line, 1, f"node title '{title}' must be one word of letters, digits, "
                       "'_' or '.'")
        self.body = RawNode(title, self.headers, SourceLocation(self.path, line, 1))
        self.headers, self.header_lines, self.first_header = {}, {}, 0

    def _body_line(self, number: int, raw: str, stripped: str) -> None:
        assert self.body is not None
        self.body.end_line = number
        if stripped == "===":
            self.nodes.append(self.body)
            self.body = None
            return
        if not stripped or stripped.startswith("//"):
            return
        if stripped == "---":
            self.error(number, 1, "'---' inside a node body (is the '===' of the node above "
                       "missing?)")
            return
        indent = raw[: len(raw) - len(raw.lstrip())]
        level = self._level(number, indent)
        self.body.lines.append(SourceLine(number, level, len(indent) + 1, stripped))

    def _level(self, number: int, indent: str) -> int:
        if not indent:
            return 0
        if " " in indent and "\t" in indent:
            self.error(number, 1, "indentation mixes tabs and spaces")
            return len(indent.replace("\t", " " * INDENT_SPACES)) // INDENT_SPACES
        style = "tabs" if "\t" in indent else "spaces"
        if self.indent_style is None:
            self.indent_style = (style, number)
        elif self.indent_style[0] != style:
            first_style, first_line = self.indent_style
            self.error(number, 1, f"indented with {style}, but line {first_line} uses "
                       f"{first_style}; use one kind in a file")
        if style == "tabs":
            return len(indent)
        if len(indent) % INDENT_SPACES:
            self.error(number, 1, f"indentation must be a multiple of {INDENT_SPACES} spaces "
                       f"(found {len(indent)})")
        return -(-len(indent) // INDENT_SPACES)
