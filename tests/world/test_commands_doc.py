"""docs/COMMANDS.md is the writers' reference: it must match the command declarations."""

from __future__ import annotations

from pathlib import Path

from game.world.commands import build_registry
from game.world.commands.docs import commands_markdown
from tools.commands_doc import main

DOC = Path(__file__).resolve().parents[2] / "docs" / "COMMANDS.md"


def test_commands_doc_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == commands_markdown(build_registry()), (
        "docs/COMMANDS.md is out of date: run python -m tools.commands_doc")
    assert main(["--check"]) == 0


def test_every_command_is_documented_with_its_types() -> None:
    text = DOC.read_text(encoding="utf-8")
    for cmd in build_registry():
        assert cmd.doc, f"<<{cmd.name}>> has no docstring"
        assert f"## {cmd.name}\n" in text
        for signature in cmd.signatures():
            assert f"`{signature}`" in text
    assert "- `SECONDS`: seconds, 0 to 30" in text  # <<wait>>'s maximum is written down
    assert "- option `speed=`: number 0.25 to 16 pixels a step (default `2`)" in text
    assert "`<<move WHO X Y speed=1 wait=true>>`" in text
    assert "`<<move WHO SPAWN speed=1 wait=true>>`" in text
