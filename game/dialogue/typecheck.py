"""Static type checks, so most type clashes are found by the linter, not by a player.

Without flag declarations only literals and function results have known types; with
them (``check_program(program, flag_types)``) every ``$flag`` is typed too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from game.dialogue.errors import ScriptError
from game.dialogue.evaluate import operand_problem, type_name
from game.dialogue.expr_ast import Binary, Call, Expr, Literal, Unary, Var, variables
from game.dialogue.model import CommandStmt, IfStmt, LineStmt, Node, OptionGroup, SetStmt

FUNCTION_TYPES = {"visited": "bool", "visited_count": "number", "random_range": "number",
                  "dice": "number"}
FUNCTION_ARGS = {"visited": ("string",), "visited_count": ("string",),
                 "random_range": ("number", "number"), "dice": ("number",)}
PY_TYPE_NAMES = {bool: "bool", int: "number", float: "number", str: "string"}


def infer(expr: Expr, flag_types: Mapping[str, str], errors: list[ScriptError]) -> str | None:
    """Type name of ``expr`` (``bool``/``number``/``string``) or None when unknown."""
    if isinstance(expr, Literal):
        return type_name(expr.value)
    if isinstance(expr, Var):
        return flag_types.get(expr.name)
    if isinstance(expr, Unary):
        inner = infer(expr.operand, flag_types, errors)
        wanted = "bool" if expr.op == "not" else "number"
        if inner is not None and inner != wanted:
            what = "'not' needs true or false" if wanted == "bool" else "'-' needs a number"
            errors.append(ScriptError.at(expr.loc, f"{what}, got {inner}"))
        return wanted
    if isinstance(expr, Binary):
        left = infer(expr.left, flag_types, errors)
        right = infer(expr.right, flag_types, errors)
        if left is not None and right is not None:
            problem = operand_problem(expr.op, left, right)
            if problem:
                errors.append(ScriptError.at(expr.loc, problem))
        if expr.op == "+":  # numbers or strings: whichever side is known
            return left or right
        return "number" if expr.op in ("-", "*", "/", "%") else "bool"
    assert isinstance(expr, Call)
    for arg, wanted in zip(expr.args, FUNCTION_ARGS[expr.name], strict=True):
        got = infer(arg, flag_types, errors)
        if got is not None and got != wanted:
            errors.append(ScriptError.at(arg.loc, f"{expr.name}() needs a {wanted} here, "
                                         f"got {got}"))
    return FUNCTION_TYPES[expr.name]


def check_condition(expr: Expr, flag_types: Mapping[str, str], errors: list[ScriptError]) -> None:
    kind = infer(expr, flag_types, errors)
    if kind is not None and kind != "bool":
        errors.append(ScriptError.at(expr.loc, f"condition must be true or false, got {kind}"))


def check_node(node: Node, flag_types: Mapping[str, str] | None = None) -> list[ScriptError]:
    """Type errors in one node; ``flag_types`` maps flag names to type names."""
    types = flag_types or {}
    errors: list[ScriptError] = []
    for stmt in node.statements():
        for expr, is_condition in _expressions(stmt):
            if is_condition:
                check_condition(expr, types, errors)
            else:
                infer(expr, types, errors)
        if isinstance(stmt, SetStmt) and stmt.name in types:
            got = infer(stmt.value, types, [])  # errors inside were reported above
            if got is not None and got != types[stmt.name]:
                errors.append(ScriptError.at(stmt.loc, f"${stmt.name} holds a "
                                             f"{types[stmt.name]}, but is set to a {got}"))
    return errors


def check_program(nodes: Iterable[Node], declared: Mapping[str, type],
                  known_flag: Callable[[str], bool] | None = None) -> list[ScriptError]:
    """Type errors and unknown flags across nodes, given declared Python flag types."""
    types = {name: PY_TYPE_NAMES[kind] for name, kind in declared.items()}
    is_known = known_flag or (lambda name: name in declared)
    errors: list[ScriptError] = []
    for node in nodes:
        errors.extend(check_node(node, types))
        for stmt in node.statements():
            for expr, _ in _expressions(stmt):
                for var in variables(expr):
                    if not is_known(var.name):
                        errors.append(ScriptError.at(var.loc, f"unknown flag ${var.name}"))
            if isinstance(stmt, SetStmt) and not is_known(stmt.name):
                errors.append(ScriptError.at(stmt.loc, f"unknown flag ${stmt.name}"))
    unique = {str(e): e for e in errors}  # a flag read twice in one expression reports once
    return sorted(unique.values(), key=lambda e: (e.path, e.line, e.column, e.message))


def _expressions(stmt: object) -> list[tuple[Expr, bool]]:
    """Expressions in a statement, each with whether it is a condition."""
    out: list[tuple[Expr, bool]] = []
    if isinstance(stmt, LineStmt):
        out += [(e, False) for e in stmt.text.expressions()]
        if stmt.condition is not None:
            out.append((stmt.condition, True))
    elif isinstance(stmt, OptionGroup):
        for option in stmt.options:
            out += [(e, False) for e in option.text.expressions()]
            if option.condition is not None:
                out.append((option.condition, True))
    elif isinstance(stmt, IfStmt):
        out += [(cond, True) for cond, _ in stmt.branches]
    elif isinstance(stmt, SetStmt):
        out.append((stmt.value, False))
    elif isinstance(stmt, CommandStmt):
        for arg in stmt.args:
            out += [(e, False) for e in arg.value.expressions()]
    return out
