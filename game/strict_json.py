"""JSON that refuses a key given twice in one object.

`json.loads` keeps the last of two equal keys and says nothing, so a merge or a
copy-paste that leaves `"doc"` twice in a flag, or a flag declared twice, silently
loses one. Every data file a writer or map maker edits is read through here, so the
slip is an error naming the file, the line and the entry.
"""

from __future__ import annotations

import json
from typing import Any


class DuplicateKeyError(ValueError):
    """A key given twice in one object; `lineno`/`colno` point at the second one."""

    def __init__(self, key: str, lineno: int, colno: int) -> None:
        super().__init__(f'the key "{key}" is given twice in one object')
        self.key = key
        self.lineno = lineno
        self.colno = colno
        self.msg = str(self)


def loads(text: str) -> Any:
    """Parse `text` like `json.loads`; raise `json.JSONDecodeError` for bad JSON and
    `DuplicateKeyError` for a repeated key."""
    seen: list[str] = []

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs) and not seen:  # the rare case: find which key
            keys = [key for key, _ in pairs]
            seen.append(next(key for i, key in enumerate(keys) if key in keys[:i]))
        return result

    data = json.loads(text, object_pairs_hook=unique)
    if seen:
        lineno, colno = _second_place(text, seen[0])
        raise DuplicateKeyError(seen[0], lineno, colno)
    return data


def _second_place(text: str, key: str) -> tuple[int, int]:
    """Where the key first repeats inside one object (line, column from 1), found by
    walking the text's objects with a stack of the keys each has so far."""
    decoder = json.JSONDecoder()
    stack: list[set[str] | None] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == '"':
            value, end = json.decoder.scanstring(text, index + 1)  # type: ignore[attr-defined]
            rest = text[end:].lstrip()
            if stack and stack[-1] is not None and rest.startswith(":"):
                keys = stack[-1]
                if value in keys and value == key:
                    return _line_col(text, index)
                keys.add(value)
            index = end
            continue
        if char == "{":
            stack.append(set())
        elif char == "[":
            stack.append(None)
        elif char in "}]" and stack:
            stack.pop()
        elif char not in " \t\r\n,:":
            _value, index = decoder.raw_decode(text, index)
            continue
        index += 1
    return 1, 1


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1
