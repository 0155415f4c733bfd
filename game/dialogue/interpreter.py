"""Plays a compiled ``Program`` one event at a time.

The runner is an explicit stack of (block, statement index) pairs rather than a
generator, so its position is a small JSON value a save file can hold, and the game
loop drives it at its own pace: ``advance()`` until a ``Choice``, ``choose()``, repeat.
"""

from __future__ import annotations

import random
from typing import Any

from game.dialogue.errors import DialogueRuntimeError, FlagError, RunnerError
from game.dialogue.evaluate import evaluate, evaluate_condition, format_value
from game.dialogue.events import Choice, Command, End, Event, Line, OptionView
from game.dialogue.expr_ast import Expr, Value
from game.dialogue.flags import FlagStore
from game.dialogue.model import (
    CommandStmt,
    IfStmt,
    JumpStmt,
    LineStmt,
    Node,
    OptionGroup,
    SetStmt,
    StopStmt,
    Template,
)
from game.dialogue.program import Program

# Statements run without showing anything before we call it an endless loop
# (e.g. two nodes that only jump to each other).
MAX_SILENT_STEPS = 10_000


class DialogueRunner:
    """Steps through nodes, evaluating conditions and flags against a ``FlagStore``."""

    def __init__(self, program: Program, flags: FlagStore,
                 rng: random.Random | None = None) -> None:
        self.program = program
        self.flags = flags
        self.rng = rng if rng is not None else random.Random()
        self._node: Node | None = None
        self._frames: list[list[int]] = []
        self._choice: OptionGroup | None = None
        self._shown: tuple[OptionView, ...] = ()

    # -- Environment protocol (read by expressions) ---------------------------------
    def flag(self, name: str) -> Value:
        return self.flags.get(name)

    def visit_count(self, node: str) -> int:
        return self.flags.visit_count(node)

    # -- public API -----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._node is not None

    @property
    def current_node(self) -> str | None:
        return self._node.title if self._node else None

    @property
    def waiting_for_choice(self) -> bool:
        return self._choice is not None

    def start(self, node_title: str) -> None:
        """Begin at the top of ``node_title`` (any dialogue in progress is dropped)."""
        self._enter(self.program.node(node_title))

    def stop(self) -> None:
        """Abandon the dialogue without counting the node as visited (e.g. the map changes)."""
        self._node = None
        self._frames = []
        self._choice = None

    def advance(self) -> Event:
        """Run until the next line, choice, command or the end, and return it."""
        if self._choice is not None:
            raise RunnerError("a choice is waiting: call choose(index) first")
        for _ in range(MAX_SILENT_STEPS):
            if self._node is None:
                return End()
            if not self._frames:
                self._leave()
                return End()
            frame = self._frames[-1]
            block = self._node.blocks[frame[0]]
            if frame[1] >= len(block):
                self._frames.pop()
                continue
            stmt = block[frame[1]]
            frame[1] += 1
            event = self._execute(stmt)
            if event is not None:
                return event
        assert self._node is not None
        raise DialogueRuntimeError.at(
            self._node.loc,
            f"dialogue ran {MAX_SILENT_STEPS} steps without showing anything (endless jump loop?)")

    def choose(self, index: int) -> None:
        """Pick option ``index`` of the pending ``Choice`` (counting disabled ones too)."""
        if self._choice is None:
            raise RunnerError("no choice is waiting")
        if not 0 <= index < len(self._shown):
            raise RunnerError(f"option {index} is out of range (0..{len(self._shown) - 1})")
        if not self._shown[index].enabled:
            raise RunnerError(f"option {index} ('{self._shown[index].text}') is not available")
        option = self._choice.options[index]
        self._choice = None
        self._shown = ()
        self._frames[-1][1] += 1  # past the group, so the body returns to what follows
        self._frames.append([option.body, 0])

    def position(self) -> dict[str, Any] | None:
        """Where the runner is, as JSON-ready data (None when idle).

        Restoring continues after the last line or command shown; a pending choice is
        offered again (its frame points at the option group until ``choose``). Flags
        and visits are saved separately by the ``FlagStore``.
        """
        if self._node is None:
            return None
        return {"node": self._node.title, "frames": [list(f) for f in self._frames]}

    def restore(self, position: dict[str, Any] | None) -> None:
        """Resume from ``position()``; ``RunnerError`` if the script changed too much."""
        if position is None:
            self.stop()
            return
        node = self.program.node(str(position.get("node")))
        frames = position.get("frames")
        if not isinstance(frames, list) or not all(_valid_frame(f, node) for f in frames):
            raise RunnerError(f"saved dialogue position no longer fits node '{node.title}'")
        self._node = node
        self._frames = [[int(b), int(i)] for b, i in frames]
        self._choice = None

    # -- execution --------------------------------------------------------------------
    def _execute(self, stmt: object) -> Event | None:
        if isinstance(stmt, LineStmt):
            if stmt.condition is not None and not self._condition(stmt.condition):
                return None
            return Line(stmt.speaker, self._render(stmt.text), stmt.tags, stmt.line_id)
        if isinstance(stmt, OptionGroup):
            return self._offer(stmt)
        if isinstance(stmt, IfStmt):
            target = next((b for cond, b in stmt.branches if self._condition(cond)),
                          stmt.else_block)
            if target is not None:
                self._frames.append([target, 0])
            return None
        if isinstance(stmt, SetStmt):
            value = self._evaluate(stmt.value)
            try:
                self.flags.set(stmt.name, value)
            except FlagError as err:
                raise DialogueRuntimeError.at(stmt.loc, str(err)) from None
            return None
        if isinstance(stmt, CommandStmt):
            args = tuple(self._render(a.value) for a in stmt.args if a.key is None)
            kwargs = {a.key: self._render(a.value) for a in stmt.args if a.key is not None}
            return Command(stmt.name, args, kwargs, stmt.loc)
        if isinstance(stmt, JumpStmt):
            if stmt.target not in self.program:
                raise DialogueRuntimeError.at(stmt.loc, f"<<jump>> to unknown node "
                                              f"'{stmt.target}'")
            self._leave()
            self._enter(self.program.node(stmt.target))
            return None
        assert isinstance(stmt, StopStmt)
        self._leave()
        return End()

    def _offer(self, group: OptionGroup) -> Event | None:
        views = tuple(
            OptionView(self._render(o.text),
                       o.condition is None or self._condition(o.condition), o.tags, o.line_id)
            for o in group.options)
        if not any(v.enabled for v in views):
            # Nothing to pick: carry on after the group rather than trap the player.
            return None
        self._frames[-1][1] -= 1  # stay on the group until choose(); see position()
        self._choice = group
        self._shown = views
        return Choice(views)

    def _enter(self, node: Node) -> None:
        self._node = node
        self._frames = [[0, 0]]
        self._choice = None

    def _leave(self) -> None:
        """Count a visit when a node is left (Yarn: visited() is true once a node ends)."""
        if self._node is not None:
            self.flags.record_visit(self._node.title)
        self._node = None
        self._frames = []

    def _render(self, template: Template) -> str:
        return "".join(p if isinstance(p, str) else format_value(self._evaluate(p))
                       for p in template.parts)

    def _evaluate(self, expr: Expr) -> Value:
        return evaluate(expr, self)

    def _condition(self, expr: Expr) -> bool:
        return evaluate_condition(expr, self)


def _valid_frame(frame: object, node: Node) -> bool:
    if not (isinstance(frame, list) and len(frame) == 2 and
            all(isinstance(x, int) and not isinstance(x, bool) for x in frame)):
        return False
    block, index = frame
    return 0 <= block < len(node.blocks) and 0 <= index <= len(node.blocks[block])
