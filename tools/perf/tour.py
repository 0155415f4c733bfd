"""Child process of the memory row: visit every story map, draw a few frames on each,
then print the peak resident memory in MB."""

from __future__ import annotations

from tools.perf.sections import STORY_MAPS


def main() -> None:
    from game.app import Game
    from game.cli import parse_args
    game = Game(parse_args(["--scale", "2", "--frames", "1"]))
    game.start()
    for name in STORY_MAPS:
        game.flow.start_at(name, None)
        for _ in range(30):
            game.step()
            game.render()
    print(peak_mb())


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM, which exec resets; ru_maxrss can
    carry a parent's peak over on Linux)."""
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
