"""The guard-sweep talk variant (the demo in assets/dialogue/test_mechanics.yarn):
answers that fit "Amy Taylor" calm the guard, wrong ones raise the meter, and
J'onn arrives early when it would fill, or when the questions run out."""

from __future__ import annotations

import pygame

from game.app import Game
from game.cli import parse_args
from game.dialogue import Line
from game.ui.dialogue_box import BoxState
from game.world.scene import WorldScene


def sweep(picks: list[int]) -> tuple[list[str], int]:
    """Play the sweep choosing option `picks[i]` at the i-th question."""
    game = Game(parse_args(["--map", "test_ride", "--fast", "--frames", "1"]))
    game.run()
    world = game.ctx.stack.find(WorldScene)
    assert isinstance(world, WorldScene)
    director = world.director
    director.stop()  # the demo map's own scene; we play the sweep instead
    lines: list[str] = []
    original = director._line

    def spy(line: Line) -> None:
        lines.append(f"{line.speaker}: {line.text}")
        original(line)

    director._line = spy  # type: ignore[method-assign]
    director.start("test_sweep")

    def press(code: int) -> None:
        game.mapper.process(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0))
        game.step()
        game.mapper.process(pygame.event.Event(pygame.KEYUP, key=code, mod=0))
        game.step()

    answered = 0
    for _ in range(200):
        if not director.active:
            break
        if director.pending_choice and world.box.state is BoxState.CHOOSING:
            assert answered < len(picks), "more questions than answers"
            for _ in range(picks[answered]):
                press(pygame.K_DOWN)
            answered += 1
        press(pygame.K_z)
    return lines, int(game.ctx.flags.get("sweep_suspicion"))


def test_answers_that_fit_amy_taylor_calm_the_guard_and_the_questions_run_out(
        display, home) -> None:
    lines, meter = sweep([0, 0, 0])
    assert meter == 0  # 3, then -1, -2, -2 (clamped at 0)
    assert any("My sister goes there" in line for line in lines)  # all three asked
    assert any("captain's calling" in line for line in lines)


def test_wrong_answers_fill_the_meter_and_jonn_arrives_early(display, home) -> None:
    lines, meter = sweep([1, 1])
    assert meter >= 8  # 3, +3, +2
    assert not any("hands are soft" in line for line in lines)  # cut short
    assert any("known this girl" in line for line in lines)
