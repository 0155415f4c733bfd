"""`OrderedScene`: the phrases of an ordered choice, picked one after another.

The sentence grows at the top of the box as the player picks; Cancel takes the
last phrase back. A wrong order brings the correction (spoken by the spec's
speaker) and an empty sentence; the right one stays on screen a moment, then
the script goes on.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.contest import draw
from game.contest.ordered import Ordered
from game.contest.scene_base import PLAY_ACTIONS
from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.requests import OpenPause
from game.core.scene import Scene
from game.ui.text import GOLD, PALE_GOLD, TEXT, TEXT_DIM

END_STEPS = 110
HELP = ("Some words have a form. Build the sentence part by part:",
        "Up and Down choose a part, Confirm adds it, Cancel takes it back.",
        "Say it out of order and you will be corrected. Try again.")


class OrderedScene(Scene):
    opaque = False
    busy = True

    def __init__(self, ctx: GameContext, rules: Ordered, on_done: Callable[[int], None],
                 show_help: bool = False, backdrop: bool = False) -> None:
        super().__init__(ctx)
        self.rules = rules
        self.on_done = on_done
        self.helping = show_help
        self.cursor = 0
        self.ending = 0
        self.backdrop = backdrop  # the demo has no map below: a plain dark hall

    def handle(self, action: Action) -> bool:
        if action is Action.MENU:  # the pause menu, over the contest; it waits
            self.ctx.requests.post(OpenPause())
            return True
        return action in PLAY_ACTIONS

    def update(self, inp: InputState) -> None:
        rules = self.rules
        if self.helping:
            self.helping = Action.CONFIRM not in inp.pressed
            return
        if rules.done:
            self.ending += 1
            if self.ending >= END_STEPS and self in self.ctx.stack:
                self.ctx.stack.remove(self)
                self.on_done(rules.tries)
            return
        options = rules.remaining
        audio = self.ctx.audio
        if Action.UP in inp.pressed:
            self.cursor = (self.cursor - 1) % len(options)
            audio.play_sfx("menu_move")
        elif Action.DOWN in inp.pressed:
            self.cursor = (self.cursor + 1) % len(options)
            audio.play_sfx("menu_move")
        elif Action.CANCEL in inp.pressed and rules.picked:
            rules.undo()
            audio.play_sfx("menu_cancel")
        elif Action.CONFIRM in inp.pressed:
            tries = rules.tries
            rules.pick(options[self.cursor])
            self.cursor = 0
            audio.play_sfx("standoff_win" if rules.done else
                           "presence_falter" if rules.tries > tries else "menu_confirm")

    def draw(self, surface: pygame.Surface) -> None:
        rules, font = self.rules, self.ctx.fonts.small
        spec = rules.spec
        if self.backdrop:
            surface.fill((28, 20, 40))
        rect = pygame.Rect(20, 118, 440, 140)
        draw.panel(surface, rect, 245)
        font.draw(surface, spec.prompt, (rect.x + 10, rect.y + 6), PALE_GOLD)
        spoken = font.wrap(rules.spoken or "...", rect.width - 20)
        for i, line in enumerate(spoken[:3]):
            font.draw(surface, line, (rect.x + 10, rect.y + 20 + 11 * i),
                      GOLD if rules.done else TEXT)
        if rules.done:
            return
        if rules.correction:
            who = f"{spec.speaker}: " if spec.speaker else ""
            font.draw(surface, who + rules.correction, (rect.x + 10, rect.y + 56), TEXT_DIM)
        hint = rules.hint
        for i, phrase in enumerate(rules.remaining):
            y = rect.y + 72 + 12 * i
            colour = GOLD if i == self.cursor else TEXT
            if i == self.cursor:
                font.draw(surface, ">", (rect.x + 10, y), GOLD)
            font.draw(surface, phrase, (rect.x + 22, y), colour)
            if phrase == hint:
                font.draw(surface, "*", (rect.right - 16, y), PALE_GOLD)
        help_line = "Pick each part in turn. Cancel takes the last one back."
        font.draw(surface, help_line, (rect.x + 10, rect.bottom - 12), TEXT_DIM)
        if self.helping:
            draw.help_card(surface, font, "Speak it in order", HELP)
