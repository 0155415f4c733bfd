"""The command registry: declarations in, typed calls out.

A `Command` is one declaration: its name, its handler (whose docstring is the
writer's documentation), one or more alternative forms of positional
parameters (`<<move WHO X Y>>` or `<<move WHO SPAWN>>`) and its keyword options.
`CommandRegistry.bind` turns the words of a script's `<<name args>>` into a
`Call` of typed values, or an ArgError that says what is wrong; `check` does
the same for the linter, without a game, and adds what the registries know
(a flag that is not declared, a character nobody has heard of).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.world.commands.params import ArgError, Names, Param
from game.world.waits import Wait

if TYPE_CHECKING:
    from game.world.stage import Stage

Handler = Callable[..., Wait | None]
Form = tuple[Param, ...]


@dataclass(frozen=True)
class Command:
    """One command: `<<name ...>>` with its forms, its options and its handler."""

    name: str
    handler: Handler
    forms: tuple[Form, ...]
    options: tuple[Param, ...] = ()

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.handler.__doc__ or "")

    def signatures(self) -> list[str]:
        """`<<move WHO X Y>>`-style lines, one per form, options at the end."""
        opts = "".join(f" {o.label}={shown(o.default)}" for o in self.options)
        return [f"<<{' '.join([self.name, *(_label(p) for p in form)])}{opts}>>"
                for form in self.forms]

    def option(self, key: str) -> Param | None:
        return next((o for o in self.options if o.label == key), None)


def command(name: str, handler: Handler, *params: Param,
            alt: Iterable[Form] = (), options: Iterable[Param] = ()) -> Command:
    """A declaration: `command("wait", wait, Duration(hi=30))`; `alt` adds other forms."""
    return Command(name, handler, (tuple(params), *(tuple(f) for f in alt)), tuple(options))


@dataclass(frozen=True)
class Call:
    """A command with its arguments converted, ready to run on the map in play."""

    command: Command
    values: tuple[tuple[Param, object], ...]  # parsed, still to resolve on the map
    defaults: Mapping[str, object]

    def value(self, key: str) -> object:
        for param, value in self.values:
            if param.key == key:
                return value
        return self.defaults.get(key)

    def run(self, stage: Stage) -> Wait | None:
        kwargs = dict(self.defaults)
        for param, value in self.values:
            kwargs[param.key] = param.resolve(value, stage)
        return self.command.handler(stage, **kwargs)


class CommandRegistry:
    """Every command the scripts may use, by name (built by `build_registry`)."""

    def __init__(self, commands: Iterable[Command]) -> None:
        self._commands: dict[str, Command] = {}
        for cmd in commands:
            if cmd.name in self._commands:
                raise ValueError(f"command <<{cmd.name}>> is declared twice")
            _check_declaration(cmd)
            self._commands[cmd.name] = cmd

    def __contains__(self, name: object) -> bool:
        return name in self._commands

    def __iter__(self) -> Iterator[Command]:
        return iter(sorted(self._commands.values(), key=lambda c: c.name))

    def __len__(self) -> int:
        return len(self._commands)

    def get(self, name: str) -> Command | None:
        return self._commands.get(name)

    def bind(self, name: str, args: Iterable[str], kwargs: Mapping[str, str]) -> Call:
        """The typed call, or an ArgError naming the command and what is wrong."""
        cmd = self._commands.get(name)
        if cmd is None:
            raise ArgError(f"unknown command '{name}'")
        words = tuple(args)
        forms = _forms_taking(cmd, len(words))
        if not forms:
            raise ArgError(_count_problem(cmd, len(words)))
        problem: ArgError | None = None
        for form in forms:
            try:
                values = _fit(form, words)
                break
            except ArgError as err:
                problem = problem or err
        else:
            assert problem is not None
            raise ArgError(f"<<{name}>>: {problem}")
        defaults = {p.key: p.default for form in cmd.forms for p in form if p.optional}
        for opt in cmd.options:
            defaults[opt.key] = opt.default
        given = {p.key for p, _ in values}
        defaults = {k: v for k, v in defaults.items() if k not in given}
        opts: list[tuple[Param, object]] = []
        for key, text in kwargs.items():
            option = cmd.option(key)
            if option is None:
                known = ", ".join(o.label for o in cmd.options) or "none"
                raise ArgError(f"<<{name}>> has no option '{key}' (options: {known})")
            try:
                opts.append((option, option.parse((text,))))
            except ArgError as err:
                raise ArgError(f"<<{name}>>: {err}") from None
            defaults.pop(option.key, None)
        return Call(cmd, values + tuple(opts), defaults)

    def check(self, name: str, args: Iterable[str], kwargs: Mapping[str, str],
              names: Names, literal: bool = True) -> list[str]:
        """Everything wrong with a use in a script, for the linter (empty when fine).

        A use with `{interpolation}` in it (`literal=False`) is only checked for its
        name, its count of arguments and its option names: the values come at run time.
        """
        cmd = self._commands.get(name)
        if cmd is None:
            return [f"unknown command '{name}'"]
        words = tuple(args)
        if not literal:
            if not _forms_taking(cmd, len(words)):
                return [_count_problem(cmd, len(words))]
            return [f"<<{name}>> has no option '{k}'" for k in kwargs if cmd.option(k) is None]
        try:
            call = self.bind(name, words, kwargs)
        except ArgError as err:
            return [str(err)]
        problems = [param.check(value, names) for param, value in call.values]
        return [f"<<{name}>>: {p}" for p in problems if p]


def _label(param: Param) -> str:
    return f"[{param.label}]" if param.optional else param.label


def shown(value: object) -> str:
    """A default as a writer would type it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "none"
    if value == "":
        return '""'
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _words(form: Form) -> tuple[int, int]:
    least = sum(p.arity for p in form if not p.optional)
    return least, sum(p.arity for p in form)


def _forms_taking(cmd: Command, count: int) -> list[Form]:
    return [f for f in cmd.forms if _words(f)[0] <= count <= _words(f)[1]]


def _count_problem(cmd: Command, count: int) -> str:
    shapes = " or ".join(" ".join(_label(p) for p in form) or "no arguments"
                         for form in cmd.forms)
    return f"<<{cmd.name}>> takes {shapes}, got {count} argument{'s' * (count != 1)}"


def _fit(form: Form, words: tuple[str, ...]) -> tuple[tuple[Param, object], ...]:
    values: list[tuple[Param, object]] = []
    at = 0
    for param in form:
        if at + param.arity > len(words):
            break  # the rest are optional (the count was checked)
        values.append((param, param.parse(words[at:at + param.arity])))
        at += param.arity
    return tuple(values)


def _check_declaration(cmd: Command) -> None:
    """A declaration whose keys the handler does not take is a programming error."""
    accepted = set(list(inspect.signature(cmd.handler).parameters)[1:])
    keys = {p.key for form in cmd.forms for p in form} | {o.key for o in cmd.options}
    missing = keys - accepted
    if missing:
        raise TypeError(f"<<{cmd.name}>>: handler {cmd.handler.__name__} does not take "
                        f"{', '.join(sorted(missing))}")
    for option in cmd.options:
        if not option.optional:
            raise TypeError(f"<<{cmd.name}>>: option {option.label} needs a default")
    for form in cmd.forms:
        seen_optional = False
        for param in form:
            if seen_optional and not param.optional:
                raise TypeError(f"<<{cmd.name}>>: {param.label} follows an optional one")
            seen_optional = seen_optional or param.optional
