"""Load a Tiled map (.tmx) with pytmx and turn it into our `MapData`.

This is the only module that knows pytmx. It reads an object's class from
`class` (Tiled 1.9+) or `type` (Tiled 1.8), checks the properties the game
needs and raises `ContentError` naming the map, object id and name when one is
missing or wrong. Deeper checks (does the target map exist, is it reachable)
belong to the map linter.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pygame
import pytmx

from game.core.errors import ContentError
from game.world.layers import AnimatedTile, ImageLayer, MapLayers
from game.world.model import (
    FACING_NAMES,
    Door,
    Facing,
    Light,
    MapData,
    NPCSpec,
    ObjectRef,
    Prop,
    Sign,
    Spawn,
    Trigger,
    TriggerMode,
)
from game.world.templates import apply_templates

log = logging.getLogger(__name__)

KNOWN_CLASSES = ("Collision", "Spawn", "Door", "NPC", "Sign", "Inspect", "Trigger", "Music",
                 "Prop")
LIGHTING_MODES = ("day", "sunset", "night", "dawn", "moon")
TRANSITIONS = ("fade", "none")
RESOLVES_TEMPLATES = True  # the map linter stops asking map makers to detach templates
SPRITES_LAYER = "sprites"
COLLISION_LAYER = "collision"


def object_class(obj: Any) -> str:
    """The object's class: Tiled 1.9+ writes `class`, Tiled 1.8 writes `type`."""
    value = getattr(obj, "class", None) or getattr(obj, "type", None) or ""
    return str(value)


