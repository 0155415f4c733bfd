"""`FlightScene`: the minigame as a Scene on the engine's stack.

It owns a `FlightSession` (the logic) and draws it; when a stage ends it calls
`on_result` and, once every stage it was asked to play is over, removes itself.
Pausing is the engine's business: MENU passes through during play and is only
consumed while the flight's own failure / clear menu is open.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.scene import Scene
from game.flight.art import FlightArt
from game.flight.gc_guard import GcGuard
from game.flight.hud import Hud
from game.flight.options import FlightOptions
from game.flight.render import BattleRenderer
from game.flight.result import FlightResult
from game.flight.session import CLEAR, DONE, FAILED, FlightSession
from game.flight.sounds import Cues, play_cues

PLAY_ACTIONS = frozenset({Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT, Action.CONFIRM,
                          Action.CANCEL, Action.HAIL})


class FlightScene(Scene):
    """Play `stage` (a stage name or place from the data's stage list, or "all" from
    `options.start_stage` on); `on_result` is called once per finished stage."""

    opaque = True
    busy = True  # no saving mid-battle: the checkpoint is the stage start

    def __init__(self, ctx: GameContext, stage: int | str, options: FlightOptions,
                 on_result: Callable[[FlightResult], None]) -> None:
        super().__init__(ctx)
        self.session = FlightSession(stage, options, ctx.content.flight)
        self.on_result = on_result
        self._renderer: BattleRenderer | None = None
        self._hud: Hud | None = None
        self._t = 0
        self._gc = GcGuard()

    def enter(self) -> None:
        self._load()
        self._gc.hold()
        # the music of the rules the stage runs: a data-only stage on storm rules
        # plays the storm's track
        self.ctx.audio.play_music(f"flight_{self.session.battle.stage.script.kind}")
        self.ctx.audio.play_ambience("none")  # the world's bed stays on the ground

    def exit(self) -> None:
        self._gc.release()

    def _load(self) -> None:
        """Art needs a display mode (convert_alpha), so it loads on enter, not import."""
        if self._renderer is None:
            art = FlightArt(self.ctx.assets)
            self._renderer = BattleRenderer(art)
            self._hud = Hud(self.ctx.assets, self.ctx.fonts, art, self.session.script)
            keys = self.ctx.settings.keys.get(Action.HAIL.value) or ["?"]
            self._hud.hail_key = keys[0].upper()

    def handle(self, action: Action) -> bool:
        if self.session.phase in (CLEAR, FAILED):
            return True  # our own menu is open: it takes everything, MENU included
        return action in PLAY_ACTIONS

    def update(self, inp: InputState) -> None:
        self._t += 1
        audio = self.ctx.audio
        battle = self.session.battle
        before = Cues.of(battle)
        result = self.session.step(inp)
        if self.session.battle is battle:
            play_cues(before, battle, audio, self._t)
        if result is not None:
            self.on_result(result)
        if self.session.phase == DONE and self in self.ctx.stack:
            self.ctx.stack.remove(self)

    def draw(self, surface: pygame.Surface) -> None:
        self._load()
        assert self._renderer is not None and self._hud is not None
        session = self.session
        battle = session.battle
        show = session.options.show_hitbox
        self._renderer.draw(surface, battle, show)
        self._hud.draw(surface, battle, session.options, self.ctx.options.fast)
        if session.menu is not None and session.phase in (CLEAR, FAILED):
            self._hud.draw_menu(surface, session.menu, self._t)
