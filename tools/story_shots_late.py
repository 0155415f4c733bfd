"""Screenshots of Acts 5-7 as a player sees them: every map those acts use, the start
of each flight stage, then the key moments (the tables and the way they are shot are
tools/story_shots.py's, which covers Acts 3-4).

    python -m tools.story_shots_late --out /tmp/shots57 [--only crowning] [--scale 2]
    python -m tools.story_shots_late --maps-only | --moments-only
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from game.app import Game
from game.cli import parse_args
from game.core.actions import EMPTY_INPUT
from tools.stage_shots import Moment
from tools.story_shots import _ACTS, ROOT, MapShot, _save, run_shots

A5: dict[str, object] = dict(_ACTS[5]["flags"])
A6: dict[str, object] = dict(_ACTS[6]["flags"])
A7: dict[str, object] = dict(_ACTS[7]["flags"])
_A6F = tuple((k, v) for k, v in A6.items())
_A7F = tuple((k, v) for k, v in A7.items())
FAMILIES = {f"a6_fam_{n}": True for n in ("nessa", "dara", "pell", "corwin", "mira")}

MAPS: tuple[MapShot, ...] = (
    MapShot("armory", "suit", "a5_suit", "kara_suit", 71, (12, 7), "night"),
    MapShot("arena", "tunnel", "a5_tunnel", "kara_suit", 73, (15, 24), "night"),
    MapShot("arena", "sand", "a5_tunnel", "kara_suit", 73, (15, 12), "night"),
    MapShot("command_centre", "a5_night", "a5_cc", "kara_suit", 76, (12, 7), "night"),
    MapShot("command_centre", "a6_night", "a6_start", "kara", 81, (12, 7), "night", _A6F),
    MapShot("lower_cells", "night", "a5_cells", "lucy", 78, (11, 6), "night"),
    MapShot("slums", "attack_west", "a6_slums", "lena_jacket", 83, (10, 9), "night", _A6F),
    MapShot("slums", "attack_centre", "a6_slums", "lena_jacket", 83, (28, 9), "night", _A6F),
    MapShot("slums", "attack_east", "a6_slums", "lena_jacket", 83, (46, 9), "night", _A6F),
    MapShot("temple", "night", "a6_inside", "lena_jacket", 85, (7, 5), "night",
            (*_A6F, *FAMILIES.items(), ("slum_families_saved", 5))),
    MapShot("hangar", "runway_west", "a7_ship", "kara", 92, (12, 12), "night", _A7F,
            ("a7_ship",)),
    MapShot("hangar", "runway_east", "a7_ship", "kara", 92, (28, 12), "night", _A7F,
            ("a7_ship",)),
    MapShot("medical", "day", "a7_medical", "kara", 92, (6, 5), "day", _A7F),
    MapShot("balcony", "sunrise", "a7_dawn", "kara", 94, (18, 8), "dawn", _A7F),
    MapShot("balcony", "moonlight", "a7_moon", "kara", 100, (18, 8), "moon", _A7F),
    MapShot("throne_room", "coronation_dais", "a7_throne", "kara", 95, (13, 6), "day", _A7F,
            ("a7_coronation",)),
    MapShot("throne_room", "coronation_hall", "a7_throne", "kara", 95, (13, 15), "day",
            _A7F, ("a7_coronation",)),
    MapShot("garden", "party_west", "a7_party", "kara", 97, (22, 8), "day", _A7F,
            ("a7_party",)),
    MapShot("garden", "party_east", "a7_party", "kara", 97, (33, 8), "day", _A7F,
            ("a7_party",)),
)

FLIGHTS = ("hold_fire", "storm", "pod_run")


def _m(name: str, map_name: str, spawn: str, player: str, node: str, cue: str,
       flags: dict[str, object], **kw: object) -> Moment:
    return Moment(name, map_name, spawn, player, node, cue, flags, **kw)  # type: ignore[arg-type]


def _a5(progress: int, **extra: object) -> dict[str, object]:
    return {**A5, "progress": progress, **extra}


def _a6(progress: int, **extra: object) -> dict[str, object]:
    return {**A6, "progress": progress, **extra}


def _a7(progress: int, **extra: object) -> dict[str, object]:
    return {**A7, "progress": progress, **extra}


NIGHT = {"lighting": "night"}
SAVED = {**FAMILIES, "slum_families_saved": 5}
# An empty node lets the map's own auto trigger start the scene (its progress is set).
MOMENTS: tuple[Moment, ...] = (
    # Act 5: before Rao
    _m("suit_up", "armory", "a5_suit", "kara", "", "Boots first", _a5(70)),
    _m("suit_on", "armory", "a5_suit", "kara", "", "a lot of princess", _a5(70)),
    _m("forecast", "armory", "a5_suit", "kara", "", "seven jets in ten", _a5(70)),
    _m("monel_hug", "armory", "a5_suit", "kara", "", "This is strange", _a5(70)),
    _m("jonn_time", "armory", "a5_suit", "kara", "", "walk you to the sand", _a5(70)),
    _m("tunnel", "arena", "a5_tunnel", "kara_suit", "", "a step behind", _a5(72)),
    _m("walk_daughter", "arena", "a5_tunnel", "kara_suit", "a5_walk_daughter", "lung fever",
       _a5(72), visited=("a5_tunnel",)),
    _m("walk_lena", "arena", "a5_tunnel", "kara_suit", "a5_walk_lena", "That's an order",
       _a5(72), visited=("a5_tunnel",)),
    _m("duel_kneel", "arena", "a5_tunnel", "kara_suit", "a5_duel", "Kneel for the Queen",
       _a5(73)),
    _m("rhea_begging", "arena", "a5_tunnel", "kara_suit", "a5_duel", "before you had a name",
       _a5(73)),
    _m("duel_start", "arena", "a5_tunnel", "kara_suit", "a5_duel", "", _a5(73),
       contest=True, settle=30),
    _m("presence_finale", "arena", "a5_tunnel", "kara_suit", "a5_duel", "look up at it",
       _a5(73)),
    _m("nobles_kneel", "arena", "a5_tunnel", "kara_suit", "a5_duel", "don't all have to",
       _a5(73)),
    _m("retreat_order", "command_centre", "a5_cc", "kara_suit", "", "come home", _a5(75)),
    _m("shield", "command_centre", "a5_cc", "kara_suit", "", "Shield's down", _a5(75),
       settle=10),
    _m("cells", "lower_cells", "a5_cells", "lucy", "", "doing push-ups", _a5(77)),
    _m("james_freed", "lower_cells", "a5_console", "lucy", "a5_cells_release", "Lucy?",
       _a5(78)),
    # Act 6: Rao's storm
    _m("a6_screen", "command_centre", "a6_start", "alex", "", "port wing", _a6(80)),
    _m("alex_burning", "command_centre", "a6_start", "alex", "", "I'm burning", _a6(80)),
    _m("mothership", "command_centre", "a6_start", "alex", "", "Kryptonian mothership",
       _a6(80)),
    _m("broadcast", "command_centre", "a6_start", "kara", "a6_broadcast", "A blue light",
       _a6(81), tile=(11, 6)),
    _m("slums_attack", "slums", "a6_slums", "lena_jacket", "", "palace runners", _a6(82),
       **NIGHT),
    _m("family_nessa", "slums", "a6_slums", "lena_jacket", "a6_fam_nessa", "I'll pull her",
       _a6(83), tile=(36, 8), **NIGHT),
    _m("family_corwin", "slums", "a6_slums", "lena_jacket", "a6_fam_corwin", "pod engine",
       _a6(83), tile=(17, 6), **NIGHT),
    _m("shield_cobweb", "slums", "a6_slums", "lena_jacket", "a6_shield_flicker_2",
       "Seconds, not minutes", _a6(83), tile=(30, 9), **NIGHT),
    _m("shield_fails", "slums", "a6_slums", "lena_jacket", "a6_shield_fails", "everyone!",
       _a6(83, **SAVED), tile=(8, 9), **NIGHT),
    _m("temple_families", "temple", "a6_inside", "lena_jacket", "", "Count them yourself",
       _a6(84, **SAVED), **NIGHT),
    _m("temple_maggie", "temple", "a6_inside", "lena_jacket", "", "can't stop looking up",
       _a6(84, **SAVED), **NIGHT),
    _m("drone_shot", "slums", "a6_outside", "lena_jacket", "", "gun swings round",
       _a6(85, **SAVED), **NIGHT),
    _m("lex_ship", "slums", "a6_outside", "lena_jacket", "", "wall of grey hull",
       _a6(85, **SAVED), **NIGHT),
    _m("alex_home", "slums", "a6_outside", "lena_jacket", "", "Home for dinner",
       _a6(85, **SAVED), **NIGHT),
    _m("lex", "slums", "a6_outside", "lena_jacket", "", "black captain's coat",
       _a6(85, **SAVED), **NIGHT),
    _m("lex_hug", "slums", "a6_outside", "lena_jacket", "", "crossed a galaxy",
       _a6(85, **SAVED), **NIGHT),
    _m("drones_dark", "slums", "a6_outside", "lena_jacket", "", "red eyes go dark",
       _a6(85, **SAVED), **NIGHT),
    _m("drones_fallen", "slums", "a6_outside", "lena_jacket", "", "just... falling",
       _a6(85, **SAVED), **NIGHT),
    # Act 7: the red dawn
    _m("runway", "hangar", "a7_runway", "kara", "", "Which of you", _a7(90)),
    _m("astra_readings", "hangar", "a7_runway", "kara", "", "thin as thread", _a7(90)),
    _m("shield_rhea", "hangar", "a7_runway", "kara", "", "Not on my runway", _a7(90)),
    _m("alura", "hangar", "a7_runway", "kara", "", "Open your hand", _a7(90)),
    _m("medical", "medical", "a7_medical", "kara", "", "bet with the nurse", _a7(91)),
    _m("rhea_parcel", "medical", "a7_medical", "kara", "", "like a parcel", _a7(91)),
    _m("king_writes", "medical", "a7_medical", "kara", "", "I will write anyway", _a7(91)),
    _m("rhea_farewell", "hangar", "a7_ship", "kara", "", "I am proud of you", _a7(92)),
    _m("alex_maggie", "hangar", "a7_ship", "kara", "a7_alex_maggie", "into a sun", _a7(92),
       visited=("a7_ship",)),
    _m("lucy_james", "hangar", "a7_ship", "kara", "a7_lucy_james", "Rebuild, then", _a7(92),
       visited=("a7_ship",)),
    _m("lane", "hangar", "a7_ship", "kara", "a7_lane", "Advice is not treason", _a7(92),
       visited=("a7_ship",)),
    _m("lane_arrest", "hangar", "a7_ship", "kara", "a7_lane", "He knows the way", _a7(92),
       visited=("a7_ship",)),
    _m("sunrise", "balcony", "a7_dawn", "kara", "", "bill of sale", _a7(93), settle=120),
    _m("sunrise_talk", "balcony", "a7_dawn", "kara", "", "Beside you. Equal", _a7(93)),
    _m("coronation", "throne_room", "a7_throne", "kara", "", "patched jackets", _a7(95)),
    _m("crowning", "throne_room", "a7_throne", "kara", "a7_crowning", "Warm this one",
       _a7(95), visited=("a7_coronation",)),
    _m("crowned", "throne_room", "a7_throne", "kara", "a7_crowning", "Long live the Queen",
       _a7(95), visited=("a7_coronation",)),
    _m("party_guests", "garden", "a7_party", "kara", "", "every cold season", _a7(97)),
    _m("party_pin", "garden", "a7_party", "kara", "", "Head of the army", _a7(97)),
    _m("party_winn", "garden", "a7_party", "kara", "", "iron cuff is gone", _a7(97)),
    _m("epilogue", "balcony", "a7_moon", "kara", "", "close your eyes", _a7(99)),
    _m("epilogue_end", "balcony", "a7_moon", "kara", "", "Five more minutes", _a7(99)),
    _m("credits", "balcony", "a7_moon", "kara", "", "", _a7(99), stop_at="CreditsScene",
       settle=400),
)


def shoot_flight(stage: str, out: Path, scale: int, steps: int = 150) -> Path:
    """The stage as it opens (the briefing banner gone, the first wave in)."""
    game = Game(parse_args(["--seed", "2", "--scene", "flight", "--spawn", stage]))
    game.start()
    for _ in range(steps):
        game.ctx.stack.update(EMPTY_INPUT)
        game.flow.after_step()
        game.ctx.frame += 1
    return _save(game, out / f"flight_{stage}.png", scale)


def main(argv: list[str] | None = None) -> int:
    extras = [(stage, partial(shoot_flight, stage)) for stage in FLIGHTS]
    return run_shots(argv, __doc__ or "", ROOT / "screenshots" / "acts57", MAPS, MOMENTS,
                     extras)


if __name__ == "__main__":
    raise SystemExit(main())
