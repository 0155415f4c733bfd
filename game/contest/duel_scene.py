"""`DuelScene`: the duel before Rao on its own screen, the arena sand and the tiers.

Maps actions onto `Duel` (confirm alone blocks, down + confirm presses the knee
down, left or right + confirm sweeps), shows Rhea's wind-up pose and her white
flash, Kara's counter pose, white sparks and sand on a hit, the guard bar, and
hands the last exchange to the stand-off drawing. A lost last exchange offers
to face her again or to pass over it (as the battle's failure menu offers Skip),
unless the script takes the loss back (`retry=False`): then Kara is left down on
the sand and the script goes on.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.contest import draw
from game.contest.assist import Tuning
from game.contest.duel import (
    FINAL,
    GUARD,
    KNEE,
    LOST,
    LUNGE,
    OVER,
    READY,
    RECOVER,
    STRIKE,
    THREAT,
    WINDOW,
    WINDUP,
    Duel,
    DuelResult,
    move_for,
)
from game.contest.scene_base import ContestScene, duck_music
from game.contest.standoff import LULL, WAVE, WORDS
from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.ui.text import PALE_GOLD, TEXT, TEXT_DIM

HELP = ("Rhea winds up, then flashes white: counter in that moment.",
        "Forearm strike: Confirm to BLOCK.",
        "Rising knee: Down + Confirm to PRESS it down.",
        "Lunge: Left or Right + Confirm to SWEEP her.",
        "Too early, or the wrong counter, and the blow lands.")
KARA_FRAMES = ("idle", "block", "press", "sweep", "stagger", "kneel")
RHEA_FRAMES = ("idle", "windup_strike", "strike", "windup_knee", "knee", "windup_lunge",
               "lunge", "stagger", "kneel")
NAMES = {STRIKE: "forearm strike", KNEE: "rising knee", LUNGE: "lunge"}
KEYS = {STRIKE: "Confirm: block", KNEE: "Down + Confirm: press", LUNGE: "Side + Confirm: sweep"}
TEACH_EXCHANGES = 3  # the counter is named under the first few wind-ups
SOUNDS = {"windup": "duel_windup", "flash": "blip", "counter": "duel_block",
          "hit": "duel_hit", "threat": "presence_wave", "surge": "presence_push",
          "wave": "presence_wave", "push": "presence_push", "miss": "presence_falter",
          "won": "standoff_win", "lost": "kneel", "tell": "menu_confirm"}
ENDINGS = {"won": "Rhea kneels. The nobles kneel with her.",
           "lost": "Kara's guard breaks. She goes down on the sand.",
           "skipped": "The duel is passed over."}
KARA_AT, RHEA_AT, FLOOR = 184, 296, 252
ZOOM = 2  # close framing: the fighters at twice their size, whole pixels


class DuelScene(ContestScene[Duel]):
    opaque = True
    end_steps = 120

    def __init__(self, ctx: GameContext, rules: Duel, on_result: Callable[[DuelResult], None],
                 show_help: bool = False) -> None:
        super().__init__(ctx)
        self.rules = rules
        self.on_result = on_result
        self.helping = show_help
        self.cursor = 0
        self.tick = 0
        self.ending = 0
        self.spark = 0  # steps left of the white spark
        self._art: dict[str, list[pygame.Surface]] | None = None
        self._vignette: pygame.Surface | None = None

    def update(self, inp: InputState) -> None:
        self.tick += 1
        rules = self.rules
        if self.intro_or_ending(Action.CONFIRM in inp.pressed, rules.phase == OVER):
            return
        if rules.outcome == LOST:  # the last exchange lost: up again, or pass over it
            if Action.CONFIRM in inp.pressed:
                rules.retry_final()
            elif Action.CANCEL in inp.pressed:  # like the battle's failure menu: Skip
                rules.skip()
            return
        final = rules.final
        if rules.phase == FINAL and final is not None and final.phase == WORDS:
            self._words(inp)
        else:
            move = move_for(inp.direction()) if Action.CONFIRM in inp.pressed else None
            rules.step(move, Action.CONFIRM in inp.held, Action.CONFIRM in inp.pressed)
        for event in rules.events:
            if event == "counter" and rules.kara_move == "sweep":
                self.ctx.audio.play_sfx("duel_sweep")
            elif event in SOUNDS:
                self.ctx.audio.play_sfx(SOUNDS[event])
            if event == "hit":
                self.spark = 18
            if event in ("wave", "gather", "won", "lost"):
                duck_music(self.ctx, event == "wave")
        self.spark = max(0, self.spark - 1)

    def _words(self, inp: InputState) -> None:
        final = self.rules.final
        assert final is not None and final.round is not None
        count = len(final.round.options)
        if Action.UP in inp.pressed:
            self.cursor = (self.cursor - 1) % count
        elif Action.DOWN in inp.pressed:
            self.cursor = (self.cursor + 1) % count
        elif Action.CONFIRM in inp.pressed:
            final.choose(self.cursor)
            self.events_from(final.events)
            self.cursor = 0

    def events_from(self, events: list[str]) -> None:
        for event in events:
            if event in SOUNDS:
                self.ctx.audio.play_sfx(SOUNDS[event])

    # drawing -------------------------------------------------------------------------
    def _load(self) -> dict[str, list[pygame.Surface]]:
        if self._art is None:
            a = self.ctx.assets
            self._art = {
                "arena": [a.image("assets/fx/duel_arena.png")],
                "kara": [pygame.transform.scale_by(f, ZOOM)
                         for f in draw.strip(a, "assets/fx/duel_kara.png", 56)],
                "rhea": [pygame.transform.scale_by(f, ZOOM)
                         for f in draw.strip(a, "assets/fx/duel_rhea.png", 56)],
                "spark": draw.strip(a, "assets/fx/duel_spark.png", 32),
                "dust": draw.strip(a, "assets/fx/duel_dust.png", 32),
                "kara_ring": draw.aura_frames(a, draw.KARA_BLUE),
                "rhea_ring": draw.aura_frames(a, draw.RHEA_RED),
            }
        return self._art

    def _poses(self) -> tuple[str, str]:
        r = self.rules
        kara, rhea = "idle", "idle"
        if r.phase in (WINDUP, WINDOW):
            rhea = f"windup_{r.attack}" if r.phase == WINDUP else r.attack
        elif r.phase == RECOVER:
            if r.last == "countered":
                kara = {STRIKE: "block", KNEE: "press", LUNGE: "sweep"}[r.attack]
                rhea = "stagger"
            else:
                kara, rhea = "stagger", r.attack
        elif r.phase == OVER:
            kara, rhea = ("idle", "kneel") if r.outcome != LOST else ("kneel", "idle")
        elif r.outcome == LOST:
            kara = "kneel"
        return kara, rhea

    def draw(self, surface: pygame.Surface) -> None:
        art = self._load()
        r, font = self.rules, self.ctx.fonts.small
        shake = (self.spark // 3) % 2 if self.ctx.settings.screen_shake else 0
        surface.blit(art["arena"][0], (shake, 0))
        kara_pose, rhea_pose = self._poses()
        lunge = 36 if rhea_pose in ("lunge", "strike", "knee") else 0
        push = -16 if kara_pose == "stagger" else (12 if kara_pose in ("press", "sweep") else 0)
        kara_x, rhea_x = KARA_AT + push, RHEA_AT - lunge
        final = r.final if r.phase == FINAL else None
        if final is not None:
            swell = final.wave_strength
            if swell > 0:
                if self._vignette is None:
                    self._vignette = draw.vignette(draw.RHEA_RED)
                self._vignette.set_alpha(round(170 * swell))
                surface.blit(self._vignette, (0, 0))
            lean = max(0.0, final.balance / 100)
            draw.draw_aura(surface, art["kara_ring"], (kara_x, FLOOR - 60), 2.0 + lean,
                           self.tick)
            draw.draw_aura(surface, art["rhea_ring"], (rhea_x, FLOOR - 60), 2.0 + swell,
                           self.tick + 2)
        surface.blit(art["kara"][KARA_FRAMES.index(kara_pose)], (kara_x - 56, FLOOR - 124))
        rhea = art["rhea"][RHEA_FRAMES.index(rhea_pose)]
        if r.flashing or (final is not None and final.tell_showing):
            rhea = rhea.copy()  # the tell: she lights up white a beat before she commits
            rhea.fill((150, 150, 150, 0), special_flags=pygame.BLEND_RGB_ADD)
        surface.blit(rhea, (rhea_x - 56, FLOOR - 124))
        if self.spark:
            k = 2 - min(2, self.spark // 6)
            surface.blit(art["spark"][k], (kara_x - 4, FLOOR - 96))
            surface.blit(art["dust"][min(3, k + 1)], (kara_x - 30, FLOOR - 14))
            surface.blit(art["dust"][min(3, k + 1)], (kara_x - 2, FLOOR - 14))
        if r.phase == RECOVER and r.last == "countered" and r.t < 16:
            surface.blit(art["dust"][r.t // 4], (rhea_x - 16, FLOOR - 14))
            if r.t < 8:
                surface.blit(art["spark"][r.t // 3], ((kara_x + rhea_x) // 2 - 16, FLOOR - 90))
        draw.meter(surface, font, "Kara's guard", r.guard / GUARD, pygame.Rect(16, 22, 110, 6),
                   draw.KARA_BLUE)
        self._status(surface)
        if self.helping:
            draw.help_card(surface, font, "The duel before Rao", HELP)

    def _status(self, surface: pygame.Surface) -> None:
        r, font = self.rules, self.ctx.fonts.small
        final = r.final if r.phase == FINAL else None
        if r.phase == OVER:
            draw.caption(surface, font, ENDINGS.get(r.outcome or "", ENDINGS["skipped"]), 236,
                         TEXT if r.outcome == LOST else PALE_GOLD)
            return
        if r.outcome == LOST:
            draw.caption(surface, font, "Kara is down. Confirm: get up and face her.", 226)
            draw.caption(surface, font, "Cancel: pass over the duel.", 240, TEXT_DIM)
            return
        if final is not None:
            draw.balance_bar(surface, font, "Kara", "Rhea", final.balance, None, self.tick, 40)
            if final.phase == WORDS and final.round is not None:
                draw.choice_box(surface, font, final.round.prompt,
                                [o.text for o in final.round.options], self.cursor)
            else:
                line = {WAVE: "Hold!", LULL: "Now!" if final.tell_showing else
                        "Watch for her tell."}.get(final.phase, "Her presence gathers...")
                draw.caption(surface, font, line, 236)
            return
        if r.phase == THREAT:
            if r.spec.threat:
                draw.caption(surface, font, r.spec.threat, 226, TEXT)
            draw.caption(surface, font, "Kara's presence rises to meet her.", 240, PALE_GOLD)
            return
        if r.phase == READY and r.exchange == 0 and r.last is None and not self.helping:
            draw.caption(surface, font, "Before Rao. Read her wind-up; answer the flash.", 40,
                         PALE_GOLD)
        if r.phase == WINDOW:
            big = self.ctx.fonts.large
            big.draw(surface, "NOW!", ((480 - big.width("NOW!")) // 2, 60), PALE_GOLD)
        if r.phase in (WINDUP, WINDOW):
            teach = r.exchange < TEACH_EXCHANGES or r.spec.tuning != Tuning()
            key = f"  ({KEYS[r.attack]})" if teach else ""
            draw.caption(surface, font, f"Rhea winds up a {NAMES[r.attack]}...{key}", 40, TEXT)
        elif r.phase == RECOVER:
            draw.caption(surface, font, "Countered!" if r.last == "countered" else
                         "The blow lands.", 40, PALE_GOLD if r.last == "countered" else TEXT)
        count = f"Exchange {min(r.exchange + 1, r.spec.exchanges)} of {r.spec.exchanges}"
        font.draw(surface, count, (480 - 8 - font.width(count), 254), TEXT_DIM)
