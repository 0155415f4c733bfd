"""Checked reading of one entry of a JSON data file.

Content files are written by hand, so every value is checked where it is read and a
wrong one becomes a `ContentError` that names the file, the entry and what is
wrong ("assets/data/credits.json: sections[2].cast[0]: unknown character 'lenna'").
Numbers must be finite and inside the caller's bounds; text must be text and not
too long; placeholders in text must be ones the code fills in. Nothing here is
evaluated: `{name}` placeholders are checked against a list, never run.
"""

from __future__ import annotations

import math
import string
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from game.core.errors import ContentError

MAX_TEXT = 400  # longer than any line the game can show: a sign of a pasting accident


class Entry:
    """A JSON object (or value) at `where` in `source`, read with checks.

    With `places` (`game.core.json_places.value_places` of the file's text) an error
    also gives the line and column of the value: `file:12:5: acts[1].map: ...`.
    """

    def __init__(self, source: str, value: Any, where: str = "",
                 places: Mapping[str, tuple[int, int]] | None = None) -> None:
        self.source = source
        self.value = value
        self.where = where
        self.places = places

    # -- errors -----------------------------------------------------------------------
    def error(self, message: str) -> ContentError:
        source = self.source
        if self.places is not None and self.where in self.places:
            line, column = self.places[self.where]
            source = f"{source}:{line}:{column}"
        place = f"{source}: {self.where}: " if self.where else f"{source}: "
        return ContentError(place + message)

    def _child(self, value: Any, where: str) -> Entry:
        return Entry(self.source, value, where, self.places)

    def _path(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.where}[{key}]"
        return f"{self.where}.{key}" if self.where else key

    # -- structure ------------------------------------------------------------------
    def as_object(self, allowed: Iterable[str] | None = None,
                  required: Iterable[str] = ()) -> Entry:
        """This entry, which must be an object with only `allowed` keys (if given)."""
        if not isinstance(self.value, dict):
            raise self.error(f"expected an object, got {_kind(self.value)}")
        if allowed is not None:
            known = set(allowed)
            for key in self.value:
                if key not in known:
                    raise self.error(f"unknown entry '{key}' (known: {', '.join(sorted(known))})")
        for key in required:
            if key not in self.value:
                raise self.error(f"missing entry '{key}'")
        return self

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value

    def get(self, key: str) -> Entry:
        """The entry `key` of this object (which must exist)."""
        self.as_object()
        if key not in self.value:
            raise self.error(f"missing entry '{key}'")
        return self._child(self.value[key], self._path(key))

    def items(self) -> Iterator[tuple[str, Entry]]:
        """(key, entry) pairs of this object, in file order."""
        self.as_object()
        for key, value in self.value.items():
            yield key, self._child(value, self._path(key))

    def elements(self, max_count: int = 1000) -> Iterator[Entry]:
        """The elements of this list."""
        if not isinstance(self.value, list):
            raise self.error(f"expected a list, got {_kind(self.value)}")
        if len(self.value) > max_count:
            raise self.error(f"at most {max_count} entries, got {len(self.value)}")
        for i, value in enumerate(self.value):
            yield self._child(value, self._path(i))

    # -- values ---------------------------------------------------------------------
    def text(self, max_len: int = MAX_TEXT, allow_empty: bool = False) -> str:
        if not isinstance(self.value, str):
            raise self.error(f"expected text, got {_kind(self.value)}")
        if not allow_empty and not self.value.strip():
            raise self.error("text is empty")
        if len(self.value) > max_len:
            raise self.error(f"text longer than {max_len} characters")
        return self.value

    def integer(self, low: int, high: int) -> int:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(f"expected a whole number, got {_kind(value)}")
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            raise self.error(f"expected a whole number, got {value!r}")
        if not low <= value <= high:
            raise self.error(f"{value} is out of range ({low} to {high})")
        return int(value)

    def number(self, low: float, high: float) -> float:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(f"expected a number, got {_kind(value)}")
        if not math.isfinite(value) or not low <= value <= high:
            raise self.error(f"{value!r} is out of range ({low} to {high})")
        return float(value)

    def template(self, placeholders: Iterable[str] = (), max_len: int = MAX_TEXT) -> str:
        """Text whose `{name}` placeholders are all in `placeholders` (no formatting
        codes, no attribute access); `{{` and `}}` are literal braces."""
        text = self.text(max_len)
        known = tuple(placeholders)
        try:
            parts = list(string.Formatter().parse(text))
        except ValueError as err:
            raise self.error(f"bad braces in {text!r}: {err} (write {{{{ for a brace)") from None
        for _, name, spec, conversion in parts:
            if name is None:
                continue
            if name not in known or spec or conversion:
                offer = ", ".join("{" + k + "}" for k in known) or "none"
                raise self.error(f"unknown placeholder {{{name}}} in {text!r} "
                                 f"(this text can use: {offer})")
        return text


def choice(entry: Entry, options: Iterable[str]) -> str:
    """Text that must be one of `options`."""
    known = tuple(options)
    value = entry.text(64)
    if value not in known:
        raise entry.error(f"'{value}' is not one of: {', '.join(known)}")
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "text",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)
