"""`StandoffScene`: a presence stand-off over the map, or on its own close-up.

It maps actions onto `Standoff` (hold confirm, tap confirm, pick words with
up/down and confirm), plays the cues as sounds and shakes, and draws the two
auras, the balance bar and the words. Over a map it rings the two characters
where they stand; without one (the `--scene standoff` demo) it draws them side
by side on a dark ground. It consumes every play action, so the map below
never sees a confirm meant for the stand-off; MENU still reaches the pause.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.contest import draw
from game.contest.scene_base import ContestScene, duck_music
from game.contest.standoff import GATHER, LULL, OVER, WAVE, WON, WORDS, Standoff, StandoffResult
from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.ui.text import PALE_GOLD, TEXT, TEXT_DIM

HELP = ("Her presence comes in waves: the ring swells, the room shakes.",
        "HOLD Confirm through a wave. Letting go gives ground.",
        "Between waves, watch for her tell (a flash): TAP Confirm then.",
        "A tap at any other moment costs you. Choose your words well.")
SOUNDS = {"wave": "presence_wave", "push": "presence_push", "miss": "presence_falter",
          "won": "standoff_win", "lost": "kneel", "words": "blip", "tell": "menu_confirm"}

Point = tuple[int, int]


class StandoffScene(ContestScene[Standoff]):
    opaque = False

    def __init__(self, ctx: GameContext, rules: Standoff, names: tuple[str, str],
                 on_result: Callable[[StandoffResult], None], show_help: bool = False,
                 places: tuple[Point, Point] | None = None) -> None:
        super().__init__(ctx)
        self.rules = rules
        self.names = names
        self.on_result = on_result
        self.helping = show_help
        self.places = places
        self.cursor = 0
        self.tick = 0
        self.ending = 0
        self.shake = 0
        self._art: tuple[list[pygame.Surface], list[pygame.Surface]] | None = None
        self._figures: tuple[pygame.Surface, pygame.Surface] | None = None
        self._vignette: pygame.Surface | None = None
        self._spark: list[pygame.Surface] | None = None
        self._kneeling: tuple[pygame.Surface, pygame.Surface] = (pygame.Surface((1, 1)),) * 2

    def update(self, inp: InputState) -> None:
        self.tick += 1
        rules = self.rules
        if self.intro_or_ending(Action.CONFIRM in inp.pressed, rules.phase == OVER):
            return
        if rules.phase == WORDS and rules.round is not None:
            count = len(rules.round.options)
            if Action.UP in inp.pressed:
                self.cursor = (self.cursor - 1) % count
                self.ctx.audio.play_sfx("menu_move")
            elif Action.DOWN in inp.pressed:
                self.cursor = (self.cursor + 1) % count
                self.ctx.audio.play_sfx("menu_move")
            elif Action.CONFIRM in inp.pressed:
                rules.choose(self.cursor)
                self.cursor = 0
        else:
            rules.step(Action.CONFIRM in inp.held, Action.CONFIRM in inp.pressed)
        self._cues()

    def _cues(self) -> None:
        for event in self.rules.events:
            name = SOUNDS.get(event)
            if name:
                self.ctx.audio.play_sfx(name)
        if "wave" in self.rules.events:
            duck_music(self.ctx, True)
        elif "gather" in self.rules.events or self.rules.phase == OVER:
            duck_music(self.ctx, False)
        if self.rules.phase == WAVE and self.ctx.settings.screen_shake:
            self.shake = 2 if self.rules.wave_strength > 0.5 else 1
        else:
            self.shake = 0

    # drawing -------------------------------------------------------------------------
    def _load(self) -> tuple[list[pygame.Surface], list[pygame.Surface]]:
        if self._art is None:
            assets = self.ctx.assets
            self._art = (draw.aura_frames(assets, draw.KARA_BLUE),
                         draw.aura_frames(assets, draw.RHEA_RED))
        return self._art

    def draw(self, surface: pygame.Surface) -> None:
        kara_ring, foe_ring = self._load()
        rules = self.rules
        if self.places is None:
            self._close_up(surface)
        if self.shake:
            jitter = ((1, -1), (-1, 1), (1, 1), (-1, -1))[self.tick % 4]
            surface.blit(surface.copy(), (jitter[0] * self.shake, jitter[1] * self.shake))
        kara, foe = self.places or ((170, 150), (310, 150))
        swell = rules.wave_strength
        if swell > 0:
            self._pressure(surface, swell)
        lean = max(-1.0, min(1.0, rules.balance / 100))
        draw.draw_aura(surface, kara_ring, kara, 0.9 + 0.5 * max(0.0, lean) - 0.2 * swell,
                       self.tick)
        foe_scale = 0.9 + 0.9 * swell + 0.3 * max(0.0, -lean)
        if rules.tell_showing and (self.tick // 3) % 2:
            foe_scale *= 0.8  # the tell: her ring falters
        draw.draw_aura(surface, foe_ring, foe, foe_scale, self.tick + 2)
        if rules.tell_showing:
            self._flash(surface, foe)
        cap = None if rules.spec.winnable else -3.0
        draw.balance_bar(surface, self.ctx.fonts.small, self.names[0], self.names[1],
                         rules.balance, cap, self.tick)
        self._status(surface)
        if self.helping:
            draw.help_card(surface, self.ctx.fonts.small, "Stand-off", HELP)

    def _pressure(self, surface: pygame.Surface, swell: float) -> None:
        """The room reddens and darkens at its edges while her presence presses."""
        if self._vignette is None:
            self._vignette = draw.vignette(draw.RHEA_RED)
        self._vignette.set_alpha(round(170 * swell))
        surface.blit(self._vignette, (0, 0))

    def _flash(self, surface: pygame.Surface, at: Point) -> None:
        """The tell: a white star over the opponent's head, pulsing."""
        if self._spark is None:
            self._spark = [pygame.transform.scale_by(f, 2) for f in
                           draw.strip(self.ctx.assets, "assets/fx/duel_spark.png", 32)]
        frame = self._spark[(self.tick // 4) % 2]
        surface.blit(frame, (at[0] - 32, at[1] - 76))

    def _status(self, surface: pygame.Surface) -> None:
        rules, font = self.rules, self.ctx.fonts.small
        if rules.phase == WORDS and rules.round is not None:
            draw.choice_box(surface, font, rules.round.prompt,
                            [o.text for o in rules.round.options], self.cursor)
            return
        if rules.phase == OVER:
            text = {"won": f"{self.names[1]} looks away.", "lost": f"{self.names[0]} kneels.",
                    "skipped": "The stand-off is passed over."}[rules.outcome or "skipped"]
            draw.caption(surface, font, text, 236, PALE_GOLD if rules.outcome == WON else TEXT)
            return
        if rules.phase == WAVE and not rules.holding:
            big = self.ctx.fonts.large
            text = "HOLD!"
            big.draw(surface, text, ((480 - big.width(text)) // 2, 228), PALE_GOLD)
            return
        if rules.phase == LULL and rules.tell_showing:
            big = self.ctx.fonts.large
            big.draw(surface, "NOW!", ((480 - big.width("NOW!")) // 2, 228), PALE_GOLD)
            return
        crushing = rules.phase == WAVE and rules.last_wave and not rules.spec.winnable
        if rules.last_push is not None and rules.phase == GATHER:
            push = rules.last_push
            words = ("The words strike home." if push >= 15 else "The words land." if push > 0
                     else "The words fall flat.")
            draw.caption(surface, font, words, 224, PALE_GOLD if push > 0 else TEXT_DIM)
        line, colour = {
            WAVE: ("Too strong... hold on." if crushing else "Holding... don't let go.", TEXT),
            GATHER: ("Her presence gathers...", TEXT_DIM),
            LULL: ("Now!" if rules.tell_showing else "Watch for the tell.",
                   PALE_GOLD if rules.tell_showing else TEXT_DIM),
        }.get(rules.phase, ("", TEXT))
        if line:
            draw.caption(surface, font, line, 236, colour)
        waves = f"Wave {max(1, rules.wave)} of {rules.spec.waves}"
        draw.caption(surface, font, waves, 254, TEXT_DIM, x=480 - 8 - font.width(waves))

    def _close_up(self, surface: pygame.Surface) -> None:
        """The demo's own picture: a dark hall and the two figures facing each other."""
        if self._figures is None:
            karas = draw.strip(self.ctx.assets, "assets/fx/duel_kara.png", 56)
            rheas = draw.strip(self.ctx.assets, "assets/fx/duel_rhea.png", 56)
            self._figures = (karas[0], rheas[0])
            self._kneeling = (karas[-1], rheas[-2])  # kneel; the foe staggers
        surface.fill((28, 20, 40))
        pygame.draw.rect(surface, (43, 26, 51), (0, 170, 480, 100))
        kara, rhea = self._figures
        if self.rules.outcome == "lost":
            kara = self._kneeling[0]
        elif self.rules.outcome == "won":
            rhea = self._kneeling[1]
        surface.blit(kara, (170 - 28, 178 - 64))
        surface.blit(rhea, (310 - 28, 178 - 64))
