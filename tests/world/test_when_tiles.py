"""A tile layer with a `when` (Lex's landed ship on the slums map, Act 6): drawn, lit
and solid while its condition holds, and not there at all once it stops holding, as
a player walking up to it sees and feels."""

from __future__ import annotations

import pygame

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action, InputState
from game.world.model import Facing
from game.world.scene import WorldScene
from game.world.world import World

T = 16
HULL = pygame.Rect(6 * T, 6 * T, 12 * T, 5 * T)  # the ship's map box, ramp row left out


def slums(ship: bool) -> tuple[Game, WorldScene, World]:
    game = Game(parse_args(["--map", "slums", "--spawn", "a6_ramp", "--fast", "--frames", "1",
                            "--set", "progress=86", "--set", f"a6_ship={str(ship).lower()}"]))
    game.run()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None
    return game, scene, scene.world


def hull_on_screen(game: Game, scene: WorldScene) -> bytes:
    game.render()
    ox, oy = scene.camera.offset
    box = HULL.move(-ox, -oy).clip(game.display.canvas.get_rect())
    assert box.width > 100 and box.height > 60, "the ship is in view from its ramp"
    return pygame.image.tobytes(game.display.canvas.subsurface(box), "RGB")


# The ship's own glows (its tileset's `light` tiles): the green running lights port and
# starboard, the lit hold behind the hatch.
SHIP_LIGHTS = {(104.0, 136.0, 20), (104.0, 152.0, 20), (184.0, 152.0, 40), (280.0, 152.0, 14)}


def lights_over(world: World, box: pygame.Rect) -> set[tuple[float, float, int]]:
    return {(light.x, light.y, light.radius) for light in world.lights.near(box)
            if box.collidepoint(light.x, light.y)}


def test_the_ship_is_drawn_and_lit_while_it_has_landed(display) -> None:
    game, scene, world = slums(ship=True)
    assert [t.name for t in world.tiles_shown] == ["lex ship"]
    landed = hull_on_screen(game, scene)
    lit = lights_over(world, HULL)
    game, scene, world = slums(ship=False)
    assert world.tiles_shown == ()
    assert hull_on_screen(game, scene) != landed, "no ship: the street shows instead"
    assert lit >= SHIP_LIGHTS, "the hatch and the running lights glow"
    assert not SHIP_LIGHTS & lights_over(world, HULL)


def test_the_ship_leaves_when_its_condition_stops_holding(display) -> None:
    game, scene, world = slums(ship=True)
    landed = hull_on_screen(game, scene)
    game.ctx.flags.set("progress", 90)  # Act 6 goes on: the ship has flown
    world.step(InputState(), controllable=True)
    assert world.tiles_shown == ()
    assert hull_on_screen(game, scene) != landed


def walk(world: World, action: Action, steps: int) -> tuple[float, float]:
    held = InputState(frozenset({action}), frozenset(), frozenset())
    for _ in range(steps):
        world.step(held, controllable=True)
    return world.player.x, world.player.y


def test_the_hull_stops_the_player_and_the_ramp_does_not(display) -> None:
    _, _, world = slums(ship=True)
    world.place_player(7 * T + 8, 13 * T, Facing.UP)  # south of the hull, off the ramp
    _, y = walk(world, Action.UP, 90)
    assert y >= 11 * T, "the hull's side is a wall"
    world.place_player(10 * T + 8, 12 * T + 8, Facing.UP)  # at the foot of the ramp
    _, y = walk(world, Action.UP, 90)
    assert 8 * T < y < 11 * T, "up the ramp to the open hatch, and no further"
    _, _, gone = slums(ship=False)
    gone.place_player(7 * T + 8, 13 * T, Facing.UP)
    _, y = walk(gone, Action.UP, 90)
    assert y < 9 * T, "with the ship gone the street is open"
