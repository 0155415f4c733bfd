"""Settings for the story's small mechanics: an assist and a Skip for the stealth
scenes and for the calm pod rides (a sub-screen, so the main list stays short).

Skip never blocks the story: a skipped scene writes "skipped" to its result flag
and the script goes on as it would after a clean run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.context import GameContext
from game.screens.common import MenuScene, backdrop, heading, make_menu
from game.ui.menu import MenuItem, draw_hint

if TYPE_CHECKING:
    from game.flow import Flow

ROWS = (
    ("Stealth assist", "stealth_assist", "Guards grow suspicious half as fast."),
    ("Skip stealth", "skip_stealth", "Stealth scenes pass at once; the story goes on."),
    ("Steady pod", "ride_assist", "On calm rides the pod flies itself and holds still."),
    ("Skip pod rides", "skip_rides", "Calm pod rides pass at once; the story goes on."),
)


class SceneAssistsScene(MenuScene):
    opaque = True

    def __init__(self, ctx: GameContext, flow: Flow) -> None:
        super().__init__(ctx)
        self.flow = flow
        s = flow.settings

        def toggle(name: str):
            def change() -> None:
                setattr(s, name, not getattr(s, name))
            return change

        def shown(name: str):
            return lambda: "on" if getattr(s, name) else "off"

        items = [MenuItem(label, None, value=shown(name), on_left=toggle(name),
                          on_right=toggle(name), hint=hint) for label, name, hint in ROWS]
        self.menu = make_menu(ctx, [*items, MenuItem("Back", self.close)],
                              on_cancel=self.close)

    def close(self) -> None:
        self.flow.save_settings()
        self.ctx.stack.remove(self)

    def draw(self, surface: pygame.Surface) -> None:
        backdrop(self.ctx, surface)
        heading(self.ctx, surface, "Stealth and pod rides", 14)
        w, _ = self.menu.size(60)
        self.menu.draw(surface, ((480 - max(w, 260)) // 2, 60), max(w, 260))
        draw_hint(surface, self.ctx.fonts.small, self.menu.hint())
