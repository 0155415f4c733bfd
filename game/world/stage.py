"""The cutscene host: everything a cutscene command may touch, and nothing else.

Commands used to receive the whole `WorldScene` and reach into whatever they
liked, so the scene grew a method with every command. They get a `Stage`
instead: the map in play (world and camera), the screen effects over it (fade,
lighting, shake, presence), sound, the story's session and flags, and the ways
out of the world (a map change, a title card, a request to the flow, the error
panel). The scene owns one stage, updates its effects every step and draws what
it holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import replace

import pygame

from game.content import CharacterInfo, Content, portrait_frame
from game.core.context import GameContext
from game.core.errors import ContentError, GameError
from game.core.portrait import Portrait
from game.core.requests import Autosave, CutsceneEnded, GoToTitle, Request
from game.dialogue.flags import FlagStore
from game.session import Session
from game.ui.error_scene import ErrorScene
from game.ui.fade import FadeScene
from game.ui.title_card import TitleCardScene
from game.world.camera import Camera
from game.world.character import Character
from game.world.effects import LightingBlend, Presence, ScreenFade, Shake
from game.world.loader import resolve_map_path
from game.world.particle_data import PARTICLES, load_effects
from game.world.particles import EffectSpec, Emitter, ParticleField
from game.world.render import LightingLook
from game.world.staging import Flash, SlowMotion, Tint, Zoom
from game.world.waits import Wait, WaitMapChange, WaitScene
from game.world.world import World

log = logging.getLogger(__name__)

STEPS_PER_SECOND = 60
FAST_STEPS_PER_SECOND = 6  # --fast: scripted runs and tests see every scene, quickly

MapLoader = Callable[[str, str], bool]


class Stage:
    """The map in play and the effects over it, as the cutscene commands see them."""

    def __init__(self, ctx: GameContext, session: Session, load_map: MapLoader) -> None:
        self.ctx = ctx
        self.session = session
        self._load_map = load_map
        self.current: World | None = None
        self.camera = Camera(480, 270)
        self.fade = ScreenFade()
        self.lighting = LightingBlend(LightingLook((255, 255, 255), 0))
        self.lighting_mode = "day"
        self.previous_mode = "day"  # the mode a lighting change cross-fades from
        self.shaker = Shake(enabled=ctx.settings.screen_shake)
        self.aura = Presence()
        self.particles = ParticleField()
        self.zoom = Zoom()
        self.flash = Flash()
        self.tint = Tint()
        self.slowmo = SlowMotion()
        self._effects: dict[str, EffectSpec] | None = None
        self._broken: set[str] = set()
        self._emitters_seen: tuple[int, int, int] | None = None  # see sync_map_emitters

    # what the commands read --------------------------------------------------------
    @property
    def world(self) -> World:
        """The map in play; commands only run while there is one."""
        if self.current is None:
            raise ContentError("no map is loaded")
        return self.current

    @property
    def content(self) -> Content:
        return self.ctx.content

    @property
    def flags(self) -> FlagStore:
        return self.ctx.flags

    @property
    def fast(self) -> bool:
        return self.ctx.options.fast

    def steps(self, seconds: float) -> int:
        """Logic steps for a duration (at least one); --fast runs ten times quicker."""
        rate = FAST_STEPS_PER_SECOND if self.fast else STEPS_PER_SECOND
        return max(1, round(seconds * rate))

    def find(self, name: str) -> Character:
        """A character on this map by Name or id, or a ContentError naming the map."""
        found = self.world.find(name)
        if found is None:
            raise ContentError(f"no character '{name}' on map {self.world.data.name}")
        return found

    def spot(self, name: str) -> tuple[float, float]:
        """Where a Spawn or a character named `name` stands, in map pixels."""
        spawn = self.world.data.spawns.get(name)
        if spawn is not None:
            return spawn.x, spawn.y
        found = self.world.find(name)
        if found is not None:
            return found.x, found.y
        known = ", ".join(sorted(self.world.data.spawns)) or "none"
        raise ContentError(f"no spawn or character named '{name}' on map "
                           f"{self.world.data.name} (spawns: {known})")

    def known_names(self, kind: str) -> Collection[str] | None:
        """The names a registry allows for `kind` at run time, or None (not checked)."""
        if kind == "lighting":
            return tuple(self.content.lighting)
        if kind == "emote":
            return tuple(self.content.emotes.frames)
        if kind == "flight stage":  # the stage registry: assets/data/flight.json
            return tuple(self.content.flight.stages)
        if kind == "pose":
            return self.content.poses.names
        if kind == "item":
            return self.content.items.names
        if kind == "crowd":
            return tuple(self.world.crowds)
        audio = self.ctx.audio.registry
        if kind == "music":  # a tree without the audio registry (a test slice) is unchecked
            return audio.known_music() if audio.music else None
        if kind == "ambience":
            return audio.known_ambience() if audio.ambience else None
        if kind == "sfx":
            return frozenset(audio.effects) if audio.effects else None
        if kind == "effect":
            return tuple(self.effects)
        if kind == "colour":
            return tuple(self.content.palette)
        return None

    def item_image(self, item: str) -> pygame.Surface:
        """The sprite of an item of assets/data/items.json, cut from its strip."""
        table = self.content.items
        size = table.size
        strip = self.ctx.assets.image(table.strip)
        frame = table.items[item].frame
        if (frame + 1) * size > strip.get_width() or strip.get_height() < size:
            raise ContentError(f"{table.strip}: no frame {frame} for item '{item}'")
        return strip.subsurface((frame * size, 0, size, size))

    def has_map(self, name: str) -> bool:
        return resolve_map_path(self.ctx.assets.maps_dir, name).is_file()

    def tile_spot(self, tx: float, ty: float) -> tuple[float, float]:
        """Where feet stand on tile (tx, ty); a tile off the map is an error."""
        data = self.world.data
        cols, rows = data.pixel_size[0] / data.tile_size, data.pixel_size[1] / data.tile_size
        if not (0 <= tx < cols and 0 <= ty < rows):
            raise ContentError(f"tile {tx:g} {ty:g} is outside map {data.name} "
                               f"({cols:g} x {rows:g} tiles)")
        ts = data.tile_size
        return tx * ts + ts / 2, ty * ts + ts - 2

    # loading a map -----------------------------------------------------------------
    def set_map(self, world: World, x: float, y: float, restoring: bool) -> None:
        """A map was loaded: a new camera on the player and the map's light (a save
        keeps the light a cutscene had set)."""
        self.current = world
        self.camera = Camera(*world.data.pixel_size)
        self.camera.snap(x, y)
        default = world.data.lighting
        mode = self.session.lighting if restoring and self.session.lighting else default
        self.session.lighting = mode if mode != default else ""
        try:
            look = self.look(mode)
        except ContentError as err:  # the map still plays, in plain daylight
            self.report_error(str(err))
            look = LightingLook((255, 255, 255), 0)
        self.lighting = LightingBlend(look)
        self.lighting_mode = self.previous_mode = mode
        self.particles.clear()
        self.zoom = Zoom()
        self.slowmo = SlowMotion()

    # effects -------------------------------------------------------------------------
    def update(self) -> None:
        """One logic step of the screen effects."""
        self.fade.update()
        self.lighting.update()
        self.shaker.update()
        self.aura.update()
        self.zoom.update()
        self.flash.update()
        self.tint.update()

    # staging -------------------------------------------------------------------------
    @property
    def effects(self) -> dict[str, EffectSpec]:
        """The particle effects of assets/data/particles.json (read on first use)."""
        if self._effects is None:
            self._effects = load_effects(self.ctx.assets.json(PARTICLES), self.content.palette)
        return self._effects

    def forget_effects(self) -> None:
        """F5: read particles.json again on next use."""
        self._effects = None
        self._broken.clear()
        self._emitters_seen = None

    def start_particles(self, key: str, effect: str, x: float, y: float,
                        steps: int | None = None, seed: int | None = None,
                        area: tuple[float, float] | None = None) -> None:
        """Start an effect at a map point; the seed comes from the game's rng, so a
        replay sees the same particles."""
        spec = self.effects.get(effect)
        if spec is None:
            raise ContentError(f"{PARTICLES}: no effect '{effect}' "
                               f"(effects: {', '.join(sorted(self.effects))})")
        if area is not None and (area[0] or area[1]):
            spec = replace(spec, area=area)
        if seed is None:
            seed = self.ctx.rng.getrandbits(32)
        self.particles.start(key, Emitter(spec, x, y, seed, steps))

    def sync_map_emitters(self) -> None:
        """Run the map's Emitter objects whose `when` holds, stop the others. Asked
        every step, but answered only when a flag, the map or the running effects
        changed since the last answer: the same inputs would give the same answer."""
        if self.current is None:
            return
        world = self.current
        if (id(world), world.conditions.version, self.particles.changes) == self._emitters_seen:
            return
        for spot in world.data.emitters:
            key = f"map:{spot.ref.object_id}"
            running = key in self.particles.emitters and self.particles.emitters[key].running
            wanted = world.conditions.holds(spot.when)
            if wanted and not running and key not in self._broken:
                try:
                    self.start_particles(key, spot.effect, spot.x, spot.y,
                                         seed=spot.ref.object_id,
                                         area=(spot.width, spot.height))
                except ContentError as err:
                    self._broken.add(key)  # reported once; the map plays on without it
                    self.report_error(f"{spot.ref}: {err}")
            elif running and not wanted:
                self.particles.stop(key)
        self._emitters_seen = (id(world), world.conditions.version, self.particles.changes)

    def prepare_map_effects(self) -> None:
        """Make the looks of the map's Emitter effects before its first frame (a map
        entry, while the screen is black). A broken particles.json is left to the
        first step to report, as it is now."""
        if self.current is None or not self.current.data.emitters:
            return
        try:
            effects = self.effects
        except ContentError:
            return
        for spot in self.current.data.emitters:
            spec = effects.get(spot.effect)
            if spec is not None:
                self.particles.prepare(spec)

    def draw_over_world(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        """The staging passes over the drawn world, before the box and HUD: particles,
        the tint, the close framing, then a flash over all of it."""
        self.particles.draw(surface, offset)
        self.tint.draw(surface)
        self.zoom.draw(surface, offset)
        self.flash.draw(surface)

    def focus(self) -> tuple[float, float]:
        """Where the camera looks, in map pixels: a close-up's subject, a pan's target,
        or the player."""
        if self.zoom.active:
            return self.zoom.focus
        if self.camera.pan_target is not None:
            return self.camera.pan_target
        player = self.world.player
        return player.x, player.y - 8

    def screen_fade(self, alpha: int, steps: int) -> ScreenFade:
        return self.fade.to(alpha, steps)

    def look(self, mode: str) -> LightingLook:
        spec = self.content.lighting.get(mode, {})
        try:
            r, g, b = (int(c) for c in spec.get("tint", (255, 255, 255)))
            glow = int(spec.get("glow", 0))
        except (TypeError, ValueError):
            raise ContentError(f"assets/lighting.json: '{mode}': tint must be three numbers "
                               "and glow a number") from None
        return LightingLook((r, g, b), glow)

    def set_lighting(self, mode: str, steps: int) -> LightingBlend | None:
        """Blend to a lighting mode; returns something to wait on for a slow blend."""
        if mode not in self.content.lighting:
            known = ", ".join(sorted(self.content.lighting))
            raise ContentError(f"unknown lighting '{mode}' (modes: {known})")
        blend = self.lighting.to(self.look(mode), steps)
        self.previous_mode = self.lighting_mode
        self.lighting_mode = mode
        self.session.lighting = mode
        return blend if steps > 1 else None

    def shake(self, strength: int, steps: int) -> None:
        self.shaker.start(strength, steps)

    def presence(self, ch: Character, steps: int) -> None:
        self.aura.add(ch, steps)
        self.shake(1, min(steps, 30))

    def play_music(self, name: str) -> None:
        self.ctx.audio.play_music(name)

    def play_sfx(self, name: str) -> None:
        self.ctx.audio.play_sfx(name)

    def play_ambience(self, name: str) -> None:
        self.ctx.audio.play_ambience(name)

    def portrait(self, info: CharacterInfo, tags: tuple[str, ...]) -> Portrait | None:
        try:
            return portrait_frame(self.ctx.assets, info, tags, self.ctx.content.expressions)
        except GameError as err:
            log.error("%s", err)
            return None

    # leaving the world for a moment -----------------------------------------------
    def go_to(self, map_name: str, spawn: str, transition: str = "fade") -> Wait:
        """Fade to another map; a map that does not load is reported, the old one
        stays, and a cutscene waiting on the change ends."""
        loaded: list[bool] = []

        def swap() -> None:
            loaded.append(self._load_map(map_name, spawn))
            if loaded[0]:
                self.autosave()

        self.play_sfx("door")
        fade = FadeScene(self.ctx, swap, steps=1 if transition == "none" else None)
        self.ctx.stack.push(fade)
        return WaitMapChange(self.ctx.stack, fade, loaded)

    def show_title(self, title: str, subtitle: str) -> Wait:
        card = TitleCardScene(self.ctx, title, subtitle)
        self.ctx.stack.push(card)
        return WaitScene(self.ctx.stack, card)

    def ask(self, request: Request) -> None:
        """Post a request to the game flow (it answers after the step)."""
        self.ctx.requests.post(request)

    def autosave(self) -> None:
        self.ask(Autosave())

    def report_error(self, message: str, fatal: bool = False,
                     title: str = "Something is broken") -> None:
        """The error panel; a fatal error (no map at all) leaves for the title."""
        on_close = (lambda: self.ask(GoToTitle())) if fatal else None
        self.ctx.stack.push(ErrorScene(self.ctx, message, title=title, on_close=on_close))

    def cutscene_ended(self, node: str) -> None:
        """Hand control back: never leave the player blind, refresh who stands where."""
        if self.fade.target > 0:
            # A scene that ends on black would leave the player blind and triggers
            # asleep (they wait for a clear screen): bring the picture back.
            log.warning("dialogue '%s' ended with the screen faded out; fading in", node)
            self.fade.to(0, 20)
        if self.current is not None:
            self.current.refresh_npcs()
        self.ask(CutsceneEnded())
