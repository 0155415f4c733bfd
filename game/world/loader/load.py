"""`load_map`: read a .tmx, build its layers, parse its objects into `MapData`.

What the map may name is passed in, not kept here: the palette (light colours), the
lighting modes of `assets/lighting.json`, and the declared flags that `when`
conditions are checked against. Deeper checks (does a door's map exist, can the
player reach it) belong to the map linter.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from game.world.loader.build_layers import build_layers
from game.world.loader.images import ImageCache
from game.world.loader.objects import ObjectParsers
from game.world.loader.objects.context import ParseContext
from game.world.loader.properties import check_layer_modes, map_settings
from game.world.loader.reading import read_map
from game.world.model import MapData


def load_map(path: Path, palette: dict[str, tuple[int, int, int]] | None = None, *,
             lighting_modes: Collection[str] | None = None,
             flag_types: Mapping[str, str] | None = None,
             parsers: ObjectParsers | None = None,
             images: ImageCache | None = None) -> MapData:
    """Parse `path` into MapData; ContentError with a plain reason when it cannot.

    `lighting_modes` None accepts any lighting; `flag_types` (flag name -> bool, number
    or string) None parses conditions without checking the flags they read.
    """
    with _collector_paused():
        return _load(path, palette, lighting_modes, flag_types, parsers, images)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No automatic collection during a load. A load makes some ten thousand objects
    that all live until it returns, and the collector walked them 15-20 times (2 ms
    of the slums' 30); the game collects in full right after every load anyway
    (`WorldScene.load`), and elsewhere the next automatic collection finds them. The
    switch is the interpreter's: a credits map read on a worker thread pauses it for
    the frames drawn meanwhile too, and only a load that found it on turns it back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(path: Path, palette: dict[str, tuple[int, int, int]] | None,
          lighting_modes: Collection[str] | None, flag_types: Mapping[str, str] | None,
          parsers: ObjectParsers | None, images: ImageCache | None) -> MapData:
    source = read_map(path, images)
    settings = map_settings(source.name, source.properties, lighting_modes)
    palette = palette or {}
    built = build_layers(source, palette, flag_types)
    for image in built.layers.images:
        check_layer_modes(source.name, f"image layer '{image.name}'", image.lighting,
                          lighting_modes)
    for tiles in built.layers.mode_tiles:
        check_layer_modes(source.name, f"layer '{tiles.name}'", tiles.lighting, lighting_modes)
    data = MapData(
        name=source.name,
        path=str(path),
        width=source.width,
        height=source.height,
        tile_size=source.tile_size,
        title=settings.title,
        music=settings.music,
        lighting=settings.lighting,
        solid_tiles=built.solid,
        solid_rects=[],
        spawns={},
        doors=[],
        npcs=[],
        signs=[],
        triggers=[],
        lights=built.lights,
        layers=built.layers,
        properties=dict(source.properties),
        ambience=settings.ambience,
    )
    ctx = ParseContext(source.name, source.width, source.height, source.tile_size, palette,
                       source.tile, source.file_gid, flag_types)
    registry = parsers or ObjectParsers()
    for obj in source.objects:
        registry.parse(obj, ctx, data)
    return data
