"""Parse errors: a writer must get the exact file:line:col and a plain sentence."""

from __future__ import annotations

import pytest

from game.dialogue import ScriptError, ScriptErrors, compile_sources


def errors_of(body: str, path: str = "s.yarn") -> list[str]:
    """Compile a one-node script whose body is ``body`` (node header on lines 1-2)."""
    with pytest.raises(ScriptErrors) as info:
        compile_sources([(path, f"title: a\n---\n{body}===\n")])
    return [str(e) for e in info.value.errors]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<<if $x>>\n    Kara: hi\n", "s.yarn:5:1: unclosed <<if>> started at line 3"),
        ("Kara: hi\n<<endif>>\n", "s.yarn:4:1: <<endif>> without a matching <<if>>"),
        ("<<if true>>\n<<else>>\n<<elseif true>>\n<<endif>>\n",
         "s.yarn:5:1: <<elseif>> after <<else>> (the <<else>> must come last)"),
        ('<<if visitd("b")>>\n<<endif>>\n',
         "s.yarn:3:6: unknown function 'visitd' (known: dice, random_range, visited, "
         "visited_count)"),
        ("Kara: {dice(1, 2)}\n", "s.yarn:3:8: dice() takes 1 argument (2 given)"),
        ("Kara: hi\n    Lena: ho\n",
         "s.yarn:4:5: unexpected indentation (only lines under an option '->' or inside "
         "<<if>> may be indented)"),
        ("-> A\n \tKara: x\n", "s.yarn:4:1: indentation mixes tabs and spaces"),
        ("-> A\n  Kara: x\n", "s.yarn:4:1: indentation must be a multiple of 4 spaces (found 2)"),
        ("-> A\n\tKara: x\n-> B\n    Kara: y\n",
         "s.yarn:6:1: indented with spaces, but line 4 uses tabs; use one kind in a file"),
        ("<<declare $x = 1>>\n",
         "s.yarn:3:1: <<declare>> is not supported: declare flags in the flag data file "
         "(see docs/DIALOGUE.md)"),
        ("Kara: hi {$x\n", "s.yarn:3:10: unclosed '{' (write '\\{' to show a brace)"),
        ("Kara: hi }\n", "s.yarn:3:10: unmatched '}' (write '\\}' to show a brace)"),
        ("Kara: hi #happy there\n",
         "s.yarn:3:17: text after the tags or <<if>> at the end of the line "
         "(write '\\#' to show '#')"),
        ("Kara: a\\qb\n", "s.yarn:3:8: unknown escape '\\q' (write '\\\\' to show a backslash)"),
        ("<<set x to 1>>\n", "s.yarn:3:7: <<set>> needs a flag such as $name first"),
        ("<<set $x 1>>\n", "s.yarn:3:10: expected 'to', '=', '+=' or '-=' after $x"),
        ("<<if $x = 1>>\n<<endif>>\n", "s.yarn:3:9: '=' is not a comparison; use '==' or 'is'"),
        ("<<jump>>\n", "s.yarn:3:1: <<jump>> needs a node title"),
        ("<<stop now>>\n", "s.yarn:3:1: <<stop>> takes no arguments"),
        ("<<wait 1>> Kara: hi\n",
         "s.yarn:3:11: unexpected text after '>>' (put the line on its own line)"),
        ("Kara: hi <<wait 1>>\n",
         "s.yarn:3:10: only <<if ...>> can follow text on a line; put commands on their own "
         "line (write '\\<' to show '<')"),
        ("Kara: #happy\n", "s.yarn:3:7: line has no text"),
        ("->   #tag\n", "s.yarn:3:1: option has no text after '->'"),
        ('<<give "Blue Rose>>\n', "s.yarn:3:1: unclosed '<<' (missing '>>' or a closing '\"')"),
        # Type clashes visible without flag declarations are found at compile time.
        ('<<set $x to "a" + true>>\n',
         "s.yarn:3:17: '+' needs two numbers or two strings, got string and bool"),
        ("<<if 3>>\n<<endif>>\n", "s.yarn:3:6: condition must be true or false, got number"),
        ("Kara: {1 == true}\n", "s.yarn:3:10: can't compare number and bool with '=='"),
        ("<<if visited(3)>>\n<<endif>>\n",
         "s.yarn:3:14: visited() needs a string here, got number"),
    ],
)
def test_single_error_has_exact_location_and_message(body: str, expected: str) -> None:
    assert errors_of(body) == [expected]


