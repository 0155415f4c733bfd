"""Flag values written as text (`--set met_lena=true`, the debug menu), read by type.

The flag's declaration decides how its text is read, so `--set lena_trust=3` stores
an int and `--set name=3` on a str flag stores "3". Never eval: each type has one
plain spelling, and numbers must be finite.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from game.core.errors import ContentError
from game.dialogue.errors import FlagError
from game.dialogue.flags import FlagDecl, FlagStore, FlagValue, coerce

MAX_TYPED = 80  # longer than any outcome or name a script compares a text flag with
_TRUE = ("true", "yes", "on", "1")
_FALSE = ("false", "no", "off", "0")


def parse_assignment(text: str) -> tuple[str, str]:
    """`NAME=VALUE` -> (NAME, VALUE); ContentError when there is no `=` or no name."""
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise ContentError(f"--set {text!r}: write it as FLAG=VALUE, e.g. met_lena=true")
    return name.lstrip("$"), value.strip()


def value_from_text(decl: FlagDecl, text: str) -> FlagValue:
    """`text` read as the declared type of the flag, or ContentError saying what it takes."""
    kind = decl.type
    if kind is bool:
        word = text.lower()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
        raise ContentError(f"flag '{decl.name}' is a bool: use true or false, not {text!r}")
    if kind is str:
        return text
    try:
        number = int(text) if kind is int else float(text)
    except ValueError:
        raise ContentError(f"flag '{decl.name}' is {'an int' if kind is int else 'a float'}, "
                           f"not {text!r}") from None
    if not math.isfinite(number):
        raise ContentError(f"flag '{decl.name}': {text!r} is not a finite number")
    return number


def check_text(decl: FlagDecl, text: str) -> FlagValue:
    """`text` read as the flag's type and checked against all of its declaration (its
    choices too), or ContentError saying what it takes; nothing is stored."""
    value = value_from_text(decl, text)
    if isinstance(value, str) and len(value) > MAX_TYPED:
        raise ContentError(f"flag '{decl.name}': at most {MAX_TYPED} characters")
    try:
        return coerce(decl, value)
    except FlagError as err:
        raise ContentError(str(err)) from None


def apply_assignments(store: FlagStore, assignments: Iterable[str]) -> dict[str, FlagValue]:
    """Set every `NAME=VALUE` in order; returns what was stored (after clamping)."""
    stored: dict[str, FlagValue] = {}
    for text in assignments:
        name, raw = parse_assignment(text)
        if name not in store:
            known = ", ".join(sorted(store.declarations)[:8])
            raise ContentError(f"--set: unknown flag '{name}' (declared in "
                               f"assets/data/flags.json, e.g. {known}, ...)")
        decl = store.declaration(name)
        try:
            stored[name] = store.set(name, value_from_text(decl, raw))
        except FlagError as err:
            raise ContentError(f"--set {text}: {err}") from None
    return stored
