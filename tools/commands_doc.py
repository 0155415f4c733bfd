"""Rewrite docs/COMMANDS.md from the command declarations.

    python -m tools.commands_doc          write the file
    python -m tools.commands_doc --check  exit 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.world.commands import build_registry
from game.world.commands.docs import commands_markdown

DOC = Path(__file__).resolve().parents[1] / "docs" / "COMMANDS.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, do not write")
    ns = parser.parse_args(argv)
    text = commands_markdown(build_registry())
    if ns.check:
        current = DOC.read_text(encoding="utf-8") if DOC.is_file() else ""
        if current != text:
            print(f"{DOC}: out of date; run python -m tools.commands_doc", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
