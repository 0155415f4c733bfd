"""Typed command parameters: how a word in `<<name args>>` becomes a value.

Each parameter converts its text once (`parse`: numbers finite and within their
range, names well formed, enums known), can be checked against the game's
registries without running anything (`check`, for the script linter), and is
resolved against the map in play just before the handler runs (`resolve`: a
character's name becomes that character, a tile becomes a point on the map).
Every failure is an `ArgError`, a ContentError the director shows on the error
panel; nothing here raises anything else.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.core.errors import ContentError
from game.world.model import FACING_NAMES, Facing

if TYPE_CHECKING:
    from game.world.stage import Stage

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\Z")
MAX_TILE = 1023  # no map is wider; a bigger number is a typo


class ArgError(ContentError):
    """A command argument that does not fit its declaration."""


@dataclass(frozen=True)
class Names:
    """What the linter knows by kind ("character", "spawn", "map", "flag", "music", ...).
    A kind that is absent is not checked; `flag_types` maps flag name to type name."""

    known: Mapping[str, frozenset[str]] = field(default_factory=dict)
    flag_types: Mapping[str, str] = field(default_factory=dict)


class Param:
    """One parameter: a label for docs and errors, the handler's keyword, a default
    (`...`, the default default, means required: None is a real default)."""

    arity = 1  # words it reads

    def __init__(self, label: str, key: str | None = None, default: object = ...) -> None:
        self.label = label
        self.key = key or label.lower().split()[0]
        self.default = default

    @property
    def optional(self) -> bool:
        return self.default is not ...

    def parse(self, words: tuple[str, ...]) -> object:
        """The typed value of this parameter's words (static: no game state)."""
        return words[0]

    def check(self, value: object, names: Names) -> str | None:
        """Why a parsed value names something that does not exist, or None."""
        return None

    def resolve(self, value: object, stage: Stage) -> object:
        """The value the handler receives, on the map in play."""
        return value

    def describe(self) -> str:
        """What the writer may put here, for docs/COMMANDS.md."""
        return "text"


def _unknown(kind: str, value: str, names: Names, where: str) -> str | None:
    known = names.known.get(kind)
    if known is None or value in known or value.lower() in known:
        return None
    return f"{kind} '{value}' is not {where}"


class Text(Param):
    """Any words (a journal line, a title)."""


class Number(Param):
    """A finite number in [lo, hi]; `whole` for counts and pixels."""

    def __init__(self, label: str, lo: float, hi: float, key: str | None = None,
                 default: object = ..., whole: bool = False, unit: str = "") -> None:
        super().__init__(label, key, default)
        self.lo, self.hi, self.whole, self.unit = lo, hi, whole, unit

    def parse(self, words: tuple[str, ...]) -> object:
        text = words[0]
        if not _NUMBER.match(text):
            raise ArgError(f"{self.label} must be a number, got '{text}'")
        value = float(text)
        if not math.isfinite(value):
            raise ArgError(f"{self.label} must be a finite number, got '{text}'")
        if self.whole and value != int(value):
            raise ArgError(f"{self.label} must be a whole number, got '{text}'")
        if not self.lo <= value <= self.hi:
            raise ArgError(f"{self.label} must be between {self.lo:g} and {self.hi:g}"
                           f"{' ' + self.unit if self.unit else ''}, got '{text}'")
        return int(value) if self.whole else value

    def describe(self) -> str:
        kind = "whole number" if self.whole else "number"
        unit = f" {self.unit}" if self.unit else ""
        return f"{kind} {self.lo:g} to {self.hi:g}{unit}"


class Duration(Number):
    """Seconds, from 0 to a maximum: no wait, fade or blend can hold a scene for ever."""

    def __init__(self, label: str = "SECONDS", hi: float = 30.0, key: str | None = None,
                 default: object = ...) -> None:
        super().__init__(label, 0.0, hi, key=key or "seconds", default=default, unit="seconds")

    def describe(self) -> str:
        return f"seconds, 0 to {self.hi:g}"


