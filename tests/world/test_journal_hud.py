"""The "Next:" journal line: paused while a cutscene holds the player, back when control
returns, kept on screen by a setting, and never over the meters or the map title."""

from __future__ import annotations

from game.core.actions import EMPTY_INPUT
from game.world.hud import JOURNAL_Y, journal_rect, meters_rect
from game.world.scene import JOURNAL_STEPS, WorldScene
from tests.helpers import read_on
from tests.story.pilot import start_game


def _scene() -> WorldScene:
    game = start_game("balcony", "table_spot", 15, "kara")
    game.step()
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene)
    scene.banner = 0
    return scene


def test_the_journal_waits_out_a_cutscene_and_shows_again_after(display) -> None:
    scene = _scene()
    scene.session.journal = "Call Lena from the doorway."
    scene.update(EMPTY_INPUT)
    assert scene.journal_shown
    scene.director.start("a2_lena_balcony")  # one line, waits for the player
    for _ in range(JOURNAL_STEPS * 2):
        scene.update(EMPTY_INPUT)
        assert not scene.journal_shown  # never over a cutscene
    assert scene.director.active
    read_on(scene)
    assert scene.journal_shown  # the time it had left was kept for the player
    for _ in range(JOURNAL_STEPS):
        scene.update(EMPTY_INPUT)
    assert not scene.journal_shown


def test_the_journal_can_stay_on_screen(display) -> None:
    scene = _scene()
    scene.ctx.settings.keep_journal = True
    try:
        scene.session.journal = "Set the table."
        for _ in range(JOURNAL_STEPS * 2):
            scene.update(EMPTY_INPUT)
        assert scene.journal_shown
        scene.director.start("a2_lena_balcony")
        scene.update(EMPTY_INPUT)
        assert not scene.journal_shown
    finally:
        scene.ctx.settings.keep_journal = False


def test_a_long_journal_keeps_clear_of_the_meters_and_the_title(display) -> None:
    scene = _scene()
    font = scene.ctx.fonts.small
    meters = [("queen_suspicion", "Queen's suspicion"), ("lena_trust", "Lena's trust")]
    plate = meters_rect(font, meters)
    text = ("Walk behind Kara to the throne, eyes on the floor, and say nothing unless "
            "the Queen speaks to you first.")
    rect, lines = journal_rect(font, text, plate.x)
    assert not rect.colliderect(plate)
    assert len(lines) >= 2 and rect.top >= JOURNAL_Y >= 28  # under the title's plate
    assert all(font.width("Next: " + line) + 10 <= plate.x for line in lines)
