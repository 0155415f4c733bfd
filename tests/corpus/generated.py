"""Broken inputs too big to keep as files, built on demand with their expected messages."""

from __future__ import annotations

NODE = "title: start\n---\n{body}===\n"


def script_cases() -> dict[str, tuple[str, str]]:
    """Name -> (script text, start of the expected message line)."""
    return {
        "if_nested_400": (
            NODE.format(body="<<if true>>\n" * 400 + "Kara: deep\n" + "<<endif>>\n" * 400),
            "gen.yarn:20:1: <<if>> and options nested more than 16 deep",
        ),
        "options_nested_40": (
            NODE.format(body="".join("    " * i + f"-> choice {i}\n" for i in range(40))),
            "gen.yarn:20:69: <<if>> and options nested more than 16 deep",
        ),
        "brackets_5000": (
            NODE.format(body="<<if " + "(" * 5000 + "true" + ")" * 5000 + ">>\n<<endif>>\n"),
            "gen.yarn:3:1: line is 10011 characters long; the limit is 2000",
        ),
        "number_5001_digits": (
            NODE.format(body="<<set $trust to " + "7" * 5001 + ">>\n"),
            "gen.yarn:3:1: line is 5019 characters long; the limit is 2000",
        ),
        "line_1mb_no_spaces": (
            NODE.format(body="Kara: " + "A" * 1_000_000 + "\n"),
            "gen.yarn:3:1: line is 1000006 characters long; the limit is 2000",
        ),
        "file_5mb": (
            NODE.format(body="Kara: short line.\n" * 300_000),
            "gen.yarn:1:1: the file is 5400021 characters long; the limit is 4000000",
        ),
        "operator_chain": (
            NODE.format(body="<<set $trust to " + "1 + " * 100 + "1>>\n"),
            "gen.yarn:3:270: expression is too long (more than 128 parts)",
        ),
    }
