"""Runs a dialogue node as a cutscene: lines go to the box, choices to the menu,
commands to the command registry, and the script waits where a command says so.

The director pulls events from the interpreter one at a time and only while
nothing is pending, so every cutscene is a plain sequence of logic steps: the
same input replays the same scene.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import TYPE_CHECKING

from game.core.actions import Action, InputState
from game.core.errors import ContentError, GameError
from game.dialogue import Choice, Command, DialogueRunner, End, Line
from game.dialogue.errors import DialogueError
from game.ui.dialogue_box import BoxState, DialogueBox
from game.world.box_place import place
from game.world.commands import CommandRegistry
from game.world.waits import CutsceneAbandoned, Wait
from game.world.wardrobe import dressed

if TYPE_CHECKING:
    from game.content import CharacterInfo
    from game.world.stage import Stage

log = logging.getLogger(__name__)

MAX_EVENTS_PER_STEP = 200  # a node that never waits is a script bug, not a hang
BACKLOG_SIZE = 100


class Director:
    def __init__(self, stage: Stage, box: DialogueBox, commands: CommandRegistry) -> None:
        self.stage = stage
        self.commands = commands
        self.box = box
        self.runner: DialogueRunner | None = None
        self.wait: Wait | None = None
        self.pending_choice = False
        self.node = ""
        self.partner: str | None = None  # the character id the player is talking to
        self.backlog: deque[tuple[str | None, str]] = deque(maxlen=BACKLOG_SIZE)
        self._line_id: str | None = None
        self.speaker: str | None = None  # of the line on show (the box keeps clear of them)

    @property
    def active(self) -> bool:
        return self.runner is not None

    def start(self, node: str, partner: str | None = None) -> None:
        """Run `node`; `partner` is the character the player spoke to, if any (two
        people may share a name, "Villager": the one spoken to keeps their face)."""
        ctx = self.stage.ctx
        runner = DialogueRunner(ctx.content.program, ctx.flags, ctx.rng)
        try:
            runner.start(node)
        except DialogueError as err:
            self.stage.report_error(f"Dialogue node '{node}' cannot start: {err}")
            return
        self.runner = runner
        self.node = node
        self.partner = partner
        self.wait = None
        self.pending_choice = False


    def stop(self) -> None:
        self.runner = None
        self.wait = None
        self.box.hide()
        self.stage.cutscene_ended(self.node)

    def handle(self, action: Action) -> bool:
        if not self.active:
            return False
        if action is Action.MENU:
            return False  # the pause menu still opens (saving is refused while busy)
        self.box.handle(action)
        return True

    def update(self, inp: InputState) -> None:
        if not self.active:
            return
        seen = self._line_id is not None and self._line_id in self.stage.session.seen_lines
        self.box.fast_forward = Action.SKIP in inp.held and (seen or self.stage.ctx.options.fast)
        self.box.update()
        try:
            self._pump()
        except CutsceneAbandoned:
            self.stop()
        except (DialogueError, ContentError) as err:
            self.stop()
            self.stage.report_error(f"In dialogue '{self.node}': {err}")

    def _pump(self) -> None:
        for _ in range(MAX_EVENTS_PER_STEP):
            if not self._ready():
                return
            assert self.runner is not None
            event = self.runner.advance()
            if isinstance(event, Line):
                self._line(event)
            elif isinstance(event, Choice):
                self.box.show_choice([(o.text, o.enabled) for o in event.options],
                                     key=event.options[0].line_id if event.options else "")
                self.pending_choice = True
            elif isinstance(event, Command):
                self._command(event)
            elif isinstance(event, End):
                self.stop()
                return
        raise ContentError(f"node '{self.node}' ran {MAX_EVENTS_PER_STEP} steps without waiting "
                           "(an endless <<jump>> loop?)")

    def _ready(self) -> bool:
        """True when the script may take its next event."""
        if self.wait is not None:
            self.wait.update()
            if not self.wait.done():
                return False
            self.wait = None
        if self.pending_choice:
            if self.box.state is not BoxState.DONE or self.box.chosen is None:
                return False
            assert self.runner is not None
            self.runner.choose(self.box.chosen)
            self.pending_choice = False
            self.box.pages = []
            return True
        if self.box.state in (BoxState.TYPING, BoxState.WAITING, BoxState.CHOOSING):
            return False
        if self.box.state is BoxState.DONE and self._line_id is not None:
            self.stage.session.seen_lines.add(self._line_id)
            self._line_id = None
        return True

    def _line(self, line: Line) -> None:
        info = self._speaker(line.speaker) if line.speaker else None
        portrait = self.stage.portrait(info, line.tags) if info else None
        name = info.name if info else line.speaker
        self.backlog.append((name, line.text))
        self._line_id = line.line_id
        self.speaker = line.speaker
        self.box.rect = place(self.stage, line.speaker)
        self.box.show_line(name, line.text, portrait)

    def _speaker(self, name: str) -> CharacterInfo | None:
        """Who says a line: the player when the name is theirs (Lena in Oscar's
        jacket, lena_jacket, speaks with that outfit's face), or the person spoken
        to when the name is theirs; otherwise the first character of that name. Then
        dressed as the session says (Lena in the servant's gown has that face)."""
        content = self.stage.ctx.content
        info = content.speaker(name)
        for cid in (self.stage.session.player_character, self.partner):
            near = content.characters.get(cid) if cid else None
            if info is not None and near is not None and near.name == info.name:
                info = near
                break
        if info is None:
            return None
        return content.characters[dressed(self.stage.session.outfits, info.id,
                                          content.characters)]

    def _command(self, cmd: Command) -> None:
        """Convert the arguments, then run the handler; every failure becomes a
        ContentError with the script's file:line:col, which `update` shows on the
        error panel before it leaves the cutscene."""
        try:
            call = self.commands.bind(cmd.name, cmd.args, cmd.kwargs)
        except ContentError as err:
            raise ContentError(f"{cmd.source}: {err}") from None
        if self.box.state is BoxState.DONE:
            self.box.hide()
        try:
            self.wait = call.run(self.stage)
        except (GameError, DialogueError) as err:
            raise ContentError(f"{cmd.source}: <<{cmd.name}>>: {err}") from None
        except Exception as err:  # a bug in a handler: a panel and a log, not a crash
            log.exception("<<%s>> failed", cmd.name)
            raise ContentError(f"{cmd.source}: <<{cmd.name}>> failed ({err!r})") from None
