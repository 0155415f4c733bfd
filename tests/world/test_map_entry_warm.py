"""Entering a map does its one-off work while the screen is black: the first view's
tile chunks are composed and the walk's sounds decoded before the first frame, so the
first frames and the first steps on a map are no slower than any other."""

from __future__ import annotations

from tests.helpers import run_game


def test_a_map_is_ready_to_draw_and_to_walk_before_its_first_frame(display) -> None:
    game = run_game(["--map", "kitchen", "--frames", "0"])
    scene = game.ctx.stack.top
    renderer = scene.renderer
    assert renderer is not None
    assert renderer.layers.below.chunk_count > 0, "the first view's chunks are composed"
    effects = game.audio.registry.effects
    assert game.audio.available  # the dummy driver plays (silently)
    assert {effects["footstep"].file, effects["door"].file} <= set(game.audio._sounds)


def test_the_slums_fires_show_their_first_second_without_making_a_look(display) -> None:
    """Each ember, dust and smoke look (colour, size, brightness) is made at entry: the
    first frames there drew forty-odd new ones, 0.3-0.5 ms a frame."""
    game = run_game(["--map", "slums", "--frames", "0"])
    scene = game.ctx.stack.top
    field = scene.stage.particles
    made = len(field._dots)
    assert made > 0, "the map's effects were prepared before the first frame"
    for _ in range(120):
        _frame(game)
    assert field.count() > 50, "the fires are burning"
    assert len(field._dots) == made, "no look was made in a frame"


def _frame(game) -> None:
    from game.core.actions import InputState
    game.ctx.stack.update(InputState(frozenset(), frozenset(), frozenset()))
    game.flow.after_step()
    game.ctx.frame += 1
    game.render()
