"""Staging on the demo map (maps/test_staging.tmx): poses, held props and crowds, as
the cutscene commands change them and as a player would see and walk among them."""

from __future__ import annotations

from itertools import pairwise

import pygame
import pytest

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action, InputState
from game.core.errors import ContentError
from game.core.requests import OpenPause
from game.screens.pause import PauseScene
from game.world.commands import ArgError, build_registry
from game.world.held_draw import held_drawables
from game.world.model import Facing
from game.world.scene import WorldScene
from game.world.world import World


@pytest.fixture()
def scene(display) -> WorldScene:
    game = Game(parse_args(["--map", "test_staging", "--fast", "--frames", "1"]))
    game.run()
    found = game.ctx.stack.find(WorldScene)
    assert isinstance(found, WorldScene) and found.world is not None
    return found


def run(scene: WorldScene, line: str) -> None:
    name, *words = line.split()
    args = [w for w in words if "=" not in w]
    options = dict(w.split("=", 1) for w in words if "=" in w)
    build_registry().bind(name, args, options).run(scene.stage)


def world_of(scene: WorldScene) -> World:
    assert scene.world is not None
    return scene.world


def pixels(image: pygame.Surface) -> bytes:
    return pygame.image.tobytes(image, "RGBA")


def test_a_pose_shows_its_frame_and_walking_ends_it(scene: WorldScene) -> None:
    world = world_of(scene)
    alex = world.find("alex_kneel")
    assert alex is not None and alex.pose is not None  # the map stands him kneeling
    kneeling = pixels(alex.image())
    run(scene, "pose alex_kneel none")
    assert alex.pose is None
    standing = pixels(alex.image())
    assert kneeling != standing
    run(scene, "pose alex_kneel bow left")
    assert alex.pose is not None and alex.pose.name == "bow" and alex.facing is Facing.LEFT
    assert pixels(alex.image()) != pixels(alex.sheet.frame(Facing.LEFT, 0))
    run(scene, "move alex_kneel 10 8 wait=false")
    for _ in range(10):
        world.step(InputState(), controllable=False)
    assert alex.pose is None and alex.moving


def drawn_over(world: World, who: str, steps: int) -> list[bytes]:
    """What `who` looks like on each of `steps` world steps while a cutscene holds the
    player (a line is up: a held pose must keep moving then)."""
    ch = world.find(who)
    assert ch is not None
    seen = []
    for _ in range(steps):
        world.step(InputState(), controllable=False)
        seen.append(pixels(ch.image()))
    return seen


def test_a_held_pose_with_a_beat_shows_its_frames_in_turn(scene: WorldScene) -> None:
    world = world_of(scene)
    run(scene, "pose alex_kneel pushup right")
    alex = world.find("alex_kneel")
    assert alex is not None and alex.pose is not None
    beat = alex.pose.beat
    assert beat > 1
    seen = drawn_over(world, "alex_kneel", beat * 4)
    assert len(set(seen)) == 2  # arms straight, chest down
    assert sum(a != b for a, b in pairwise(seen)) == 4  # turns once a beat
    run(scene, "pose alex_kneel pushup right")  # a new pose starts from its first frame
    assert drawn_over(world, "alex_kneel", 1)[0] == seen[0]
    run(scene, "pose lena_raise cheer")  # a named character cheers, not only crowds
    assert len(set(drawn_over(world, "lena_raise", 40))) == 2


def test_a_held_pose_waits_while_the_game_is_paused(display) -> None:
    game = Game(parse_args(["--map", "test_staging", "--fast", "--frames", "1"]))
    game.run()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene)
    run(scene, "pose alex_kneel pushup right")
    alex = world_of(scene).find("alex_kneel")
    assert alex is not None and alex.pose is not None
    game.ctx.requests.post(OpenPause())
    game.step()
    assert isinstance(game.ctx.stack.top, PauseScene)
    paused = pixels(alex.image())
    for _ in range(alex.pose.beat * 3):
        game.step()
    assert pixels(alex.image()) == paused


def test_a_pose_without_a_beat_holds_its_one_frame(scene: WorldScene) -> None:
    world = world_of(scene)
    run(scene, "pose alex_kneel bow left")
    assert len(set(drawn_over(world, "alex_kneel", 90))) == 1


def test_an_unknown_pose_is_a_clear_error(scene: WorldScene) -> None:
    with pytest.raises(ArgError, match="unknown pose 'cartwheel'"):
        run(scene, "pose alex_kneel cartwheel")


