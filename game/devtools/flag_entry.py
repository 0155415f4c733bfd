"""The F9 menu's text entry for a str flag: pick one of its declared choices, or type.

A flag that declares `choices` (assets/data/flags.json) offers only those, so nothing
invalid can be picked; any other text flag is typed on the keyboard and checked
against its declaration when Enter is pressed, the way `--set` checks it. A refused
value stays in the box with the reason under it.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.errors import ContentError
from game.core.scene import Scene
from game.devtools.flag_text import MAX_TYPED, check_text
from game.dialogue.flags import FlagDecl
from game.screens.common import dim, heading, panel
from game.ui.menu import draw_hint
from game.ui.text import GOLD, INK, RED, TEXT, TEXT_DIM

#: Hands the keyboard to a sink (None: back to actions): `Flow.start_typing`.
Typing = Callable[[Callable[[str], None] | None], None]

BOX = pygame.Rect(60, 70, 360, 130)  # with a list of choices
TYPING_BOX = pygame.Rect(60, 80, 360, 96)
VISIBLE = 6


def shown_text(value: str) -> str:
    """A text flag's value as the menu shows it: quoted, and the empty text named."""
    return "(empty)" if value == "" else repr(value)


class FlagEntryScene(Scene):
    opaque = False

    def __init__(self, ctx: GameContext, decl: FlagDecl, typing: Typing) -> None:
        super().__init__(ctx)
        self.decl = decl
        self.typing = typing
        current = str(ctx.flags.get(decl.name))
        self.text = current
        self.problem = ""
        self.choices = decl.choices
        self.cursor = self.choices.index(current) if current in self.choices else 0

    def enter(self) -> None:
        if not self.choices:
            self.typing(self.type)

    # input -------------------------------------------------------------------------
    def type(self, chars: str) -> None:
        """Keyboard text while the entry is open (see `InputMapper.text_sink`)."""
        for char in chars:
            if char == "\b":
                self.text = self.text[:-1]
            elif char == "\n":
                self.submit(self.text)
            elif char == "\x1b":
                self.close()
            elif char.isprintable():
                self.text += char
            if self not in self.ctx.stack:
                return

    def submit(self, text: str) -> bool:
        """Store `text` if the declaration takes it; otherwise say why and stay open."""
        try:
            self.ctx.flags.set(self.decl.name, check_text(self.decl, text))
        except ContentError as err:
            self.problem = str(err)
            return False
        self.close()
        return True

    def close(self) -> None:
        if self in self.ctx.stack:
            self.ctx.stack.remove(self)

    def exit(self) -> None:
        self.typing(None)  # however the entry leaves the stack, the keyboard plays again

    def handle(self, action: Action) -> bool:
        if action in (Action.CANCEL, Action.MENU, Action.DEBUG_MENU):
            self.close()
        elif self.choices and action in (Action.UP, Action.DOWN):
            self.cursor = (self.cursor + (1 if action is Action.DOWN else -1)) % len(self.choices)
        elif self.choices and action is Action.CONFIRM:
            self.submit(self.choices[self.cursor])
        return True

    def update(self, inp: InputState) -> None:
        pass

    # drawing -----------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        dim(surface, 240)  # the flag list underneath would show through the panel
        heading(self.ctx, surface, self.decl.name, 30)
        box = BOX if self.choices else TYPING_BOX
        panel(self.ctx, surface, box)
        font = self.ctx.fonts.small
        x, y = box.x + 12, box.y + 10
        for line in font.wrap(self.decl.doc or "A text flag.", box.width - 24)[:2]:
            font.draw(surface, line, (x, y), TEXT_DIM, INK)
            y += font.line_height
        y += 6
        if self.choices:
            top = min(max(0, self.cursor - VISIBLE + 1), max(0, len(self.choices) - VISIBLE))
            for i, choice in enumerate(self.choices[top:top + VISIBLE]):
                chosen = top + i == self.cursor
                label = ("> " if chosen else "  ") + shown_text(choice)
                font.draw(surface, label, (x, y), GOLD if chosen else TEXT, INK)
                y += font.line_height + 2
            hint = "Up/down pick, confirm sets it, cancel leaves it as it was."
        else:
            caret = "_" if (self.ctx.frame // 30) % 2 == 0 else " "
            shown = (self.text + caret)[-44:]
            font.draw(surface, shown, (x, y), GOLD, INK)
            count = f"{len(self.text)} / {MAX_TYPED}"
            at = (box.right - 12 - font.width(count), y + font.line_height + 4)
            font.draw(surface, count, at,
                      RED if len(self.text) > MAX_TYPED else TEXT_DIM, INK)
            hint = "Type the text; Enter sets it, Esc leaves it as it was."
        if self.problem:
            for i, line in enumerate(font.wrap(self.problem, box.width - 24)[:2]):
                font.draw(surface, line, (x, box.bottom - 28 + i * font.line_height), RED, INK)
        draw_hint(surface, font, hint)
