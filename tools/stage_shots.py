"""Screenshots of the staged moments, played in the real game, for looking at them.

    python -m tools.stage_shots --out shots/stage [--only fireflies] [--scale 2]

Each moment starts a dialogue node on its map with the story flags it needs, reads
the lines (picking the planned choices) until a line containing its cue is on
screen, lets a few more steps run (particles drift, zooms settle) and saves the
frame as `<moment>.png`.
"""

from __future__ import annotations

import argparse
import os
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from game.app import Game
from game.cli import parse_args
from game.core.actions import EMPTY_INPUT, Action, InputState
from game.flight import FlightScene
from game.session import Session
from game.ui.dialogue_box import BoxState
from game.world.model import Facing
from game.world.scene import WorldScene

ROOT = Path(__file__).resolve().parents[1]
MAX_STEPS = 6000


@dataclass(frozen=True)
class Moment:
    """A node to play up to the line that contains `cue`."""

    name: str
    map: str
    spawn: str
    player: str
    node: str
    cue: str
    flags: dict[str, object] = field(default_factory=dict)
    choices: tuple[int, ...] = ()
    settle: int = 40  # steps after the cue is on screen
    lighting: str = ""
    tile: tuple[int, int] | None = None  # where the player stands (facing up), if not the spawn
    followers: tuple[str, ...] = ()  # who walked in behind the player (a follow scene)
    held: tuple[tuple[str, str], ...] = ()  # (who, item) carried in, "player" for the player
    visited: tuple[str, ...] = ()  # nodes the player has already been through
    contest: bool = False  # stop once a contest or ride screen is up (else they are skipped)
    stop_at: str = ""  # or stop once this scene is on top (FlightScene, CreditsScene)


MOMENTS: tuple[Moment, ...] = (
    Moment("view", "balcony", "view_spot", "lena", "a2_view",
           "Below the palace lies a garden", {"progress": 12}),
    Moment("firefly_spill", "balcony", "table_spot", "kara", "a2_firefly_box",
           "A drift of golden lights", {"progress": 15, "table_set": True}, (1,), settle=70,
           lighting="sunset", tile=(29, 4)),
    Moment("dinner_fireflies", "balcony", "from_kara_room", "kara", "a2_dinner_sit",
           "Candles, fireflies", {"progress": 15, "table_set": True, "fireflies_open": True,
                                  "dinner_called": True}, settle=90, lighting="sunset"),
    Moment("red_hour", "balcony", "from_kara_room", "kara", "a2_dinner_sit",
           "The lake below turns", {"progress": 15, "table_set": True,
                                    "fireflies_open": True, "dinner_called": True},
           (0,), settle=60, lighting="sunset"),
    Moment("garden_glows", "balcony", "from_kara_room", "kara", "a2_dinner_sit",
           "The fireflies drift lower", {"progress": 15, "table_set": True,
                                         "fireflies_open": True, "dinner_called": True},
           (0,), settle=60, lighting="sunset"),
    Moment("hand_hold", "balcony", "from_kara_room", "kara", "a2_dinner_sit",
           "Lena doesn't move away", {"progress": 15, "table_set": True,
                                      "fireflies_open": True, "dinner_called": True},
           (0, 0), settle=60, lighting="sunset"),
    Moment("portal_crowded", "armory", "from_grand_hall", "lena", "a2_portal",
           "You came. Good.", {"progress": 16, "held_hands": True}, settle=10),
)


def _press(action: Action) -> InputState:
    return InputState(frozenset({action}), frozenset({action}), frozenset())


def _pass_flight(top: FlightScene, frame: int) -> InputState:
    """Lose the flight at once and take the failure menu's Skip, as the story pilots do."""
    session = top.session
    if session.phase == "play":
        session.battle.outcome = "lost"
        return EMPTY_INPUT
    menu = session.menu
    if menu is None or not menu.ready or frame % 2:
        return EMPTY_INPUT
    want = "Skip" if "Skip" in menu.items else menu.items[0]
    return _press(Action.DOWN if menu.items[menu.index] != want else Action.CONFIRM)


def play(moment: Moment) -> Game:
    """The game stopped on the moment's cue (AssertionError if it never comes)."""
    game = Game(parse_args(["--fast", "--seed", "2"]))
    settings = game.flow.settings  # contests on the way pass by, as the story pilots do
    settings.contest_skip = settings.skip_rides = settings.skip_stealth = not moment.contest
    for name, value in moment.flags.items():
        game.ctx.flags.set(name, value)
    for node in moment.visited:
        game.ctx.flags.record_visit(node)
    session = Session(map_name=moment.map, spawn=moment.spawn, player_character=moment.player,
                      followers=list(moment.followers), held=dict(moment.held))
    scene = WorldScene(game.ctx, session)
    game.ctx.stack.push(scene)
    game.step()
    if moment.tile is not None and scene.world is not None:
        x, y = scene.stage.tile_spot(*moment.tile)
        scene.world.place_player(x, y, Facing.UP)
        scene.camera.snap(x, y - 8)
    if moment.lighting:
        scene.stage.set_lighting(moment.lighting, 1)
    if moment.node:  # else the map's own auto trigger starts the scene
        scene.director.start(moment.node)
    choices = deque(moment.choices)
    for frame in range(MAX_STEPS):
        box = scene.box
        top = game.ctx.stack.top
        if moment.stop_at and type(top).__name__ == moment.stop_at:
            break
        if moment.contest and game.ctx.stack.top is not scene and frame > 0:
            break
        cued = not (moment.contest or moment.stop_at) and moment.cue in box.page_text
        if cued and top is scene and box.state is BoxState.WAITING:
            break
        state = EMPTY_INPUT
        if isinstance(top, FlightScene):  # a flight on the way is lost and skipped
            state = _pass_flight(top, frame)
        elif top is not scene:
            state = _press(Action.CONFIRM) if frame % 6 == 0 else EMPTY_INPUT
        elif box.state is BoxState.CHOOSING and frame % 4 == 0:
            want = choices[0] if choices else 0
            if box.cursor != want:
                state = _press(Action.DOWN)
            else:
                if choices:
                    choices.popleft()
                state = _press(Action.CONFIRM)
        elif box.state in (BoxState.TYPING, BoxState.WAITING) and frame % 4 == 0:
            state = _press(Action.CONFIRM)
        game.ctx.stack.update(state)
        game.flow.after_step()
        game.ctx.frame += 1
    else:
        raise AssertionError(f"{moment.name}: the cue '{moment.cue}' never came")
    for _ in range(moment.settle):
        game.ctx.stack.update(EMPTY_INPUT)
        game.ctx.frame += 1
    return game


def shoot(moment: Moment, out: Path, scale: int) -> Path:
    game = play(moment)
    canvas = game.display.canvas
    game.ctx.stack.draw(canvas)
    image = pygame.transform.scale_by(canvas, scale) if scale > 1 else canvas
    path = out / f"{moment.name}.png"
    pygame.image.save(image, str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "stage")
    parser.add_argument("--only", nargs="*", help="moment names (default: all)")
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for moment in MOMENTS:
        if args.only and moment.name not in args.only:
            continue
        print(shoot(moment, args.out, max(1, min(4, args.scale))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
