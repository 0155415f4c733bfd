"""The parser must turn any text into a Program or ScriptErrors, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from game.dialogue import ScriptError, compile_sources

FRAGMENTS = [
    "title: a", "title: b", "tags: x y", "---", "===", "", "// note", "Kara: hi",
    "Lar Gand: {$x}", "Lena: hm #angry", "narration \\{ \\# \\<", "-> A", "-> B <<if $t>>",
    "    Kara: in", "\tKara: tab", "  two", "<<if $x and not $y>>", "<<elseif visited(\"a\")>>",
    "<<else>>", "<<endif>>", "<<set $x to 1>>", "<<set $x += \"s\">>", "<<jump a>>",
    "<<jump>>", "<<stop>>", "<<move Kara 1 2 speed=3>>", "<<give \"Blue Rose\">>",
    "Kara: {", "}", "<<", ">>", "<<if>>", "-> ", "#", "Kara: x <<if 1 +>>", "        -> deep",
]


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_arbitrary_text_only_raises_script_errors(text: str) -> None:
    try:
        compile_sources([("p.yarn", text)])
    except ScriptError as err:
        assert err.path == "p.yarn" and err.line >= 1 and err.column >= 1


@settings(max_examples=400)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_script_shaped_text_only_raises_script_errors(lines: list[str]) -> None:
    try:
        program = compile_sources([("p.yarn", "\n".join(lines))])
    except ScriptError as err:
        assert err.line <= max(len(lines), 1)
        assert str(err).startswith(f"p.yarn:{err.line}:{err.column}: ")
    else:
        for node in program.nodes.values():
            assert node.blocks  # every node has at least its root block


NESTING = ["<<if true>>", "<<endif>>", "-> pick", "    ", "(", ")", "not ", "-", "{", "}",
           "<<set $x to ", ">>", "1", "9" * 30, "1e999", "+", " and ", "$x"]


@settings(max_examples=300, deadline=2000)
@given(st.lists(st.sampled_from(NESTING), max_size=60), st.integers(1, 60))
def test_deeply_nested_text_only_raises_script_errors(pieces: list[str], repeat: int) -> None:
    """Repeating nested pieces (brackets, <<if>>, options, huge numbers) never recurses out."""
    body = "".join(pieces) * repeat
    text = "title: a\n---\n" + body.replace(">>", ">>\n") + "\n===\n"
    try:
        compile_sources([("p.yarn", text)])
    except ScriptError as err:
        assert str(err).startswith(f"p.yarn:{err.line}:{err.column}: ")


@settings(max_examples=200, deadline=2000)
@given(st.recursive(st.sampled_from(["1", "$x", "true", "\"s\"", "1e400", "99999999999999999"]),
                    lambda inner: st.one_of(
                        st.builds(lambda a: f"({a})", inner),
                        st.builds(lambda a: f"not {a}", inner),
                        st.builds(lambda a: f"-{a}", inner),
                        st.builds(lambda a, b: f"{a} * {b}", inner, inner),
                        st.builds(lambda a, b: f"{a} or {b}", inner, inner)),
                    max_leaves=200))
def test_any_expression_parses_or_gives_a_script_error(expr: str) -> None:
    try:
        compile_sources([("p.yarn", f"title: a\n---\n<<set $x to {expr}>>\n===\n")])
    except ScriptError as err:
        assert err.path == "p.yarn" and err.line in (3, 4)
