"""Wanderers and patrolling guards wait where they are while a cutscene runs, so they
never stroll into a scene's marks, and walk on when it ends; a scene's own <<move>>
still walks them (docs/MAPPING.md, "NPC")."""

from __future__ import annotations

from game.core.actions import EMPTY_INPUT
from game.world.character import Character
from game.world.commands import build_registry
from game.world.scene import WorldScene
from tests.helpers import read_on
from tests.story.pilot import start_game


def _hall() -> WorldScene:
    game = start_game("grand_hall", "from_royal_wing", 15, "kara")
    game.step()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None
    return scene


def _npc(scene: WorldScene, name: str) -> Character:
    assert scene.world is not None
    found = scene.world.find(name)
    assert found is not None and found is not scene.world.player
    return found


def _walking(scene: WorldScene, who: Character) -> None:
    """Play on until `who` is in the middle of a walk of its own."""
    for _ in range(60 * 20):
        scene.update(EMPTY_INPUT)
        if who.moving:
            return
    raise AssertionError(f"{who.name} never set off")


def test_a_wanderer_and_a_patrol_wait_out_a_cutscene(display) -> None:
    scene = _hall()
    servant, guard = _npc(scene, "Servant"), _npc(scene, "Throne Guard")
    assert servant.wander and guard.patrol
    _walking(scene, guard)
    _walking(scene, servant)
    scene.director.start("a2_lena_balcony")  # one line, held until the player reads on
    held = {n.name: (n.x, n.y) for n in (servant, guard)}
    for _ in range(60 * 6):
        scene.update(EMPTY_INPUT)
        assert {n.name: (n.x, n.y) for n in (servant, guard)} == held
    assert scene.director.active
    read_on(scene)
    moved = set()
    for _ in range(60 * 20):
        scene.update(EMPTY_INPUT)
        moved |= {n.name for n in (servant, guard) if (n.x, n.y) != held[n.name]}
    assert moved == {"Servant", "Throne Guard"}  # back to their rounds after the scene


def test_a_scene_still_moves_a_wanderer_it_names(display) -> None:
    scene = _hall()
    servant = _npc(scene, "Servant")
    _walking(scene, servant)
    scene.director.start("a2_lena_balcony")
    scene.update(EMPTY_INPUT)
    start = (servant.x, servant.y)
    build_registry().bind("move", ["Servant", "16", "8"], {"wait": "false"}).run(scene.stage)
    for _ in range(60 * 4):
        scene.update(EMPTY_INPUT)
    assert (servant.x, servant.y) != start
