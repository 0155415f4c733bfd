"""Screenshots of Acts 3-4 as a player sees them: every new map, then the key moments.

    python -m tools.story_shots --out screenshots/acts34 [--only kiss glass] [--scale 2]
    python -m tools.story_shots --maps-only | --moments-only

A map shot loads the map in the real game at a `progress` where no scene fires, puts
the camera on a tile and saves `map_<map>_<view>.png` (day and night where the map has
both). A moment plays its dialogue node with the act's typical flags (chapters.json),
the planned choices, until its cue is on screen (or a contest/ride screen is up) and
saves `<moment>.png`, as `tools/stage_shots.py` does for Acts 1-2. Both are tables.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.app import Game
from game.cli import parse_args
from game.core.actions import EMPTY_INPUT
from game.session import Session
from game.world.scene import WorldScene
from tools.stage_shots import Moment, play

ROOT = Path(__file__).resolve().parents[1]
_ACTS = {a["act"]: a for a in json.loads(
    (ROOT / "assets" / "data" / "chapters.json").read_text(encoding="utf-8"))["acts"]}
A3: dict[str, object] = dict(_ACTS[3]["flags"])
A4: dict[str, object] = dict(_ACTS[4]["flags"])


@dataclass(frozen=True)
class MapShot:
    """One view of a map: who stands where, at which progress, under which light."""

    map: str
    view: str
    spawn: str
    player: str
    progress: int
    look: tuple[int, int]
    lighting: str = "day"
    flags: tuple[tuple[str, object], ...] = ()
    visited: tuple[str, ...] = ()  # nodes already played (so a `not visited` scene waits)


MAPS: tuple[MapShot, ...] = (
    MapShot("sparring_room", "day", "act3_start", "kara", 21, (10, 6)),
    MapShot("dining_room", "sunset", "from_royal_wing", "kara", 22, (8, 5), "sunset"),
    MapShot("state_dining", "west", "from_grand_hall", "kara", 25, (9, 7), "night"),
    MapShot("state_dining", "east", "from_grand_hall", "kara", 25, (21, 7), "night"),
    MapShot("command_centre", "day", "door_in", "kara", 35, (12, 7)),
    MapShot("command_centre", "night", "a4_council", "lucy", 42, (12, 7), "night"),
    MapShot("hangar", "west", "door_in", "alex", 47, (9, 11), "night"),
    MapShot("hangar", "east", "door_in", "alex", 47, (30, 11), "night"),
    MapShot("hangar", "runway_day", "a4_fleet", "alex", 57, (20, 14)),
    MapShot("slums_line", "day", "from_slums", "lena", 52, (15, 8)),
    MapShot("slums_line", "night", "from_slums", "lena_jacket", 64, (15, 8), "night"),
    MapShot("slums", "west_day", "from_line", "lena", 52, (10, 9)),
    MapShot("slums", "centre_day", "from_line", "lena", 52, (28, 9)),
    MapShot("slums", "east_day", "from_line", "lena", 52, (46, 9)),
    MapShot("slums", "west_night", "from_line", "lena_jacket", 64, (10, 9), "night"),
    MapShot("slums", "east_night", "from_line", "lena_jacket", 64, (46, 9), "night"),
    MapShot("oscar_house", "day", "from_slums", "lena", 52, (6, 4)),
    MapShot("oscar_house", "night", "from_slums", "lena_jacket", 64, (6, 4), "night"),
)


def _m(name: str, map_name: str, spawn: str, player: str, node: str, cue: str,
       flags: dict[str, object], **kw: object) -> Moment:
    return Moment(name, map_name, spawn, player, node, cue, flags, **kw)  # type: ignore[arg-type]


def _a3(progress: int, **extra: object) -> dict[str, object]:
    return {**A3, "progress": progress, **extra}


def _a4(progress: int, **extra: object) -> dict[str, object]:
    return {**A4, "progress": progress, **extra}


LAMP = ("a3b_spare_dark", "a3b_lamp")
# An empty node lets the map's own auto trigger start the scene (its progress is set).
MOMENTS: tuple[Moment, ...] = (
    # Act 3: victory night
    _m("sparring", "sparring_room", "act3_start", "kara", "", "Feet wider", _a3(20)),
    _m("sparring_bout", "sparring_room", "act3_start", "kara", "", "", _a3(20), contest=True),
    _m("inspection", "dining_room", "from_royal_wing", "kara", "", "Green eyes", _a3(21)),
    _m("ride", "balcony", "from_kara_room", "kara", "", "", _a3(22), contest=True),
    _m("kiss", "balcony", "from_kara_room", "kara", "", "Lena rises on her toes", _a3(22)),
    _m("kiss_sky", "balcony", "from_kara_room", "kara", "", "Over Daxam", _a3(22)),
    _m("krypton_toast", "state_dining", "from_grand_hall", "kara", "", "To the charge!",
       _a3(23)),
    _m("glass", "state_dining", "kara_alone", "kara", "", "Glass rings across", _a3(24)),
    _m("procession", "grand_hall", "a3_celebration", "kara", "", "Twenty years ago tonight",
       _a3(30)),
    _m("leslie", "grand_hall", "a3_celebration", "kara", "a3b_leslie", "Step away from her",
       _a3(31)),
    _m("leslie_standoff", "grand_hall", "a3_celebration", "kara", "a3b_leslie", "",
       _a3(31), contest=True),
    _m("comm_room", "command_centre", "door_in", "kara", "", "Titus, of Braal", _a3(34)),
    _m("comm_kneel", "command_centre", "door_in", "kara", "", "where the argument ends",
       _a3(34)),
    _m("door_standoff", "royal_wing", "from_grand_hall", "lena", "a3b_door_standoff",
       "Go back to your room", _a4(36)),
    _m("vow", "spare_room", "from_royal_wing", "lena", "a3b_spare_talk",
       "Two bands of Daxamite silver", _a4(38), lighting="night", visited=LAMP,
       held=(("player", "lamp"),)),
    _m("vow_bands", "spare_room", "from_royal_wing", "lena", "a3b_spare_talk",
       "It's warm", _a4(38), lighting="night", visited=LAMP,
       held=(("player", "lamp"),)),
    _m("morning", "spare_room", "from_royal_wing", "lena", "a3b_morning",
       "You are not beneath me", _a4(38)),
    # Act 4: the line
    _m("queen_door", "royal_wing", "a4_door_watch", "alex", "", "A gift left to roam", _a4(40)),
    _m("council", "command_centre", "a4_council", "lucy", "", "Only three warm bodies",
       _a4(41)),
    _m("council_gap", "command_centre", "a4_council", "lucy", "", "full minute to recharge",
       _a4(41)),
    _m("takedown", "grand_hall", "a4_hall", "alex", "", "Heel behind the knee", _a4(42)),
    _m("formula", "kara_room", "from_royal_wing", "alex", "", "The code changes its key",
       _a4(43)),
    _m("goodbye", "kara_room", "from_royal_wing", "alex", "", "I love you. That part",
       _a4(43)),
    _m("escape", "hangar", "door_in", "lena_hooded", "", "Hood up", _a4(44), settle=20),
    _m("escape_stealth", "hangar", "door_in", "lena_hooded", "", "", _a4(44), contest=True,
       settle=60),
    _m("james_struck", "grand_hall", "a4_james", "james", "", "The lower cells", _a4(46)),
    _m("rally", "throne_room", "a4_rally", "alex", "", "For a thousand years", _a4(47)),
    _m("rally_kneel", "throne_room", "a4_rally", "alex", "", "knows her cue", _a4(47)),
    _m("the_line", "slums_line", "pod_landing", "lena", "", "", _a4(50), contest=True),
    _m("streets", "slums", "from_line", "lena", "a4s_streets", "Are you hungry?", _a4(51),
       followers=("Maggie",)),
    _m("crates", "slums", "from_line", "lena", "a4s_streets", "cut small with a knife",
       _a4(51), followers=("Maggie",)),
    _m("oscar", "oscar_house", "from_slums", "lena", "a4s_oscar", "Spoiled people", _a4(52),
       followers=("Maggie",)),
    _m("no_signal", "oscar_house", "from_slums", "lena", "a4s_oscar", "She made me promise",
       _a4(52), followers=("Maggie",)),
    _m("fleet", "hangar", "a4_fleet", "alex", "", "Your bird's fuelled", _a4(56)),
    _m("photo", "hangar", "a4_fleet", "alex", "a4b_cockpit", "A small photo", _a4(56)),
    _m("lucy_father", "grand_hall", "a4b_lucy_start", "lucy", "a4b_lucy",
       "her father's cipher", _a4(57)),
    _m("sunset", "balcony", "a4b_sunset", "kara", "", "something dry about the sky", _a4(58)),
    _m("lucy_plan", "balcony", "a4b_sunset", "kara", "", "The council's plan", _a4(58)),
    _m("band", "throne_room", "from_grand_hall", "kara", "a4b_throne", "on your wrist", _a4(59)),
    _m("court_kneels", "throne_room", "from_grand_hall", "kara", "a4b_throne",
       "Your knees remember", _a4(59)),
    _m("slap", "throne_room", "from_grand_hall", "kara", "a4b_throne_slap", "Mother!", _a4(60)),
    _m("challenge", "throne_room", "from_grand_hall", "kara", "a4b_throne_plan",
       "the old way", _a4(60)),
    _m("challenge_words", "throne_room", "from_grand_hall", "kara", "a4b_throne_plan", "",
       _a4(60), contest=True),
    _m("sweep", "slums", "a4_night", "lena", "", "Jets. A whole wing", _a4(63)),
    _m("jonn", "slums", "a4_night", "lena_jacket", "a4s_jonn", "Challenged", _a4(63),
       lighting="night"),
    _m("jonn_goodbye", "slums", "a4_night", "lena_jacket", "a4s_jonn", "Come back to me",
       _a4(63), lighting="night"),
)


def _save(game: Game, path: Path, scale: int) -> Path:
    canvas = game.display.canvas
    game.ctx.stack.draw(canvas)
    image = pygame.transform.scale_by(canvas, scale) if scale > 1 else canvas
    pygame.image.save(image, str(path))
    return path


def shoot_map(shot: MapShot, out: Path, scale: int) -> Path:
    game = Game(parse_args(["--fast", "--seed", "2"]))
    game.ctx.flags.set("progress", shot.progress)
    for name, value in shot.flags:
        game.ctx.flags.set(name, value)
    for node in shot.visited:
        game.ctx.flags.record_visit(node)
    session = Session(map_name=shot.map, spawn=shot.spawn, player_character=shot.player)
    scene = WorldScene(game.ctx, session)
    game.ctx.stack.push(scene)
    for _ in range(40):  # fades in, people settle
        game.ctx.stack.update(EMPTY_INPUT)
        game.ctx.frame += 1
    scene.stage.set_lighting(shot.lighting, 1)
    game.ctx.stack.update(EMPTY_INPUT)
    scene.camera.snap(*scene.stage.tile_spot(*shot.look))
    scene.banner = 0
    scene.journal_toast = 0
    return _save(game, out / f"map_{shot.map}_{shot.view}.png", scale)


def shoot_moment(moment: Moment, out: Path, scale: int) -> Path:
    return _save(play(moment), out / f"{moment.name}.png", scale)


def run_shots(argv: list[str] | None, description: str, default_out: Path,
              maps: Sequence[MapShot], moments: Sequence[Moment],
              extras: Sequence[tuple[str, Callable[[Path, int], Path]]] = ()) -> int:
    """The command line both shot tools share: `--only` names maps, moments or an extra
    (the late acts' flight stages); one moment that fails is reported, not fatal."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument("--only", nargs="*", help="moment, map or extra names (default: all)")
    parser.add_argument("--scale", type=int, default=2)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--maps-only", action="store_true")
    group.add_argument("--moments-only", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    scale = max(1, min(4, args.scale))
    failed = 0
    if not args.moments_only:
        for shot in maps:
            if not args.only or shot.map in args.only:
                print(shoot_map(shot, args.out, scale))
        for name, shoot in extras:
            if not args.only or name in args.only:
                print(shoot(args.out, scale))
    if not args.maps_only:
        for moment in moments:
            if not args.only or moment.name in args.only:
                try:
                    print(shoot_moment(moment, args.out, scale))
                except AssertionError as error:  # one lost cue must not lose the rest
                    failed += 1
                    print(f"FAILED {error}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    return run_shots(argv, __doc__ or "", ROOT / "screenshots" / "acts34", MAPS, MOMENTS)


if __name__ == "__main__":
    raise SystemExit(main())
