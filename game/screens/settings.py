"""Settings: sound, text, window, shake, and the way to the controls screen.

Changes apply at once (you hear the new volume, see the new scale) and are
written to the user data folder when the screen closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.context import GameContext
from game.persistence.settings import (
    FLIGHT_DIFFICULTIES,
    FLIGHT_SPEEDS,
    MAX_WINDOW_SCALE,
    TEXT_SPEEDS,
)
from game.screens.common import MenuScene, backdrop, heading, make_menu
from game.ui.menu import MenuItem, draw_hint

if TYPE_CHECKING:
    from game.flow import Flow


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


class SettingsScene(MenuScene):
    opaque = True

    def __init__(self, ctx: GameContext, flow: Flow) -> None:
        super().__init__(ctx)
        self.flow = flow
        f = flow
        s = f.settings

        def volume(name: str, step: float):
            def change() -> None:
                setattr(s, name, round(min(1.0, max(0.0, getattr(s, name) + step)), 2))
                f.apply_settings()
            return change

        def cycle(name: str, choices: tuple, step: int):
            def change() -> None:
                current = getattr(s, name)
                index = choices.index(current) if current in choices else 0
                setattr(s, name, choices[(index + step) % len(choices)])
                f.apply_settings()
            return change

        def toggle(name: str):
            def change() -> None:
                setattr(s, name, not getattr(s, name))
                f.apply_settings()
            return change

        scales = tuple(range(0, MAX_WINDOW_SCALE + 1))
        self.menu = make_menu(ctx, [
            MenuItem("Music volume", None, value=lambda: _percent(s.music_volume),
                     on_left=volume("music_volume", -0.1), on_right=volume("music_volume", 0.1)),
            MenuItem("Effects volume", None, value=lambda: _percent(s.sfx_volume),
                     on_left=volume("sfx_volume", -0.1), on_right=volume("sfx_volume", 0.1)),
            MenuItem("Text speed", None, value=lambda: s.text_speed,
                     on_left=cycle("text_speed", TEXT_SPEEDS, -1),
                     on_right=cycle("text_speed", TEXT_SPEEDS, 1)),
            MenuItem("Larger text", None, value=lambda: "on" if s.large_text else "off",
                     on_left=toggle("large_text"), on_right=toggle("large_text")),
            MenuItem("Window scale", None,
                     value=lambda: "auto" if s.window_scale == 0 else f"x{s.window_scale}",
                     on_left=cycle("window_scale", scales, -1),
                     on_right=cycle("window_scale", scales, 1),
                     hint="Whole-number scaling keeps every pixel square."),
            MenuItem("Fullscreen", None, value=lambda: "on" if s.fullscreen else "off",
                     on_left=toggle("fullscreen"), on_right=toggle("fullscreen"),
                     hint="Also F11 or Alt+Enter."),
            MenuItem("Screen shake", None, value=lambda: "on" if s.screen_shake else "off",
                     on_left=toggle("screen_shake"), on_right=toggle("screen_shake")),
            MenuItem("Battle difficulty", None, value=lambda: s.flight_difficulty,
                     on_left=cycle("flight_difficulty", FLIGHT_DIFFICULTIES, -1),
                     on_right=cycle("flight_difficulty", FLIGHT_DIFFICULTIES, 1),
                     hint="For the pod battle of Rao's Storm."),
            MenuItem("Battle speed", None, value=lambda: f"{s.flight_speed}%",
                     on_left=cycle("flight_speed", FLIGHT_SPEEDS, -1),
                     on_right=cycle("flight_speed", FLIGHT_SPEEDS, 1),
                     hint="Assist: slow the battle down."),
            MenuItem("Invincible pod", None, value=lambda: "on" if s.flight_invincible else "off",
                     on_left=toggle("flight_invincible"), on_right=toggle("flight_invincible"),
                     hint="Assist: the battle cannot be lost."),
            MenuItem("Story scenes", self._scene_assists,
                     hint="Assists and Skip: stealth, pod rides, stand-offs, the duel."),
            MenuItem("Show hitbox", None, value=lambda: "on" if s.show_hitbox else "off",
                     on_left=toggle("show_hitbox"), on_right=toggle("show_hitbox")),
            MenuItem("Keyboard controls", lambda: self._controls("key")),
            MenuItem("Gamepad controls", lambda: self._controls("button")),
            MenuItem("Back", self.close),
        ], on_cancel=self.close)
        self.menu.max_rows = 13  # the list outgrew the screen: it scrolls

    def _scene_assists(self) -> None:
        from game.screens.scene_assists import SceneAssistsScene

        self.ctx.stack.push(SceneAssistsScene(self.ctx, self.flow))

    def _controls(self, kind: str) -> None:
        from game.screens.controls import ControlsScene

        self.ctx.stack.push(ControlsScene(self.ctx, self.flow, kind))

    def close(self) -> None:
        self.flow.save_settings()
        self.ctx.stack.remove(self)

    def draw(self, surface: pygame.Surface) -> None:
        backdrop(self.ctx, surface)
        heading(self.ctx, surface, "Settings", 14)
        w, _ = self.menu.size(60)
        self.menu.draw(surface, ((480 - max(w, 260)) // 2, 38), max(w, 260))
        draw_hint(surface, self.ctx.fonts.small, self.menu.hint())