class Flag(Param):
    """A declared story flag (a leading `$` is allowed), of a given type if `type_name`."""

    def __init__(self, label: str = "FLAG", type_name: str | None = None,
                 key: str | None = None, default: object = ...) -> None:
        super().__init__(label, key or "flag", default)
        self.type_name = type_name

    def parse(self, words: tuple[str, ...]) -> object:
        name = words[0].removeprefix("$")
        if not re.match(r"[A-Za-z_][A-Za-z0-9_]*\Z", name):
            raise ArgError(f"{self.label}: '{words[0]}' is not a flag name")
        return name

    def check(self, value: object, names: Names) -> str | None:
        name = str(value)
        if not names.flag_types:
            return None
        if name not in names.flag_types:
            return f"flag '${name}' is not declared in assets/data/flags.json"
        actual = names.flag_types[name]
        if self.type_name and actual != self.type_name:
            return f"flag '${name}' is {actual}, but {self.label} needs {self.type_name}"
        return None

    def resolve(self, value: object, stage: Stage) -> object:
        name = str(value)
        decl = stage.flags.declaration(name)  # a FlagError names an unknown flag
        if self.type_name and decl.type_name != self.type_name:
            raise ArgError(f"flag '${name}' is {decl.type_name}, but {self.label} needs "
                           f"{self.type_name}")
        return name

    def describe(self) -> str:
        kind = f"{'an' if self.type_name[0] in 'aeiou' else 'a'} {self.type_name} flag" \
            if self.type_name else "a flag"
        return f"{kind} of assets/data/flags.json (`$` optional)"


class Choice(Param):
    """One of a fixed set of words (emotes, facings)."""

    def __init__(self, label: str, options: tuple[str, ...], key: str | None = None,
                 default: object = ...) -> None:
        super().__init__(label, key, default)
        self.options = options

    def parse(self, words: tuple[str, ...]) -> object:
        if words[0] not in self.options:
            raise ArgError(f"{self.label} must be one of {' '.join(self.options)}, "
                           f"got '{words[0]}'")
        return words[0]

    def describe(self) -> str:
        return "one of " + " ".join(f"`{o}`" for o in self.options)


class Direction(Choice):
    """up, down, left or right: the handler gets a `Facing`."""

    def __init__(self, label: str = "DIRECTION", key: str | None = None,
                 default: object = ...) -> None:
        super().__init__(label, FACING_NAMES, key, default)

    def parse(self, words: tuple[str, ...]) -> object:
        return Facing(str(super().parse(words)))


class Switch(Param):
    """true or false."""

    def parse(self, words: tuple[str, ...]) -> object:
        if words[0] not in ("true", "false"):
            raise ArgError(f"{self.label} must be true or false, got '{words[0]}'")
        return words[0] == "true"

    def describe(self) -> str:
        return "`true` or `false`"


class Name(Param):
    """A name from a registry: a lighting mode, a music track, a flight stage, a map.
    The linter checks it against `Names.known[kind]`; at run time the stage does."""

    def __init__(self, label: str, kind: str, key: str | None = None,
                 default: object = ..., silence: tuple[str, ...] = (),
                 about: str | None = None) -> None:
        super().__init__(label, key, default)
        self.kind = kind
        self.silence = silence  # words that mean "none" and are always allowed
        self.about = about

    def check(self, value: object, names: Names) -> str | None:
        if value in self.silence:
            return None
        return _unknown(self.kind, str(value), names, f"a known {self.kind} name")

    def resolve(self, value: object, stage: Stage) -> object:
        known = stage.known_names(self.kind)
        if value not in self.silence and known is not None and value not in known:
            listed = ", ".join(sorted(known))
            raise ArgError(f"unknown {self.kind} '{value}' (known: {listed})")
        return value

    def describe(self) -> str:
        extra = f" (or `{'` `'.join(self.silence)}`)" if self.silence else ""
        return (self.about or f"a {self.kind} name") + extra


