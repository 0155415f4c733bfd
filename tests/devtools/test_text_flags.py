"""F9 edits text flags: a flag with declared choices offers only those (left/right or a
list), any other text flag is typed on the keyboard and checked when Enter is pressed."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import Game
from game.cli import parse_args
from game.core.actions import Action, InputState
from game.core.errors import ContentError
from game.devtools.debug_menu import DebugMenuScene
from game.devtools.flag_entry import FlagEntryScene
from game.devtools.flag_text import apply_assignments
from game.dialogue.errors import FlagError
from game.dialogue.flags import FlagDecl, load_declarations
from game.world.scene import WorldScene


def _game(slice_root: Path) -> tuple[Game, WorldScene]:
    game = Game(parse_args(["--map", str(slice_root / "maps" / "palace_hall.tmx"),
                            "--frames", "2"]))
    game.run()
    world = game.ctx.stack.find(WorldScene)
    assert isinstance(world, WorldScene)
    return game, world


def _press(game: Game, *actions: Action) -> None:
    for action in actions:
        game.ctx.stack.update(InputState(frozenset({action}), frozenset({action}),
                                         frozenset()))
        game.flow.after_step()
        game.ctx.stack.update(InputState())
        game.flow.after_step()


def _to_flag(game: Game, name: str) -> DebugMenuScene:
    _press(game, Action.DEBUG_MENU, Action.CONFIRM)  # F9, then Flags (the first row)
    menu = game.ctx.stack.top
    assert isinstance(menu, DebugMenuScene) and menu.title == "Flags"
    _press(game, *[Action.DOWN] * [row.label for row in menu.rows].index(name))
    assert menu.rows[menu.cursor].label == name
    return menu


def _keys(game: Game, *events: pygame.event.Event) -> InputState:
    """Keyboard events through the real mapper, then one logic step's input."""
    for event in events:
        game.flow.mapper.process(event)
    state = game.flow.mapper.step()
    game.ctx.stack.update(state)
    game.flow.after_step()
    return state


def key(code: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="")


def text(typed: str) -> pygame.event.Event:
    return pygame.event.Event(pygame.TEXTINPUT, text=typed)


def test_a_flag_with_choices_steps_through_them_and_picks_from_a_list(display, slice_root):
    game, _ = _game(slice_root)
    menu = _to_flag(game, "stealth_result")
    assert menu.rows[menu.cursor].value is not None
    assert menu.rows[menu.cursor].value() == "(empty)"
    _press(game, Action.RIGHT, Action.RIGHT)
    assert game.ctx.flags.get("stealth_result") == "caught"
    _press(game, Action.LEFT, Action.LEFT, Action.LEFT)  # wraps past the first
    assert game.ctx.flags.get("stealth_result") == "skipped"
    _press(game, Action.CONFIRM)
    entry = game.ctx.stack.top
    assert isinstance(entry, FlagEntryScene) and entry.choices == ("", "won", "caught",
                                                                  "skipped")
    assert game.flow.mapper.text_sink is None  # a list is picked, not typed
    _press(game, Action.UP, Action.UP, Action.CONFIRM)
    assert game.ctx.flags.get("stealth_result") == "won"
    assert game.ctx.stack.top is menu


def test_a_free_text_flag_is_typed_and_checked_on_enter(display, slice_root):
    game, world = _game(slice_root)
    decls = list(game.ctx.flags.declarations.values())
    game.ctx.flags.redeclare([*decls, FlagDecl("nickname", str, "", doc="What Lena calls Kara.")])
    menu = _to_flag(game, "nickname")
    _press(game, Action.CONFIRM)
    entry = game.ctx.stack.top
    assert isinstance(entry, FlagEntryScene)
    # Z is Confirm and X Cancel when playing; while typing they are letters.
    state = _keys(game, key(pygame.K_z), text("z"), key(pygame.K_x), text("x"))
    assert not state.pressed and entry.text == "zx"
    _keys(game, key(pygame.K_BACKSPACE), key(pygame.K_BACKSPACE), text("Little Sun"),
          key(pygame.K_RETURN))
    assert game.ctx.flags.get("nickname") == "Little Sun"
    assert game.ctx.stack.top is menu and game.flow.mapper.text_sink is None
    _press(game, Action.CONFIRM)
    entry = game.ctx.stack.top
    assert isinstance(entry, FlagEntryScene) and entry.text == "Little Sun"
    _keys(game, text("x" * 80), key(pygame.K_RETURN))  # too long: refused, stays open
    assert game.ctx.stack.top is entry and "at most 80" in entry.problem
    assert game.ctx.flags.get("nickname") == "Little Sun"
    surface = pygame.Surface((480, 270))
    entry.draw(surface)  # the reason shows under the box
    _keys(game, key(pygame.K_ESCAPE))  # Esc leaves it as it was
    assert game.ctx.stack.top is menu and game.ctx.flags.get("nickname") == "Little Sun"
    assert game.flow.mapper.text_sink is None
    state = _keys(game, key(pygame.K_z))
    assert Action.CONFIRM in state.pressed  # the keyboard plays again
    del world


def test_set_on_the_command_line_is_held_to_the_choices_too(display, slice_root):
    game, _ = _game(slice_root)
    with pytest.raises(ContentError, match="one of '', 'won', 'caught', 'skipped'"):
        apply_assignments(game.ctx.flags, ["stealth_result=maybe"])
    apply_assignments(game.ctx.flags, ["stealth_result=caught"])
    assert game.ctx.flags.get("stealth_result") == "caught"


def test_choices_are_declared_for_text_flags_only_and_hold_the_default() -> None:
    good = '{"mood": {"type": "str", "default": "calm", "choices": ["calm", "cross"]}}'
    assert load_declarations(good, "f.json")[0].choices == ("calm", "cross")
    with pytest.raises(FlagError, match="one of 'calm'"):
        load_declarations('{"mood": {"type": "str", "default": "sad", '
                          '"choices": ["calm"]}}', "f.json")
    with pytest.raises(FlagError, match="only str flags"):
        load_declarations('{"n": {"type": "int", "default": 0, "choices": ["0"]}}', "f.json")
