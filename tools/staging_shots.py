"""Screenshots of staged moments: a map, some cutscene commands, a PNG at x2.

    python -m tools.staging_shots --out shots/ [--only vase oath]

Each shot loads its map in the real game (headless), runs its commands through the
same registry the scripts use (poses, props, crowds), steps a little so crowds
settle, and saves the frame scaled, so anyone can look at what a moment shows.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from game.app import Game
from game.cli import parse_args
from game.core.actions import InputState
from game.world.commands import build_registry
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parents[1]

# name -> (map, spawn for the player, commands). Besides the script commands:
# `set FLAG N` sets a story flag before the map starts, `flag FLAG N` once it runs (no
# auto cutscene fires in a shot), `go MAP SPAWN` walks through a door (what the
# player holds goes along), `look X Y` points the camera at a tile, `steps N` lets N
# logic steps pass (a zoom easing in, a sunset blending, crowds settling).
PARTY = ("guests_nw", "guests_w_lawn", "guests_gazebo_w", "guests_lawn", "guests_lawn_e",
         "guests_south", "guests_roses_se", "guests_ne", "stage_crowd", "stage_front",
         "guests_gazebo_se", "guests_w_path")
COURT = ("court_w1", "court_w2", "court_w3", "court_e1", "court_e2", "court_e3")
DINNER = ("set progress 15", "set fireflies_open true", "set dinner_called true",
          "set table_set true")
VASE = ("set progress 5", "show Lena", "teleport Lena vase_spot", "face Lena right")
SHOTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "demo": ("test_staging", "start", ()),
    "demo_court_rises": ("test_staging", "start", ("crowd court mingle", "crowd rally face")),
    # Act 1: two hundred guests at the party, turning to the stage for the gift
    "party_lawn": ("garden", "party_start", ("set progress 1", "teleport player 28 14",
                                             "face player down", "look 28 17")),
    "party_west": ("garden", "party_start", ("set progress 1", "teleport player 14 16",
                                             "face player left", "look 12 16")),
    "party_stage": ("garden", "stage_kara", ("set progress 4", "face player down",
                                             *(f"crowd {c} face" for c in PARTY),
                                             "look 48 17")),
    "party_cheer": ("garden", "stage_kara", ("set progress 4", "face player down",
                                             *(f"crowd {c} face" for c in PARTY),
                                             "crowd stage_crowd cheer",
                                             "crowd guests_lawn_e cheer", "look 48 17")),
    # Act 1: Mon-El's photo handed over, and the hug
    "photo": ("garden", "oak_spot", ("set progress 4", "teleport Mon-El 30 21",
                                     "face player right", "face Mon-El left",
                                     "hold player photo", "zoom player 2 0.2", "steps 20")),
    "hug_monel": ("garden", "oak_spot", ("set progress 4", "face player right",
                                         "pose_pair player Mon-El hug", "look 29 20")),
    # Act 1: the vase on its stand, overhead, the kneel pushed in, set back
    "vase_stand": ("kara_room", "kara_stop", (*VASE, "face player left")),
    "vase": ("kara_room", "kara_stop", (*VASE, "hold Lena vase", "pose Lena raise",
                                        "face player left")),
    "kneel": ("kara_room", "kara_stop", (*VASE, "hold Lena vase", "pose Lena raise",
                                         "pose player kneel left", "zoom player 2 0.2",
                                         "steps 20")),
    "vase_back": ("kara_room", "kara_stop", (*VASE, "hold Lena vase", "face Lena left",
                                             "drop Lena", "face Lena right",
                                             "face player left")),
    # Act 1: the tray, from the kitchen table through the doors to Lena
    "tray_kitchen": ("kitchen", "from_grand_hall", ("set progress 6", "teleport player 6 9",
                                                    "face player up", "hold player tray")),
    "tray_hall": ("kitchen", "from_grand_hall", ("set progress 6", "hold player tray",
                                                 "set progress 7",
                                                 "go grand_hall from_kitchen",
                                                 "face player right")),
    "tray_wing": ("kitchen", "from_grand_hall", ("set progress 6", "hold player tray",
                                                 "set progress 7",
                                                 "go royal_wing from_grand_hall",
                                                 "face player right")),
    "tray_handed": ("kara_room", "from_royal_wing", ("set progress 7", "teleport player 6 10",
                                                     "face player left", "hold Lena tray")),
    "tray_table": ("kara_room", "from_royal_wing", ("set progress 9", "teleport Lena 14 8",
                                                    "face Lena up")),
    "guard_post": ("royal_wing", "from_kara_room", ("set progress 9", "set guard_posted true")),
    # Act 2: the court kneels with Alex; her oath pushed in
    "court": ("throne_room", "from_grand_hall", ("set progress 13", "play_as lena",
                                                 "flag progress 14", "teleport player 10 11",
                                                 "face player up", "look 13 11")),
    "oath": ("throne_room", "from_grand_hall", ("set progress 13", "play_as lena",
                                                "flag progress 14", "teleport player 10 11",
                                                "face player up", "pose Alex kneel up",
                                                *(f"crowd {c} kneel" for c in COURT),
                                                "look 13 11")),
    "oath_close": ("throne_room", "from_grand_hall", ("set progress 13", "play_as lena",
                                                      "flag progress 14",
                                                      "teleport player 10 11",
                                                      "face player up", "pose Alex kneel up",
                                                      *(f"crowd {c} kneel" for c in COURT),
                                                      "look 13 11", "zoom 12 7 2 0.2",
                                                      "steps 20")),
    # Act 2: the balcony: the view, the fireflies, the hand-hold at sunset
    "balcony_view": ("balcony", "view_spot", ("set progress 12", "look 18 20")),
    "fireflies": ("balcony", "table_spot", ("set progress 15", "set table_set true",
                                            "set fireflies_open true", "lighting sunset",
                                            "particles firefly_spill 29 3 2.5",
                                            "steps 60")),
    "hands": ("balcony", "rail_kara", (*DINNER, "lighting sunset",
                                       "teleport Lena 25 7", "face player down",
                                       "pose_pair player Lena hands", "zoom 24 8 2 0.2",
                                       "steps 30")),
    "hands_dusk": ("balcony", "rail_kara", (*DINNER, "lighting sunset",
                                            "teleport Lena 25 7", "face player down",
                                            "pose_pair player Lena hands", "zoom 24 8 2 0.2",
                                            "lighting night 1", "particles fireflies_drift 25 8",
                                            "steps 90")),
    "demo_hands": ("test_staging", "start", ("teleport player 22 5", "face player down",
                                             "pose_pair player lucy_arms_crossed hands")),
    "hug": ("test_staging", "start", ("teleport player 22 5",
                                      "pose_pair player lucy_arms_crossed hug")),
}


def _settle(scene: WorldScene, steps: int) -> None:
    assert scene.world is not None
    for _ in range(steps):
        scene.stage.particles.update()
        scene.stage.sync_map_emitters()
        scene.world.step(InputState(), controllable=False)
        scene.stage.update()


def shoot(name: str, out: Path, scale: int) -> Path | None:
    map_name, spawn, commands = SHOTS[name]
    # Flags set before the map starts, so no auto cutscene of another moment fires.
    early = [f"{w[1]}={w[2]}" for w in (c.split() for c in commands) if w[0] == "set"]
    argv = ["--map", map_name, "--spawn", spawn, "--frames", "2"]
    for flag in early:
        argv += ["--set", flag]
    game = Game(parse_args(argv))
    game.run()
    scene = game.ctx.stack.find(WorldScene)
    if not isinstance(scene, WorldScene) or scene.world is None:
        return None
    registry = build_registry()
    look: tuple[float, float] | None = None
    for line in commands:
        word, *rest = line.split()
        if word in ("set", "flag"):
            value: bool | int = rest[1] == "true" if rest[1] in ("true", "false") \
                else int(rest[1])
            game.ctx.flags.set(rest[0], value)
            scene.world.refresh_npcs()
            continue
        if word == "go":
            scene.load(rest[0], rest[1])
            continue
        if word == "look":
            look = scene.stage.tile_spot(float(rest[0]), float(rest[1]))
            continue
        if word == "steps":
            _settle(scene, int(rest[0]))
            continue
        args = [w for w in rest if "=" not in w]
        opts = dict(w.split("=", 1) for w in rest if "=" in w)
        registry.bind(word, args, opts).run(scene.stage)
    _settle(scene, 30)
    assert scene.world is not None
    player = scene.world.player
    scene.camera.snap(*(look or (player.x, player.y)))
    scene.banner = 0
    scene.journal_toast = 0
    canvas = game.display.canvas
    game.ctx.stack.draw(canvas)
    path = out / f"staging_{name}.png"
    pygame.image.save(pygame.transform.scale_by(canvas, scale), str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--only", nargs="*", choices=sorted(SHOTS))
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.only or SHOTS:
        print(shoot(name, args.out, args.scale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
