"""The transmatter portal stays hidden behind crates until the night Winn shows Lena."""

from __future__ import annotations

import pygame
import pytest

from game.world.render import DAYLIGHT
from game.world.scene import WorldScene
from tests.helpers import run_game

PORTAL = pygame.Rect(20 * 16, 1 * 16, 32, 48)  # tiles (20..21, 1..3) of maps/armory.tmx


def portal_blue(progress: int) -> int:
    """How many pixels of the portal's wall look like the portal's swirling blue."""
    game = run_game(["--map", "armory", "--spawn", "portal_front", "--frames", "2"])
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None and scene.renderer is not None
    game.ctx.flags.set("progress", progress)
    scene.world.refresh_npcs()
    canvas = pygame.Surface((480, 270))
    scene.renderer.draw(canvas, scene.camera, [], 0, DAYLIGHT, [], "day", scene.world.props)
    ox, oy = scene.camera.offset
    area = PORTAL.move(-ox, -oy)
    return sum(1 for x in range(area.left, area.right) for y in range(area.top, area.bottom)
               if (c := canvas.get_at((x, y))).b > c.r + 40 and c.b > 90)


@pytest.mark.parametrize("progress", [0, 12, 15])
def test_the_portal_is_hidden_before_its_night(progress: int) -> None:
    assert portal_blue(progress) < 20, "crates should cover the portal by day"


def test_the_portal_shows_the_night_it_is_revealed() -> None:
    assert portal_blue(16) > 300