def resolve_map_path(maps_dir: Path, name_or_path: str) -> Path:
    """`palace_hall` -> maps/palace_hall.tmx; a path to any .tmx is used as given."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".tmx":
        return candidate if candidate.is_absolute() else Path.cwd() / candidate
    return maps_dir / f"{name_or_path}.tmx"


def map_name_of(path: Path) -> str:
    return path.stem


def load_map(path: Path, palette: dict[str, tuple[int, int, int]] | None = None) -> MapData:
    """Parse `path` into MapData; ContentError with a plain reason when it cannot."""
    if not path.is_file():
        raise ContentError(f"map not found: {path}")
    if pygame.display.get_surface() is None:
        raise RuntimeError("load_map needs pygame.display.set_mode() first (pytmx rule)")
    try:
        tmx = pytmx.load_pygame(str(path))
    except FileNotFoundError as err:
        raise ContentError(f"{path.name}: missing file {err.filename}") from None
    except Exception as err:  # pytmx raises many kinds on malformed XML
        raise ContentError(f"{path.name}: cannot read map: {err}") from None
    apply_templates(tmx, path)
    name = map_name_of(path)
    if tmx.tilewidth != tmx.tileheight:
        raise ContentError(
            f"{path.name}: tiles must be square (got {tmx.tilewidth}x{tmx.tileheight})")
    builder = _Builder(tmx, name, palette or {}, path)
    return builder.build(path)


class _Builder:
    def __init__(self, tmx: pytmx.TiledMap, name: str, palette: dict[str, tuple[int, int, int]],
                 path: Path):
        self.tmx = tmx
        self.path = path
        self.name = name
        self.palette = palette
        self.ts = tmx.tilewidth
        self._props: dict[int, dict[str, Any]] = {}

    def props(self, gid: int) -> dict[str, Any]:
        cached = self._props.get(gid)
        if cached is None:
            cached = self.tmx.get_tile_properties_by_gid(gid) or {}
            self._props[gid] = cached
        return cached

    def ref(self, obj: Any) -> ObjectRef:
        return ObjectRef(self.name, int(obj.id), obj.name or "")

    def build(self, path: Path) -> MapData:
        tmx = self.tmx
        solid = [[False] * tmx.width for _ in range(tmx.height)]
        lights: list[Light] = []
        layers = self._layers(solid, lights)
        data = MapData(
            name=self.name,
            path=str(path),
            width=tmx.width,
            height=tmx.height,
            tile_size=self.ts,
            title=str(tmx.properties.get("title", self.name.replace("_", " ").title())),
            music=str(tmx.properties.get("music", "")),
            lighting=str(tmx.properties.get("lighting", "day")),
            solid_tiles=solid,
            solid_rects=[],
            spawns={},
            doors=[],
            npcs=[],
            signs=[],
            triggers=[],
            lights=lights,
            layers=layers,
            properties=dict(tmx.properties),
            ambience=str(tmx.properties.get("ambience", "")),
        )
        if data.lighting not in LIGHTING_MODES:
            raise ContentError(
                f"{self.name}: map property lighting={data.lighting!r} is not one of "
                f"{', '.join(LIGHTING_MODES)}"
            )
        for group in tmx.objectgroups:
            for obj in group:
                self._object(data, obj, group.name or "")
        return data

    # tiles ---------------------------------------------------------------
    def _layers(self, solid: list[list[bool]], lights: list[Light]) -> MapLayers:
        tmx = self.tmx
        size = (tmx.width * self.ts, tmx.height * self.ts)
        below = pygame.Surface(size, pygame.SRCALPHA)
        above = pygame.Surface(size, pygame.SRCALPHA)
        result = MapLayers(below=below, above=None)
        is_above = False
        used_above = False
        for layer in tmx.layers:
            lname = (layer.name or "").strip().lower()
            if lname == SPRITES_LAYER:
                is_above = True
                continue
            if not getattr(layer, "visible", True) and lname != COLLISION_LAYER:
                continue
            if isinstance(layer, pytmx.TiledTileLayer):
                if lname == COLLISION_LAYER:
                    self._collision_tiles(layer, solid)
                    continue
                target = above if is_above else below
                anims = result.animated_above if is_above else result.animated_below
                used_above |= is_above
                self._tiles(layer, target, anims, solid, lights)
            elif isinstance(layer, pytmx.TiledImageLayer) and layer.source:
                result.images.append(self._image_layer(layer, is_above))
        result.above = _display_format(above, alpha=True) if used_above else None
        below_images = any(not image.above for image in result.images)
        # An opaque copy blits several times faster than per-pixel alpha; only a map
        # with a backdrop under its tiles (the balcony view) needs the holes kept.
        result.below = _display_format(below, alpha=below_images)
        result.opaque_below = not below_images
        return result

    def _collision_tiles(self, layer: Any, solid: list[list[bool]]) -> None:
        for x, y, gid in layer.iter_data():
            if gid:
                solid[y][x] = True

    def _tiles(
        self,
        layer: Any,
        target: pygame.Surface,
        anims: list[AnimatedTile],
        solid: list[list[bool]],
        lights: list[Light],
    ) -> None:
        ts = self.ts
        opacity = float(getattr(layer, "opacity", 1) or 1)
        for x, y, gid in layer.iter_data():
            if not gid:
                continue
            image = self.tmx.get_tile_image_by_gid(gid)
            if image is None:
                raise ContentError(
                    f"{self.name}: layer '{layer.name}' cell ({x}, {y}) uses tile id {gid} "
                    "that no tileset defines"
                )
            props = self.props(gid)
            if props.get("solid") in (True, "true"):
                solid[y][x] = True
            if props.get("light"):
                lights.append(self._light(props["light"], x, y))
            frames = props.get("frames") or []
            px, py = x * ts, y * ts + ts - image.get_height()
            if frames:
                surfaces = tuple(self.tmx.get_tile_image_by_gid(f.gid) for f in frames)
                durations = tuple(int(f.duration) for f in frames)
                anims.append(AnimatedTile(px, py, surfaces, durations))
            elif opacity < 1:
                faded = image.copy()
                faded.set_alpha(round(255 * opacity))
                target.blit(faded, (px, py))
            else:
                target.blit(image, (px, py))

    def _light(self, value: str, x: int, y: int) -> Light:
        try:
            radius_text, colour_name = str(value).split(",", 1)
            radius = int(radius_text)
            colour = self.palette.get(colour_name.strip(), (255, 220, 160))
        except ValueError:
            raise ContentError(
                f"{self.name}: tile at ({x}, {y}) has light={value!r}; write 'radius,colour'"
            ) from None
        return Light(x * self.ts + self.ts / 2, y * self.ts + self.ts / 2, radius, colour)

    def _image_layer(self, layer: Any, above: bool) -> ImageLayer:
        def num(attr: str, default: float) -> float:
            try:
                return float(getattr(layer, attr, default))
            except (TypeError, ValueError):
                return default

        # Read the picture ourselves: pytmx 3.32 numbers image layers like tiles, and a
        # layer whose number matches a tile id in use shows that tile instead.
        source = (self.path.parent / layer.source).resolve()
        try:
            surface = pygame.image.load(str(source)).convert_alpha()
        except (pygame.error, FileNotFoundError, OSError):
            raise ContentError(f"{self.name}: image layer '{layer.name}' needs {layer.source}, "
                               "which cannot be read") from None
        return ImageLayer(
            surface=surface,
            offset=(num("offsetx", 0.0), num("offsety", 0.0)),
            parallax=(num("parallaxx", 1.0), num("parallaxy", 1.0)),
            above=above,
            name=layer.name or "",
            opacity=num("opacity", 1.0),
            lighting=tuple(m.strip() for m in str(layer.properties.get("lighting", "")).split(",")
                           if m.strip()),
        )

    # objects -------------------------------------------------------------
    def _object(self, data: MapData, obj: Any, group_name: str) -> None:
        kind = object_class(obj)
        props = obj.properties
        ref = self.ref(obj)
        if getattr(obj, "gid", 0) and kind in ("", "Prop"):
            data.props.append(self._prop(obj, props, ref))
            return
        rect = pygame.Rect(round(obj.x), round(obj.y), round(obj.width), round(obj.height))
        if kind == "Collision" or (not kind and group_name.lower() == COLLISION_LAYER):
            data.solid_rects.extend(self._collision_rects(obj, rect))
        elif kind == "Spawn":
            if not obj.name:
                raise ContentError(f"{ref}: a Spawn needs a Name")
            if obj.name in data.spawns:
                raise ContentError(f"{ref}: spawn name '{obj.name}' is used twice")
            cx, cy = _centre(obj)
            data.spawns[obj.name] = Spawn(obj.name, cx, cy, _facing(props, ref), ref)
        elif kind == "Door":
            data.doors.append(
                Door(
                    rect=rect,
                    to_map=_required(props, "to_map", ref),
                    to_spawn=_required(props, "to_spawn", ref),
                    transition=_choice(props, "transition", TRANSITIONS, "fade", ref),
                    ref=ref,
                    when=str(props.get("when", "")),
                )
            )
        elif kind == "NPC":
            cx, cy = _centre(obj) if obj.width else (obj.x, obj.y)
            data.npcs.append(
                NPCSpec(
                    name=obj.name or _required(props, "character", ref),
                    x=cx,
                    y=cy,
                    character=_required(props, "character", ref),
                    dialogue=str(props.get("dialogue", "")),
                    facing=_facing(props, ref),
                    wander=_int(props, "wander", 0, ref),
                    when=str(props.get("when", "")),
                    ref=ref,
                    patrol=self._patrol(props.get("patrol", ""), ref),
                    hidden=props.get("hidden", False) in (True, "true"),
                )
            )
        elif kind in ("Sign", "Inspect"):
            data.signs.append(
                Sign(rect, _required(props, "dialogue", ref), ref, str(props.get("when", "")))
            )
        elif kind == "Trigger":
            mode_text = _choice(props, "mode", tuple(m.value for m in TriggerMode), "touch", ref)
            data.triggers.append(
                Trigger(
                    rect=rect,
                    dialogue=_required(props, "dialogue", ref),
                    mode=TriggerMode(mode_text),
                    once=props.get("once", True) in (True, "true"),
                    when=str(props.get("when", "")),
                    ref=ref,
                )
            )
        elif kind == "Music":
            if "music" in props:
                data.music = str(props["music"])
        elif kind:
            raise ContentError(
                f"{ref}: unknown class '{kind}' (known: {', '.join(KNOWN_CLASSES)})"
            )

    def _prop(self, obj: Any, props: dict[str, Any], ref: ObjectRef) -> Prop:
        image = self.tmx.get_tile_image_by_gid(obj.gid)
        if image is None:
            raise ContentError(f"{ref}: the tile object's tile does not exist in any tileset")
        frames = self.props(obj.gid).get("frames") or []
        surfaces = tuple(self.tmx.get_tile_image_by_gid(f.gid) for f in frames) or (image,)
        durations = tuple(int(f.duration) for f in frames) or (0,)
        if obj.width and obj.height and (round(obj.width), round(obj.height)) != \
                image.get_size():
            surfaces = tuple(pygame.transform.scale(s, (round(obj.width), round(obj.height)))
                             for s in surfaces)
        # Tiled anchors tile objects at their bottom-left corner; pytmx has already moved
        # y to the top (and merged the tile's own properties, such as `solid`, into props).
        light = None
        if props.get("light"):
            w, h = surfaces[0].get_size()
            tile = self._light(props["light"], 0, 0)
            light = Light(obj.x + w / 2, obj.y + h / 2, tile.radius, tile.colour)
        return Prop(float(obj.x), float(obj.y), surfaces, durations,
                    str(props.get("when", "")), props.get("solid", False) in (True, "true"),
                    ref, light)

    def _patrol(self, text: Any, ref: ObjectRef) -> tuple[tuple[float, float], ...]:
        """`patrol` = "x,y; x,y; ..." in tiles: a guard's round, walked in a loop."""
        points: list[tuple[float, float]] = []
        for part in str(text or "").split(";"):
            if not part.strip():
                continue
            try:
                tx, ty = (float(v) for v in part.split(","))
            except ValueError:
                raise ContentError(f"{ref}: patrol point {part.strip()!r} should be 'x,y' in "
                                   "tiles, points separated by ';'") from None
            if not (0 <= tx < self.tmx.width and 0 <= ty < self.tmx.height):
                raise ContentError(f"{ref}: patrol point ({tx:g}, {ty:g}) is off the map")
            points.append((tx * self.ts + self.ts / 2, ty * self.ts + self.ts - 2))
        if len(points) == 1:
            raise ContentError(f"{ref}: a patrol needs at least two points")
        return tuple(points)

    def _collision_rects(self, obj: Any, rect: pygame.Rect) -> list[pygame.Rect]:
        points = getattr(obj, "points", None)
        if not points:
            return [rect] if rect.width and rect.height else []
        return _rasterise_polygon([(p.x, p.y) for p in points], cell=4)


