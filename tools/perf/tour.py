"""Child process of the memory row: visit every story map, draw a few frames on each,
then print the peak resident memory in MB."""

from __future__ import annotations

import sys
from pathlib import Path

from tools.perf.sections import STORY_MAPS


def main(maps: tuple[str, ...] = STORY_MAPS) -> None:
    """`python -m tools.perf.tour [MAP_OR_PATH ...]`: every story map by default."""
    from game.app import Game
    from game.cli import parse_args
    game = Game(parse_args(["--scale", "2", "--frames", "1"]))
    game.start()
    for name in maps:
        game.flow.start_at(name, None)
        for _ in range(30):
            game.step()
            game.render()
    print(peak_mb())


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM, which exec resets; ru_maxrss can
    carry a parent's peak over on Linux)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main(tuple(sys.argv[1:]) or STORY_MAPS)
