"""Settings for the story's small mechanics: an assist and a Skip for the stealth
scenes, the calm pod rides, the stand-offs and the duel (a sub-screen, so the main
list stays on one screen).

Skip never blocks the story: a skipped scene writes "skipped" to its result flag
and the script goes on as it would after a clean run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.context import GameContext
from game.persistence.settings import CONTEST_ASSISTS
from game.screens.common import MenuScene, backdrop, heading, make_menu
from game.ui.menu import MenuItem, draw_hint

if TYPE_CHECKING:
    from game.flow import Flow

ROWS = (
    ("Stealth assist", "stealth_assist", "Guards grow suspicious half as fast."),
    ("Skip stealth", "skip_stealth", "Stealth scenes pass at once; the story goes on."),
    ("Steady pod", "ride_assist", "On calm rides the pod flies itself and holds still."),
    ("Skip pod rides", "skip_rides", "Calm pod rides pass at once; the story goes on."),
    ("Skip stand-offs", "contest_skip", "Pass over stand-offs and the duel; the story goes on."),
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

        def cycle_assist(step: int):
            def change() -> None:
                i = CONTEST_ASSISTS.index(s.contest_assist) if s.contest_assist in \
                    CONTEST_ASSISTS else 0
                s.contest_assist = CONTEST_ASSISTS[(i + step) % len(CONTEST_ASSISTS)]
            return change

        items = [MenuItem(label, None, value=shown(name), on_left=toggle(name),
                          on_right=toggle(name), hint=hint) for label, name, hint in ROWS]
        items.insert(4, MenuItem("Stand-off assist", None, value=lambda: s.contest_assist,
                                 on_left=cycle_assist(-1), on_right=cycle_assist(1),
                                 hint="Stand-offs and the duel: wide windows, gentle, or auto."))
        self.menu = make_menu(ctx, [*items, MenuItem("Back", self.close)],
                              on_cancel=self.close)

    def close(self) -> None:
        self.flow.save_settings()
        self.ctx.stack.remove(self)

    def draw(self, surface: pygame.Surface) -> None:
        backdrop(self.ctx, surface)
        heading(self.ctx, surface, "Story scenes", 14)
        w, _ = self.menu.size(60)
        self.menu.draw(surface, ((480 - max(w, 260)) // 2, 60), max(w, 260))
        draw_hint(surface, self.ctx.fonts.small, self.menu.hint())
