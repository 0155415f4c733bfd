"""The story starts the battle from a dialogue command and reads its result."""

from __future__ import annotations

import pygame

from game.app import Game
from game.cli import parse_args
from game.dialogue import Line
from game.flight import FlightScene
from game.world.scene import WorldScene


def test_play_flight_command_runs_the_battle_and_the_story_reads_the_outcome(
        display, slice_root) -> None:
    game = Game(parse_args(["--map", "palace_hall", "--fast", "--frames", "1"]))
    game.run()
    game.flow.settings.flight_invincible = True  # the assist: this run cannot be lost
    world = game.ctx.stack.find(WorldScene)
    assert world is not None
    lines: list[str] = []
    original = world.director._line

    def spy(line: Line) -> None:
        lines.append(line.text)
        original(line)

    world.director._line = spy  # type: ignore[method-assign]
    world.director.start("flight_test")
    saw_battle = False
    for step in range(60 * 60):
        top = game.ctx.stack.top
        if isinstance(top, FlightScene):
            saw_battle = True
            if top.session.phase == "clear" and step % 10 == 0:  # "Stage clear": confirm
                game.mapper.process(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_z, mod=0))
                game.mapper.process(pygame.event.Event(pygame.KEYUP, key=pygame.K_z, mod=0))
        game.step()
        if lines:
            break
    assert saw_battle
    assert game.ctx.flags.get("flight_pod_run") == "won"
    assert lines == ["Home, and nobody touched a single drone."]
    assert game.ctx.stack.top is world
