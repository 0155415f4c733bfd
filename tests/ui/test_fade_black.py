"""A fade through a door: the world is drawn for the fade-out's first blend and once,
at full black, for the fade-in (the new map), never on the other frames, which blend
over the kept picture; half-way the world still shows; and every frame of the fade shows
what drawing the world and blending the overlay over it shows (within one level of each
channel, a black fade being a multiply; exactly at its ends)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action, InputState
from game.ui.fade import FadeScene
from game.world.scene import WorldScene

RIGHT = InputState(frozenset({Action.RIGHT}), frozenset(), frozenset())


def _slums(home: Path) -> Game:
    game = Game(parse_args(["--map", "slums", "--frames", "1"]))
    game.start()
    return game


def _step(game: Game) -> None:
    game.ctx.stack.update(RIGHT)
    game.flow.after_step()
    game.ctx.frame += 1


def _old_way(game: Game, fade: FadeScene) -> bytes:
    """The world drawn, then the overlay blended at the fade's alpha (black or not)."""
    canvas = pygame.Surface((480, 270))
    world = game.ctx.stack.find(WorldScene)
    assert world is not None
    world.draw(canvas)
    overlay = pygame.Surface((480, 270))
    overlay.fill(fade.colour)
    overlay.set_alpha(fade.alpha)
    canvas.blit(overlay, (0, 0))
    return pygame.image.tobytes(canvas, "RGB")


def _within_one(ours: bytes, theirs: bytes, exact: bool) -> bool:
    if exact:
        return ours == theirs
    return len(ours) == len(theirs) and \
        max(abs(a - b) for a, b in zip(ours, theirs, strict=True)) <= 1


def test_walking_through_a_door_draws_no_world_at_black(
        home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    game = _slums(home)
    drawn: list[str] = []
    real_draw = WorldScene.draw

    def counting(self: WorldScene, surface: pygame.Surface) -> None:
        drawn.append(self.session.map_name)
        real_draw(self, surface)

    for _ in range(200):  # the slums' spawn is a few steps left of the exit
        _step(game)
        if game.ctx.stack.find(FadeScene) is not None:
            break
    fade = game.ctx.stack.find(FadeScene)
    assert isinstance(fade, FadeScene), "walking right never reached the door"
    monkeypatch.setattr(WorldScene, "draw", counting)
    world_draws: list[tuple[int, list[str]]] = []
    halfway_colours = []
    while game.ctx.stack.find(FadeScene) is fade:
        drawn.clear()
        game.ctx.stack.draw(game.display.canvas)
        world_draws.append((fade.alpha, list(drawn)))
        monkeypatch.setattr(WorldScene, "draw", real_draw)
        shown = pygame.image.tobytes(game.display.canvas, "RGB")
        if 60 < fade.alpha < 200:
            halfway_colours.append(len(set(shown[i:i + 3] for i in range(0, len(shown), 3))))
        assert _within_one(shown, _old_way(game, fade), exact=fade.alpha in (0, 255)), \
            f"pixels differ at alpha {fade.alpha}"
        monkeypatch.setattr(WorldScene, "draw", counting)
        _step(game)
    assert world_draws[0] == (0, ["slums"])  # the step that entered the door
    assert world_draws[1][1] == ["slums"]  # the picture the fade-out darkens, kept
    at_black = [maps for alpha, maps in world_draws if alpha == 255]
    assert at_black == [["slums_line"]]  # not shown: the picture the fade-in uncovers
    assert sum(len(maps) for _, maps in world_draws) == 3
    assert halfway_colours and min(halfway_colours) > 20  # the world shows through
    world = game.ctx.stack.find(WorldScene)
    assert world is not None and world.session.map_name == "slums_line"


def test_a_held_black_is_opaque_for_every_held_step(home: Path) -> None:
    game = _slums(home)
    fade = FadeScene(game.ctx, steps=4, hold=3)
    game.ctx.stack.push(fade)
    seen = []
    while game.ctx.stack.top is fade:
        seen.append((fade.alpha, fade.opaque))
        fade.update(RIGHT)
    assert [o for a, o in seen if a == 255] == [True] * 4  # t = 4 (the swap) and 3 held
    canvas = game.display.canvas
    canvas.fill((200, 10, 10))
    black = FadeScene(game.ctx, steps=4, start_black=True)
    black.draw(canvas)
    assert pygame.transform.average_color(canvas)[:3] == (0, 0, 0)
