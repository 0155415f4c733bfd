"""Evaluates expression trees with the same type rules the static checker uses.

Yarn has three value types: bool, number and string. Mixing them (``"a" + true``,
``3 == false``) is a mistake in a script, so it is an error with the script location
rather than a Python coercion that would hide the typo.
"""

from __future__ import annotations

import math
import random
from typing import Protocol

from game.dialogue.errors import DialogueRuntimeError, FlagError, SourceLocation
from game.dialogue.expr_ast import Binary, Call, Expr, Literal, Unary, Value, Var
from game.dialogue.limits import MAX_LINE_CHARS, MAX_NUMBER, in_range

ARITHMETIC = frozenset({"+", "-", "*", "/", "%"})
ORDERING = frozenset({"<", "<=", ">", ">="})
EQUALITY = frozenset({"==", "!="})
LOGIC = frozenset({"and", "or"})


class Environment(Protocol):
    """What an expression may read: flags, node visit counts and the seeded random source."""

    rng: random.Random

    def flag(self, name: str) -> Value: ...

    def visit_count(self, node: str) -> int: ...


def type_name(value: Value) -> str:
    """Yarn's name for the type of ``value``: ``bool``, ``number`` or ``string``."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    return "string"


def format_value(value: Value) -> str:
    """How a value appears in a line of text: ``true``, ``3``, ``2.5``, ``Kara``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def evaluate(expr: Expr, env: Environment) -> Value:
    """The value of ``expr``; raises ``DialogueRuntimeError`` at the faulty operator."""
    if isinstance(expr, Literal):
        return expr.value
    if isinstance(expr, Var):
        try:
            return env.flag(expr.name)
        except FlagError as err:
            raise DialogueRuntimeError.at(expr.loc, str(err)) from None
    if isinstance(expr, Unary):
        value = evaluate(expr.operand, env)
        if expr.op == "not":
            return not _expect(value, "bool", expr.loc, "'not' needs true or false")
        return -_number(value, expr.loc, "'-' needs a number")
    if isinstance(expr, Binary):
        return _binary(expr, env)
    return _call(expr, env)


def evaluate_condition(expr: Expr, env: Environment) -> bool:
    """Evaluate a condition, which must produce true or false (not 0/1, not a string)."""
    value = evaluate(expr, env)
    if not isinstance(value, bool):
        raise DialogueRuntimeError.at(
            expr.loc, f"condition must be true or false, got {type_name(value)} {value!r}"
        )
    return value


def _number(value: Value, loc: SourceLocation, message: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DialogueRuntimeError.at(loc, f"{message}, got {type_name(value)}")
    return value


def _expect(value: Value, wanted: str, loc: SourceLocation, message: str) -> Value:
    got = type_name(value)
    if got != wanted:
        raise DialogueRuntimeError.at(loc, f"{message}, got {got}")
    return value


def _binary(expr: Binary, env: Environment) -> Value:
    op = expr.op
    left = evaluate(expr.left, env)
    if op in LOGIC:  # short-circuit, like Yarn and Python
        _expect(left, "bool", expr.loc, f"'{op}' needs true or false on the left")
        if (op == "and" and not left) or (op == "or" and left):
            return left
        right = evaluate(expr.right, env)
        return _expect(right, "bool", expr.loc, f"'{op}' needs true or false on the right")
    right = evaluate(expr.right, env)
    problem = operand_problem(op, type_name(left), type_name(right))
    if problem:
        raise DialogueRuntimeError.at(expr.loc, problem)
    if op in EQUALITY:
        return (left == right) == (op == "==")
    if op in ORDERING:
        return _ORDER[op](left, right)
    if op == "+":
        result = left + right  # type: ignore[operator]
        if isinstance(result, str):
            if len(result) > MAX_LINE_CHARS:
                raise DialogueRuntimeError.at(expr.loc, f"'+' makes a string longer than "
                                              f"{MAX_LINE_CHARS} characters")
            return result
        return _bounded(result, expr)
    if op in ("/", "%") and right == 0:
        raise DialogueRuntimeError.at(expr.loc, f"division by zero in '{op}'")
    return _bounded(_ARITH[op](left, right), expr)


def _bounded(value: int | float, expr: Binary) -> int | float:
    """Arithmetic stays finite and in range, so repeated ``*`` cannot build huge numbers."""
    if not in_range(value):
        raise DialogueRuntimeError.at(expr.loc, f"'{expr.op}' gives a number out of range "
                                      f"(at most {MAX_NUMBER:g} either way)")
    return value


def operand_problem(op: str, left: str, right: str) -> str | None:
    """Why ``left op right`` is a type error (type names), or None; shared with the checker."""
    pair = f"{left} and {right}"
    if op in EQUALITY and left != right:
        return f"can't compare {pair} with '{op}'"
    if op in ORDERING and (left, right) != ("number", "number"):
        return f"'{op}' compares two numbers, got {pair}"
    if op == "+" and not (left == right and left in ("number", "string")):
        return f"'+' needs two numbers or two strings, got {pair}"
    if op in ARITHMETIC and op != "+" and (left, right) != ("number", "number"):
        return f"'{op}' needs two numbers, got {pair}"
    if op in LOGIC and (left, right) != ("bool", "bool"):
        return f"'{op}' needs true or false on both sides, got {pair}"
    return None


_ORDER = {
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}
_ARITH = {
    "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b,
}


def _call(expr: Call, env: Environment) -> Value:
    args = [evaluate(a, env) for a in expr.args]
    name = expr.name
    if name in ("visited", "visited_count"):
        node = _expect(args[0], "string", expr.loc, f"{name}() needs a node name in quotes")
        count = env.visit_count(str(node))
        return count > 0 if name == "visited" else count
    whole = [_whole_number(a, name, expr.loc) for a in args]
    if name == "dice":
        if whole[0] < 1:
            raise DialogueRuntimeError.at(expr.loc, f"dice() needs at least 1 side, got {whole[0]}")
        return env.rng.randint(1, whole[0])
    low, high = whole
    if low > high:
        raise DialogueRuntimeError.at(expr.loc, f"random_range({low}, {high}): low is above high")
    return env.rng.randint(low, high)


def _whole_number(value: Value, name: str, loc: SourceLocation) -> int:
    number = _number(value, loc, f"{name}() needs whole numbers")
    if math.isinf(number) or not float(number).is_integer():
        raise DialogueRuntimeError.at(loc, f"{name}() needs whole numbers, got {value!r}")
    return int(number)
