"""Loading a map into the world scene: the swap at black between two maps, the first
map of a game, F5's reload. Split from `game.world.scene` along the seam between
putting a map in play and playing it; `WorldScene` inherits it."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

import pygame

from game.core.errors import ContentError, GameError
from game.core.scene import Scene
from game.persistence.rules import MapFacts
from game.world import carry
from game.world.camera import VIEW_H, VIEW_W
from game.world.character import SpriteSheet
from game.world.conditions import flag_conditions, flag_types
from game.world.loader import load_map, resolve_map_path
from game.world.model import Facing, MapData
from game.world.render import MapRenderer
from game.world.wardrobe import dressed
from game.world.world import World

if TYPE_CHECKING:
    from pathlib import Path

    from game.core.context import GameContext
    from game.session import Session
    from game.world.camera import Camera
    from game.world.loader.images import ImageCache
    from game.world.stage import Stage

BANNER_STEPS = 150


class MapLoading(Scene):
    """The loading half of `WorldScene` (see the module's docstring)."""

    session: Session
    stage: Stage
    renderer: MapRenderer | None
    _images: ImageCache
    _sheet_cache: dict[str, SpriteSheet]
    banner: int
    tick: int
    load_error: str | None

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        # The maps this scene loaded, by file version: what a save's check asks of them.
        self.loaded_facts: dict[tuple[Path, int], MapFacts] = {}

    if TYPE_CHECKING:
        @property
        def world(self) -> World | None: ...

        @property
        def camera(self) -> Camera: ...

    # loading -----------------------------------------------------------------------
    def enter(self) -> None:
        self.load(self.session.map_name, self.session.spawn, self.session.position)

    def exit(self) -> None:
        """What was frozen when this world began may now be garbage (see `load`)."""
        gc.unfreeze()

    def load(self, map_name: str, spawn: str | None,
             position: tuple[float, float] | None = None) -> bool:
        """Load a map and place the player; on failure report it and keep the old map.

        A map is read into reference cycles (pytmx's tree, the world's parts), and its
        chunks and tiles are megabytes that only the cyclic collector frees; left to
        it, a tour of the maps kept several old maps' pictures alive at once. So it
        is collected here, while the screen is black between two maps, where a pause
        of a few milliseconds is not seen (and is not a stall mid-walk later).

        What is alive when a world scene's first map is about to load (the story, the
        fonts, the modules: some 30,000 objects, most of the heap) lives as long as the
        world scene, so it is then frozen (`gc.freeze`) and each later collection walks
        only the maps: a map swap's collection went from ~12 ms to ~2. The scene thaws
        it when it leaves the stack (`exit`), F5 when it replaces the content, and a
        battle at its end (`game.flight.gc_guard`); a frozen object that became garbage
        is freed then. First every earlier freeze is undone, so a world left without
        `exit` (a test's game, a tool's) is freed by this full collection."""
        path = resolve_map_path(self.ctx.assets.maps_dir, map_name)
        if self.world is not None:
            carry.remember(self.world, self.session)  # a tray goes through the door too
        else:
            gc.unfreeze()  # a new game or a loaded save: the last world scene goes first
            gc.collect()
            gc.freeze()  # what lives as long as this scene (the docstring)
        try:
            stamp: int | None = path.stat().st_mtime_ns  # before the read: see `remember`
        except OSError:
            stamp = None  # the load says why
        try:
            data = load_map(path, self.ctx.content.palette,
                            lighting_modes=tuple(self.ctx.content.lighting),
                            flag_types=flag_types(self.ctx.flags), images=self._images)
            world = World(data, self._sheet, flag_conditions(self.ctx.flags),
                          self.session.fired_triggers, self.ctx.rng.random,
                          self.session.player_character, self.ctx.content.poses)
            x, y, facing = self._arrival(data, spawn, position)
        except GameError as err:
            self.load_error = str(err)
            self.stage.report_error(str(err), fatal=self.world is None)
            return False
        self.load_error = None
        if stamp is not None:
            width, height = data.pixel_size
            self.loaded_facts[(path, stamp)] = MapFacts(float(width), float(height),
                                                        frozenset(data.spawns))
        world.place_player(x, y, facing)
        for name in self.session.followers:
            info = self.ctx.content.speaker(name)
            if info is not None:
                world.attach_follower(name, info.id)
        content = self.ctx.content
        carry.restore(world, self.session, content.poses, self.stage.item_image,
                      set(content.items.items))
        world.place_player(x, y, facing)
        self.stage.set_map(world, x, y, restoring=position is not None)
        self.renderer = MapRenderer(data.layers, self._glow())
        self._warm_up()
        gc.collect()  # the map left behind goes now (see load's docstring)
        self.session.map_name = data.name if path.parent == self.ctx.assets.maps_dir else str(path)
        self.session.spawn = spawn
        self.session.position = None
        self.banner = BANNER_STEPS
        self.stage.play_music(data.music)
        self.ctx.audio.play_ambience(data.ambience)
        return True

    def _warm_up(self) -> None:
        """While the screen is black: draw the first view once (its tile and light
        chunks are composed, its backdrops prepared), decode the sounds a walk
        plays and make the looks of the map's particles, so the first frames on the
        map and the first steps cost no more than any other."""
        assert self.world is not None and self.renderer is not None
        stage = self.stage
        self.renderer.draw(pygame.Surface((VIEW_W, VIEW_H)), self.camera,
                           self.world.characters, self.tick * 1000 // 60,
                           stage.lighting.current, self.world.lights, stage.lighting_mode,
                           self.world.props, tiles=self.world.tiles_shown)
        self.ctx.audio.preload_sfx("footstep", "door")
        stage.prepare_map_effects()

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
        """F5: re-read the map, its templates, the scripts, flags.json and the characters
        from disk; keep the player's spot if free. Flag values that no longer fit are
        named in a panel (the rest of the story so far is kept)."""
        assert self.world is not None
        player = self.world.player
        spot, facing = (player.x, player.y), player.facing
        gc.unfreeze()  # the old content and pictures are garbage now (see `load`)
        self.ctx.assets.clear_cache()
        self._sheet_cache.clear()
        self.stage.forget_effects()
        try:
            from game.content import load_content
            from game.flight.registry import STAGE_WORDS

            self.ctx.content = load_content(self.ctx.assets, STAGE_WORDS)
            notes = self.ctx.flags.redeclare(self.ctx.content.flag_decls)
        except GameError as err:
            self.stage.report_error(f"Scripts not reloaded: {err}")
            notes = []
        old = self.world
        if not self.load(self.session.map_name, self.session.spawn):
            return
        if self.world.collision.box_free(player.feet()):
            self.world.place_player(*spot, facing)
            self.camera.snap(*spot)
        del old
        self.banner = 0
        if notes:
            self.stage.report_error("Reloaded; " + "; ".join(notes), title="Reloaded")

    def _sheet(self, character: str) -> SpriteSheet:
        """The sheet of `character` as dressed now (the session's outfits)."""
        known = self.ctx.content.characters
        character = dressed(self.session.outfits, character, known)
        sheet = self._sheet_cache.get(character)
        if sheet is None:
            info = known.get(character)
            sprite = info.sprite if info else character
            sheet = SpriteSheet.from_surface(
                self.ctx.assets.image(f"assets/sprites/characters/{sprite}.png"))
            self._sheet_cache[character] = sheet
        return sheet

    def _glow(self) -> pygame.Surface:
        return self.ctx.assets.image("assets/fx/glow.png")
