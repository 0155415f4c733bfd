"""Where the player can arrive on each map: Door targets, `<<change_map>>` targets,
the story's start spawn and each act's start (`assets/data/chapters.json`).

Reachability is walked from these points, not from every Spawn: a spawn nothing
leads to is a map maker's testing spot, and a door that lands the player in a
walled pocket must fail the check even when another spawn of the map is open.
"""

from __future__ import annotations

from pathlib import Path

from game.content import MANIFEST
from game.world.loader import MAP_SUFFIXES
from tools.maps.context import Project, read_json


def add_arrival(project: Project, map_path: Path, spawn: str, source: str) -> None:
    """Note that `source` (in words) puts the player at `spawn` of the map at `map_path`."""
    spawns = project.arrivals.setdefault(map_path.resolve(), {})
    spawns.setdefault(spawn, [])
    if source not in spawns[spawn]:
        spawns[spawn].append(source)


def collect_door_arrivals(project: Project, extra: list[Path]) -> None:
    """Every Door of every map in maps/ (and of the maps given) as an arrival."""
    paths: set[Path] = {p.resolve() for p in extra if p.is_file()}
    if project.maps_dir.is_dir():
        paths.update(p.resolve() for suffix in MAP_SUFFIXES
                     for p in project.maps_dir.rglob(f"*{suffix}"))
    for path in sorted(paths):
        tmx = project.map(path)
        for obj in tmx.objects:
            to_map, to_spawn = obj.props.get("to_map"), obj.props.get("to_spawn")
            if obj.cls != "Door" or to_map is None or to_spawn is None:
                continue
            if to_map.value and to_spawn.value:
                add_arrival(project, project.map_path(to_map.value), to_spawn.value,
                            f"door '{obj.name or obj.id}' of {path.stem}")


def collect_start_arrival(project: Project) -> None:
    if project.start_map and project.start_spawn:
        add_arrival(project, project.map_path(project.start_map), project.start_spawn,
                    "the story's start")


def collect_chapter_arrivals(project: Project) -> list[Path]:
    """`--act N` and the chapter menu put the player at each act's spawn (the file's
    values are checked by checks_content; here only where they lead). Returns the
    acts' maps, which are linted like the start map."""
    manifest = read_json(project.root, MANIFEST)
    path = manifest.get("chapters") if isinstance(manifest, dict) else None
    data = read_json(project.root, str(path)) if path else None
    acts = data.get("acts") if isinstance(data, dict) else None
    maps: list[Path] = []
    for act in acts if isinstance(acts, list) else []:
        if isinstance(act, dict) and isinstance(act.get("map"), str) and \
                isinstance(act.get("spawn"), str):
            maps.append(project.map_path(act["map"]))
            add_arrival(project, maps[-1], act["spawn"], f"act {act.get('act')}'s start ({path})")
    return maps
