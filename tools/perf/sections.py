"""The rows of the benchmark, each beside a naive baseline measured in the same run."""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pygame

from tools.perf import walks
from tools.perf.stats import Row, Sample, time_calls

ROOT = Path(__file__).resolve().parents[2]
STORY_MAPS = tuple(sorted(p.stem for p in (ROOT / "maps").glob("*.tmx")))
WALK_PATTERN = walks.WALK_PATTERN


def _child_seconds(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(cpu, wall) seconds of one child process run to its exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True, timeout=300)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return cpu, wall


def _first_frame(env: dict[str, str]) -> tuple[float, float]:
    """(cpu, wall) seconds from process start to the title's first drawn frame."""
    start = time.time()
    done = subprocess.run([sys.executable, "-m", "tools.perf.first_frame"], env=env,
                          cwd=ROOT, check=True, capture_output=True, text=True, timeout=300)
    cpu, at = (float(v) for v in done.stdout.split()[-2:])
    return cpu, at - start


def startup(env: dict[str, str], runs: int) -> list[Row]:
    """Process start to the first drawn title frame, beside a bare `import pygame`."""
    firsts = [_first_frame(env) for _ in range(runs)]
    ours = Sample([c * 1000 for c, _ in firsts], [w * 1000 for _, w in firsts])
    bare = [_child_seconds([sys.executable, "-c", "import pygame; pygame.display.init()"],
                           env) for _ in range(runs)]
    base = Sample([c * 1000 for c, _ in bare], [w * 1000 for _, w in bare])
    return [Row("start", "first frame (title)", ours, base, "import pygame")]


def bundle(env: dict[str, str], runs: int, folder: Path) -> list[Row]:
    """The one-folder bundle launched with `--frames 1` (title, one frame, clean exit),
    beside the source tree launched the same way: both to exit, since a bundle cannot
    run the `start` probe. The start row's probe, run here too, gives how much of the
    source's launch is shutdown, which the bundle's figure also includes."""
    from tools.build_bundle import executable_name
    exe = folder / executable_name()
    if not exe.is_file():
        raise SystemExit(f"tools.perf: no bundle at {exe} (python -m tools.build_bundle)")
    title = ["--frames", "1"]
    ours = [_child_seconds([str(exe), *title], env) for _ in range(runs)]
    source = [_child_seconds([sys.executable, "-m", "game", *title], env)
              for _ in range(runs)]
    probe = [_first_frame(env) for _ in range(runs)]
    return [Row("bundle", "launch to exit (--frames 1)", _ms(ours), _ms(source),
                "source, to exit"),
            Row("bundle", "source: probe's first frame", _ms(probe), _ms(source),
                "source, to exit")]


def _ms(pairs: list[tuple[float, float]]) -> Sample:
    return Sample([c * 1000 for c, _ in pairs], [w * 1000 for _, w in pairs])


def map_loads(runs: int, names: tuple[str, ...] = STORY_MAPS) -> list[Row]:
    """Our loader on every story map beside pytmx alone reading the same file."""
    import pytmx

    from game.world.loader import load_map
    rows = []
    for name in names:
        path = ROOT / "maps" / f"{name}.tmx"
        ours = time_calls(lambda _i, p=path: load_map(p), runs, warmup=1)
        base = time_calls(lambda _i, p=path: pytmx.load_pygame(str(p)), runs, warmup=1)
        rows.append(Row("load", name, ours, base, "pytmx.load_pygame"))
    return rows


def cold_loads(env: dict[str, str], runs: int,
               names: tuple[str, ...] = STORY_MAPS) -> list[Row]:
    """Each map's first `load_map` in a fresh process (`tools/perf/cold_load.py`),
    every cache cold, beside pytmx's first `load_pygame` of it in one. Byte-code
    caches are written (PYTHONDONTWRITEBYTECODE unset) and one untimed child runs
    first, so no row times the compiling of a module first imported by the load."""
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def child(name: str, which: str) -> tuple[float, float]:
        done = subprocess.run([sys.executable, "-m", "tools.perf.cold_load", name, which],
                              env=env, cwd=ROOT, check=True, capture_output=True,
                              text=True, timeout=300)
        cpu, wall = (float(v) for v in done.stdout.split()[-2:])
        return cpu, wall

    rows = []
    for name in names:
        child(name, "ours")
        ours = [child(name, "ours") for _ in range(runs)]
        base = [child(name, "pytmx") for _ in range(runs)]
        rows.append(Row("load cold", name, Sample([c for c, _ in ours], [w for _, w in ours]),
                        Sample([c for c, _ in base], [w for _, w in base]),
                        "pytmx, cold"))
    return rows


def _game(map_arg: str, home: Path):
    return walks._game(map_arg)


def _framer(game, walking: bool, rotation: int = 0) -> Callable[[int], None]:
    return walks.framer(game, walking, rotation)