class Cast(Param):
    """A character of the cast (characters.json) by script name or id; `ids` for ids only."""

    def __init__(self, label: str = "CHARACTER", ids: bool = False, key: str | None = None
                 ) -> None:
        super().__init__(label, key or "name")
        self.ids = ids

    def check(self, value: object, names: Names) -> str | None:
        kind = "character id" if self.ids else "cast member"
        return _unknown(kind, str(value), names, "in assets/data/characters.json")

    def resolve(self, value: object, stage: Stage) -> object:
        name = str(value)
        found = (name in stage.content.characters if self.ids
                 else stage.content.speaker(name) is not None)
        if not found:
            raise ArgError(f"unknown character '{name}' (not in assets/data/characters.json)")
        return name

    def describe(self) -> str:
        return "a character id" if self.ids else "a character's name or id"


class Who(Param):
    """A character on this map (its Name, its id, or `player`): the handler gets the
    `Character`, or with `as_name` the name as written once it is known to be there."""

    def __init__(self, label: str = "WHO", key: str | None = None, as_name: bool = False
                 ) -> None:
        super().__init__(label, key or "who")
        self.as_name = as_name

    def check(self, value: object, names: Names) -> str | None:
        return _unknown("character", str(value), names,
                        "in assets/data/characters.json nor an NPC on any map")

    def resolve(self, value: object, stage: Stage) -> object:
        found = stage.find(str(value))
        return str(value) if self.as_name else found

    def describe(self) -> str:
        return "a character on this map"


class Spot(Param):
    """A Spawn on this map or a character standing on it: the handler gets a point."""

    def __init__(self, label: str = "SPAWN", key: str | None = None) -> None:
        super().__init__(label, key or "to")

    def check(self, value: object, names: Names) -> str | None:
        known = names.known.get("spawn"), names.known.get("character")
        if None in known or any(str(value) in k or str(value).lower() in k
                                for k in known if k is not None):
            return None
        return f"'{value}' is neither a Spawn on any map nor a character"

    def resolve(self, value: object, stage: Stage) -> object:
        return stage.spot(str(value))

    def describe(self) -> str:
        return "a Spawn (or a character) on this map"


class Tile(Param):
    """Two words, X Y, in tiles: the handler gets the point where feet stand there."""

    arity = 2

    def __init__(self, label: str = "X Y", key: str | None = None) -> None:
        super().__init__(label, key or "to")
        self._axis = (Number("X", 0, MAX_TILE), Number("Y", 0, MAX_TILE))

    def parse(self, words: tuple[str, ...]) -> object:
        x, y = (float(axis.parse((w,)))  # type: ignore[arg-type]
                for axis, w in zip(self._axis, words, strict=True))
        return x, y

    def resolve(self, value: object, stage: Stage) -> object:
        assert isinstance(value, tuple)
        return stage.tile_spot(float(value[0]), float(value[1]))

    def describe(self) -> str:
        return f"tile coordinates, 0 to {MAX_TILE} each (inside the map)"


class Either(Param):
    """The first of two parameters that accepts the word (a direction, or someone)."""

    def __init__(self, label: str, first: Param, second: Param, key: str | None = None
                 ) -> None:
        super().__init__(label, key or first.key)
        self.first, self.second = first, second

    def parse(self, words: tuple[str, ...]) -> object:
        try:
            return (0, self.first.parse(words))
        except ArgError:
            return (1, self.second.parse(words))

    def _pick(self, value: object) -> tuple[Param, object]:
        assert isinstance(value, tuple)
        return (self.first if value[0] == 0 else self.second), value[1]

    def check(self, value: object, names: Names) -> str | None:
        param, inner = self._pick(value)
        return param.check(inner, names)

    def resolve(self, value: object, stage: Stage) -> object:
        param, inner = self._pick(value)
        return param.resolve(inner, stage)

    def describe(self) -> str:
        return f"{self.first.describe()}, or {self.second.describe()}"
