"""Tuxemon's start map timed like our `frame` and `start` rows (issue 21's side by side).

    /tmp/tuxvenv/bin/python tools/perf/tuxemon.py /tmp/tuxemon [--frames 300]

Run with a Python that has Tuxemon's requirements (a venv of its own, never the game's);
the argument is a Tuxemon source tree. Not imported by the game or the tests.

Tuxemon draws straight into its window at the window's size (pyscroll zooms the map),
so with the window at 960x540 its frame is the same shape as ours: one logic step
(`client.update(1/60)`), the draw, and the flip. It starts on its start map with the
title and splash skipped (its `--test-map` path), with its user folder (`HOME`) under
/tmp, kept between runs as a player's is: Tuxemon writes its config there at import,
and its first start compiles every translation into it, so time a second run (the
first one printed is marked). Prints the CPU time from
process start to the first flipped frame, then frame CPU/wall median and p99 standing
and walking (arrow keys held, turning every 90 frames), then peak memory (VmHWM).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

CONFIG = """[display]
resolution_x = 960
resolution_y = 540
splash = False
fullscreen = False
fps = 60

[game]
skip_titlescreen = True
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tuxemon", type=Path, help="a Tuxemon source tree")
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--home", type=Path, default=Path(tempfile.gettempdir()) /
                        "tuxemon-probe-home", help="Tuxemon's user folder, kept between "
                        "runs (its first start compiles the translations into it)")
    args = parser.parse_args()
    home = args.home.resolve()
    (home / ".tuxemon").mkdir(parents=True, exist_ok=True)
    (home / ".tuxemon" / "tuxemon.cfg").write_text(CONFIG, encoding="utf-8")
    os.environ.update(HOME=str(home), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
                      PYGAME_HIDE_SUPPORT_PROMPT="1")
    root = args.tuxemon.resolve()
    sys.path.insert(0, str(root))
    os.chdir(root)

    warm = (home / ".tuxemon" / "cache").is_dir()
    first, client = _first_frame()
    print(f"first frame: {first * 1000:.1f} ms CPU from process start"
          f"{'' if warm else ' (first run: translations compiled)'}")
    import pygame
    for label, walking in (("standing", False), ("walking", True)):
        cpu, wall = _frames(client, pygame, args.frames, walking)
        print(f"frame {label}: cpu med {statistics.median(cpu):.3f} p99 {_p99(cpu):.3f}"
              f"  wall med {statistics.median(wall):.3f} p99 {_p99(wall):.3f} ms")
    print(f"peak memory: {_peak_mb():.1f} MB")
    return 0


def _first_frame():  # the client's type lives in the Tuxemon tree
    """Tuxemon's own start (`run_tuxemon.py --test-map`), up to its first flip."""
    from tuxemon import log, prepare
    from tuxemon import main as tuxemon_main  # its imports, in its order (they are circular)
    from tuxemon.session import local_session
    from tuxemon.states.start import BackgroundState
    from tuxemon.states.world.worldstate import WorldState

    assert tuxemon_main.main

    log.configure()
    prepare.init()
    config = prepare.CONFIG
    import pygame
    from tuxemon.client import LocalPygameClient
    client = LocalPygameClient(config)
    prepare.GLOBAL_CONTROL = client
    local_session.client = client
    client.push_state(BackgroundState())
    start_map = prepare.fetch("maps", f"{prepare.STARTING_MAP}{config.mods[0]}.tmx")
    client.push_state(WorldState(map_name=start_map))
    client.update(1 / 60)
    client.draw(client.screen)
    pygame.display.update()
    return time.process_time(), client


def _frames(client, pygame, count: int, walking: bool) -> tuple[list[float], list[float]]:
    keys = (pygame.K_RIGHT, pygame.K_DOWN, pygame.K_LEFT, pygame.K_UP)
    cpu: list[float] = []
    wall: list[float] = []
    held = None
    for i in range(count + 20):
        if walking:
            key = keys[(i // 90) % len(keys)]
            if key != held:
                if held is not None:
                    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=held))
                pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key))
                held = key
        c0, w0 = time.process_time_ns(), time.perf_counter_ns()
        client.update(1 / 60)
        client.draw(client.screen)
        pygame.display.update()
        c1, w1 = time.process_time_ns(), time.perf_counter_ns()
        if i >= 20:
            cpu.append((c1 - c0) / 1e6)
            wall.append((w1 - w0) / 1e6)
    if held is not None:
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=held))
    return cpu, wall


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    sys.exit(main())
