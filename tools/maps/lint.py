"""The map linter: `python -m tools.maps.lint [--root DIR] [maps...]`.

Lints every map the game can reach: the start map of assets/data/content.json,
then every Door's `to_map` and every `<<change_map>>` target, transitively, plus
any .tmx given on the command line. Every dialogue script is checked too (and every
flag a script or flight stage sets must be read somewhere), and a
.tmx in maps/ that nothing reaches is a warning. Output lines read
`maps/x.tmx: object 12 'door_kitchen': <sentence>`; the exit status is 1 when
there is any error, 0 otherwise (warnings alone do not fail).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.world.loader import MAP_SUFFIXES
from tools.maps.arrivals import (
    collect_chapter_arrivals,
    collect_door_arrivals,
    collect_start_arrival,
)
from tools.maps.checks_audio import check_map_audio, load_audio
from tools.maps.checks_content import check_content_data
from tools.maps.checks_flags import check_flags_read
from tools.maps.checks_objects import check_objects
from tools.maps.checks_render import check_render
from tools.maps.checks_scripts import check_scripts
from tools.maps.checks_tiles import check_tiles
from tools.maps.context import MANIFEST, Project, Report, load_project
from tools.maps.reach import check_reach

ROOT = Path(__file__).resolve().parents[2]


def lint(root: Path = ROOT, extra: list[Path] | None = None,
         only_given: bool = False) -> tuple[Report, list[Path]]:
    """Lint the reachable maps (or, with `only_given`, just `extra`) and all scripts.

    Returns the report and the maps linted, in the order they were reached.
    """
    report = Report()
    project = load_project(root, report)
    change_map_targets = check_scripts(project, report)
    check_flags_read(project, report)
    check_content_data(root, report)
    audio = load_audio(root, report)
    queue: list[Path] = []
    if not only_given:
        queue.extend(_start(project, report))
        queue.extend(project.map_path(name) for name in change_map_targets)
    queue.extend(p if p.is_absolute() else Path.cwd() / p for p in extra or [])
    collect_start_arrival(project)
    act_maps = collect_chapter_arrivals(project)
    if not only_given:
        queue.extend(act_maps)
    collect_door_arrivals(project, extra or [])
    done: list[Path] = []
    seen: set[Path] = set()
    while queue:
        path = queue.pop(0).resolve()
        if path in seen:
            continue
        seen.add(path)
        if not path.is_file():
            continue  # whoever named it reports the missing map
        done.append(path)
        tmx = project.map(path)
        if not only_given:
            for obj in tmx.objects:
                to_map = obj.props.get("to_map")
                if obj.cls == "Door" and to_map and to_map.value:
                    queue.append(project.map_path(to_map.value))
    for path in done:
        tmx = project.map(path)
        check_objects(project, tmx, report)
        check_tiles(project, tmx, report)
        check_reach(project, tmx, report)
        check_render(project, tmx, report)
        check_map_audio(project, tmx, audio, report)
    if not only_given:
        _unreached(project, seen, report)
    return report, done


def _start(project: Project, report: Report) -> list[Path]:
    if not project.start_map:
        return []
    path = project.map_path(project.start_map)
    if not path.is_file():
        report.error(MANIFEST, "", f"the start map '{project.start_map}' does not exist "
                     f"(looked for {project.rel(path)})")
        return []
    if project.start_spawn not in project.map(path).spawn_names:
        report.error(MANIFEST, "", f"the start spawn '{project.start_spawn}' is not a Spawn "
                     f"of map '{project.start_map}'")
    return [path]


def _unreached(project: Project, seen: set[Path], report: Report) -> None:
    if not project.maps_dir.is_dir():
        return
    found = (p for suffix in MAP_SUFFIXES for p in project.maps_dir.rglob(f"*{suffix}"))
    for path in sorted(found):
        if path.resolve() not in seen:
            report.warn(project.rel(path), "", "no Door, <<change_map>> or start entry "
                        "reaches this map")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.maps.lint",
                                     description="Check maps and dialogue scripts.")
    parser.add_argument("maps", nargs="*", type=Path, help="extra .tmx/.tmj files to lint")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="game folder holding assets/ and maps/ (default: this repo)")
    parser.add_argument("--only", action="store_true",
                        help="lint only the maps given (plus the scripts), not all reachable")
    ns = parser.parse_args(argv)
    report, done = lint(ns.root.resolve(), ns.maps, only_given=ns.only)
    for line in report.lines():
        print(line)
    errors = len(report.errors)
    warnings = len(report.findings) - errors
    print(f"{len(done)} maps checked: {errors} errors, {warnings} warnings", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
