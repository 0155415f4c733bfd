"""Child process of the `load-cold` row: a first map load in a fresh process.

`python -m tools.perf.cold_load NAME ours|pytmx` imports what a game has imported by
the time it enters a map (pygame with a window, the loader, pytmx), then times one
call, the first of the process: every cache of ours (parsed tilesets, conditions,
realpaths) and pytmx's is empty. Prints its CPU and wall milliseconds and leaves
without the shutdown. Run with byte-code caches written (`env -u
PYTHONDONTWRITEBYTECODE`), or a module first imported inside the load is compiled too.
"""

from __future__ import annotations

import os
import sys
import time


def main(name: str, which: str) -> None:
    import pygame
    import pytmx

    from game.world.loader import load_map
    from tools.perf.sections import ROOT
    pygame.display.init()
    pygame.display.set_mode((960, 540))
    path = ROOT / "maps" / f"{name}.tmx"
    c0, w0 = time.process_time_ns(), time.perf_counter_ns()
    if which == "ours":
        load_map(path)
    else:
        pytmx.load_pygame(str(path))
    c1, w1 = time.process_time_ns(), time.perf_counter_ns()
    print((c1 - c0) / 1e6, (w1 - w0) / 1e6, flush=True)
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
