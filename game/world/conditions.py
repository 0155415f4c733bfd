"""Map `when` conditions: parsed once when the map loads, re-checked only after a flag
changes.

The loader compiles each condition into a `Condition` (a mistake is a ContentError
naming the map and object); the world asks a `ConditionCache`, which keeps every
answer until the flag store's version moves. Conditions may not roll dice: one that
did would change its answer without any flag changing, which nothing would notice.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from game.core.errors import ContentError
from game.dialogue.errors import DialogueError, ScriptError, SourceLocation
from game.dialogue.evaluate import evaluate_condition
from game.dialogue.expr_ast import Expr, Value, calls, variables
from game.dialogue.expr_parser import parse_expression
from game.dialogue.flags import FlagStore
from game.dialogue.typecheck import PY_TYPE_NAMES, check_condition

log = logging.getLogger(__name__)

RANDOM_FUNCTIONS = frozenset({"dice", "random_range"})


@dataclass(frozen=True)
class Condition:
    """A compiled `when`; `expr` None means "always" (the property was empty)."""

    text: str = ""
    expr: Expr | None = None

    def __bool__(self) -> bool:
        return self.expr is not None


ALWAYS = Condition()


def compile_condition(text: str, where: object,
                      flag_types: Mapping[str, str] | None = None) -> Condition:
    """Parse `text` once; with `flag_types` (name -> bool/number/string) check it too.

    `where` names the object in the error (`garden: object 12 'kara'`).
    """
    text = text.strip()
    if not text:
        return ALWAYS
    try:
        expr = _parsed(text)
    except ScriptError as err:
        raise ContentError(f"{where}: when condition '{text}': {err.message} "
                           f"(at column {err.column})") from None
    for problem in condition_problems(expr, flag_types):
        raise ContentError(f"{where}: when condition '{text}': {problem}")
    return Condition(text, expr)


@lru_cache(maxsize=4096)
def _parsed(text: str) -> Expr:
    """A condition's tree (immutable), parsed once a run: the story's maps share a few
    hundred texts, and a room is entered many times. A syntax error is not kept."""
    return parse_expression(text, SourceLocation("when", 1, 1))


def condition_problems(expr: Expr, flag_types: Mapping[str, str] | None) -> list[str]:
    """What is wrong with a parsed `when` beyond its syntax (shared with the linter)."""
    problems = [f"{call.name}() rolls dice, but a map condition is only re-checked when a "
                "flag changes" for call in calls(expr) if call.name in RANDOM_FUNCTIONS]
    if flag_types is None:
        return problems
    problems += [f"flag '${v.name}' is not declared in the flag data"
                 for v in variables(expr) if v.name not in flag_types]
    if not problems:
        errors: list[ScriptError] = []
        check_condition(expr, flag_types, errors)
        problems += [e.message for e in errors]
    return problems


class ConditionSource(Protocol):
    """What the world asks: does this condition hold, and has anything changed."""

    @property
    def version(self) -> int: ...

    def holds(self, condition: Condition) -> bool: ...


class ConditionCache:
    """Answers conditions, evaluating each at most once per flag-store version."""

    def __init__(self, evaluate: Callable[[Expr], bool], version: Callable[[], int]) -> None:
        self._evaluate = evaluate
        self._version_of = version
        self._seen = version()
        self._results: dict[str, bool] = {}

    @property
    def version(self) -> int:
        return self._version_of()

    def holds(self, condition: Condition) -> bool:
        if condition.expr is None:
            return True
        now = self._version_of()
        if now != self._seen:
            self._results.clear()
            self._seen = now
        result = self._results.get(condition.text)
        if result is None:
            result = self._results[condition.text] = self._evaluate(condition.expr)
        return result


@dataclass
class _FlagReader:
    """The expression environment of a map condition: flags and visit counts only."""

    flags: FlagStore
    rng: random.Random

    def flag(self, name: str) -> Value:
        return self.flags.get(name)

    def visit_count(self, node: str) -> int:
        return self.flags.visit_count(node)


def flag_conditions(flags: FlagStore) -> ConditionCache:
    """A cache over the game's flag store; a condition that fails at run time (a type
    clash the loader could not see) is logged once per version and counts as false."""
    # Conditions never roll dice (compile_condition refuses them), so this source of
    # randomness is never drawn from; it only completes the environment.
    env = _FlagReader(flags, random.Random(0))

    def evaluate(expr: Expr) -> bool:
        try:
            return evaluate_condition(expr, env)
        except DialogueError as err:
            log.error("map condition failed: %s", err)
            return False

    return ConditionCache(evaluate, lambda: flags.version)


def flag_types(flags: FlagStore) -> dict[str, str]:
    """Each declared flag's expression type (bool, number, string), for load-time checks."""
    return {name: PY_TYPE_NAMES[decl.type] for name, decl in flags.declarations.items()}