def _display_format(surface: pygame.Surface, alpha: bool) -> pygame.Surface:
    if alpha:
        return surface.convert_alpha()
    opaque = pygame.Surface(surface.get_size()).convert()
    opaque.fill((26, 15, 31))
    opaque.blit(surface, (0, 0))
    return opaque


def _centre(obj: Any) -> tuple[float, float]:
    if obj.width or obj.height:
        return obj.x + obj.width / 2, obj.y + obj.height / 2
    return float(obj.x), float(obj.y)


def _required(props: dict[str, Any], key: str, ref: ObjectRef) -> str:
    value = props.get(key)
    if value in (None, ""):
        raise ContentError(f"{ref}: missing property '{key}'")
    return str(value)


def _choice(props: dict[str, Any], key: str, allowed: tuple[str, ...], default: str,
            ref: ObjectRef) -> str:
    value = str(props.get(key, default) or default)
    if value not in allowed:
        raise ContentError(f"{ref}: {key}={value!r} is not one of {', '.join(allowed)}")
    return value


def _facing(props: dict[str, Any], ref: ObjectRef) -> Facing:
    return Facing(_choice(props, "facing", FACING_NAMES, "down", ref))


def _int(props: dict[str, Any], key: str, default: int, ref: ObjectRef) -> int:
    value = props.get(key, default)
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ContentError(f"{ref}: {key} must be a whole number, not {value!r}") from None


def _rasterise_polygon(points: list[tuple[float, float]], cell: int) -> list[pygame.Rect]:
    """Cover a polygon with small rects (cell-sized, merged along rows)."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1 = int(min(xs)) // cell * cell, int(max(xs)) + cell
    y0, y1 = int(min(ys)) // cell * cell, int(max(ys)) + cell
    rects: list[pygame.Rect] = []
    for y in range(y0, y1, cell):
        run_start = None
        for x in range(x0, x1 + cell, cell):
            inside = x < x1 and _point_in_polygon(x + cell / 2, y + cell / 2, points)
            if inside and run_start is None:
                run_start = x
            elif not inside and run_start is not None:
                rects.append(pygame.Rect(run_start, y, x - run_start, cell))
                run_start = None
    return rects


def _point_in_polygon(px: float, py: float, points: list[tuple[float, float]]) -> bool:
    inside = False
    n = len(points)
    for i in range(n):
        ax, ay = points[i]
        bx, by = points[(i + 1) % n]
        if (ay > py) != (by > py):
            cross = ax + (py - ay) * (bx - ax) / (by - ay)
            if px < cross:
                inside = not inside
    return inside
