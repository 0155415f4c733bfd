"""The world asks and the flow decides after the step: the request queue end to end."""

from __future__ import annotations

import json
from pathlib import Path

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action, InputState
from game.core.request_queue import RequestQueue
from game.core.requests import Autosave, ChangeAct, OpenPause, Ticket
from game.screens.pause import PauseScene
from game.world.scene import WorldScene


def _world_game() -> tuple[Game, WorldScene]:
    game = Game(parse_args(["--map", "palace_hall", "--fast", "--frames", "1"]))
    game.run()
    world = game.ctx.stack.find(WorldScene)
    assert world is not None
    return game, world


def test_the_queue_hands_over_requests_oldest_first_once() -> None:
    queue = RequestQueue()
    first, second = queue.post(Autosave()), queue.post(ChangeAct("Act Three"))
    assert queue.drain() == [first, second]
    assert queue.drain() == []


def test_a_ticket_is_open_until_resolved() -> None:
    ticket = Ticket()
    assert not ticket.done
    ticket.resolve("won")
    assert ticket.done and ticket.result == "won"


def test_menu_in_the_world_is_a_request_the_flow_answers_after_the_step(
        display, slice_root, home: Path) -> None:
    game, world = _world_game()
    world.handle(Action.MENU)
    assert isinstance(game.ctx.stack.top, WorldScene)  # nothing happens inside the step
    assert isinstance(game.ctx.requests.drain()[0], OpenPause)
    world.handle(Action.MENU)
    game.flow.after_step()
    assert isinstance(game.ctx.stack.top, PauseScene)
    assert len(game.ctx.requests) == 0


def test_a_new_act_from_a_script_reaches_the_save(display, slice_root, home: Path) -> None:
    game, world = _world_game()
    game.ctx.requests.post(ChangeAct("Act Three: The Victory"))
    game.step()
    assert world.session.act == "Act Three: The Victory"
    auto = next(home.rglob("slot_auto.json"))
    assert json.loads(auto.read_text())["summary"]["act"] == "Act Three: The Victory"


def test_an_autosave_asked_mid_cutscene_waits_for_its_end(display, slice_root,
                                                          home: Path) -> None:
    game, world = _world_game()
    world.director.start("hall_servant")
    world.stage.autosave()
    game.step()
    assert not any(home.rglob("slot_auto.json"))
    for _ in range(2000):
        if not world.director.active:
            break
        world.box.handle(Action.CONFIRM)
        game.ctx.stack.update(InputState())
        game.flow.after_step()
    assert not world.director.active
    game.step()
    assert any(home.rglob("slot_auto.json"))
