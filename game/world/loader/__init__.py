"""Load a Tiled map (.tmx) into our `MapData`.

The package splits along the seams of that job: `reading` (with `object_nodes`,
which reads objects as pytmx would, the only modules that know pytmx; `templates`
fills in .tx files), `properties` (map-wide settings),
`build_layers` (tile and image layers into `MapLayers`) and `objects` (one parser
per class, and the registry). Everything after it sees our own dataclasses.
"""

from __future__ import annotations

from pathlib import Path

from game.world.loader.build_layers import COLLISION_LAYER, SPRITES_LAYER
from game.world.loader.load import load_map
from game.world.loader.objects import PARSERS, ObjectParsers
from game.world.loader.objects.door import TRANSITIONS
from game.world.loader.reading import object_class
from game.world.loader.reading_json import JSON_SUFFIXES

KNOWN_CLASSES = tuple(name for name, _ in PARSERS)
RESOLVES_TEMPLATES = True  # the map linter stops asking map makers to detach templates

__all__ = [
    "COLLISION_LAYER",
    "KNOWN_CLASSES",
    "MAP_SUFFIXES",
    "RESOLVES_TEMPLATES",
    "SPRITES_LAYER",
    "TRANSITIONS",
    "ObjectParsers",
    "load_map",
    "map_name_of",
    "object_class",
    "resolve_map_path",
]


MAP_SUFFIXES = (".tmx", *JSON_SUFFIXES)


def resolve_map_path(maps_dir: Path, name_or_path: str) -> Path:
    """`kitchen` -> maps/kitchen.tmx (or maps/kitchen.tmj when only that exists);
    a path to any .tmx, .tmj or .json map is used as given."""
    candidate = Path(name_or_path)
    if candidate.suffix.lower() in MAP_SUFFIXES:
        return candidate if candidate.is_absolute() else Path.cwd() / candidate
    found = maps_dir / f"{name_or_path}.tmx"
    if not found.is_file():
        for suffix in JSON_SUFFIXES:
            if (maps_dir / f"{name_or_path}{suffix}").is_file():
                return maps_dir / f"{name_or_path}{suffix}"
    return found


def map_name_of(path: Path) -> str:
    return path.stem
