"""Expression trees for conditions, ``<<set>>`` and ``{interpolation}``, and their printer.

Locations are excluded from equality so two parses of the same text compare equal and
the printer round trip (``parse(to_source(e)) == e``) can be tested.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.dialogue.errors import SourceLocation

Value = bool | int | float | str
NOWHERE = SourceLocation("<expr>", 1, 1)

# Binding strength of binary operators, weakest first. ``not`` sits between ``and`` and
# comparisons (as in Python) so ``not $a == 1`` means ``not ($a == 1)``.
BINARY_PRECEDENCE: dict[str, int] = {
    "or": 1,
    "and": 2,
    "==": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4,
    "+": 5, "-": 5,
    "*": 6, "/": 6, "%": 6,
}
NOT_PRECEDENCE = 3
NEG_PRECEDENCE = 7
ATOM_PRECEDENCE = 8

# Every function a script may call, with its argument count. Unknown names are parse
# errors so a typo such as ``visitd`` never reaches the player.
FUNCTIONS: dict[str, int] = {"visited": 1, "visited_count": 1, "random_range": 2, "dice": 1}


@dataclass(frozen=True)
class Literal:
    value: Value
    loc: SourceLocation = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True)
class Var:
    name: str
    loc: SourceLocation = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True)
class Unary:
    op: str  # "not" or "-"
    operand: Expr
    loc: SourceLocation = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True)
class Binary:
    op: str
    left: Expr
    right: Expr
    loc: SourceLocation = field(default=NOWHERE, compare=False, repr=False)


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Expr, ...]
    loc: SourceLocation = field(default=NOWHERE, compare=False, repr=False)


Expr = Literal | Var | Unary | Binary | Call


def variables(expr: Expr) -> list[Var]:
    """Every flag read by ``expr``, in source order (for the linter and type checks)."""
    found: list[Var] = []
    _walk(expr, found)
    return found


def _walk(expr: Expr, found: list[Var]) -> None:
    if isinstance(expr, Var):
        found.append(expr)
    elif isinstance(expr, Unary):
        _walk(expr.operand, found)
    elif isinstance(expr, Binary):
        _walk(expr.left, found)
        _walk(expr.right, found)
    elif isinstance(expr, Call):
        for arg in expr.args:
            _walk(arg, found)


def calls(expr: Expr) -> list[Call]:
    """Every function call inside ``expr`` (``visited("x")`` names a node to check)."""
    out: list[Call] = []
    stack: list[Expr] = [expr]
    while stack:
        e = stack.pop()
        if isinstance(e, Call):
            out.append(e)
            stack.extend(reversed(e.args))
        elif isinstance(e, Unary):
            stack.append(e.operand)
        elif isinstance(e, Binary):
            stack.extend((e.right, e.left))
    return out


def to_source(expr: Expr) -> str:
    """Canonical text for ``expr`` with only the parentheses it needs."""
    return _print(expr)


def format_literal(value: Value) -> str:
    """Script spelling of a literal: ``true``, ``3``, ``2.5``, ``"quoted"``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


def _precedence(expr: Expr) -> int:
    if isinstance(expr, Binary):
        return BINARY_PRECEDENCE[expr.op]
    if isinstance(expr, Unary):
        return NOT_PRECEDENCE if expr.op == "not" else NEG_PRECEDENCE
    return ATOM_PRECEDENCE


def _wrap(expr: Expr, minimum: int) -> str:
    text = _print(expr)
    return f"({text})" if _precedence(expr) < minimum else text


def _print(expr: Expr) -> str:
    if isinstance(expr, Literal):
        return format_literal(expr.value)
    if isinstance(expr, Var):
        return f"${expr.name}"
    if isinstance(expr, Call):
        return f"{expr.name}({', '.join(_print(a) for a in expr.args)})"
    if isinstance(expr, Unary):
        if expr.op == "not":
            return "not " + _wrap(expr.operand, NOT_PRECEDENCE)
        return "-" + _wrap(expr.operand, NEG_PRECEDENCE)
    prec = BINARY_PRECEDENCE[expr.op]
    # Operators are left-associative: a right operand of equal strength needs brackets.
    return f"{_wrap(expr.left, prec)} {expr.op} {_wrap(expr.right, prec + 1)}"
