"""Timing helpers: CPU and wall time of a callable, summarised as median and p99."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Sample:
    """Milliseconds per call: CPU time (what this process spent) and wall time."""

    cpu: list[float]
    wall: list[float]

    @property
    def cpu_med(self) -> float:
        return statistics.median(self.cpu)

    @property
    def cpu_p99(self) -> float:
        return p99(self.cpu)

    @property
    def cpu_max(self) -> float:
        return max(self.cpu)

    @property
    def wall_max(self) -> float:
        return max(self.wall)

    @property
    def wall_med(self) -> float:
        return statistics.median(self.wall)

    @property
    def wall_p99(self) -> float:
        return p99(self.wall)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def time_calls(call: Callable[[int], object], count: int, warmup: int = 5) -> Sample:
    """Call `call(i)` `warmup + count` times; time the last `count`."""
    cpu: list[float] = []
    wall: list[float] = []
    for i in range(warmup + count):
        c0, w0 = time.process_time_ns(), time.perf_counter_ns()
        call(i)
        c1, w1 = time.process_time_ns(), time.perf_counter_ns()
        if i >= warmup:
            cpu.append((c1 - c0) / 1e6)
            wall.append((w1 - w0) / 1e6)
    return Sample(cpu, wall)


@dataclass
class Row:
    section: str
    label: str
    ours: Sample
    base: Sample | None
    base_label: str
    unit: str = "ms"


def table(rows: list[Row]) -> str:
    """Fixed-width table: ours (CPU median/p99/worst, wall median/p99/worst) and the
    baseline (CPU median/p99), and the ratio of the CPU medians."""
    head = ("what", "cpu med", "cpu p99", "cpu max", "wall med", "wall p99", "wall max",
            "baseline", "b cpu med", "b cpu p99", "b/ours")
    named = (0, head.index("baseline"))
    lines = [head]
    for r in rows:
        o = r.ours
        cells = [f"{r.section}: {r.label}", f"{o.cpu_med:.3f}", f"{o.cpu_p99:.3f}",
                 f"{o.cpu_max:.3f}", f"{o.wall_med:.3f}", f"{o.wall_p99:.3f}",
                 f"{o.wall_max:.3f}"]
        if r.base is not None:
            ratio = r.base.cpu_med / r.ours.cpu_med if r.ours.cpu_med else float("inf")
            cells += [r.base_label, f"{r.base.cpu_med:.3f}", f"{r.base.cpu_p99:.3f}",
                      f"{ratio:.1f}x"]
        else:
            cells += ["-", "", "", ""]
        lines.append(tuple(cells))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["  ".join(c.ljust(w) if i in named else c.rjust(w)
                     for i, (c, w) in enumerate(zip(line, widths, strict=True)))
           for line in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)
