"""Playthroughs: script + chosen option indexes -> what the player reads, final flags."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from game.dialogue import (
    Choice,
    Command,
    DialogueRunner,
    FlagDecl,
    FlagStore,
    Line,
    compile_sources,
)
from game.dialogue.transcript import play

DECLS = [
    FlagDecl("trust", int, 0, min=0, max=10),
    FlagDecl("gold", int, 5),
    FlagDecl("ratio", float, 0.5),
    FlagDecl("knelt", bool, False),
    FlagDecl("kind", bool, False),
    FlagDecl("name", str, "Kara"),
]


@dataclass
class Case:
    id: str
    script: str
    choices: tuple[int, ...] = ()
    lines: list[tuple[str | None, str]] = field(default_factory=list)
    flags: dict[str, object] = field(default_factory=dict)
    start_flags: dict[str, object] = field(default_factory=dict)
    visits: dict[str, int] | None = None


def node(title: str, body: str) -> str:
    return f"title: {title}\n---\n{body}===\n"


CASES = [
    Case("speakers_and_narration",
         node("a", "Lena: Stay back.\nThe vase trembles.\nLar Gand: Easy.\nJ'onn: Hm.\n"
                   "Mon-El: Hi!\n"),
         lines=[("Lena", "Stay back."), (None, "The vase trembles."), ("Lar Gand", "Easy."),
                ("J'onn", "Hm."), ("Mon-El", "Hi!")]),
    Case("first_option",
         node("a", "-> Order.\n    Kara: Put it down.\n    <<set $trust to $trust - 1>>\n"
                   "-> Soft.\n    Kara: Hey.\n    <<set $trust += 1>>\nLena: After.\n"),
         choices=(0,), lines=[("Kara", "Put it down."), ("Lena", "After.")],
         flags={"trust": 0}),  # clamped at min 0
    Case("second_option",
         node("a", "-> Order.\n    Kara: Put it down.\n    <<set $trust to $trust - 1>>\n"
                   "-> Soft.\n    Kara: Hey.\n    <<set $trust += 1>>\nLena: After.\n"),
         choices=(1,), lines=[("Kara", "Hey."), ("Lena", "After.")], flags={"trust": 1}),
    Case("clamp_at_max",
         node("a", "<<set $trust to 99>>\nKara: {$trust}\n"),
         lines=[("Kara", "10")], flags={"trust": 10}),
    Case("if_elseif_else_first",
         node("a", "<<if $knelt and not $kind>>\n    Lena: ...\n<<elseif $kind>>\n"
                   "    Lena: Hm.\n<<else>>\n    Lena: Fine.\n<<endif>>\n"),
         start_flags={"knelt": True}, lines=[("Lena", "...")]),
    Case("if_elseif_else_second",
         node("a", "<<if $knelt and not $kind>>\n    Lena: ...\n<<elseif $kind>>\n"
                   "    Lena: Hm.\n<<else>>\n    Lena: Fine.\n<<endif>>\n"),
         start_flags={"knelt": True, "kind": True}, lines=[("Lena", "Hm.")]),
    Case("if_else_fallback",
         node("a", "<<if $knelt>>\nLena: yes\n<<else>>\nLena: Fine.\n<<endif>>\nKara: Bye.\n"),
         lines=[("Lena", "Fine."), ("Kara", "Bye.")]),
    Case("line_condition",
         node("a", "Kara: Low. <<if $trust <= 2>>\nKara: High. <<if $trust > 2>> #happy\n"),
         start_flags={"trust": 3}, lines=[("Kara", "High.")]),
    Case("disabled_option_keeps_index",
         node("a", "-> Hidden <<if $trust > 5>>\n    Kara: no\n-> Shown\n    Kara: yes\n"),
         choices=(1,), lines=[("Kara", "yes")]),
    Case("jump_then_back_is_new_visit",
         node("a", "Kara: in a\n<<jump b>>\nKara: never\n") +
         node("b", "Kara: in b {visited_count(\"a\")}\n"),
         lines=[("Kara", "in a"), ("Kara", "in b 1")], visits={"a": 1, "b": 1}),
    Case("stop_ends_early",
         node("a", "Kara: one\n<<stop>>\nKara: two\n"), lines=[("Kara", "one")],
         visits={"a": 1}),
    Case("interpolation",
         node("a", "Kara: {$name} has {$gold * 2} gold, {$ratio + 1} ratio, {$knelt}.\n"
                   "Kara: \\{not\\} \\#tag a\\<\\<b {\"q\" + \"x\"}\n"),
         lines=[("Kara", "Kara has 10 gold, 1.5 ratio, false."), ("Kara", "{not} #tag a<<b qx")]),
    Case("nested_options",
         node("a", "-> Outer A\n    -> Inner 1\n        Kara: A1\n    -> Inner 2\n"
                   "        Kara: A2\n    Kara: after inner\n-> Outer B\n    Kara: B\n"
                   "Kara: end\n"),
         choices=(0, 1), lines=[("Kara", "A2"), ("Kara", "after inner"), ("Kara", "end")]),
    Case("option_in_if",
         node("a", "<<if true>>\n-> X\n    Kara: x\n-> Y\n    Kara: y\n<<endif>>\nKara: z\n"),
         choices=(1,), lines=[("Kara", "y"), ("Kara", "z")]),
    Case("option_jump",
         node("a", "-> Kneel.\n    <<set $knelt to true>>\n    <<jump after>>\n-> No.\n"
                   "    Kara: no\nKara: skipped when kneeling\n") +
         node("after", "Lena: You knelt. {$knelt}\n"),
         choices=(0,), lines=[("Lena", "You knelt. true")], flags={"knelt": True}),
    Case("visited_false_before_node_ends",
         node("a", "<<if visited(\"a\")>>\nKara: again\n<<else>>\nKara: first\n<<endif>>\n"),
         lines=[("Kara", "first")], visits={"a": 1}),
    Case("visited_true_later",
         node("a", "<<if visited(\"b\")>>\nKara: seen b\n<<endif>>\n"),
         start_flags={}, lines=[("Kara", "seen b")]),  # visits preset below
    Case("string_compare_and_aliases",
         node("a", "<<if $name is \"Kara\" && $gold gte 5 || false>>\nKara: ok\n<<endif>>\n"
                   "<<if !($gold neq 5) and $gold lt 6 and $gold lte 5 and $gold gt 4>>\n"
                   "Kara: ok2\n<<endif>>\n"),
         lines=[("Kara", "ok"), ("Kara", "ok2")]),
    Case("set_forms",
         node("a", "<<set $gold = 1>>\n<<set $gold += 4>>\n<<set $gold -= 2>>\n"
                   "<<set $gold to $gold * 3 % 5>>\n<<set $ratio to $gold / 2>>\n"
                   "<<set $name to \"Lena\">>\n"),
         flags={"gold": 4, "ratio": 2.0, "name": "Lena"}),
    Case("int_flag_accepts_whole_division",
         node("a", "<<set $gold to 9 / 3>>\nKara: {$gold}\n"),
         lines=[("Kara", "3")], flags={"gold": 3}),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_transcript(case: Case) -> None:
    program = compile_sources([("t.yarn", case.script)])
    flags = FlagStore(DECLS)
    for name, value in case.start_flags.items():
        flags.set(name, value)
    if case.id == "visited_true_later":
        flags.record_visit("b")
    runner = DialogueRunner(program, flags, random.Random(0))
    events = play(runner, "a", case.choices)
    assert [(e.speaker, e.text) for e in events if isinstance(e, Line)] == case.lines
    for name, value in case.flags.items():
        assert flags.get(name) == value
        assert type(flags.get(name)) is type(value)
    if case.visits is not None:
        assert flags.visits() == case.visits


def test_there_are_at_least_fifteen_transcripts() -> None:
    assert len(CASES) >= 15


def test_choice_shows_all_options_with_enabled_flags_and_tags() -> None:
    program = compile_sources([("t.yarn", node(
        "a", "-> Order her. #firm\n-> Talk softly. <<if $trust >= 3>> #soft\n-> Kneel.\n"))])
    runner = DialogueRunner(program, FlagStore(DECLS))
    runner.start("a")
    choice = runner.advance()
    assert isinstance(choice, Choice)
    assert [(o.text, o.enabled, o.tags) for o in choice.options] == [
        ("Order her.", True, ("firm",)), ("Talk softly.", False, ("soft",)), ("Kneel.", True, ())]


def test_commands_are_yielded_in_order_with_args() -> None:
    script = node("a", '<<face Lena Kara>>\n<<give "Blue Rose" count={$gold + 1}>>\n'
                       "<<wait 0.5>>\n<<move Kara 12 7 speed=2>>\n"
                       "<<say \"{$name}'s big day\" x{$gold}y>>\n")
    runner = DialogueRunner(compile_sources([("c.yarn", script)]), FlagStore(DECLS))
    events = play(runner, "a")
    commands = [(e.name, e.args, e.kwargs) for e in events if isinstance(e, Command)]
    assert commands == [
        ("face", ("Lena", "Kara"), {}),
        ("give", ("Blue Rose",), {"count": "6"}),
        ("wait", ("0.5",), {}),
        ("move", ("Kara", "12", "7"), {"speed": "2"}),
        ("say", ("Kara's big day", "x5y"), {}),
    ]
    assert events[0].source.line == 3 and events[0].source.path == "c.yarn"
