"""The stay-near rule (`<<watch>>`) counts seconds of play, not of reading: a timed
walk such as the Act 6 shield clock waits while a line holds the player."""

from __future__ import annotations

from game.core.actions import EMPTY_INPUT
from game.world.scene import WorldScene
from tests.helpers import read_on
from tests.story.pilot import start_game

CLOCK = "a6_shield_clock"  # an int flag the rescue's clock really uses


def _scene() -> WorldScene:
    game = start_game("balcony", "table_spot", 15, "kara")
    game.step()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None
    scene.ctx.flags.set(CLOCK, 0)
    scene.session.watch = ("servant", 1, CLOCK)  # the servant stands apart: always far
    return scene


def test_the_clock_counts_each_second_of_play(display) -> None:
    scene = _scene()
    for _ in range(60 * 3):
        scene.update(EMPTY_INPUT)
    assert scene.ctx.flags.get(CLOCK) == 3


def test_the_clock_waits_while_a_line_is_on_screen(display) -> None:
    scene = _scene()
    for _ in range(30):  # half a second walked before the line
        scene.update(EMPTY_INPUT)
    scene.director.start("a2_lena_balcony")  # one line, held until the player reads on
    for _ in range(60 * 5):
        scene.update(EMPTY_INPUT)
    assert scene.director.active
    assert scene.ctx.flags.get(CLOCK) == 0  # five seconds of reading cost nothing
    read_on(scene)
    for _ in range(40):  # the other half second, and a little over
        scene.update(EMPTY_INPUT)
    assert scene.ctx.flags.get(CLOCK) == 1


def test_watch_off_starts_the_next_clock_from_a_whole_second(display) -> None:
    scene = _scene()
    for _ in range(50):
        scene.update(EMPTY_INPUT)
    scene.session.watch = None
    scene.update(EMPTY_INPUT)
    scene.session.watch = ("servant", 1, CLOCK)
    for _ in range(59):
        scene.update(EMPTY_INPUT)
    assert scene.ctx.flags.get(CLOCK) == 0  # the 50 steps before did not carry over
    scene.update(EMPTY_INPUT)
    assert scene.ctx.flags.get(CLOCK) == 1
