"""How long a player waits for the title screen: `python -m tools.bench_startup`.

Launches the built bundle with `--frames 1` (one logic step and one drawn frame of the
title screen, then a clean exit) several times and prints the wall time of each kind of
launch in a table: the one-folder bundle, the one-file build if there is one, and the
source tree (`python -m game --frames 1`) for comparison. The first launch is shown on
its own (cold caches, and a one-file build unpacks itself then); median and max are over
all runs. Headless by default (SDL's dummy drivers) so numbers compare across machines;
`--window` uses the real video driver. Not a test: the target (2 s) is only reported.

    python -m tools.build_bundle && python -m tools.bench_startup --runs 9
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tools.build_bundle import APP_NAME, ROOT, executable_name

TARGET_SECONDS = 2.0


@dataclass
class Result:
    label: str
    times: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def launch_seconds(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    """Wall time of one launch to exit; raises if the game fails."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"bench_startup: {' '.join(cmd)} exited {done.returncode}:\n"
                         f"{done.stderr}")
    return seconds


def measure(label: str, cmd: list[str], runs: int, env: dict[str, str], cwd: Path) -> Result:
    return Result(label, [launch_seconds(cmd, env, cwd) for _ in range(runs)])


def table(results: list[Result], baseline: Result) -> str:
    rows = [("launch", "runs", "first s", "median s", "max s", "x source")]
    for r in results:
        rows.append((r.label, str(len(r.times)), f"{r.times[0]:.3f}", f"{r.median:.3f}",
                     f"{max(r.times):.3f}", f"{r.median / baseline.median:.2f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench_startup",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_NAME,
                        help="the one-folder bundle (default: dist/RedSunOverDaxam)")
    parser.add_argument("--onefile", type=Path,
                        default=ROOT / "dist" / "onefile" / executable_name(),
                        help="the one-file build, measured if it exists")
    parser.add_argument("--runs", type=int, default=7, help="launches of each kind")
    parser.add_argument("--window", action="store_true",
                        help="open a real window instead of SDL's dummy drivers")
    args = parser.parse_args(argv)

    exe = args.bundle / executable_name()
    if not exe.is_file():
        sys.stderr.write(f"bench_startup: no bundle at {exe}; "
                         "build it with `python -m tools.build_bundle`\n")
        return 1
    env = {**os.environ, "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    if not args.window:
        env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    title = ["--frames", "1"]
    results = [measure("bundle (one folder)", [str(exe), *title], args.runs, env, ROOT)]
    if args.onefile.is_file():
        results.append(measure("bundle (one file)", [str(args.onefile), *title],
                               args.runs, env, ROOT))
    source = measure("source (python -m game)", [sys.executable, "-m", "game", *title],
                     args.runs, env, ROOT)
    results.append(source)

    print(f"time from launch to the title screen (--frames 1, "
          f"{'window' if args.window else 'headless'}), {os.cpu_count()} CPUs")
    print(table(results, source))
    worst = max(r.median for r in results[:-1])
    verdict = "within" if worst < TARGET_SECONDS else "OVER"
    print(f"target: bundle median under {TARGET_SECONDS:.1f} s: {verdict} "
          f"({worst:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
