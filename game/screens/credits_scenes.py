"""The game behind the credits: real maps, drawn by the world's own renderer, one
scene after another with cross-fades, and the staged still the roll ends on.

The scenes are `BackdropScene`s from credits.json (a map, a camera pan in tiles, a
light, seconds). A screen sits above the world in the layer order, so it may use the
world's loader and renderer directly; nothing here plays the map (no triggers, no
story NPCs or props a `when` shows for one scene, who would stand about at the wrong
time in the story): only its tiles, lasting props and lights, and, in the final still,
the few actors the data places.

Maps are read one at a time, when their scene is near: a map takes a few hundred
milliseconds to read, so in a normal run a worker thread reads the next one while
the current one plays, and the scene clock waits at a boundary for a map still on
its way rather than freezing the roll. With `--fast` (tests, screenshots) a map is
read when it is first drawn, so the same frames always show the same pictures.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game.content_credits import Actor, BackdropScene, FinalImage
from game.content_staging import load_poses
from game.core.context import GameContext
from game.core.errors import GameError
from game.ui.text import INK
from game.world.camera import VIEW_H, VIEW_W, Camera
from game.world.character import Character, SpriteSheet
from game.world.loader import load_map, resolve_map_path
from game.world.loader.images import ImageCache
from game.world.model import Facing, Light, MapData, Prop
from game.world.render import DAYLIGHT, LightingLook, MapRenderer

log = logging.getLogger(__name__)

FADE = 1.6  # seconds a cross-fade between two scenes takes
PRELOAD = 4.0  # seconds before its scene a map is asked for
STEP = 1 / 60


@dataclass
class View:
    """A loaded map ready to draw: its renderer, a camera and who stands in it."""

    data: MapData
    renderer: MapRenderer
    camera: Camera
    actors: list[Character]
    props: list[Prop]  # the map's lasting furniture: none a `when` puts on show for a scene
    lights: list[Light]


class MapShelf:
    """Maps asked for by name; at most the two a cross-fade needs are kept."""

    def __init__(self, load: Callable[[str], MapData], threaded: bool) -> None:
        self._load = load
        self.threaded = threaded
        self._ready: dict[str, MapData] = {}
        self._failed: dict[str, str] = {}
        self._pending: set[str] = set()
        self._lock = threading.Lock()
        self._workers: list[threading.Thread] = []

    def settle(self, timeout: float = 2.0) -> None:
        """Wait for maps still being read: none is left half-read when the game quits."""
        for worker in self._workers:
            worker.join(timeout)
        self._workers.clear()

    def ask(self, name: str) -> None:
        """Start reading `name` (in the background when threaded)."""
        with self._lock:
            if name in self._ready or name in self._pending or name in self._failed:
                return
            self._pending.add(name)
        if self.threaded:
            worker = threading.Thread(target=self._read, args=(name,), daemon=True,
                                      name=f"credits-map-{name}")
            self._workers.append(worker)
            worker.start()
        else:
            self._read(name)

    def ready(self, name: str) -> bool:
        with self._lock:
            return name in self._ready or name in self._failed

    def get(self, name: str) -> MapData | None:
        """The map, read now if it was never asked for (None if it cannot be read)."""
        self.ask(name)
        if self.threaded and not self.ready(name):
            return None
        with self._lock:
            return self._ready.get(name)

    def error(self, name: str) -> str | None:
        with self._lock:
            return self._failed.get(name)

    def keep(self, names: Sequence[str]) -> None:
        with self._lock:
            for name in [n for n in self._ready if n not in names]:
                del self._ready[name]

    def _read(self, name: str) -> None:
        try:
            data = self._load(name)
        except GameError as err:
            with self._lock:
                self._failed[name] = str(err)
                self._pending.discard(name)
            return
        with self._lock:
            self._ready[name] = data
            self._pending.discard(name)


class Backdrop:
    """The scene list on a clock: which scene shows now, how far its pan is, and the
    cross-fade from the one before; `finish()` turns it toward the final still."""

    def __init__(self, ctx: GameContext, scenes: Sequence[BackdropScene],
                 final: FinalImage | None, threaded: bool) -> None:
        self.ctx = ctx
        self.scenes = list(scenes)
        self.final = final
        self.clock = 0.0  # seconds of backdrop time
        self.final_at: float | None = None  # clock when the final still began
        self.errors: list[str] = []
        assets = ctx.assets  # read here, not through the story, which the title has not read
        self._palette = {k: tuple(v) for k, v in assets.json("assets/data/palette.json").items()}
        self._lighting: dict[str, object] = dict(assets.json("assets/lighting.json"))
        self._poses = load_poses(assets).poses if any(
            a.pose for a in (final.actors if final else ())) else {}
        images = ImageCache()
        one_at_a_time = threading.Lock()  # one reader, one image cache

        def read(name: str) -> MapData:
            with one_at_a_time:
                return self._read(name, images)
        self.shelf = MapShelf(read, threaded)
        self._views: dict[tuple[str, int], View] = {}
        self._buffer = pygame.Surface((VIEW_W, VIEW_H))
        self._zoom_buffer = pygame.Surface((VIEW_W, VIEW_H))
        self._sheets: dict[str, SpriteSheet] = {}
        self._final_asked = False

    # -- the clock ------------------------------------------------------------------------
    @property
    def length(self) -> float:
        return sum(s.seconds for s in self.scenes)

    def at(self, clock: float) -> tuple[int, float]:
        """(index of the scene, seconds into it) at `clock`; the list loops."""
        if not self.scenes:
            return -1, 0.0
        t = clock % self.length if self.length else 0.0
        for i, scene in enumerate(self.scenes):
            if t < scene.seconds:
                return i, t
            t -= scene.seconds
        return len(self.scenes) - 1, self.scenes[-1].seconds

    @property
    def index(self) -> int:
        """The scene on screen now (-1: the final still, or no scenes)."""
        return -1 if self.final_at is not None else self.at(self.clock)[0]

    @property
    def final_shown(self) -> bool:
        """The final still is fully faded in."""
        return self.final_at is not None and self.clock - self.final_at >= FADE

    def update(self, dt: float) -> None:
        """Advance; in a threaded run wait at a boundary for a map not read yet."""
        index, t = self.at(self.clock)
        if index >= 0 and self.final_at is None:
            if self.shelf.threaded and not self.shelf.ready(self.scenes[index].map):
                self.shelf.ask(self.scenes[index].map)
                return  # the first scene's map is on its way: the roll fades in on it
            upcoming = self.scenes[(index + 1) % len(self.scenes)]
            if t + PRELOAD >= self.scenes[index].seconds:
                self.shelf.ask(upcoming.map)
            if self.shelf.threaded and t + dt >= self.scenes[index].seconds \
                    and not self.shelf.ready(upcoming.map):
                return  # hold the last frame of this pan until the next map is in
        self.clock += dt

    def prepare_final(self) -> None:
        if self.final is not None:
            self._final_asked = True  # kept from now on, whatever scene is showing
            self.shelf.ask(self.final.scene.map)

    def finish(self) -> None:
        """Cross-fade to the final still (or just stay on the last scene without one)."""
        if self.final_at is None and self.final is not None:
            self.prepare_final()
            if self.shelf.threaded and not self.shelf.ready(self.final.scene.map):
                return  # asked again next step
            self.final_at = self.clock

    # -- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        clock_ms = round(self.clock * 1000)
        if self.final_at is not None and self.final is not None:
            into = self.clock - self.final_at
            self._draw_final(surface, clock_ms)
            if into < FADE:
                index, t = self.at(self.final_at)
                self._blend(surface, index, t, 1 - into / FADE, clock_ms)
            return
        index, t = self.at(self.clock)
        if index < 0:
            surface.fill(INK)
            return
        self._draw_scene(surface, index, t, clock_ms)
        if t < FADE and self.clock >= FADE:  # the scene before fades out over this one
            before = (index - 1) % len(self.scenes)
            self._blend(surface, before, self.scenes[before].seconds, 1 - t / FADE, clock_ms)
        elif self.clock < FADE:  # the very first scene comes up out of the dark
            self._buffer.fill(INK)
            self._buffer.set_alpha(round(255 * (1 - self.clock / FADE)))
            surface.blit(self._buffer, (0, 0))
        wanted = [self.scenes[index].map]
        if t < FADE:
            wanted.append(self.scenes[(index - 1) % len(self.scenes)].map)
        if t + PRELOAD >= self.scenes[index].seconds:
            wanted.append(self.scenes[(index + 1) % len(self.scenes)].map)
        self._forget(wanted)

    def _blend(self, surface: pygame.Surface, index: int, t: float, weight: float,
               clock_ms: int) -> None:
        if weight <= 0:
            return
        if self._draw_scene(self._buffer, index, t, clock_ms):
            self._buffer.set_alpha(round(255 * min(1.0, weight)))
            surface.blit(self._buffer, (0, 0))

    def _draw_scene(self, surface: pygame.Surface, index: int, t: float, clock_ms: int) -> bool:
        scene = self.scenes[index]
        view = self._view(scene, key=index)
        if view is None:
            surface.fill(INK)
            return False
        frac = _ease(min(1.0, max(0.0, t / scene.seconds)))
        (x0, y0), (x1, y1) = scene.start, scene.end
        self._show(surface, view, scene, (x0 + (x1 - x0) * frac, y0 + (y1 - y0) * frac),
                   clock_ms)
        return True

    def _draw_final(self, surface: pygame.Surface, clock_ms: int) -> None:
        assert self.final is not None
        view = self._view(self.final.scene, key=-1, actors=self.final.actors)
        if view is None:
            surface.fill(INK)
            return
        zoom = self.final.zoom
        if zoom == 1:
            self._show(surface, view, self.final.scene, self.final.scene.start, clock_ms)
            return
        # Close up: the view around the still's centre, scaled by a whole number.
        whole = self._zoom_buffer
        self._show(whole, view, self.final.scene, self.final.scene.start, clock_ms)
        ts = view.data.tile_size
        cx = self.final.scene.start[0] * ts - view.camera.offset[0]
        cy = self.final.scene.start[1] * ts - view.camera.offset[1]
        w, h = VIEW_W // zoom, VIEW_H // zoom
        x = min(max(round(cx - w / 2), 0), VIEW_W - w)
        y = min(max(round(cy - h / 2), 0), VIEW_H - h)
        pygame.transform.scale(whole.subsurface((x, y, w, h)), (w * zoom, h * zoom), surface)

    def _show(self, surface: pygame.Surface, view: View, scene: BackdropScene,
              centre: tuple[float, float], clock_ms: int) -> None:
        ts = view.data.tile_size
        view.camera.snap(centre[0] * ts, centre[1] * ts)
        mode = scene.light or view.data.lighting
        view.renderer.draw(surface, view.camera, view.actors, clock_ms, self._look(mode),
                           view.lights, mode, view.props)

    def _view(self, scene: BackdropScene, key: int, actors: Sequence[Actor] = ()
              ) -> View | None:
        view = self._views.get((scene.map, key))
        if view is not None:
            return view
        data = self.shelf.get(scene.map)
        if data is None:
            error = self.shelf.error(scene.map)
            if error is not None and error not in self.errors:
                self.errors.append(error)
                log.error("credits: %s", error)
            return None
        glow = self.ctx.assets.image("assets/fx/glow.png")
        props = [p for p in data.props if not p.when]  # no drones left from Act Six
        view = View(data, MapRenderer(data.layers, glow), Camera(*data.pixel_size),
                    [self._actor(a, data.tile_size) for a in actors], props,
                    [*data.lights, *(p.light for p in props if p.light is not None)])
        self._views[(scene.map, key)] = view
        return view

    def _forget(self, maps: list[str]) -> None:
        """Drop the maps no longer on screen or next: one map in memory, two in a fade."""
        for key in [k for k in self._views if k[0] not in maps and k[1] >= 0]:
            del self._views[key]
        if self.final is not None and self._final_asked:
            maps.append(self.final.scene.map)
        self.shelf.keep(maps)

    def _actor(self, actor: Actor, tile: int) -> Character:
        sheet = self._sheets.get(actor.who)
        if sheet is None:
            info = self.ctx.content.characters.get(actor.who)
            sprite = info.sprite if info is not None else actor.who
            sheet = SpriteSheet.from_surface(
                self.ctx.assets.image(f"assets/sprites/characters/{sprite}.png"))
            self._sheets[actor.who] = sheet
        x, y = actor.at
        return Character(actor.who, actor.who, x * tile, y * tile, Facing(actor.facing), sheet,
                         solid=False, pose=self._poses.get(actor.pose))

    def _look(self, mode: str) -> LightingLook:
        spec = self._lighting.get(mode)
        if not isinstance(spec, dict):
            return DAYLIGHT
        try:
            r, g, b = (int(c) for c in spec.get("tint", (255, 255, 255)))
            return LightingLook((r, g, b), int(spec.get("glow", 0)))
        except (TypeError, ValueError):
            return DAYLIGHT

    def _read(self, name: str, images: ImageCache) -> MapData:
        path = resolve_map_path(self.ctx.assets.maps_dir, name)
        return load_map(path, self._palette,
                        lighting_modes=tuple(self._lighting), images=images)


def _ease(t: float) -> float:
    """Slow in, slow out: a camera that glides rather than starts and stops."""
    return t * t * (3 - 2 * t)