def test_forgotten_option_indent_is_reported_for_each_option() -> None:
    body = "-> Kneel.\nKara: I kneel.\n-> Stand.\nKara: I stand.\n"
    assert [e.split(": ", 1)[0] for e in errors_of(body)] == ["s.yarn:3:1", "s.yarn:5:1"]
    assert "option body must be indented" in errors_of(body)[0]


def test_several_errors_are_collected_in_line_order() -> None:
    body = "Kara: {$x +}\nLena: }\n<<if>>\n<<endif>>\n"
    assert errors_of(body) == [
        "s.yarn:3:11: expected an expression after '+'",
        "s.yarn:4:7: unmatched '}' (write '\\}' to show a brace)",
        "s.yarn:5:1: <<if>> needs a condition",
    ]


def test_aggregate_str_lists_every_error_and_locates_the_first() -> None:
    with pytest.raises(ScriptErrors) as info:
        compile_sources([("s.yarn", "title: a\n---\nKara: }\nLena: {\n===\n")])
    err = info.value
    assert isinstance(err, ScriptError)
    assert (err.path, err.line, err.column) == ("s.yarn", 3, 7)
    assert str(err).splitlines() == [
        "s.yarn:3:7: unmatched '}' (write '\\}' to show a brace)",
        "s.yarn:4:7: unclosed '{' (write '\\{' to show a brace)",
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("tags: x\n---\nKara: hi\n===\n", "s.yarn:1:1: node has no 'title:' header"),
        ("title: a\n---\nKara: hi\n", "s.yarn:1:1: node 'a' is not closed with '==='"),
        ("title: a\n---\nKara: hi\ntitle: b\n---\nx\n===\n",
         "s.yarn:5:1: '---' inside a node body (is the '===' of the node above missing?)"),
        ("title: two words\n---\nx\n===\n",
         "s.yarn:1:1: node title 'two words' must be one word of letters, digits, '_' or '.'"),
        ("title: a\ntitle: b\n---\nx\n===\n", "s.yarn:2:1: header 'title' is given twice in "
         "this node"),
        ("title: a\nthis is not a header\n---\nx\n===\n",
         "s.yarn:2:1: expected a header line such as 'title: name', or '---'"),
        ("===\n", "s.yarn:1:1: '===' closes a node, but no node is open here"),
        ("title: a\n", "s.yarn:1:1: node header is not followed by '---'"),
    ],
)
def test_header_errors(source: str, expected: str) -> None:
    with pytest.raises(ScriptErrors) as info:
        compile_sources([("s.yarn", source)])
    assert [str(e) for e in info.value.errors] == [expected]


def test_duplicate_titles_across_files_name_both_places() -> None:
    with pytest.raises(ScriptErrors) as info:
        compile_sources([("a.yarn", "title: a\n---\nx\n===\n"),
                         ("b.yarn", "\n\ntitle: a\n---\ny\n===\n")])
    assert str(info.value) == "b.yarn:3:1: node 'a' is defined twice (also at a.yarn:1)"


def test_valid_script_with_every_construct_compiles() -> None:
    source = (
        "title: start\ntags: act1 cutscene\nmood: tense\n---\n"
        "// a comment\n"
        "<<face Lena Kara>>\n"
        "Lena: Stay back. #angry\n"
        "The vase trembles.   // narration\n"
        "-> Order her. #firm\n"
        "    <<set $trust to $trust - 1>>\n"
        "-> Talk softly. <<if $trust >= 0>>\n"
        "    <<set $trust += 1>>\n"
        "<<if $knelt and not $kind>>\n"
        "    Lena: ...\n"
        '<<elseif visited("garden")>>\n'
        "    Lena: Hm.\n"
        "<<else>>\n"
        "    Lena: Fine.\n"
        "<<endif>>\n"
        "<<stop>>\n"
        "===\n"
    )
    program = compile_sources([("ok.yarn", source)])
    node = program.node("start")
    assert node.tags == ("act1", "cutscene")
    assert node.headers["mood"] == "tense"
    assert program.titles == ("start",)
