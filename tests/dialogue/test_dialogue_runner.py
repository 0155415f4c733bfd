"""Runner behaviour a player or a save file would notice: errors, ids, positions, random."""

from __future__ import annotations

import json
import random

import pytest

from game.dialogue import (
    Choice,
    DialogueRunner,
    DialogueRuntimeError,
    End,
    FlagDecl,
    FlagStore,
    Line,
    RunnerError,
    compile_sources,
)
from game.dialogue.transcript import play

DECLS = [FlagDecl("trust", int, 0), FlagDecl("name", str, "Kara"), FlagDecl("ok", bool, False)]


def runner_for(body: str, *extra: str, seed: int = 0) -> DialogueRunner:
    source = f"title: a\n---\n{body}===\n" + "".join(extra)
    return DialogueRunner(compile_sources([("r.yarn", source)]), FlagStore(DECLS),
                          random.Random(seed))


def texts(events: list) -> list[str]:
    return [e.text for e in events if isinstance(e, Line)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<<jump nowhere>>\n", "r.yarn:3:1: <<jump>> to unknown node 'nowhere'"),
        ("Kara: {$name + 1}\n", "r.yarn:3:14: '+' needs two numbers or two strings, "
         "got string and number"),
        ("<<if $trust == $ok>>\n<<endif>>\n", "r.yarn:3:13: can't compare number and bool "
         "with '=='"),
        ("<<if $trust>>\n<<endif>>\n", "r.yarn:3:6: condition must be true or false, got "
         "number 0"),
        ("Kara: {$missing}\n", "r.yarn:3:8: unknown flag 'missing' (declare it in the flag data)"),
        ("<<set $trust to $name>>\n", "r.yarn:3:1: flag 'trust' is an int, not 'Kara' (str)"),
        ("<<set $trust to 1.5>>\n", "r.yarn:3:1: flag 'trust' is an int, not 1.5 (float)"),
        ("Kara: {10 / $trust}\n", "r.yarn:3:11: division by zero in '/'"),
        ("Kara: {dice($trust)}\n", "r.yarn:3:8: dice() needs at least 1 side, got 0"),
    ],
)
def test_runtime_errors_carry_script_location(body: str, expected: str) -> None:
    runner = runner_for(body)
    runner.start("a")
    with pytest.raises(DialogueRuntimeError) as info:
        runner.advance()
    assert str(info.value) == expected


def test_start_unknown_node_and_choose_misuse_are_runner_errors() -> None:
    runner = runner_for("-> A <<if false>>\n-> B\nKara: x\n")
    with pytest.raises(RunnerError, match="no dialogue node named 'zzz'"):
        runner.start("zzz")
    runner.start("a")
    with pytest.raises(RunnerError, match="no choice is waiting"):
        runner.choose(0)
    assert isinstance(runner.advance(), Choice)
    with pytest.raises(RunnerError, match="a choice is waiting"):
        runner.advance()
    with pytest.raises(RunnerError, match="out of range"):
        runner.choose(2)
    with pytest.raises(RunnerError, match=r"'A'.*not available"):
        runner.choose(0)
    runner.choose(1)
    assert texts([runner.advance()]) == ["x"]


def test_end_repeats_and_idle_runner_returns_end() -> None:
    runner = runner_for("Kara: hi\n")
    assert runner.advance() == End()
    runner.start("a")
    runner.advance()
    assert runner.advance() == End()
    assert runner.advance() == End()
    assert not runner.running


def test_group_with_no_enabled_option_is_skipped() -> None:
    assert texts(play(runner_for("-> A <<if false>>\n    Kara: a\nKara: after\n"), "a")) == [
        "after"]


def test_endless_jump_loop_is_reported_not_hung() -> None:
    runner = runner_for("<<jump b>>\n", "title: b\n---\n<<jump a>>\n===\n")
    runner.start("a")
    with pytest.raises(DialogueRuntimeError, match="without showing anything"):
        runner.advance()


def test_line_ids_stable_across_edits_elsewhere_and_distinct_for_repeats() -> None:
    first = play(runner_for("Kara: Hello.\nKara: Hello.\nLena: Hello.\n"), "a")
    edited = play(runner_for("Lena: New line first.\nKara: Hello. #happy\nKara: Hello.\n"
                             "Lena: Hello. <<if true>>\n"), "a")
    ids = [e.line_id for e in first if isinstance(e, Line)]
    assert len(set(ids)) == 3 and all(i.startswith("a:") for i in ids)
    assert [e.line_id for e in edited if isinstance(e, Line)][1:] == ids


def test_explicit_line_tag_overrides_id() -> None:
    events = play(runner_for("Kara: Hi. #line:greet01 #happy\n"), "a")
    assert (events[0].line_id, events[0].tags) == ("greet01", ("happy",))


def test_position_is_json_and_restores_mid_node_and_at_choice() -> None:
    body = "Kara: one\n-> A\n    Kara: a\n-> B\n    Kara: b\nKara: two\n"
    runner = runner_for(body)
    runner.start("a")
    runner.advance()
    saved = json.loads(json.dumps(runner.position()))
    choice = runner.advance()
    at_choice = json.loads(json.dumps(runner.position()))

    again = runner_for(body)
    again.restore(saved)
    assert again.advance() == choice
    again.restore(at_choice)
    assert again.waiting_for_choice is False
    assert isinstance(again.advance(), Choice)
    again.choose(1)
    assert texts([again.advance(), again.advance()]) == ["b", "two"]
    with pytest.raises(RunnerError, match="no longer fits"):
        again.restore({"node": "a", "frames": [[0, 99]]})


def test_random_functions_use_the_seeded_rng() -> None:
    body = "Kara: {random_range(1, 1000)} {dice(6)}\n"
    rolls = [texts(play(runner_for(body, seed=s), "a"))[0] for s in (7, 7, 8)]
    assert rolls[0] == rolls[1] != rolls[2]
    low, die = map(int, rolls[0].split())
    assert 1 <= low <= 1000 and 1 <= die <= 6


def test_stop_abandons_without_counting_a_visit() -> None:
    runner = runner_for("Kara: hi\nKara: there\n")
    runner.start("a")
    runner.advance()
    runner.stop()
    assert runner.advance() == End()
    assert runner.flags.visit_count("a") == 0
