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
