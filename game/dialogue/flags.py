"""The one typed store of story flags, shared by dialogue, map triggers and saves.

Every flag is declared in data (name, type, default, optional range) so a typo in a
script or map is an error instead of a silently new flag, and saves stay readable after
the story grows: unknown flags in an old save are reported, missing ones take defaults.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from game import strict_json
from game.dialogue.errors import FlagError

FlagValue = bool | int | float | str
FlagType = type[bool] | type[int] | type[float] | type[str]
Listener = Callable[[str, FlagValue, FlagValue], None]

TYPE_NAMES: dict[str, FlagType] = {"bool": bool, "int": int, "float": float, "str": str}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_DECL_KEYS = frozenset({"type", "default", "min", "max", "doc", "choices"})
MAX_CHOICES = 32
SAVE_VERSION = 1


@dataclass(frozen=True)
class FlagDecl:
    """A declared flag. ``min``/``max`` apply to numbers and clamp instead of failing;
    ``choices`` are the only texts a str flag may hold (none: any text)."""

    name: str
    type: FlagType
    default: FlagValue
    min: int | float | None = None
    max: int | float | None = None
    doc: str = ""
    choices: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise FlagError(f"flag name '{self.name}' must be letters, digits and '_'")
        if self.type not in TYPE_NAMES.values():
            raise FlagError(f"flag '{self.name}': type must be bool, int, float or str")
        bounded = self.min is not None or self.max is not None
        if bounded and self.type not in (int, float):
            raise FlagError(f"flag '{self.name}': only int and float flags can have min/max")
        for bound in (self.min, self.max):
            if bound is not None and (isinstance(bound, bool) or
                                      not isinstance(bound, (int, float))):
                raise FlagError(f"flag '{self.name}': min and max must be numbers")
        if self.choices and (self.type is not str or
                             not all(isinstance(c, str) for c in self.choices)):
            raise FlagError(f"flag '{self.name}': only str flags can have choices, and "
                            "each choice is a text")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise FlagError(f"flag '{self.name}': min {self.min} is above max {self.max}")
        value = coerce(self, self.default)
        if value != self.clamp(value):
            raise FlagError(f"flag '{self.name}': default {self.default!r} is outside "
                            f"{self.min}..{self.max}")
        object.__setattr__(self, "default", value)

    @property
    def type_name(self) -> str:
        return next(k for k, v in TYPE_NAMES.items() if v is self.type)

    def clamp(self, value: FlagValue) -> FlagValue:
        """Keep numbers in range: trust 0..10 stays 0..10 however many scenes add to it."""
        if isinstance(value, (bool, str)):
            return value
        if self.min is not None and value < self.min:
            value = self.min
        if self.max is not None and value > self.max:
            value = self.max
        return int(value) if self.type is int else float(value)


def coerce(decl: FlagDecl, value: object) -> FlagValue:
    """``value`` as the flag's type, or ``FlagError``. Ints accept whole floats (3.0)."""
    kind = decl.type
    ok = False
    if kind is bool or kind is str:
        ok = type(value) is kind
    elif not isinstance(value, bool) and isinstance(value, (int, float)):
        ok = kind is float or isinstance(value, int) or float(value).is_integer()
    if not ok:
        raise FlagError(f"flag '{decl.name}' is {_article(decl.type_name)}, "
                        f"not {value!r} ({type(value).__name__})")
    if isinstance(value, str) and decl.choices and value not in decl.choices:
        raise FlagError(f"flag '{decl.name}' is one of {', '.join(map(repr, decl.choices))}, "
                        f"not {value!r}")
    if isinstance(value, (bool, str)):
        return value  # exactly the declared type, checked above
    assert isinstance(value, (int, float))
    return int(value) if kind is int else float(value)


def _article(type_name: str) -> str:
    return {"int": "an int", "float": "a float", "bool": "a bool", "str": "a str"}[type_name]


def load_declarations(text: str, source: str) -> list[FlagDecl]:
    """Parse a JSON mapping of flag declarations; errors name ``source`` and the flag."""
    try:
        data = strict_json.loads(text)
    except (json.JSONDecodeError, strict_json.DuplicateKeyError) as err:
        raise FlagError(f"{source}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}") from None
    if not isinstance(data, dict):
        raise FlagError(f"{source}: expected a JSON object of flag declarations")
    decls: list[FlagDecl] = []
    problems: list[str] = []
    for name, spec in data.items():
        try:
            decls.append(_declaration(name, spec))
        except FlagError as err:
            problems.append(f"{source}: {err}")
    if problems:
        raise FlagError("\n".join(problems))
    return decls


def _declaration(name: str, spec: Any) -> FlagDecl:
    if not isinstance(spec, dict):
        raise FlagError(f"flag '{name}': expected an object with 'type' and 'default'")
    unknown = sorted(set(spec) - _DECL_KEYS)
    if unknown:
        raise FlagError(f"flag '{name}': unknown key(s) {', '.join(unknown)} "
                        f"(allowed: {', '.join(sorted(_DECL_KEYS))})")
    type_name = spec.get("type")
    if type_name not in TYPE_NAMES:
        raise FlagError(f"flag '{name}': unknown type {type_name!r} (use bool, int, float, str)")
    kind = TYPE_NAMES[type_name]
    default = spec.get("default", kind())
    doc = spec.get("doc", "")
    if not isinstance(doc, str):
        raise FlagError(f"flag '{name}': 'doc' must be a string")
    choices = spec.get("choices", [])
    if not isinstance(choices, list) or len(choices) > MAX_CHOICES:
        raise FlagError(f"flag '{name}': 'choices' must be a list of at most "
                        f"{MAX_CHOICES} texts")
    return FlagDecl(name, kind, default, spec.get("min"), spec.get("max"), doc,
                    tuple(choices))


