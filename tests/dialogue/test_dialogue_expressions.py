"""Expressions: evaluation, static type checks, and the print/parse round trip."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.dialogue import compile_sources
from game.dialogue.errors import DialogueRuntimeError, ScriptError, SourceLocation
from game.dialogue.evaluate import evaluate
from game.dialogue.expr_ast import FUNCTIONS, Binary, Call, Expr, Literal, Unary, Var, to_source
from game.dialogue.expr_parser import parse_expression
from game.dialogue.typecheck import check_program, infer

HERE = SourceLocation("e.yarn", 1, 1)


class Env:
    rng = random.Random(0)

    def __init__(self, **flags: object) -> None:
        self.flags = flags

    def flag(self, name: str) -> object:
        return self.flags[name]

    def visit_count(self, node: str) -> int:
        return {"garden": 2}.get(node, 0)


def ev(text: str, **flags: object) -> object:
    return evaluate(parse_expression(text, HERE), Env(**flags))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 + 2 * 3", 7), ("(1 + 2) * 3", 9), ("7 % 3", 1), ("7 / 2", 3.5), ("-2 - -3", 1),
        ("2 - 3 - 4", -5), ('"a" + "b"', "ab"), ("not true or true", True),
        ("not (true or true)", False), ("1 < 2 and 2 <= 2 and 3 > 2 and 3 >= 3", True),
        ("$x is 3", True), ("$x eq 3 && $x neq 4", True), ("!$b", True),
        ('visited("garden")', True), ('visited("attic")', False),
        ('visited_count("garden") + 1', 3), ("1.5 + 1", 2.5), ("$s == \"hi\"", True),
        ("not $x == 4", True),  # Python precedence: not ($x == 4)
    ],
)
def test_evaluation(text: str, value: object) -> None:
    assert ev(text, x=3, b=False, s="hi") == value


def test_and_or_short_circuit_skips_type_errors_on_the_right() -> None:
    assert ev("false and 1 + true") is False
    assert ev("true or $missing") is True


def test_runtime_type_error_points_at_operator() -> None:
    with pytest.raises(DialogueRuntimeError) as info:
        evaluate(parse_expression("$a + $b", SourceLocation("x.yarn", 4, 10)), Env(a="s", b=True))
    assert str(info.value) == (
        "x.yarn:4:13: '+' needs two numbers or two strings, got string and bool")


def test_static_types_from_declarations() -> None:
    program = compile_sources([("t.yarn", "title: a\n---\n<<if $trust and $knelt>>\n<<endif>>\n"
                                "<<set $knelt to 3>>\n<<set $nope to 1>>\n===\n")])
    messages = [str(e) for e in check_program(program.nodes.values(),
                                              {"trust": int, "knelt": bool})]
    assert messages == [
        "t.yarn:3:13: 'and' needs true or false on both sides, got number and bool",
        "t.yarn:5:1: $knelt holds a bool, but is set to a number",
        "t.yarn:6:1: unknown flag $nope",
    ]


def test_infer_leaves_unknown_flags_unknown() -> None:
    errors: list[ScriptError] = []
    assert infer(parse_expression("$a + 1", HERE), {}, errors) == "number"
    assert infer(parse_expression("$a + $b", HERE), {}, errors) is None
    assert infer(parse_expression("$a == $b", HERE), {}, errors) == "bool"
    assert errors == []


# -- property tests -----------------------------------------------------------------

names = st.from_regex(r"[a-z_][a-z0-9_]{0,6}", fullmatch=True).filter(
    lambda n: n not in ("true", "false"))
literals = st.one_of(
    st.booleans(),
    st.integers(min_value=0, max_value=10**6),
    st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=8),
).map(Literal)
leaves = st.one_of(literals, names.map(Var))


def _extend(children: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
    ops = ["or", "and", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%"]
    calls = st.sampled_from(sorted(FUNCTIONS)).flatmap(
        lambda f: st.tuples(*[children] * FUNCTIONS[f]).map(lambda args: Call(f, args)))
    return st.one_of(
        st.tuples(st.sampled_from(ops), children, children).map(lambda t: Binary(*t)),
        st.tuples(st.sampled_from(["not", "-"]), children).map(lambda t: Unary(*t)),
        calls,
    )


expressions = st.recursive(leaves, _extend, max_leaves=12)


@given(expressions)
def test_printing_then_parsing_gives_the_same_tree(expr: Expr) -> None:
    assert parse_expression(to_source(expr), HERE) == expr


@given(st.text(max_size=40))
def test_expression_parser_only_raises_script_errors(text: str) -> None:
    try:
        parse_expression(text, HERE)
    except ScriptError as err:
        assert err.line == 1 and err.column >= 1
