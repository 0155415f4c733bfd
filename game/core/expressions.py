"""Portrait expressions and the portrait sheet layout, read from `assets/data/expressions.json`.

Writers tag a line (`Kara: Hi. #happy`) and the box shows that face; the names,
their aliases and the order of the columns in every portrait sheet live in data,
so a new face is a new entry there (and a run of `python -m tools.art.build`),
never a Python edit. The art generator reads the same file for the face
parameters (eyes, brows, mouth) of each expression; the game needs only the names.
No pygame and no I/O here: callers pass the parsed JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.core.errors import ContentError

EXPRESSIONS_FILE = "assets/data/expressions.json"
ROWS = ("still", "blink", "talk")  # the frame rows every sheet has, top to bottom
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz_")


@dataclass(frozen=True)
class ExpressionTable:
    """Expression names in sheet-column order, aliases, and the frame size."""

    names: tuple[str, ...]
    aliases: dict[str, str]
    size: int
    rows: tuple[str, ...] = ROWS

    def resolve(self, tag: str) -> str | None:
        """The expression a tag names (directly or by alias), or None."""
        tag = self.aliases.get(tag, tag)
        return tag if tag in self.names else None

    def pick(self, tags: tuple[str, ...]) -> str:
        """The first tag that names an expression, else the first expression (neutral)."""
        for tag in tags:
            found = self.resolve(tag)
            if found is not None:
                return found
        return self.names[0]

    def column(self, name: str) -> int:
        return self.names.index(name)

    def row(self, name: str) -> int:
        return self.rows.index(name)

    def is_known(self, tag: str) -> bool:
        return self.resolve(tag) is not None


def parse_expressions(data: Any, source: str = EXPRESSIONS_FILE) -> ExpressionTable:
    """Check and type the JSON of the expressions file; ContentError says what is wrong."""
    if not isinstance(data, dict):
        raise ContentError(f"{source}: expected an object with 'size', 'expressions', 'aliases'")
    size = data.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or not 16 <= size <= 256:
        raise ContentError(f"{source}: 'size' must be a whole number of pixels, 16 to 256")
    rows = data.get("rows", list(ROWS))
    if rows != list(ROWS):
        raise ContentError(f"{source}: 'rows' must be {list(ROWS)} (the game animates these)")
    entries = data.get("expressions")
    if not isinstance(entries, list) or not entries:
        raise ContentError(f"{source}: 'expressions' must be a non-empty list")
    names: list[str] = []
    for i, entry in enumerate(entries):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name or not set(name) <= _NAME_CHARS:
            raise ContentError(f"{source}: expressions[{i}]: 'name' must be lower-case letters")
        if name in names:
            raise ContentError(f"{source}: expression '{name}' is listed twice")
        names.append(name)
    aliases_raw = data.get("aliases", {})
    if not isinstance(aliases_raw, dict):
        raise ContentError(f"{source}: 'aliases' must be an object of tag -> expression")
    aliases: dict[str, str] = {}
    for tag, target in aliases_raw.items():
        if target not in names:
            raise ContentError(f"{source}: alias '{tag}' points to unknown expression '{target}'")
        if tag in names:
            raise ContentError(f"{source}: alias '{tag}' hides the expression of the same name")
        aliases[str(tag)] = str(target)
    return ExpressionTable(tuple(names), aliases, size)
