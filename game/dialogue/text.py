"""Scanning of line text: escapes, ``{interpolation}``, ``#tags``, a trailing ``<<if>>``,
and shell-like splitting of command arguments.

Writers type free prose, so the scanner is strict only where a slip would change what
the player sees: an unmatched brace, a stray ``<<``, words after the tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.dialogue.errors import ScriptError, SourceLocation
from game.dialogue.expr_ast import Expr
from game.dialogue.expr_parser import parse_expression
from game.dialogue.model import CommandArg, Template

# ``\{`` shows a brace, ``\#`` a hash, ``\<`` a bracket, ``\/`` a slash (so ``\//`` is not a
# comment), ``\\`` a backslash.
ESCAPES = frozenset("{}#<>/\\\"")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")


@dataclass(frozen=True)
class LineParts:
    """A scanned line: text template, tags, and the ``<<if>>`` condition if any."""

    text: Template
    tags: tuple[str, ...]
    condition: Expr | None


def at(start: SourceLocation, offset: int) -> SourceLocation:
    """The location ``offset`` characters to the right of ``start``."""
    return SourceLocation(start.path, start.line, start.column + offset)


def find_close(s: str, i: int, closer: str) -> int:
    """Index of ``closer`` at or after ``i``, skipping quoted strings and ``{…}``."""
    depth = 0
    quoted = False
    # Runs of characters that change nothing are skipped in one step (re caches these).
    plain = re.compile('[^"{}' + re.escape(closer[0]) + "]+")
    while i < len(s):
        run = (_IN_QUOTES if quoted else plain).match(s, i)
        if run is not None:
            i = run.end()
            continue
        ch = s[i]
        if quoted:
            if ch == "\\":
                i += 1
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif s.startswith(closer, i) and depth == 0:
            return i
        elif ch == "{":
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
        i += 1
    return -1


_IN_QUOTES = re.compile(r'[^"\\]+')  # inside a string only a quote or an escape matters
_PLAIN = re.compile(r"[^/#<\\{}]+")  # never a comment, tag, condition, escape or brace


def scan_line(content: str, start: SourceLocation) -> LineParts:
    """Scan the text of a line or option (after ``Speaker:`` or ``->``)."""
    parts: list[str | Expr] = []
    buffer: list[str] = []
    tags: list[str] = []
    condition: Expr | None = None
    tail_start: int | None = None
    i = 0
    n = len(content)
    while i < n:
        ch = content[i]
        if content.startswith("//", i):
            break
        if ch in " \t" and tail_start is not None:
            i += 1
        elif ch == "#":
            tail_start = i if tail_start is None else tail_start
            j = i + 1
            while j < n and content[j] not in " \t#" and not content.startswith("<<", j):
                j += 1
            if j == i + 1:
                raise ScriptError.at(at(start, i), "empty tag: '#' must be followed by a word")
            tags.append(content[i + 1:j])
            i = j
        elif content.startswith("<<", i):
            tail_start = i if tail_start is None else tail_start
            if condition is not None:
                raise ScriptError.at(at(start, i), "a line can have only one <<if>>")
            condition, i = _trailing_condition(content, i, start)
        elif tail_start is not None:
            raise ScriptError.at(
                at(start, i),
                "text after the tags or <<if>> at the end of the line (write '\\#' to show '#')",
            )
        elif ch == "\\":
            buffer.append(_escape(content, i, start))
            i += 2
        elif ch == "{":
            expr, i = _interpolation(content, i, start)
            _flush(buffer, parts)
            parts.append(expr)
        elif ch == "}":
            raise ScriptError.at(at(start, i), "unmatched '}' (write '\\}' to show a brace)")
        else:
            # A run of characters none of the branches above looks at is plain text:
            # taken in one go (startup parses every line of the story).
            run = _PLAIN.match(content, i)
            end_of_run = run.end() if run is not None else i + 1
            buffer.append(content[i:end_of_run])
            i = end_of_run
    _flush(buffer, parts)
    end = tail_start if tail_start is not None else i
    source = content[:end].strip()
    return LineParts(Template(_trim(parts), source), tuple(tags), condition)


def split_command_args(text: str, start: SourceLocation) -> tuple[CommandArg, ...]:
    """Split ``Kara 12 "Blue Rose" speed={$s}`` shell-like; quotes keep spaces together."""
    args: list[CommandArg] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in " \t":
            i += 1
            continue
        begin = i
        key = None
        m = _KEY.match(text, i)
        if m:
            key = m.group(0)[:-1]
            i = m.end()
        parts: list[str | Expr] = []
        buffer: list[str] = []
        quoted = False
        quote_at = i
        while i < n and (quoted or text[i] not in " \t"):
            ch = text[i]
            if ch == '"':
                quoted = not quoted
                quote_at = i
                i += 1
            elif ch == "\\":
                buffer.append(_escape(text, i, start))
                i += 2
            elif ch == "{":
                expr, i = _interpolation(text, i, start)
                _flush(buffer, parts)
                parts.append(expr)
            else:
                buffer.append(ch)
                i += 1
        if quoted:
            raise ScriptError.at(at(start, quote_at), "unclosed '\"' in command")
        _flush(buffer, parts)
        args.append(CommandArg(key, Template(tuple(parts) or ("",), text[begin:i])))
    return tuple(args)


def _escape(s: str, i: int, start: SourceLocation) -> str:
    if i + 1 >= len(s) or s[i + 1] not in ESCAPES:
        shown = s[i:i + 2]
        raise ScriptError.at(
            at(start, i), f"unknown escape '{shown}' (write '\\\\' to show a backslash)"
        )
    return s[i + 1]


def _interpolation(s: str, i: int, start: SourceLocation) -> tuple[Expr, int]:
    close = find_close(s, i + 1, "}")
    if close < 0:
        raise ScriptError.at(at(start, i), "unclosed '{' (write '\\{' to show a brace)")
    inner = s[i + 1:close]
    if not inner.strip():
        raise ScriptError.at(at(start, i), "empty '{}': put a flag or expression inside")
    return parse_expression(inner, at(start, i + 1)), close + 1


def _trailing_condition(s: str, i: int, start: SourceLocation) -> tuple[Expr, int]:
    close = find_close(s, i + 2, ">>")
    if close < 0:
        raise ScriptError.at(at(start, i), "unclosed '<<' (missing '>>')")
    inner = s[i + 2:close]
    m = re.match(r"\s*if\b", inner)
    if m is None:
        raise ScriptError.at(
            at(start, i),
            "only <<if ...>> can follow text on a line; put commands on their own line "
            "(write '\\<' to show '<')",
        )
    cond_text = inner[m.end():]
    if not cond_text.strip():
        raise ScriptError.at(at(start, i), "<<if>> needs a condition")
    return parse_expression(cond_text, at(start, i + 2 + m.end())), close + 2


def _flush(buffer: list[str], parts: list[str | Expr]) -> None:
    if buffer:
        parts.append("".join(buffer))
        buffer.clear()


def _trim(parts: list[str | Expr]) -> tuple[str | Expr, ...]:
    """Drop the spaces before the tail and after the speaker colon; keep inner spacing."""
    if parts and isinstance(parts[0], str):
        parts[0] = parts[0].lstrip()
    if parts and isinstance(parts[-1], str):
        parts[-1] = parts[-1].rstrip()
    return tuple(p for p in parts if p != "")
