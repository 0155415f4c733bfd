"""Where each value of a JSON text stands (line and column), so that a checked data file
can say `file:line:col:` about a mistake, not only which entry it is.

`json` itself forgets positions once it has parsed. This walks text that `json.loads`
has already accepted and records where every value starts, keyed by the same entry
path `game.core.datafile.Entry` names (`acts[1].flags.lena_trust`), so the two meet
without a second parser that could disagree about what the file means: scalars are
read by `json` itself (`raw_decode`), only the brackets are walked here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from json.decoder import scanstring  # type: ignore[attr-defined]  # public since 2.6, untyped

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()

Place = tuple[int, int]  # (line, column), both from 1 like an editor shows them


def value_places(text: str) -> dict[str, Place]:
    """Every value's place by its entry path ("" is the whole document). `text` must be
    valid JSON; on anything else the result is simply empty."""
    offsets: dict[str, int] = {}
    try:
        _walk(text, 0, "", offsets)
    except (ValueError, IndexError):
        return {}
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    return {where: _line_col(starts, offset) for where, offset in offsets.items()}


class LazyPlaces(Mapping[str, Place]):
    """`value_places(text)`, worked out the first time an error asks for a place: a
    file with no mistake (every file, at every start) never pays for the walk."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._places: dict[str, Place] | None = None

    def _all(self) -> dict[str, Place]:
        if self._places is None:
            self._places = value_places(self._text)
        return self._places

    def __getitem__(self, where: str) -> Place:
        return self._all()[where]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _line_col(starts: list[int], offset: int) -> Place:
    lo, hi = 0, len(starts) - 1
    while lo < hi:  # the last line start at or before offset
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1, offset - starts[lo] + 1


def _skip(text: str, i: int) -> int:
    match = _SPACE.match(text, i)
    return match.end() if match else i


def _walk(text: str, i: int, where: str, out: dict[str, int]) -> int:
    """Record the value at `i` (and everything inside it); return the index after it."""
    i = _skip(text, i)
    out[where] = i
    opener = text[i]
    if opener == "{":
        i = _skip(text, i + 1)
        if text[i] == "}":
            return i + 1
        while True:
            key, i = scanstring(text, i + 1)  # text[i] is the key's opening quote
            i = _skip(text, i) + 1  # past the colon
            i = _skip(text, _walk(text, i, f"{where}.{key}" if where else key, out))
            if text[i] == "}":
                return i + 1
            i = _skip(text, i + 1)  # past the comma, to the next key's quote
    if opener == "[":
        i = _skip(text, i + 1)
        if text[i] == "]":
            return i + 1
        index = 0
        while True:
            i = _skip(text, _walk(text, i, f"{where}[{index}]", out))
            index += 1
            if text[i] == "]":
                return i + 1
            i += 1  # past the comma
    _, end = _DECODER.raw_decode(text, i)
    return int(end)
