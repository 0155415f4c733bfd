"""Keys and controller buttons reach the game as actions, never as keys."""

from __future__ import annotations

import pygame

from game.core.actions import Action
from game.core.input import InputMapper


def key(kind: int, k: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(kind, key=k, mod=mod)


def test_arrows_wasd_and_confirm_keys_map_to_actions() -> None:
    mapper = InputMapper()
    mapper.process_all([key(pygame.KEYDOWN, pygame.K_d), key(pygame.KEYDOWN, pygame.K_SPACE)])
    state = mapper.step()
    assert state.held == {Action.RIGHT, Action.CONFIRM}
    assert state.pressed == {Action.RIGHT, Action.CONFIRM}
    assert state.direction() == (1, 0)
    assert mapper.step().pressed == frozenset()  # a press is reported once
    mapper.process(key(pygame.KEYUP, pygame.K_d))
    assert mapper.step().released == {Action.RIGHT}


def test_a_tap_between_two_steps_still_counts() -> None:
    mapper = InputMapper()
    mapper.process_all([key(pygame.KEYDOWN, pygame.K_z), key(pygame.KEYUP, pygame.K_z)])
    assert Action.CONFIRM in mapper.step().pressed


def test_alt_enter_is_fullscreen_not_confirm() -> None:
    mapper = InputMapper()
    mapper.process(key(pygame.KEYDOWN, pygame.K_RETURN, pygame.KMOD_LALT))
    state = mapper.step()
    assert state.pressed == {Action.FULLSCREEN}


def test_controller_buttons_and_stick() -> None:
    mapper = InputMapper()
    mapper.process(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=1,
                                      button=pygame.CONTROLLER_BUTTON_A))
    mapper.process(pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=1,
                                      axis=pygame.CONTROLLER_AXIS_LEFTX, value=-30000))
    state = mapper.step()
    assert state.held == {Action.CONFIRM, Action.LEFT}
    mapper.process(pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=1,
                                      axis=pygame.CONTROLLER_AXIS_LEFTX, value=2000))
    assert mapper.step().held == {Action.CONFIRM}  # inside the dead zone


def test_unplugging_a_controller_releases_its_buttons() -> None:
    mapper = InputMapper()
    mapper.process(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=3,
                                      button=pygame.CONTROLLER_BUTTON_DPAD_UP))
    assert mapper.step().held == {Action.UP}
    mapper.process(pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=3))
    assert mapper.step().held == frozenset()


def test_remapped_keys_take_effect() -> None:
    mapper = InputMapper(keys={pygame.K_j: Action.CONFIRM})
    mapper.process(key(pygame.KEYDOWN, pygame.K_z))
    mapper.process(key(pygame.KEYDOWN, pygame.K_j))
    assert mapper.step().held == {Action.CONFIRM}