def test_hands_joined_stand_side_by_side_and_hug_face_to_face(scene: WorldScene) -> None:
    world = world_of(scene)
    oscar, winn = world.find("oscar_bow"), world.find("winn_salute")
    assert oscar is not None and winn is not None
    run(scene, "pose_pair oscar_bow winn_salute hands")
    assert (winn.x - oscar.x, winn.y - oscar.y) == (14, 0)
    assert oscar.facing is winn.facing is Facing.DOWN
    assert oscar.pose is not None and oscar.pose.name == "hand_right"
    assert winn.pose is not None and winn.pose.name == "hand_left"
    run(scene, "pose_pair oscar_bow winn_salute hug")
    assert (oscar.facing, winn.facing) == (Facing.RIGHT, Facing.LEFT)
    assert 0 < winn.x - oscar.x < 12  # close enough that the arms go round
    assert oscar.pose is not None and oscar.pose.name == "hug"


def test_a_vase_moves_from_its_table_into_a_hand_and_back(scene: WorldScene) -> None:
    world = world_of(scene)
    vases = [p for p in world.props if p.item == "vase"]
    assert len(vases) == 1
    run(scene, "hold lena_raise vase")
    lena = world.find("lena_raise")
    assert lena is not None and lena.held is not None and lena.held.item == "vase"
    assert not [p for p in world.props if p.item == "vase"]  # off the table
    assert lena.pose is not None and lena.pose.name == "hold"
    run(scene, "pose lena_raise raise")  # the vase goes up over her head
    (_, _, _, _, raised_y), = held_drawables(lena)  # drawn where the pose's hands are
    run(scene, "pose lena_raise hold")
    (_, _, _, _, held_y), = held_drawables(lena)
    assert raised_y < held_y - 12
    run(scene, "drop lena_raise")
    assert lena.held is None
    assert [p for p in world.props if p.item == "vase"] == vases  # back on its table


def test_an_item_put_down_on_a_spawn_stays_there(scene: WorldScene) -> None:
    world = world_of(scene)
    run(scene, "hold servant_hold tray")
    servant = world.find("servant_hold")
    assert servant is not None and servant.held is not None
    run(scene, "drop servant_hold dais")
    dais = world.data.spawns["dais"]
    (tray,) = [p for p in world.props if p.item == "tray"]
    assert tray.rect().collidepoint(dais.x, dais.y - 1)
    with pytest.raises(ContentError, match="holds nothing"):
        run(scene, "drop servant_hold")
    with pytest.raises(ArgError, match="unknown item 'spoon'"):
        run(scene, "hold servant_hold spoon")


def test_a_crowd_fills_its_area_and_kneels_or_cheers_as_one(scene: WorldScene) -> None:
    world = world_of(scene)
    court = world.crowds["court"]
    assert len(court.members) == 28
    area = court.spec.rect
    assert all(area.inflate(4, 8).collidepoint(m.x, m.y) for m in court.members)
    assert all(m.pose is not None and m.pose.name == "kneel" for m in court.members)
    assert all(m in world.characters for m in court.members)  # drawn with everyone
    run(scene, "crowd court cheer")
    assert all(m.pose is not None and m.pose.name == "cheer" for m in court.members)
    frames = set()
    for _ in range(40):
        world.step(InputState(), controllable=True)
        frames.add(pixels(court.members[0].image()))
    assert len(frames) == 2  # arms go up and down
    run(scene, "crowd court mingle")
    assert all(m.pose is None for m in court.members)
    with pytest.raises(ArgError, match="unknown crowd 'choir'"):
        run(scene, "crowd choir kneel")


def test_the_player_walks_straight_through_a_crowd(scene: WorldScene) -> None:
    world = world_of(scene)
    court = world.crowds["court"]
    area = court.spec.rect
    y = area.centery
    world.place_player(area.left - 12, y, Facing.RIGHT)
    walk = InputState(held=frozenset({Action.RIGHT}))
    for _ in range(round((area.width + 24) / 1.25) + 4):
        world.step(walk, controllable=True)
    assert world.player.x > area.right + 8  # nobody in the crowd stopped her
    assert abs(world.player.y - y) < 1


def test_a_crowd_is_the_same_every_time(display) -> None:
    def layout() -> list[tuple[str, float, float, str]]:
        game = Game(parse_args(["--map", "test_staging", "--fast", "--frames", "1"]))
        game.run()
        found = game.ctx.stack.find(WorldScene)
        assert isinstance(found, WorldScene) and found.world is not None
        for _ in range(200):
            found.world.step(InputState(), controllable=True)
        return [(m.character, m.x, m.y, m.facing.value)
                for c in found.world.crowds.values() for m in c.members]
    first = layout()
    assert len(first) == 28 + 24 + 10
    assert layout() == first
