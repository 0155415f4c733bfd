"""Command-line options. Bad arguments give one line on stderr and exit code 2.

A launch with no arguments (a player's) never builds the parser: `argparse` is
imported and built only when there is something to parse (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn

if TYPE_CHECKING:
    import argparse

PROG = "red-sun"
MAP_SUFFIXES = (".tmx", ".tmj", ".json")  # game.world.loader.MAP_SUFFIXES, kept import-light
FLIGHT_DATA = "assets/data/flight.json"  # game.content_flight.FLIGHT_DATA, kept import-light
MANIFEST = "assets/data/content.json"  # game.content.MANIFEST
CONTEST_SCENES = ("standoff", "duel", "ordered")  # game.contest.demo.DEMOS


class UsageError(Exception):
    """A command-line value only the loaded content can refuse (`--act 9` when
    assets/data/chapters.json has no Act 9): one line and exit code 2, like argparse."""


class CliOptions(NamedTuple):
    """The options; each default is the parser's too (`build_parser` reads them here)."""

    map: str | None = None
    spawn: str | None = None
    frames: int | None = None
    screenshot: Path | None = None
    seed: int = 0
    input: Path | None = None
    record: Path | None = None
    scale: int = 0
    fullscreen: bool = False
    fast: bool = False
    scene: str | None = None
    set_flags: tuple[str, ...] = ()
    debug_menu: bool = False
    act: int | None = None


DEFAULTS = CliOptions()


def _positive(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def _scale(text: str) -> int:
    import argparse

    value = _positive(text)
    if not 1 <= value <= 8:
        raise argparse.ArgumentTypeError(f"scale must be 1 to 8, got {value}")
    return value


def flight_stages() -> tuple[str, ...] | None:
    """The stage names the flight data lists, in story order, read straight from the
    JSON (no pygame, no content loading), or None when the data cannot be read: the
    game then reports the broken file itself when it loads its content."""
    from game.core.data_root import find_data_root  # import-light: no pygame
    from game.core.errors import AssetMissing
    try:
        root = find_data_root()
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        where = manifest.get("flight", FLIGHT_DATA) if isinstance(manifest, dict) else FLIGHT_DATA
        stages = json.loads((root / str(where)).read_text(encoding="utf-8")).get("stages")
    except (OSError, ValueError, AttributeError, AssetMissing):  # missing or not JSON
        return None
    return tuple(str(name) for name in stages) if isinstance(stages, dict) else None


def build_parser() -> argparse.ArgumentParser:
    import argparse

    class _OneLineParser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
            sys.exit(2)

    p = _OneLineParser(prog=PROG, description="Red Sun over Daxam: a story-driven adventure.")
    p.add_argument("--map", metavar="NAME_OR_PATH",
                   help="start on this map (a name in maps/ or a path to any .tmx)")
    p.add_argument("--spawn", metavar="NAME", help="appear at this Spawn of the map")
    p.add_argument("--frames", type=_positive, metavar="N",
                   help="run N logic steps, then exit 0 (works headless)")
    p.add_argument("--screenshot", type=Path, metavar="PNG",
                   help="save the last frame at exit, at the window scale")
    p.add_argument("--seed", type=int, default=DEFAULTS.seed, metavar="N",
                   help="seed for all randomness")
    p.add_argument("--input", type=Path, metavar="FILE",
                   help="replay an input script (frame-stamped actions)")
    p.add_argument("--record", type=Path, metavar="FILE", help="record the input to a script")
    p.add_argument("--scale", type=_scale, default=DEFAULTS.scale, metavar="N",
                   help="window scale 1-8 (default: largest that fits, at most 3)")
    p.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    p.add_argument("--fast", action="store_true",
                   help="instant text and short fades (tests, recordings); logic is unchanged")
    p.add_argument("--scene", choices=("title", "world", "flight", "credits", *CONTEST_SCENES),
                   help="start in this scene (default: title, or world with --map); "
                        "flight jumps into the minigame, --spawn picks its stage; "
                        "credits rolls the credits; "
                        "standoff, duel and ordered play a contest demo, --spawn picks "
                        "its preset in assets/data/contests.json")
    p.add_argument("--act", type=_positive, metavar="N",
                   help="start act N at its entry, with the flags a typical playthrough "
                        "has by then (assets/data/chapters.json); --set still wins")
    p.add_argument("--set", action="append", default=[], metavar="FLAG=VALUE", dest="set_flags",
                   help="set a story flag before the map starts (repeatable), "
                        "e.g. --set met_lena=true --set lena_trust=3")
    p.add_argument("--debug-menu", action="store_true",
                   help="enable the F9 map makers' menu (flags, jump to a map, skip a cutscene)")
    return p


def parse_args(argv: list[str] | None = None) -> CliOptions:
    """The options of `argv` (the process's arguments when None)."""
    args = sys.argv[1:] if argv is None else argv
    if not args:  # what the parser gives for no arguments, without building it
        return DEFAULTS
    return parsed_args(args)


def parsed_args(argv: list[str]) -> CliOptions:
    """`parse_args` through the parser, whatever `argv` holds."""
    ns = build_parser().parse_args(argv)
    if ns.spawn and not ns.map and ns.scene not in ("flight", *CONTEST_SCENES):
        build_parser().error("--spawn needs --map (or --scene flight)")
    if ns.scene == "flight" and ns.spawn and ns.spawn != "all":
        stages = flight_stages()
        if stages is not None and ns.spawn not in stages:
            build_parser().error(f"--spawn: no flight stage '{ns.spawn}' (the stages listed in "
                                 f"{FLIGHT_DATA} are {', '.join(stages)}, or all)")
    if ns.act is not None and (ns.map or ns.spawn or ns.scene not in (None, "world")):
        build_parser().error("--act starts at the act's own map and spawn: "
                             "leave out --map, --spawn and --scene")
    if ns.map and ns.map.endswith(MAP_SUFFIXES) and not Path(ns.map).is_file():
        build_parser().error(f"--map: no such file: {ns.map}")
    if ns.input is not None and not ns.input.is_file():
        build_parser().error(f"--input: no such file: {ns.input}")
    if ns.screenshot is not None and ns.screenshot.suffix.lower() != ".png":
        build_parser().error("--screenshot: the file name must end in .png")
    return CliOptions(map=ns.map, spawn=ns.spawn, frames=ns.frames, screenshot=ns.screenshot,
                      seed=ns.seed, input=ns.input, record=ns.record, scale=ns.scale,
                      fullscreen=ns.fullscreen, fast=ns.fast, scene=ns.scene,
                      set_flags=tuple(ns.set_flags), debug_menu=ns.debug_menu, act=ns.act)
