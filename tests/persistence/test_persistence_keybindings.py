"""Remapped keys reach the game through InputMapper; no essential action loses all keys."""

from __future__ import annotations

import pygame
from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.actions import Action
from game.core.input import DEFAULT_BUTTONS, DEFAULT_KEYS, InputMapper
from game.persistence.keybindings import (
    ESSENTIAL,
    Conflict,
    buttonmap,
    default_keys,
    keymap,
    rebind,
    rebind_button,
    reset_keys,
)
from game.persistence.settings import Settings


def press(mapper: InputMapper, key: int) -> frozenset[Action]:
    mapper.process(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0))
    mapper.process(pygame.event.Event(pygame.KEYUP, key=key, mod=0))
    return mapper.step().pressed


def test_default_names_mean_the_default_keys() -> None:
    assert keymap(Settings()) == DEFAULT_KEYS
    assert buttonmap(Settings()) == DEFAULT_BUTTONS


def test_a_remapped_key_takes_effect_through_the_input_mapper() -> None:
    chosen = Settings()
    assert rebind(chosen, Action.CONFIRM, pygame.K_c) == []  # replaces 'z'
    mapper = InputMapper(keys=keymap(chosen))
    assert press(mapper, pygame.K_c) == {Action.CONFIRM}
    assert press(mapper, pygame.K_z) == frozenset()
    assert press(mapper, pygame.K_RETURN) == {Action.CONFIRM}  # other confirm keys stay


def test_taking_a_key_moves_it_from_the_other_action() -> None:
    chosen = Settings()
    conflicts = rebind(chosen, Action.CANCEL, pygame.K_z)
    assert conflicts == [Conflict("z", Action.CONFIRM, "moved")]
    assert "z" not in chosen.keys["confirm"] and chosen.keys["cancel"] == ["z"]
    mapper = InputMapper(keys=keymap(chosen))
    assert press(mapper, pygame.K_z) == {Action.CANCEL}
    assert press(mapper, pygame.K_x) == frozenset()


def test_an_essential_action_gets_the_old_key_instead_of_none() -> None:
    chosen = Settings()
    chosen.keys["up"] = ["up"]
    conflicts = rebind(chosen, Action.CONFIRM, pygame.K_UP)  # confirm's first key was 'z'
    assert conflicts == [Conflict("up", Action.UP, "swapped", "z")]
    assert chosen.keys["up"] == ["z"]
    assert "swapped" not in conflicts[0].message and "'z'" in conflicts[0].message
    mapper = InputMapper(keys=keymap(chosen))
    assert press(mapper, pygame.K_z) == {Action.UP}
    assert press(mapper, pygame.K_UP) == {Action.CONFIRM}


def test_adding_an_essential_actions_only_key_is_refused() -> None:
    chosen = Settings()
    chosen.keys["menu"] = ["escape"]
    before = {k: list(v) for k, v in chosen.keys.items()}
    conflicts = rebind(chosen, Action.BACKLOG, pygame.K_ESCAPE, index=5)  # add, not replace
    assert [c.resolution for c in conflicts] == ["refused"]
    assert chosen.keys == before


def test_a_non_essential_action_may_lose_its_last_key() -> None:
    chosen = Settings()
    rebind(chosen, Action.CONFIRM, pygame.K_TAB, index=9)
    assert chosen.keys["backlog"] == []
    assert "tab" in chosen.keys["confirm"]


def test_reset_keys() -> None:
    chosen = Settings()
    rebind(chosen, Action.UP, pygame.K_i)
    reset_keys(chosen)
    assert chosen.keys == default_keys()


def test_remapped_button_reaches_the_mapper() -> None:
    chosen = Settings()
    conflicts = rebind_button(chosen, Action.CONFIRM, pygame.CONTROLLER_BUTTON_X)
    assert conflicts == []
    mapper = InputMapper(buttons=buttonmap(chosen))
    mapper.process(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0,
                                      button=pygame.CONTROLLER_BUTTON_X))
    assert mapper.step().pressed == {Action.CONFIRM}


KEY_POOL = [pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_w,
            pygame.K_a, pygame.K_s, pygame.K_d, pygame.K_z, pygame.K_x, pygame.K_RETURN,
            pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_TAB, pygame.K_c, pygame.K_F11]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list(Action)), st.sampled_from(KEY_POOL),
                          st.integers(0, 4)), max_size=40))
def test_no_rebind_sequence_locks_the_player_out(steps: list[tuple[Action, int, int]]) -> None:
    chosen = Settings()
    for action, key, index in steps:
        rebind(chosen, action, key, index)
        names = [n for keys in chosen.keys.values() for n in keys]
        assert len(names) == len(set(names)), "a key is bound to two actions"
        for essential in ESSENTIAL:
            assert chosen.keys[essential.value], f"{essential} has no key"
        assert len(keymap(chosen)) == len(names)
