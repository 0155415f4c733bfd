"""Scripts cannot build numbers or strings without bound while they run."""

from __future__ import annotations

import random

import pytest

from game.dialogue import DialogueRunner, DialogueRuntimeError, FlagDecl, FlagStore, compile_sources

DECLS = [FlagDecl("n", float, 10.0), FlagDecl("s", str, "ab")]


def run_until_error(body: str) -> str:
    source = f"title: a\n---\n{body}===\n"
    runner = DialogueRunner(compile_sources([("l.yarn", source)]), FlagStore(DECLS),
                            random.Random(0))
    runner.start("a")
    with pytest.raises(DialogueRuntimeError) as info:
        for _ in range(100):
            runner.advance()
    return str(info.value)


def test_repeated_multiplication_stops_at_the_number_limit() -> None:
    message = run_until_error("<<set $n to $n * $n>>\nKara: {$n}\n<<jump a>>\n")
    assert message == "l.yarn:3:16: '*' gives a number out of range (at most 1e+15 either way)"


def test_repeated_concatenation_stops_at_the_line_limit() -> None:
    message = run_until_error("<<set $s to $s + $s>>\nKara: {$s}\n<<jump a>>\n")
    assert message == "l.yarn:3:16: '+' makes a string longer than 2000 characters"