class FlagStore:
    """Current flag values and node visit counts; notifies listeners of every change.

    ``version`` goes up with every change (a set that changes a value, a visit, a reset
    or a load), so readers such as map conditions can cache what they computed and
    recompute only when it moves.
    """

    def __init__(self, declarations: Iterable[FlagDecl]) -> None:
        self._decls: dict[str, FlagDecl] = {}
        for decl in declarations:
            if decl.name in self._decls:
                raise FlagError(f"flag '{decl.name}' is declared twice")
            self._decls[decl.name] = decl
        self._values: dict[str, FlagValue] = {n: d.default for n, d in self._decls.items()}
        self._visits: dict[str, int] = {}
        self._listeners: list[Listener] = []
        self._version = 0

    @property
    def version(self) -> int:
        """A counter that changes whenever any value or visit count may have changed."""
        return self._version

    @property
    def declarations(self) -> Mapping[str, FlagDecl]:
        return dict(self._decls)

    def __contains__(self, name: object) -> bool:
        return name in self._decls

    def declaration(self, name: str) -> FlagDecl:
        try:
            return self._decls[name]
        except KeyError:
            raise FlagError(f"unknown flag '{name}' (declare it in the flag data)") from None

    def get(self, name: str) -> FlagValue:
        self.declaration(name)
        return self._values[name]

    __getitem__ = get

    def set(self, name: str, value: object) -> FlagValue:
        """Store ``value`` (checked and clamped); returns what was actually stored."""
        decl = self.declaration(name)
        new = decl.clamp(coerce(decl, value))
        old = self._values[name]
        if new != old or type(new) is not type(old):
            self._values[name] = new
            self._version += 1
            for listener in list(self._listeners):
                listener(name, old, new)
        return new

    def redeclare(self, declarations: Iterable[FlagDecl]) -> list[str]:
        """F5: take a new flag list, keeping the story so far where it still fits.

        New flags start at their default, values of unchanged types are kept (clamped
        to new bounds), and a flag whose type changed goes back to its default. Returns
        one plain sentence per value that could not be kept.
        """
        new = {d.name: d for d in declarations}
        notes: list[str] = []
        values: dict[str, FlagValue] = {}
        for name, decl in new.items():
            old = self._decls.get(name)
            if old is not None and old.type is decl.type:
                values[name] = decl.clamp(self._values[name])
            else:
                values[name] = decl.default
                if old is not None:
                    notes.append(f"flag '{name}' is now {_article(decl.type_name)}: back to "
                                 f"its default {decl.default!r}")
        notes += [f"flag '{name}' is no longer declared: its value is dropped"
                  for name in self._decls if name not in new]
        self._decls, self._values = new, values
        self._version += 1
        return notes

    def reset(self) -> None:
        """Back to defaults and no visits (a new game); listeners are not called."""
        self._values = {n: d.default for n, d in self._decls.items()}
        self._visits = {}
        self._version += 1

    def snapshot(self) -> dict[str, FlagValue]:
        """A copy of all values, safe to keep (e.g. to diff before/after a scene)."""
        return dict(self._values)

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(name, old, new)`` on every change; returns an unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    # -- visits: how often each dialogue node has been completed -------------------
    def visit_count(self, node: str) -> int:
        return self._visits.get(node, 0)

    def record_visit(self, node: str) -> None:
        self._visits[node] = self._visits.get(node, 0) + 1
        self._version += 1

    def visits(self) -> dict[str, int]:
        return dict(self._visits)

    # -- saves -----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict for the save file (values and visits, sorted for diffs)."""
        return {"version": SAVE_VERSION,
                "flags": dict(sorted(self._values.items())),
                "visits": dict(sorted(self._visits.items()))}

    def from_json(self, data: Mapping[str, Any]) -> list[str]:
        """Load a saved dict; returns problems (unknown or bad flags) instead of failing.

        A save from an older or newer build must still load, so flags it does not know
        are skipped and reported, and flags it lacks keep their defaults. Listeners are
        not called: the UI rebuilds itself after a load.
        """
        problems: list[str] = []
        flags = data.get("flags", {}) if isinstance(data, Mapping) else {}
        visits = data.get("visits", {}) if isinstance(data, Mapping) else {}
        if not isinstance(flags, Mapping) or not isinstance(visits, Mapping):
            return ["save data has no 'flags'/'visits' objects; using defaults"]
        values = {n: d.default for n, d in self._decls.items()}
        for name, value in flags.items():
            decl = self._decls.get(name)
            if decl is None:
                problems.append(f"unknown flag '{name}' in save (ignored)")
                continue
            try:
                values[name] = decl.clamp(coerce(decl, value))
            except FlagError as err:
                problems.append(f"{err}; using default {decl.default!r}")
        self._values = values
        self._visits = {}
        self._version += 1
        for node, count in visits.items():
            if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
                self._visits[str(node)] = count
            else:
                problems.append(f"bad visit count {count!r} for node '{node}' (ignored)")
        return problems
