"""The world scene: one map in play, its cutscenes, its transitions.

It ties together the pieces that each do one job (World for movement and
events, Director for scripts, MapRenderer for pixels, Stage for what the
cutscene commands may touch: camera, screen effects, sound, the error panel).
"""

from __future__ import annotations

import logging

import pygame

from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.requests import OpenBacklog, OpenDebugMenu, OpenPause
from game.session import Session
from game.ui.dialogue_box import DialogueBox, UiImages
from game.ui.fade import darken
from game.ui.ninepatch import NinePatch
from game.ui.text import GOLD, INK
from game.world.camera import VIEW_H, VIEW_W, Camera
from game.world.character import SpriteSheet
from game.world.commands import build_registry
from game.world.debug_overlay import draw_debug
from game.world.director import Director
from game.world.effects import ScreenFade
from game.world.hud import draw_journal_toast, draw_meters, meters_rect
from game.world.loader.images import ImageCache
from game.world.model import Facing
from game.world.render import MapRenderer
from game.world.scene_loading import BANNER_STEPS, MapLoading
from game.world.stage import Stage
from game.world.world import DoorEntered, TriggerFired, World

log = logging.getLogger(__name__)

JOURNAL_STEPS = 240


class WorldScene(MapLoading):
    def __init__(self, ctx: GameContext, session: Session) -> None:
        super().__init__(ctx)
        self.session = session
        self.stage = Stage(ctx, session, self.load)
        self.renderer: MapRenderer | None = None
        self._images = ImageCache()  # tileset sheets, kept between this world's maps
        settings = ctx.settings
        large = settings.large_text
        speed = settings.text_speed
        self.box = DialogueBox(ctx.fonts.large if large else ctx.fonts.small, self._ui_images(),
                               "instant" if ctx.options.fast else speed,
                               blip=lambda: self.stage.play_sfx("blip"))
        self.director = Director(self.stage, self.box, build_registry())
        self.debug = False
        self.banner = 0
        # The banner's plate and text colour as last drawn, by (font, title, alpha):
        # they hold for most of its steps, so it is not re-made each frame.
        self._plate: tuple[tuple[object, ...], pygame.Surface, tuple[int, ...]] | None = None
        self.tick = 0
        self.journal_toast = 0
        self._journal_seen = session.journal
        self._watch_steps = 0  # steps of play the stay-near rule has counted this second
        emotes = ctx.content.emotes
        self._emotes = self._strip(emotes.strip, emotes.frame_size)
        self._rings = self._strip("assets/fx/presence_ring.png", 48)
        self._sheet_cache: dict[str, SpriteSheet] = {}
        self.load_error: str | None = None  # why the last load failed (--frames exits 1)

    @property
    def world(self) -> World | None:
        """The map in play (None until the first map loads)."""
        return self.stage.current

    @property
    def camera(self) -> Camera:
        return self.stage.camera

    @property
    def fade(self) -> ScreenFade:
        return self.stage.fade

    def resume(self) -> None:
        """Back from a menu or the battle: the map's music again (same track: no change)."""
        if self.world is not None:
            self.stage.play_music(self.world.data.music)

    # per step --------------------------------------------------------------------------
    def handle(self, action: Action) -> bool:
        if self.world is None:
            return False
        if action is Action.DEBUG_OVERLAY:
            self.debug = not self.debug
            return True
        if action is Action.DEBUG_MENU and self.ctx.options.debug_menu:
            self.ctx.requests.post(OpenDebugMenu())
            return True
        if action is Action.DEBUG_RELOAD and not self.director.active:
            self.reload()
            return True
        if self.director.handle(action):
            return True
        if action is Action.CONFIRM and self.fade.alpha == 0:
            found = self.world.interact()
            if found is not None:
                node, npc = found
                if npc is not None:
                    npc.facing = Facing.from_vector(self.world.player.x - npc.x,
                                                    self.world.player.y - npc.y, npc.facing)
                    npc.path = None
                self.director.start(node, npc.character if npc is not None else None)
            return True
        if action is Action.MENU:
            self.ctx.requests.post(OpenPause())
            return True
        if action is Action.BACKLOG:
            self.ctx.requests.post(OpenBacklog(tuple(self.director.backlog)))
            return True
        return False

    def update(self, inp: InputState) -> None:
        if self.world is None:
            return
        self.tick += 1
        self.session.play_steps += 1
        self.director.update(inp)
        controllable = not self.director.active and self.fade.alpha == 0
        moves = self.stage.slowmo.tick()  # a slow-motion beat skips some world steps
        if moves:
            self.stage.particles.update()
        self.stage.sync_map_emitters()
        for event in self.world.step(inp, controllable) if moves else ():
            if isinstance(event, DoorEntered):
                door = event.door
                self.stage.go_to(door.to_map, door.to_spawn, door.transition)
                break
            if isinstance(event, TriggerFired):
                self.director.start(event.trigger.dialogue)
                break
        player = self.world.player
        if player.moving and self.tick % 18 == 0:
            self.stage.play_sfx("footstep")
        self._watch_rule(controllable)
        if self.session.journal != self._journal_seen:
            self._journal_seen = self.session.journal
            self.journal_toast = JOURNAL_STEPS if self.session.journal else 0
        elif self.journal_toast and controllable:
            self.journal_toast -= 1  # a cutscene holding the player pauses it
        self.camera.follow(player.x, player.y - 8)
        self.stage.update()
        if self.banner:
            self.banner -= 1

    def _watch_rule(self, controllable: bool) -> None:
        """A follow scene: each second too far from WHO raises the flag by one. Only
        seconds of play count: while a line or a cutscene holds the player the clock
        waits (reading is not walking), as the journal toast does."""
        if self.session.watch is None or self.world is None:
            self._watch_steps = 0
            return
        if not controllable:
            return
        self._watch_steps += 1
        if self._watch_steps < 60:
            return
        self._watch_steps = 0
        who, distance, flag = self.session.watch
        target = self.world.find(who)
        player = self.world.player
        if target is None:
            return
        if (target.x - player.x) ** 2 + (target.y - player.y) ** 2 > distance * distance:
            self.ctx.flags.set(flag, int(self.ctx.flags.get(flag)) + 1)

    @property
    def journal_shown(self) -> bool:
        """The "Next:" line is up: never during a cutscene; after a new goal for a few
        seconds of play, or always with the Settings option."""
        if self.director.active or not self.session.journal or self.fade.alpha > 0:
            return False
        return bool(self.journal_toast) or self.ctx.settings.keep_journal

    @property
    def busy(self) -> bool:  # type: ignore[override]
        return self.director.active or self.fade.alpha > 0

    # drawing ------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.world is None or self.renderer is None:
            surface.fill(INK)
            return
        stage = self.stage
        sx, sy = stage.shaker.offset(self.tick)
        self.camera.x += sx
        self.camera.y += sy
        view = pygame.Rect(*self.camera.offset, VIEW_W, VIEW_H)
        self.renderer.draw(surface, self.camera, self.world.characters_in(view),
                           self.tick * 1000 // 60,
                           stage.lighting.current, self.world.lights, stage.lighting_mode,
                           self.world.props,
                           fade_from=(stage.previous_mode, 1.0 - stage.lighting.progress),
                           tiles=self.world.tiles_shown)
        offset = self.camera.offset
        stage.aura.draw(surface, self._rings, offset, self.tick)
        self._draw_emotes(surface, offset)
        stage.draw_over_world(surface, offset)
        self.camera.x -= sx
        self.camera.y -= sy
        if self.debug:
            draw_debug(surface, self.world, offset, self.ctx.fonts.small,
                       self.ctx.last_frame_ms)
        if self.banner and not self.director.active:
            self._draw_banner(surface)
        if self.session.meters:
            draw_meters(surface, self.ctx.fonts.small,
                        self.ctx.assets.image("assets/ui/bar_frame.png"), self.session.meters,
                        self.ctx.flags)
        if self.journal_shown:
            keep = self.ctx.settings.keep_journal
            draw_journal_toast(surface, self.ctx.fonts.small, self.session.journal,
                               JOURNAL_STEPS if keep else self.journal_toast, JOURNAL_STEPS,
                               right=meters_rect(self.ctx.fonts.small, self.session.meters).x)
        self.box.draw(surface)
        if self.fade.alpha > 0:  # a scripted fade to black, darkened as a door's fade
            darken(surface, round(self.fade.alpha))

    def _draw_emotes(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        # Only someone a script can name shows an emote: the player and the map's NPCs,
        # never a crowd's background people.
        for ch in (self.world.player, *self.world.npcs) if self.world else ():
            if ch.emote is not None and self._emotes:
                index = min(ch.emote[0], len(self._emotes) - 1)
                bob = (self.tick // 8) % 2
                surface.blit(self._emotes[index],
                             (round(ch.x) - 8 - offset[0], round(ch.y) - 50 - bob - offset[1]))

    def _draw_banner(self, surface: pygame.Surface) -> None:
        assert self.world is not None
        font = self.ctx.fonts.small
        title = self.world.data.title
        alpha = min(1.0, self.banner / 30, (BANNER_STEPS - self.banner) / 15 + 0.01)
        key = (font, title, alpha)
        if self._plate is None or self._plate[0] != key:
            w = font.width(title) + 24
            plate = pygame.Surface((w, 17), pygame.SRCALPHA)
            plate.fill((28, 35, 64, round(200 * alpha)))
            pygame.draw.line(plate, (*GOLD, round(255 * alpha)), (0, 16), (w, 16))
            self._plate = (key, plate, tuple(round(c * alpha) for c in GOLD))
        surface.blit(self._plate[1], (0, 10))
        font.draw(surface, title, (12, 13), self._plate[2], None)  # type: ignore[arg-type]

    # assets ----------------------------------------------------------------------------
    def _strip(self, path: str, size: int) -> list[pygame.Surface]:
        image = self.ctx.assets.image(path)
        h = image.get_height()
        return [image.subsurface((i * size, 0, size, h)) for i in range(image.get_width() // size)]

    def _ui_images(self) -> UiImages:
        a = self.ctx.assets
        prompt = a.image("assets/ui/prompt.png")
        frames = [prompt.subsurface((i * 8, 0, 8, 8)) for i in range(prompt.get_width() // 8)]
        return UiImages(NinePatch(a.image("assets/ui/dialogue_frame.png"), 8),
                        NinePatch(a.image("assets/ui/namebox.png"), 4),
                        a.image("assets/ui/cursor.png"), frames)

