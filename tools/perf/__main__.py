"""`python -m tools.perf [--quick] [--only SECTION ...]`: the issue-21 table.

Sections: start, load, load-cold, frame, door, flight, size, npcs, memory; and `bundle`, only
when asked (`--only bundle --bundle DIR`, after `python -m tools.build_bundle`). Headless (SDL
dummy drivers); the user folder goes to a temporary directory so no real settings or saves are
read. `--maps` picks the story maps of the load, frame and door rows.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SECTIONS = ("start", "load", "load-cold", "frame", "door", "flight", "size", "npcs", "memory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.perf", description=__doc__)
    parser.add_argument("--frames", type=int, default=300, help="timed frames per row")
    parser.add_argument("--quick", action="store_true", help="fewer frames and runs")
    parser.add_argument("--only", nargs="*", choices=(*SECTIONS, "bundle"),
                        default=list(SECTIONS))
    parser.add_argument("--bundle", type=Path, default=Path("dist") / "RedSunOverDaxam",
                        help="the one-folder bundle the bundle row launches")
    parser.add_argument("--maps", nargs="*", default=None,
                        help="story maps of the load, frame and door rows (all by default)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[200, 1000])
    parser.add_argument("--npcs", type=int, nargs="*", default=[10, 100, 500])
    args = parser.parse_args(argv)
    frames = 60 if args.quick else args.frames
    runs = 3 if args.quick else 7
    home = Path(tempfile.mkdtemp(prefix="red-sun-perf-"))
    os.environ.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
                      PYGAME_HIDE_SUPPORT_PROMPT="1", RED_SUN_HOME=str(home))
    env = dict(os.environ)

    import pygame

    from tools.perf import sections, walks
    from tools.perf.stats import table
    pygame.display.init()
    pygame.display.set_mode((960, 540))
    maps = tuple(args.maps) if args.maps else sections.STORY_MAPS
    planner = walks.Planner(walks.WARMUP + frames)  # the dry runs, shared by two sections
    rows = []
    wanted = set(args.only)
    if "start" in wanted:
        rows += sections.startup(env, runs)
    if "load" in wanted:
        rows += sections.map_loads(runs, maps)
    if "load-cold" in wanted:
        rows += sections.cold_loads(env, runs, maps)
    if "frame" in wanted:
        rows += sections.story_frames(frames, home, maps, planner)
    if "door" in wanted:
        rows += sections.doors(frames, runs, maps, planner)
    if "flight" in wanted:
        rows += sections.flight(frames)
    if "size" in wanted:
        rows += sections.generated(frames, home, tuple(args.sizes))
    if "npcs" in wanted:
        rows += sections.crowds(frames, tuple(args.npcs))
    if "bundle" in wanted:
        rows += sections.bundle(env, runs, args.bundle.resolve())
    if "memory" in wanted:
        rows += sections.tour_memory(env)
    print(f"times in ms per frame/call (memory in MB); {os.cpu_count()} CPUs; "
          f"cpu = process CPU time, wall = elapsed; b/ours = baseline cpu med / ours")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
