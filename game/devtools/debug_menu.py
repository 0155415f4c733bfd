"""F9, the map makers' menu over the world: see and change flags, jump to any map and
spawn, skip the running cutscene.

It exists so story-gated content can be tried without playing up to it. Flags are
changed in the shared flag store (as a script's `<<set>>` would); going somewhere
and skipping are asked of the flow (`JumpTo`, `SkipCutscene`), which does them
after the step. Off in a bundle unless enabled (`game.app.debug_menu_enabled`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pygame

from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.requests import JumpTo, SkipCutscene
from game.core.scene import Scene
from game.devtools.flag_entry import FlagEntryScene, Typing, shown_text
from game.devtools.map_index import map_names, spawn_names
from game.dialogue.flags import FlagDecl
from game.screens.common import dim, heading, panel
from game.ui.menu import draw_hint
from game.ui.text import GOLD, INK, TEXT, TEXT_DIM
from game.world.loader import resolve_map_path
from game.world.scene import WorldScene

VISIBLE_ROWS = 11
PANEL = pygame.Rect(40, 48, 400, 196)


@dataclass
class Row:
    label: str
    value: Callable[[], str] | None = None
    on_select: Callable[[], None] | None = None
    on_left: Callable[[], None] | None = None
    on_right: Callable[[], None] | None = None
    hint: str = ""


class DebugMenuScene(Scene):
    opaque = False

    def __init__(self, ctx: GameContext, world: WorldScene, typing: Typing) -> None:
        super().__init__(ctx)
        self.world = world
        self.typing = typing  # hands the keyboard to the text entry (Flow.start_typing)
        self.title = ""
        self.rows: list[Row] = []
        self.cursor = 0
        self.top = 0
        self._back: Callable[[], None] | None = None
        self.show_main()

    # pages ---------------------------------------------------------------------------
    def _page(self, title: str, rows: list[Row], back: Callable[[], None] | None) -> None:
        self.title, self.rows, self._back = title, rows, back
        self.cursor = self.top = 0

    def show_main(self) -> None:
        busy = self.world.director.active
        self._page("Map maker menu", [
            Row("Flags", on_select=self.show_flags,
                hint="See and change story flags (left/right; confirm types a text)."),
            Row("Jump to map", on_select=self.show_maps,
                hint="Go to any map and spawn; the flags stay as they are."),
            Row("Skip cutscene" if busy else "Skip cutscene (none running)",
                on_select=self.skip if busy else None,
                hint="Ends the scene here; flags it would still set stay unset."),
            Row("Close", on_select=self.close),
        ], None)

    def show_flags(self) -> None:
        decls = sorted(self.ctx.flags.declarations.values(), key=lambda d: d.name)
        self._page("Flags", [self._flag_row(d) for d in decls], self.show_main)

    def show_maps(self) -> None:
        names = map_names(self.ctx.assets.maps_dir)
        self._page("Jump to map", [Row(n, on_select=partial(self.show_spawns, n))
                                   for n in names], self.show_main)

    def show_spawns(self, map_name: str) -> None:
        path = resolve_map_path(self.ctx.assets.maps_dir, map_name)
        spawns = spawn_names(path)
        rows = [Row(s, on_select=partial(self.jump, map_name, s)) for s in spawns]
        if not rows:
            rows = [Row("(no Spawn could be read; try anyway)",
                        on_select=partial(self.jump, map_name, None))]
        self._page(f"Jump to {map_name}", rows, self.show_maps)

    # actions ---------------------------------------------------------------------------
    def _flag_row(self, decl: FlagDecl) -> Row:
        flags = self.ctx.flags
        name = decl.name

        def value() -> str:
            current = flags.get(name)
            return shown_text(current) if isinstance(current, str) else str(current)

        if decl.type is bool:
            def toggle() -> None:
                flags.set(name, not flags.get(name))

            return Row(name, value, toggle, toggle, toggle, decl.doc)
        if decl.type in (int, float):
            def step(delta: int) -> Callable[[], None]:
                def change() -> None:
                    current = flags.get(name)
                    assert isinstance(current, (int, float))
                    flags.set(name, current + delta)

                return change

            return Row(name, value, None, step(-1), step(1), decl.doc)
        def edit() -> None:
            self.ctx.stack.push(FlagEntryScene(self.ctx, decl, self.typing))

        if decl.choices:
            def pick(delta: int) -> Callable[[], None]:
                def change() -> None:
                    current = flags.get(name)
                    at = decl.choices.index(current) if current in decl.choices else -delta
                    flags.set(name, decl.choices[(at + delta) % len(decl.choices)])

                return change

            return Row(name, value, edit, pick(-1), pick(1),
                       f"one of {len(decl.choices)}: left/right, or confirm for the list")
        return Row(name, value, edit, hint="text: confirm, then type it (Enter sets it)")

    def jump(self, map_name: str, spawn: str | None) -> None:
        self.ctx.requests.post(JumpTo(map_name, spawn))
        self.close()

    def skip(self) -> None:
        self.ctx.requests.post(SkipCutscene())
        self.close()

    def close(self) -> None:
        if self in self.ctx.stack:
            self.ctx.stack.remove(self)

    # scene -------------------------------------------------------------------------
    def handle(self, action: Action) -> bool:
        row = self.rows[self.cursor] if self.rows else None
        if action in (Action.UP, Action.DOWN) and self.rows:
            self.cursor = (self.cursor + (1 if action is Action.DOWN else -1)) % len(self.rows)
            self.top = min(max(self.top, self.cursor - VISIBLE_ROWS + 1), self.cursor)
        elif action is Action.LEFT and row is not None and row.on_left is not None:
            row.on_left()
        elif action is Action.RIGHT and row is not None and row.on_right is not None:
            row.on_right()
        elif action is Action.CONFIRM and row is not None and row.on_select is not None:
            row.on_select()
        elif action is Action.CANCEL and self._back is not None:
            self._back()
        elif action in (Action.CANCEL, Action.MENU, Action.DEBUG_MENU):
            self.close()
        return True

    def update(self, inp: InputState) -> None:
        pass

    def draw(self, surface: pygame.Surface) -> None:
        dim(surface)
        heading(self.ctx, surface, self.title, 18)
        panel(self.ctx, surface, PANEL)
        font = self.ctx.fonts.small
        row_h = font.line_height + 4
        for i, row in enumerate(self.rows[self.top:self.top + VISIBLE_ROWS]):
            index = self.top + i
            y = PANEL.y + 10 + i * row_h
            usable = row.on_select or row.on_left or row.on_right
            colour = GOLD if index == self.cursor else (TEXT if usable else TEXT_DIM)
            font.draw(surface, ("> " if index == self.cursor else "  ") + row.label,
                      (PANEL.x + 10, y), colour, INK)
            if row.value is not None:
                text = row.value()[:28]
                font.draw(surface, text, (PANEL.right - 12 - font.width(text), y), colour, INK)
        if len(self.rows) > VISIBLE_ROWS:
            more = f"{self.cursor + 1} / {len(self.rows)}"
            font.draw(surface, more, (PANEL.right - font.width(more) - 10, PANEL.bottom + 2),
                      TEXT_DIM, INK)
        if self.rows:
            draw_hint(surface, font, self.rows[self.cursor].hint[:70])


def jump_to(world: WorldScene, map_name: str, spawn: str | None) -> None:
    """The flow's answer to `JumpTo`: any running cutscene ends, then the map loads."""
    if world.director.active:
        world.director.stop()
    world.load(map_name, spawn)


def skip_cutscene(world: WorldScene) -> None:
    """The flow's answer to `SkipCutscene`: the scene ends where it stands."""
    if world.director.active:
        world.director.stop()
