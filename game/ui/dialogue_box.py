"""The dialogue box: name box, portrait, typewriter text, pages, and choices.

The first confirm completes the line being typed, the next advances (the rule of
every good JRPG). Long lines are wrapped and split into pages, so text never
overflows the frame. Choices keep their cursor per choice point.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.core.actions import Action
from game.core.portrait import Portrait
from game.ui.ninepatch import NinePatch
from game.ui.text import GOLD, INK, PALE_GOLD, TEXT, TEXT_DIM, BitmapFont

BOX = pygame.Rect(8, 190, 464, 74)
PORTRAIT_SIZE = 64  # the frame size of assets/data/expressions.json
PORTRAIT_INSET = 5  # gap between the frame's edge and the portrait
PORTRAIT_BACK = (28, 35, 64)  # the palette's navy: a darker well the face sits in
PORTRAIT_RIM = (61, 36, 71)  # violet_dark
# Script lines are at most 2,000 characters (game.dialogue.limits) but flags can be
# interpolated into them; past this the rest is cut, so a box never holds hundreds of pages.
MAX_TEXT_CHARS = 4000
TEXT_SPEEDS = {"slow": 0.4, "normal": 0.8, "fast": 2.0, "instant": 10_000.0}  # chars/step


class BoxState(enum.Enum):
    HIDDEN = "hidden"
    TYPING = "typing"
    WAITING = "waiting"  # page fully shown, waiting for confirm
    CHOOSING = "choosing"
    DONE = "done"  # the line was read; the director takes it from here


@dataclass
class UiImages:
    frame: NinePatch
    namebox: NinePatch
    cursor: pygame.Surface
    prompt: list[pygame.Surface]


class DialogueBox:
    def __init__(self, font: BitmapFont, images: UiImages, text_speed: str = "normal",
                 blip: Callable[[], None] | None = None) -> None:
        self.font = font
        self.images = images
        self.text_speed = text_speed
        self.blip = blip
        self.state = BoxState.HIDDEN
        self.speaker: str | None = None
        self.portrait: Portrait | pygame.Surface | None = None
        self.pages: list[list[str]] = []
        self.page = 0
        self.shown = 0.0  # characters of the current page revealed
        self.options: list[tuple[str, bool]] = []
        self.cursor = 0
        self.chosen: int | None = None
        self.fast_forward = False
        self._cursor_memory: dict[str, int] = {}
        self._choice_key = ""
        self._tick = 0

    # what the director calls -------------------------------------------
    def show_line(self, speaker: str | None, text: str,
                  portrait: Portrait | pygame.Surface | None) -> None:
        """Start typing a line; a `Portrait` blinks and talks, a plain surface stays still."""
        self.speaker = speaker
        self.portrait = portrait
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS - 1] + "…"
        self.pages = self._paginate(text)
        self.page = 0
        self.shown = 0.0
        self.state = BoxState.TYPING
        if self.speed >= 1000:
            self._complete_page()

    def show_choice(self, options: list[tuple[str, bool]], key: str) -> None:
        """Options are (text, enabled); disabled ones are not shown."""
        self.options = options
        self._choice_key = key
        enabled = [i for i, (_, ok) in enumerate(options) if ok]
        remembered = self._cursor_memory.get(key)
        self.cursor = remembered if remembered in enabled else (enabled[0] if enabled else 0)
        self.chosen = None
        self.state = BoxState.CHOOSING

    def hide(self) -> None:
        self.state = BoxState.HIDDEN

    @property
    def speed(self) -> float:
        return TEXT_SPEEDS.get(self.text_speed, TEXT_SPEEDS["normal"])

    @property
    def page_text(self) -> str:
        return "\n".join(self.pages[self.page]) if self.pages else ""

    # input ----------------------------------------------------------------
    def handle(self, action: Action) -> bool:
        if self.state is BoxState.TYPING and action is Action.CONFIRM:
            self._complete_page()
            return True
        if self.state is BoxState.WAITING and action is Action.CONFIRM:
            self._next_page()
            return True
        if self.state is BoxState.CHOOSING:
            return self._handle_choice(action)
        return self.state in (BoxState.TYPING, BoxState.WAITING)

    def _handle_choice(self, action: Action) -> bool:
        enabled = [i for i, (_, ok) in enumerate(self.options) if ok]
        if not enabled:
            return True
        pos = enabled.index(self.cursor) if self.cursor in enabled else 0
        if action is Action.UP:
            self.cursor = enabled[(pos - 1) % len(enabled)]
        elif action is Action.DOWN:
            self.cursor = enabled[(pos + 1) % len(enabled)]
        elif action is Action.CONFIRM:
            self.chosen = self.cursor
            self._cursor_memory[self._choice_key] = self.cursor
            self.state = BoxState.DONE
        return True

    def update(self) -> None:
        self._tick += 1
        if self.state is BoxState.TYPING:
            before = int(self.shown)
            self.shown += self.speed
            total = len(self.page_text)
            if int(self.shown) != before and self.blip is not None and before % 3 == 0:
                self.blip()
            if self.shown >= total:
                self.shown = total
                self.state = BoxState.WAITING
        if self.fast_forward and self.state in (BoxState.TYPING, BoxState.WAITING):
            if self.state is BoxState.TYPING:
                self._complete_page()
            elif self._tick % 3 == 0:
                self._next_page()

    def _complete_page(self) -> None:
        self.shown = len(self.page_text)
        self.state = BoxState.WAITING

    def _next_page(self) -> None:
        if self.page + 1 < len(self.pages):
            self.page += 1
            self.shown = 0.0
            self.state = BoxState.TYPING
            if self.speed >= 1000:
                self._complete_page()
        else:
            self.state = BoxState.DONE

    # layout ---------------------------------------------------------------
    def text_rect(self) -> pygame.Rect:
        left = BOX.x + 10
        if self.portrait is not None:
            left = BOX.x + PORTRAIT_INSET + PORTRAIT_SIZE + 10
        return pygame.Rect(left, BOX.y + 10, BOX.right - 12 - left, BOX.height - 18)

    def lines_per_page(self) -> int:
        return max(1, self.text_rect().height // self.font.line_height)

    def _paginate(self, text: str) -> list[list[str]]:
        lines = self.font.wrap(text, self.text_rect().width - 10)
        per = self.lines_per_page()
        return [lines[i:i + per] for i in range(0, len(lines), per)] or [[""]]

    # drawing --------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.state is BoxState.HIDDEN:
            return
        if self.state is BoxState.CHOOSING:
            self._draw_choices(surface)
            if not self.pages:
                return
        surface.blit(self.images.frame.render(BOX.width, BOX.height), BOX.topleft)
        if self.portrait is not None:
            self._draw_portrait(surface)
        if self.speaker:
            self._draw_name(surface)
        self._draw_text(surface)

    def portrait_image(self) -> pygame.Surface | None:
        """The portrait frame shown now: the mouth moves while letters appear, eyes blink."""
        if self.portrait is None or isinstance(self.portrait, pygame.Surface):
            return self.portrait
        talking = self.state is BoxState.TYPING
        text = self.page_text
        letter = int(self.shown)
        resting = letter >= len(text) or not text[letter].isalnum()
        return self.portrait.frame(self._tick, talking, letter, resting)

    def _draw_portrait(self, surface: pygame.Surface) -> None:
        image = self.portrait_image()
        if image is None:
            return
        w, h = image.get_size()
        x = BOX.x + PORTRAIT_INSET
        y = BOX.y + (BOX.height - h) // 2
        well = pygame.Rect(x - 1, y - 1, w + 2, h + 2)
        surface.fill(PORTRAIT_RIM, well)
        surface.fill(PORTRAIT_BACK, well.inflate(-2, -2))
        surface.blit(image, (x, y))

    def _draw_name(self, surface: pygame.Surface) -> None:
        assert self.speaker is not None
        w = self.font.width(self.speaker) + 14
        h = self.font.line_height + 6
        x = BOX.x + 6
        y = BOX.y - h + 4
        surface.blit(self.images.namebox.render(w, h), (x, y))
        self.font.draw(surface, self.speaker, (x + 7, y + 3), PALE_GOLD, INK)

    def _draw_text(self, surface: pygame.Surface) -> None:
        rect = self.text_rect()
        remaining = int(self.shown) if self.state is BoxState.TYPING else 10**9
        y = rect.y
        lines = self.pages[self.page] if self.pages else []
        for line in lines:
            visible = line[:max(0, remaining)]
            remaining -= len(line) + 1
            if visible:
                self.font.draw(surface, visible, (rect.x, y), TEXT, INK)
            y += self.font.line_height
        if self.state is BoxState.WAITING and self.images.prompt:
            frame = self.images.prompt[(self._tick // 8) % len(self.images.prompt)]
            surface.blit(frame, (BOX.right - 16, BOX.bottom - 14))

    def _draw_choices(self, surface: pygame.Surface) -> None:
        shown = [(i, t) for i, (t, ok) in enumerate(self.options) if ok]
        if not shown:
            return
        lh = self.font.line_height + 3
        width = max(self.font.width(t) for _, t in shown) + 34
        height = len(shown) * lh + 14
        x = BOX.right - width
        y = BOX.y - height - 4 if self.pages else BOX.bottom - height
        surface.blit(self.images.frame.render(width, height), (x, y))
        for row, (index, text) in enumerate(shown):
            ty = y + 8 + row * lh
            selected = index == self.cursor
            if selected:
                bob = (self._tick // 10) % 2
                cy = ty + (self.font.line_height - 8) // 2
                surface.blit(self.images.cursor, (x + 8 + bob, cy))
            self.font.draw(surface, text, (x + 20, ty), GOLD if selected else TEXT_DIM, INK)
