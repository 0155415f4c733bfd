"""The world scene: one map in play, its cutscenes, its transitions.

It ties together the pieces that each do one job (World for movement and
events, Director for scripts, MapRenderer for pixels, effects for the screen)
and is the host the cutscene commands talk to.
"""

from __future__ import annotations

import logging

import pygame

from game.content import CharacterInfo, portrait_frame
from game.core.actions import Action, InputState
from game.core.context import GameContext
from game.core.errors import ContentError, GameError
from game.core.scene import Scene
from game.dialogue import DialogueError, DialogueRunner, SourceLocation
from game.dialogue.evaluate import evaluate_condition
from game.dialogue.expr_parser import parse_expression
from game.session import Session
from game.ui.dialogue_box import DialogueBox, UiImages
from game.ui.error_scene import ErrorScene
from game.ui.fade import FadeScene
from game.ui.ninepatch import NinePatch
from game.ui.portrait import Portrait
from game.ui.text import GOLD, INK
from game.ui.title_card import TitleCardScene
from game.world.camera import Camera
from game.world.character import SpriteSheet
from game.world.debug_overlay import draw_debug
from game.world.director import Director
from game.world.effects import LightingBlend, Presence, ScreenFade, Shake
from game.world.hud import draw_journal_toast, draw_meters
from game.world.loader import load_map, resolve_map_path
from game.world.model import Facing, MapData
from game.world.render import LightingLook, MapRenderer
from game.world.waits import Wait, WaitScene
from game.world.world import DoorEntered, TriggerFired, World

log = logging.getLogger(__name__)

BANNER_STEPS = 150
JOURNAL_STEPS = 240


