"""The linter's view: every flag, command, node reference and speaker with its location."""

from __future__ import annotations

from game.dialogue import compile_sources, inspect_program

SCRIPT = """title: start
---
<<face Lena Kara>>
Lena: Stay back. <<if $trust > 1>>
-> Talk. <<if not $knelt>>
    Kara: {$name} is here.
    <<set $trust += 1>>
-> Go.
    <<jump after>>
<<if visited("garden")>>
Mon-El: Hi.
<<endif>>
<<give "Blue Rose" count={$gold} mode=fast>>
===
title: after
---
Lar Gand: Done.
<<jump missing_node>>
===
"""


def test_inventory_lists_everything_in_file_order() -> None:
    program = compile_sources([("i.yarn", SCRIPT)])
    inv = inspect_program(program)
    assert [(f.name, f.write, f.line, f.column) for f in inv.flags] == [
        ("trust", False, 4, 23), ("knelt", False, 5, 19), ("name", False, 6, 12),
        ("trust", True, 7, 5), ("trust", False, 7, 11), ("gold", False, 13, 27)]
    assert inv.flags_written() == {"trust"}
    assert inv.flags_read() == {"trust", "knelt", "name", "gold"}
    assert [(c.name, c.args, c.kwargs, c.literal, c.line) for c in inv.commands] == [
        ("face", ("Lena", "Kara"), {}, True, 3),
        ("give", ("Blue Rose",), {"count": "{$gold}", "mode": "fast"}, False, 13)]
    assert [(r.target, r.via, r.node) for r in inv.node_refs] == [
        ("after", "jump", "start"), ("garden", "visited", "start"),
        ("missing_node", "jump", "after")]
    assert [r.target for r in inv.jumps] == ["after", "missing_node"]
    assert [r.target for r in inv.missing_nodes(program)] == ["garden", "missing_node"]
    assert [(s.name, s.path, s.line) for s in inv.speakers] == [
        ("Lena", "i.yarn", 4), ("Kara", "i.yarn", 6), ("Mon-El", "i.yarn", 11),
        ("Lar Gand", "i.yarn", 17)]
