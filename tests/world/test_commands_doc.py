"""docs/COMMANDS.md is the writers' reference: it must match the command registry."""

from __future__ import annotations

from pathlib import Path

from game.world.commands import COMMANDS, check_call, commands_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "COMMANDS.md"


def test_commands_doc_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == commands_markdown(), (
        "regenerate: python -c 'from game.world.commands import commands_markdown as m; "
        "open(\"docs/COMMANDS.md\",\"w\").write(m())'"
    )


def test_every_command_documents_itself() -> None:
    for name, spec in COMMANDS.items():
        assert spec.doc.startswith(f"`<<{name}"), name


def test_call_checks_name_arity_and_options() -> None:
    assert check_call("wait", ["1"], {}) is None
    assert check_call("wiat", ["1"], {}) == "unknown command 'wiat'"
    assert check_call("wait", [], {}) == "<<wait>> takes 1 arguments, got 0"
    assert check_call("move", ["Lena", "3", "4"], {"speed": "2"}) is None
    assert check_call("move", ["Lena", "3", "4"], {"sped": "2"}) == "<<move>> has no option 'sped'"
