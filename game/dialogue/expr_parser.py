"""Tokenizer and precedence-climbing parser for script expressions.

Yarn's word aliases (``is``, ``eq``, ``lte``…) and C-style ``&& || !`` are folded into one
canonical operator set here, so nothing downstream ever sees two spellings.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from game.dialogue.errors import ScriptError, SourceLocation
from game.dialogue.expr_ast import (
    BINARY_PRECEDENCE,
    FUNCTIONS,
    Binary,
    Call,
    Expr,
    Literal,
    Unary,
    Var,
)
from game.dialogue.limits import (
    MAX_EXPR_DEPTH,
    MAX_EXPR_TOKENS,
    MAX_NUMBER,
    MAX_NUMBER_CHARS,
    number_literal,
)

WORD_OPERATORS = {
    "and": "and", "or": "or", "not": "not",
    "is": "==", "eq": "==", "neq": "!=",
    "lt": "<", "lte": "<=", "gt": ">", "gte": ">=",
}
SYMBOL_ALIASES = {"&&": "and", "||": "or", "!": "not"}
_SYMBOLS = ("==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "<", ">", "+", "-", "*", "/", "%",
            "!", "=", "(", ")", ",")
_NUMBER = r"[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"
_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
IDENTIFIER = re.compile(_NAME + r"\Z")
# One pass over the text: each alternative is one kind of token, tried in this order
# (the longest symbols first); `bad` takes any other character, whose error is worded
# by `_bad`. A string is a quote, then plain characters or a backslash and the one
# after it, then a quote: only \" and \\ are escapes, any other backslash is kept.
_TOKENS = re.compile("|".join((
    r"(?P<space>[ \t]+)",
    rf"(?P<num>{_NUMBER})",
    r'(?P<str>"(?:[^"\\]|\\.)*")',
    rf"(?P<var>\$(?P<flag>{_NAME}))",
    rf"(?P<name>{_NAME})",
    "(?P<op>" + "|".join(re.escape(s) for s in _SYMBOLS) + ")",
    r"(?P<bad>.)",
)), re.DOTALL)
# A whole number of this many digits or fewer is always in range: no checks, no place.
_SAFE_DIGITS = min(len(str(int(MAX_NUMBER))) - 1, MAX_NUMBER_CHARS)
_ESCAPE = re.compile(r'\\(["\\])')


class Token(NamedTuple):
    kind: str  # "num", "str", "var", "name", "op", "end"
    text: str
    value: object
    offset: int


def tokenize(text: str, start: SourceLocation) -> list[Token]:
    """Split expression text into tokens; offsets are relative to ``start``."""
    tokens: list[Token] = []
    for match in _TOKENS.finditer(text):
        kind, raw, i = match.lastgroup, match.group(), match.start()
        if kind == "space":
            continue
        if kind == "num":
            num = int(raw) if len(raw) <= _SAFE_DIGITS and raw.isdigit() else number_literal(
                raw, SourceLocation(start.path, start.line, start.column + i))
            tokens.append(Token("num", raw, num, i))
        elif kind == "str":
            tokens.append(Token("str", raw, _ESCAPE.sub(r"\1", raw[1:-1]), i))
        elif kind == "var":
            name = match.group("flag")
            tokens.append(Token("var", name, name, i))
        elif kind == "name" or kind == "op":
            tokens.append(Token(kind, raw, raw, i))
        else:
            raise _bad(start, i, raw)
        if len(tokens) > MAX_EXPR_TOKENS:
            raise _error(start, match.end(), f"expression is too long (more than "
                         f"{MAX_EXPR_TOKENS} parts); split it with <<set>> into smaller steps")
    tokens.append(Token("end", "", None, len(text)))
    return tokens


def _bad(start: SourceLocation, offset: int, ch: str) -> ScriptError:
    """The error for a character that starts no token."""
    if ch == '"':
        return _error(start, offset, "unterminated string (missing closing '\"')")
    if ch == "$":
        return _error(start, offset, "expected a flag name after '$'")
    if ch.isalpha():  # a non-ASCII letter
        return _error(start, offset, f"unexpected character {ch!r}")
    return _error(start, offset, f"unexpected character {ch!r} in expression")


def _error(start: SourceLocation, offset: int, message: str) -> ScriptError:
    return ScriptError(start.path, start.line, start.column + offset, message)


class ExpressionParser:
    """Parses tokens into an ``Expr``; ``<<set>>`` reuses it to read its target first."""

    def __init__(self, text: str, start: SourceLocation) -> None:
        self.start = start
        self.tokens = tokenize(text, start)
        self.pos = 0
        self.depth = 0  # brackets and prefix operators open now (see MAX_EXPR_DEPTH)

    @property
    def current(self) -> Token:
        return self.tokens[self.pos]

    def take(self) -> Token:
        token = self.tokens[self.pos]
        if token.kind != "end":
            self.pos += 1
        return token

    def loc(self, token: Token) -> SourceLocation:
        return SourceLocation(self.start.path, self.start.line, self.start.column + token.offset)

    def error(self, token: Token, message: str) -> ScriptError:
        return ScriptError.at(self.loc(token), message)

    def parse_all(self) -> Expr:
        expr = self.parse_expression()
        self.expect_end()
        return expr

    def expect_end(self) -> None:
        token = self.current
        if token.kind != "end":
            if token.text == "=":
                raise self.error(token, "'=' is not a comparison; use '==' or 'is'")
            raise self.error(token, f"unexpected '{token.text}' in expression")

    def parse_expression(self, min_prec: int = 1) -> Expr:
        self._descend()
        try:
            return self._parse_binary(min_prec)
        finally:
            self.depth -= 1

    def _descend(self) -> None:
        """Count one level of nesting; too many is a script error, not a RecursionError."""
        self.depth += 1
        if self.depth > MAX_EXPR_DEPTH:
            raise self.error(self.current, f"expression nested too deeply (more than "
                             f"{MAX_EXPR_DEPTH} levels of brackets or operators)")

    def _parse_binary(self, min_prec: int) -> Expr:
        left = self._parse_prefix(min_prec)
        while True:
            token = self.current
            op = _binary_op(token)
            if op is None or BINARY_PRECEDENCE[op] < min_prec:
                return left
            self.take()
            if self.current.kind == "end":
                raise self.error(token, f"expected an expression after '{token.text}'")
            right = self.parse_expression(BINARY_PRECEDENCE[op] + 1)
            left = Binary(op, left, right, self.loc(token))

    def _parse_prefix(self, min_prec: int) -> Expr:
        token = self.current
        op = _unary_op(token)
        if op == "not" and min_prec <= 3:
            self.take()
            return Unary("not", self._operand(token, 3), self.loc(token))
        if op == "not":
            # ``1 == not $x``: Python rejects it too; brackets make intent explicit.
            raise self.error(token, "put brackets around a 'not' used inside a comparison")
        if op == "-":
            self.take()
            return Unary("-", self._operand(token, 7), self.loc(token))
        return self._parse_atom()

    def _operand(self, op_token: Token, prec: int) -> Expr:
        if self.current.kind == "end":
            raise self.error(op_token, f"expected an expression after '{op_token.text}'")
        if prec <= 3:
            return self.parse_expression(prec)
        self._descend()
        try:
            return self._parse_prefix(prec)
        finally:
            self.depth -= 1

    def _parse_atom(self) -> Expr:
        token = self.take()
        loc = self.loc(token)
        if token.kind in ("num", "str"):
            assert isinstance(token.value, (int, float, str))
            return Literal(token.value, loc)
        if token.kind == "var":
            return Var(token.text, loc)
        if token.kind == "name":
            if token.text in ("true", "false"):
                return Literal(token.text == "true", loc)
            if self.current.text == "(":
                return self._parse_call(token)
            if token.text in WORD_OPERATORS:
                raise self.error(token, f"expected a value before '{token.text}'")
            raise self.error(token, f"unknown name '{token.text}' (flags start with '$')")
        if token.text == "(":
            inner = self.parse_expression()
            if self.current.text != ")":
                raise self.error(token, "unclosed '(' in expression")
            self.take()
            return inner
        if token.kind == "end":
            raise self.error(token, "expected an expression")
        raise self.error(token, f"unexpected '{token.text}' in expression")

    def _parse_call(self, name: Token) -> Expr:
        if name.text not in FUNCTIONS:
            known = ", ".join(sorted(FUNCTIONS))
            raise self.error(name, f"unknown function '{name.text}' (known: {known})")
        self.take()  # "("
        args: list[Expr] = []
        if self.current.text != ")":
            while True:
                args.append(self.parse_expression())
                if self.current.text != ",":
                    break
                self.take()
        if self.current.text != ")":
            raise self.error(name, f"unclosed '(' after {name.text}")
        self.take()
        wanted = FUNCTIONS[name.text]
        if len(args) != wanted:
            plural = "argument" if wanted == 1 else "arguments"
            raise self.error(
                name, f"{name.text}() takes {wanted} {plural} ({len(args)} given)"
            )
        return Call(name.text, tuple(args), self.loc(name))


def _binary_op(token: Token) -> str | None:
    if token.kind == "op":
        op = SYMBOL_ALIASES.get(token.text, token.text)
    elif token.kind == "name":
        op = WORD_OPERATORS.get(token.text, "")
    else:
        return None
    return op if op in BINARY_PRECEDENCE else None


def _unary_op(token: Token) -> str | None:
    if token.kind == "op" and token.text in ("!", "-"):
        return "not" if token.text == "!" else "-"
    if token.kind == "name" and token.text == "not":
        return "not"
    return None


def parse_expression(text: str, start: SourceLocation) -> Expr:
    """Parse a whole expression; raises ``ScriptError`` at the offending column."""
    return ExpressionParser(text, start).parse_all()