class WorldScene(Scene):
    def __init__(self, ctx: GameContext, session: Session) -> None:
        super().__init__(ctx)
        self.session = session
        self.world: World | None = None  # type: ignore[assignment]
        self.camera = Camera(480, 270)
        self.renderer: MapRenderer | None = None
        settings = ctx.services.get("settings")
        large = settings is not None and settings.large_text
        speed = settings.text_speed if settings is not None else "normal"
        self.box = DialogueBox(ctx.fonts.large if large else ctx.fonts.small, self._ui_images(),
                               "instant" if ctx.options.fast else speed,
                               blip=lambda: self.play_sfx("blip"))
        self.director = Director(self, self.box)
        self.fade = ScreenFade()
        self.lighting = LightingBlend(LightingLook((255, 255, 255), 0))
        self.lighting_mode = "day"
        self.shaker = Shake(enabled=settings is None or settings.screen_shake)
        self.aura = Presence()
        self.debug = False
        self.banner = 0
        self.tick = 0
        self.journal_toast = 0
        self._journal_seen = session.journal
        self._emotes = self._strip("assets/fx/emotes.png", 16)
        self._rings = self._strip("assets/fx/presence_ring.png", 48)
        self._sheet_cache: dict[str, SpriteSheet] = {}

    # loading -----------------------------------------------------------------------
    def enter(self) -> None:
        self.load(self.session.map_name, self.session.spawn, self.session.position)

    def load(self, map_name: str, spawn: str | None,
             position: tuple[float, float] | None = None) -> bool:
        """Load a map and place the player; on failure report it and keep the old map."""
        path = resolve_map_path(self.ctx.assets.maps_dir, map_name)
        try:
            data = load_map(path, self.ctx.content.palette)
            world = World(data, self._sheet, self.condition, self.session.fired_triggers,
                          self.ctx.rng.random, self.session.player_character)
            x, y, facing = self._arrival(data, spawn, position)
        except GameError as err:
            self.report_error(str(err), fatal=self.world is None)
            return False
        world.place_player(x, y, facing)
        for name in self.session.followers:
            info = self.ctx.content.speaker(name)
            if info is not None:
                world.attach_follower(name, info.id)
        world.place_player(x, y, facing)
        self.world = world
        self.renderer = MapRenderer(data.layers, self._glow())
        self.camera = Camera(*data.pixel_size)
        self.camera.snap(x, y)
        restoring = position is not None  # a save: keep the lighting a cutscene had set
        mode = self.session.lighting if restoring and self.session.lighting else data.lighting
        self.session.lighting = mode if mode != data.lighting else ""
        self.lighting = LightingBlend(self._look(mode))
        self.lighting_mode = mode
        self.session.map_name = data.name if path.parent == self.ctx.assets.maps_dir else str(path)
        self.session.spawn = spawn
        self.session.position = None
        self.banner = BANNER_STEPS
        self.play_music(data.music)
        return True

    def _arrival(self, data: MapData, spawn: str | None,
                 position: tuple[float, float] | None) -> tuple[float, float, Facing]:
        if position is not None:
            return position[0], position[1], Facing(self.session.facing)
        if spawn is None:
            if not data.spawns:
                raise ContentError(f"{data.name}: the map has no Spawn object")
            first = next(iter(data.spawns.values()))
            return first.x, first.y, first.facing
        found = data.spawns.get(spawn)
        if found is None:
            known = ", ".join(sorted(data.spawns)) or "none"
            raise ContentError(f"{data.name}: no spawn named '{spawn}' (spawns: {known})")
        return found.x, found.y, found.facing

    def reload(self) -> None:
        """F5: re-read the map and the scripts from disk; keep the player's spot if free."""
        assert self.world is not None
        player = self.world.player
        spot, facing = (player.x, player.y), player.facing
        self.ctx.assets.clear_cache()
        self._sheet_cache.clear()
        try:
            from game.content import load_content

            self.ctx.content = load_content(self.ctx.assets)
        except GameError as err:
            self.report_error(f"Scripts not reloaded: {err}")
        old = self.world
        if not self.load(self.session.map_name, self.session.spawn):
            return
        if self.world.collision.box_free(player.feet()):
            self.world.place_player(*spot, facing)
            self.camera.snap(*spot)
        del old
        self.banner = 0

    def resume(self) -> None:
        """Back from a menu or the battle: the map's music again (same track: no change)."""
        if self.world is not None:
            self.play_music(self.world.data.music)

    # per step --------------------------------------------------------------------------
    def handle(self, action: Action) -> bool:
        if self.world is None:
            return False
        if action is Action.DEBUG_OVERLAY:
            self.debug = not self.debug
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
                self.director.start(node)
            return True
        flow = self.ctx.services.get("flow")
        if action is Action.MENU and flow is not None:
            flow.open_pause(self)
            return True
        if action is Action.BACKLOG and flow is not None:
            flow.open_backlog(self)
            return True
        return False

    def update(self, inp: InputState) -> None:
        if self.world is None:
            return
        self.tick += 1
        self.session.play_steps += 1
        self.director.update(inp)
        controllable = not self.director.active and self.fade.alpha == 0
        for event in self.world.step(inp, controllable):
            if isinstance(event, DoorEntered):
                door = event.door
                self.go_to(door.to_map, door.to_spawn, door.transition)
                break
            if isinstance(event, TriggerFired):
                self.director.start(event.trigger.dialogue)
                break
        player = self.world.player
        if player.moving and self.tick % 18 == 0:
            self.play_sfx("footstep")
        self._watch_rule()
        if self.session.journal != self._journal_seen:
            self._journal_seen = self.session.journal
            self.journal_toast = JOURNAL_STEPS if self.session.journal else 0
        elif self.journal_toast:
            self.journal_toast -= 1
        self.camera.follow(player.x, player.y - 8)
        self.fade.update()
        self.lighting.update()
        self.shaker.update()
        self.aura.update()
        if self.banner:
            self.banner -= 1

    def _watch_rule(self) -> None:
        """A follow scene: each second too far from WHO raises the flag by one."""
        if self.session.watch is None or self.world is None or self.tick % 60:
            return
        who, distance, flag = self.session.watch
        target = self.world.find(who)
        player = self.world.player
        if target is None:
            return
        if (target.x - player.x) ** 2 + (target.y - player.y) ** 2 > distance * distance:
            self.ctx.flags.set(flag, int(self.ctx.flags.get(flag)) + 1)

    @property
    def busy(self) -> bool:  # type: ignore[override]
        return self.director.active or self.fade.alpha > 0

    # commands' host API ---------------------------------------------------------------
    def condition(self, text: str) -> bool:
        """Evaluate a map object's `when` condition against the flags."""
        try:
            expr = parse_expression(text, SourceLocation("when", 1, 1))
            env = DialogueRunner(self.ctx.content.program, self.ctx.flags, self.ctx.rng)
            return evaluate_condition(expr, env)
        except DialogueError as err:
            log.error("bad condition %r: %s", text, err)
            return False

    def go_to(self, map_name: str, spawn: str, transition: str = "fade") -> Wait:
        def swap() -> None:
            if self.load(map_name, spawn):
                self.autosave()

        self.play_sfx("door")
        fade = FadeScene(self.ctx, swap, steps=1 if transition == "none" else None)
        self.ctx.stack.push(fade)
        return WaitScene(self.ctx.stack, fade)

    def screen_fade(self, alpha: int, steps: int) -> ScreenFade:
        return self.fade.to(alpha, steps)

    def show_title(self, title: str, subtitle: str) -> Wait:
        card = TitleCardScene(self.ctx, title, subtitle)
        self.ctx.stack.push(card)
        return WaitScene(self.ctx.stack, card)

    def set_lighting(self, mode: str, steps: int) -> LightingBlend | None:
        if mode not in self.ctx.content.lighting:
            raise ContentError(f"unknown lighting '{mode}'")
        blend = self.lighting.to(self._look(mode), steps)
        self.lighting_mode = mode
        self.session.lighting = mode
        return blend if steps > 1 else None

    def shake(self, strength: int, steps: int) -> None:
        self.shaker.start(strength, steps)

    def presence(self, ch, steps: int) -> None:
        self.aura.add(ch, steps)
        self.shake(1, min(steps, 30))

    def play_music(self, name: str) -> None:
        audio = self.ctx.services.get("audio")
        if audio is not None:
            audio.play_music(name)

    def play_sfx(self, name: str) -> None:
        audio = self.ctx.services.get("audio")
        if audio is not None:
            audio.play_sfx(name)

    def autosave(self) -> None:
        flow = self.ctx.services.get("flow")
        if flow is not None:
            flow.autosave(self)

    def portrait(self, info: CharacterInfo, tags: tuple[str, ...]) -> Portrait | None:
        try:
            return portrait_frame(self.ctx.assets, info, tags, self.ctx.content.expressions)
        except GameError as err:
            log.error("%s", err)
            return None

    def report_error(self, message: str, fatal: bool = False) -> None:
        flow = self.ctx.services.get("flow")
        on_close = None
        if fatal:
            on_close = flow.to_title if flow is not None else self.ctx.request_quit
        self.ctx.stack.push(ErrorScene(self.ctx, message, on_close=on_close))

    def on_cutscene_end(self) -> None:
        if self.fade.target > 0:
            # A scene that ends on black would leave the player blind and triggers
            # asleep (they wait for a clear screen): bring the picture back.
            log.warning("dialogue '%s' ended with the screen faded out; fading in",
                        self.director.node)
            self.fade.to(0, 20)
        if self.world is not None:
            self.world.refresh_npcs()
        flow = self.ctx.services.get("flow")
        if flow is not None:
            flow.cutscene_ended(self)

    # drawing ------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.world is None or self.renderer is None:
            surface.fill(INK)
            return
        sx, sy = self.shaker.offset(self.tick)
        self.camera.x += sx
        self.camera.y += sy
        self.renderer.draw(surface, self.camera, self.world.characters, self.tick * 1000 // 60,
                           self.lighting.current, self.world.lights, self.lighting_mode,
                           self.world.props)
        offset = self.camera.offset
        self.aura.draw(surface, self._rings, offset, self.tick)
        self._draw_emotes(surface, offset)
        self.camera.x -= sx
        self.camera.y -= sy
        if self.debug:
            draw_debug(surface, self.world, offset, self.ctx.fonts.small,
                       self.ctx.services.get("frame_ms"))
        if self.banner and not self.director.active:
            self._draw_banner(surface)
        if self.session.meters:
            draw_meters(surface, self.ctx.fonts.small,
                        self.ctx.assets.image("assets/ui/bar_frame.png"), self.session.meters,
                        self.ctx.flags)
        if self.journal_toast and not self.director.active:
            draw_journal_toast(surface, self.ctx.fonts.small, self.session.journal,
                               self.journal_toast, JOURNAL_STEPS)
        self.box.draw(surface)
        if self.fade.alpha > 0:
            veil = pygame.Surface((480, 270))
            veil.set_alpha(round(self.fade.alpha))
            surface.blit(veil, (0, 0))

    def _draw_emotes(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        for ch in self.world.characters if self.world else ():
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
        w = font.width(title) + 24
        plate = pygame.Surface((w, 17), pygame.SRCALPHA)
        plate.fill((28, 35, 64, round(200 * alpha)))
        pygame.draw.line(plate, (*GOLD, round(255 * alpha)), (0, 16), (w, 16))
        surface.blit(plate, (0, 10))
        colour = tuple(round(c * alpha) for c in GOLD)
        font.draw(surface, title, (12, 13), colour, None)  # type: ignore[arg-type]

    # assets ----------------------------------------------------------------------------
    def _sheet(self, character: str) -> SpriteSheet:
        sheet = self._sheet_cache.get(character)
        if sheet is None:
            info = self.ctx.content.characters.get(character)
            sprite = info.sprite if info else character
            sheet = SpriteSheet.from_surface(
                self.ctx.assets.image(f"assets/sprites/characters/{sprite}.png"))
            self._sheet_cache[character] = sheet
        return sheet

    def _look(self, mode: str) -> LightingLook:
        spec = self.ctx.content.lighting.get(mode, {})
        return LightingLook(tuple(spec.get("tint", (255, 255, 255))), int(spec.get("glow", 0)))  # type: ignore[arg-type]

    def _glow(self) -> pygame.Surface:
        return self.ctx.assets.image("assets/fx/glow.png")

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

