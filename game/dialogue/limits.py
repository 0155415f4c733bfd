"""Size limits of the script language, so any text parses or fails with a located error.

A writer never comes near these; they exist so that a damaged or hostile file (400 nested
``<<if>>``, 5,000 brackets, a 5,001-digit number, a 1 MB line) ends in a ``ScriptError``
with file:line:col instead of a ``RecursionError``, a ``ValueError`` or a hang. Each limit
keeps the parser's recursion far below Python's default depth.
"""

from __future__ import annotations

import math

from game.dialogue.errors import ScriptError, SourceLocation

MAX_SCRIPT_CHARS = 4_000_000  # one script file; ours are under 100,000
MAX_LINE_CHARS = 2000  # one script line; the longest real line is about 130
MAX_BLOCK_DEPTH = 16  # <<if>> and option bodies nested inside each other
MAX_EXPR_DEPTH = 32  # brackets and prefix operators nested inside each other
MAX_EXPR_TOKENS = 128  # tokens in one expression (bounds the depth of operator chains)
MAX_NUMBER_CHARS = 24  # characters in one number literal
MAX_NUMBER = 1e15  # largest magnitude of a number in a script or computed by one


def number_literal(raw: str, loc: SourceLocation) -> int | float:
    """The value of a number written in a script: finite and within ``MAX_NUMBER``.

    Checks the length before converting, since ``int()`` of thousands of digits is
    slow and Python refuses more than 4,300 with a ``ValueError``.
    """
    if len(raw) > MAX_NUMBER_CHARS:
        raise ScriptError.at(loc, f"number is too long ({len(raw)} characters; at most "
                             f"{MAX_NUMBER_CHARS})")
    try:
        value: int | float = float(raw) if any(c in raw for c in ".eE") else int(raw)
    except ValueError:
        raise ScriptError.at(loc, f"'{raw}' is not a number") from None
    if not in_range(value):
        raise ScriptError.at(loc, f"number {raw} is out of range (at most {MAX_NUMBER:g} "
                             "either way)")
    return value


def in_range(value: int | float) -> bool:
    """True for a finite number no bigger than ``MAX_NUMBER`` either way."""
    return math.isfinite(value) and abs(value) <= MAX_NUMBER