def story_frames(frames: int, home: Path, names: tuple[str, ...] = STORY_MAPS,
                 planner: walks.Planner | None = None) -> list[Row]:
    """One logic step + draw + scale to 960x540 + flip, standing and walking; the
    baseline is the scale and flip alone. Walking stays on the map (`walks.Planner`)."""
    planner = planner or walks.Planner(walks.WARMUP + frames)
    rows = []
    for name in names:
        game = _game(name, home)
        ours = time_calls(_framer(game, False), frames, warmup=walks.WARMUP)
        base = time_calls(lambda _i, g=game: g.display.present(), frames)
        rows.append(Row("frame", f"{name} standing", ours, base, "scale+flip only"))
        rows.append(walks.walking_row(name, frames, planner))
    return rows


def doors(frames: int, runs: int, names: tuple[str, ...] = STORY_MAPS,
          planner: walks.Planner | None = None) -> list[Row]:
    """Walking through each map's first door reached (`walks.door_rows`)."""
    planner = planner or walks.Planner(walks.WARMUP + frames)
    return [row for name in names for row in walks.door_rows(name, runs, frames, planner)]


def flight(frames: int) -> list[Row]:
    """The minigame's update + draw with bullets kept on screen; baseline all-pairs."""
    from game.core.assets import AssetResolver
    from game.flight.art import FlightArt
    from game.flight.hud import Hud
    from game.flight.registry import default_script
    from game.flight.render import BattleRenderer
    from game.ui.text import Fonts
    from tools.bench_flight import crowded_battle, refill
    assets = AssetResolver.discover()
    art = FlightArt(assets)
    renderer, hud = BattleRenderer(art), Hud(assets, Fonts.load(assets), art, default_script())
    canvas = pygame.Surface((480, 270))

    def run(count: int, collisions: str) -> Sample:
        rng = random.Random(count)
        battle = crowded_battle(count, collisions, rng)

        def frame(_i: int) -> None:
            refill(battle, count, rng)
            battle.step(0, 0, False, False)
            renderer.draw(canvas, battle, False)
            hud.draw(canvas, battle, battle.options, False)
        return time_calls(frame, frames, warmup=10)
    return [Row("flight", f"{n} bullets", run(n, "grid"), run(n, "naive"), "all-pairs")
            for n in (100, 1000, 3000)]


def generated(frames: int, home: Path, sizes: tuple[int, ...]) -> list[Row]:
    """Frame (walking) and load time of generated maps; the baseline is 50x50."""
    from game.world.loader import load_map
    from tools.perf.synthetic import write_map
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = {n: write_map(Path(tmp), ROOT / "assets" / "tilesets", n, n)
                 for n in (50, *sizes)}
        base_frame = time_calls(_framer(_game(str(paths[50]), home), True), frames, 20)
        base_load = time_calls(lambda _i: load_map(paths[50]), 3, warmup=0)
        for n in sizes:
            ours = time_calls(_framer(_game(str(paths[n]), home), True), frames, 20)
            rows.append(Row("size", f"{n}x{n} frame walking", ours, base_frame, "50x50"))
            load = time_calls(lambda _i, p=paths[n]: load_map(p), 1, warmup=0)
            rows.append(Row("size", f"{n}x{n} load", load, base_load, "50x50 load"))
            rows.append(Row("size", f"{n}x{n} peak MB", _peak(str(paths[n])),
                            _peak(str(paths[50])), "50x50 peak MB", "MB"))
    return rows


def _peak(map_path: str) -> Sample:
    """Peak memory of a fresh process that enters one map and walks 30 frames on it."""
    done = subprocess.run([sys.executable, "-m", "tools.perf.tour", map_path], cwd=ROOT,
                          check=True, capture_output=True, text=True, timeout=300)
    mb = float(done.stdout.strip().splitlines()[-1])
    return Sample([mb], [mb])


def crowds(frames: int, counts: tuple[int, ...]) -> list[Row]:
    """`World.step` with wandering NPCs; the baseline builds every other NPC's foot box
    for each NPC (all pairs), as the world did before its spatial grid."""
    from tools.perf.crowd import crowd_world
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in counts:
            for patrol in (False, True):
                ours = time_calls(crowd_world(Path(tmp), n, False, patrol)[0], frames, 10)
                base = time_calls(crowd_world(Path(tmp), n, True, patrol)[0], frames, 10)
                what = "patrolling" if patrol else "wandering"
                rows.append(Row("npcs", f"{n} {what}", ours, base, "all-pairs"))
    return rows


def tour_memory(env: dict[str, str]) -> list[Row]:
    """Peak resident memory after visiting every story map, beside pygame alone."""
    def peak(code: str) -> Sample:
        done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                              capture_output=True, text=True, timeout=300)
        mb = float(done.stdout.strip().splitlines()[-1])
        return Sample([mb], [mb])
    ours = peak("from tools.perf.tour import main; main()")  # every story map
    base = peak("import pygame; from tools.perf.tour import peak_mb; pygame.display.init(); "
                "pygame.display.set_mode((960, 540)); print(peak_mb())")
    return [Row("memory", "peak MB after every map", ours, base, "pygame + window", "MB")]
