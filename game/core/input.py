"""Keyboard and game-controller input turned into actions.

The mapper keeps its own set of held keys and buttons from events (not
`pygame.key.get_pressed`), so posted events in tests behave like real keys.
Controllers use SDL's game-controller API and are opened and closed as they are
plugged in and out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping

import pygame

from game.core.actions import Action, InputState

log = logging.getLogger(__name__)

DEFAULT_KEYS: dict[int, Action] = {
    pygame.K_UP: Action.UP,
    pygame.K_w: Action.UP,
    pygame.K_DOWN: Action.DOWN,
    pygame.K_s: Action.DOWN,
    pygame.K_LEFT: Action.LEFT,
    pygame.K_a: Action.LEFT,
    pygame.K_RIGHT: Action.RIGHT,
    pygame.K_d: Action.RIGHT,
    pygame.K_z: Action.CONFIRM,
    pygame.K_RETURN: Action.CONFIRM,
    pygame.K_KP_ENTER: Action.CONFIRM,
    pygame.K_SPACE: Action.CONFIRM,
    pygame.K_x: Action.CANCEL,
    pygame.K_v: Action.HAIL,
    pygame.K_ESCAPE: Action.MENU,
    pygame.K_LCTRL: Action.SKIP,
    pygame.K_RCTRL: Action.SKIP,
    pygame.K_TAB: Action.BACKLOG,
    pygame.K_F11: Action.FULLSCREEN,
    pygame.K_F5: Action.DEBUG_RELOAD,
    pygame.K_F3: Action.DEBUG_OVERLAY,
    pygame.K_F9: Action.DEBUG_MENU,
}

DEFAULT_BUTTONS: dict[int, Action] = {
    pygame.CONTROLLER_BUTTON_DPAD_UP: Action.UP,
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: Action.DOWN,
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: Action.LEFT,
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: Action.RIGHT,
    pygame.CONTROLLER_BUTTON_A: Action.CONFIRM,
    pygame.CONTROLLER_BUTTON_B: Action.CANCEL,
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: Action.HAIL,
    pygame.CONTROLLER_BUTTON_START: Action.MENU,
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: Action.SKIP,
    pygame.CONTROLLER_BUTTON_Y: Action.BACKLOG,
}

TYPING_KEYS = {pygame.K_BACKSPACE: "\b", pygame.K_RETURN: "\n", pygame.K_KP_ENTER: "\n",
               pygame.K_ESCAPE: "\x1b"}

STICK_DEADZONE = 12000  # of 32767: ignore a resting stick's drift


class InputMapper:
    """Collects events between logic steps and hands out one `InputState` a step."""

    def __init__(
        self,
        keys: Mapping[int, Action] | None = None,
        buttons: Mapping[int, Action] | None = None,
    ) -> None:
        self.keys: dict[int, Action] = dict(keys if keys is not None else DEFAULT_KEYS)
        self.buttons: dict[int, Action] = dict(buttons if buttons is not None else DEFAULT_BUTTONS)
        self._held_keys: set[int] = set()
        self._held_buttons: set[tuple[int, int]] = set()
        self._stick: dict[int, set[Action]] = {}
        self._pressed: set[Action] = set()
        self._previous: frozenset[Action] = frozenset()
        self._controllers: dict[int, object] = {}
        #: When set, the next key or button press goes here instead of becoming an
        #: action (the controls screen asks "press a key for Confirm").
        self.capture: Callable[[str, int], None] | None = None
        #: When set, the keyboard types instead of playing: text goes here as it is
        #: typed, Backspace as "\b", Enter as "\n", Esc as "\x1b" (the F9 menu's text
        #: entry). Pads still give actions, so a pad can back out.
        self.text_sink: Callable[[str], None] | None = None

    # events -------------------------------------------------------------
    def process(self, event: pygame.event.Event) -> None:
        """Feed one pygame event."""
        if self.capture is not None and event.type in (pygame.KEYDOWN,
                                                       pygame.CONTROLLERBUTTONDOWN):
            capture, self.capture = self.capture, None
            if event.type == pygame.KEYDOWN:
                capture("key", event.key)
            else:
                capture("button", event.button)
            return
        if self.text_sink is not None and event.type in (pygame.TEXTINPUT, pygame.KEYDOWN,
                                                         pygame.KEYUP):
            self._type(self.text_sink, event)
            return
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_RETURN and event.mod & pygame.KMOD_ALT:
                self._pressed.add(Action.FULLSCREEN)  # Alt+Enter, not confirm
                return
            self._held_keys.add(event.key)
            action = self.keys.get(event.key)
            if action is not None:
                self._pressed.add(action)
        elif event.type == pygame.KEYUP:
            self._held_keys.discard(event.key)
        elif event.type == pygame.CONTROLLERBUTTONDOWN:
            self._held_buttons.add((event.instance_id, event.button))
            action = self.buttons.get(event.button)
            if action is not None:
                self._pressed.add(action)
        elif event.type == pygame.CONTROLLERBUTTONUP:
            self._held_buttons.discard((event.instance_id, event.button))
        elif event.type == pygame.CONTROLLERAXISMOTION:
            self._axis(event.instance_id, event.axis, event.value)
        elif event.type == pygame.CONTROLLERDEVICEADDED:
            self._open_controller(event.device_index)
        elif event.type == pygame.CONTROLLERDEVICEREMOVED:
            self._close_controller(event.instance_id)
        elif event.type == pygame.WINDOWFOCUSLOST:
            self.release_all()

    def start_typing(self, sink: Callable[[str], None] | None) -> None:
        """Send the keyboard to `sink` (None: back to actions). Held keys are forgotten
        both ways, so no key stays down across the switch."""
        self.text_sink = sink
        self.release_all()
        self._pressed.clear()

    @staticmethod
    def _type(sink: Callable[[str], None], event: pygame.event.Event) -> None:
        if event.type == pygame.TEXTINPUT:
            sink(event.text)
        elif event.type == pygame.KEYDOWN:
            control = TYPING_KEYS.get(event.key)
            if control is not None:
                sink(control)

    def process_all(self, events: Iterable[pygame.event.Event]) -> None:
        for event in events:
            self.process(event)

    def release_all(self) -> None:
        """Forget held keys (focus lost: the key-up events will never come)."""
        self._held_keys.clear()
        self._held_buttons.clear()
        self._stick.clear()

    # state --------------------------------------------------------------
    def held(self) -> frozenset[Action]:
        held = {self.keys[k] for k in self._held_keys if k in self.keys}
        held |= {self.buttons[b] for _, b in self._held_buttons if b in self.buttons}
        for actions in self._stick.values():
            held |= actions
        return frozenset(held)

    def step(self) -> InputState:
        """The state for one logic step; presses are reported once."""
        held = self.held()
        pressed = frozenset(self._pressed | (held - self._previous))
        released = frozenset(self._previous - held)
        self._pressed.clear()
        self._previous = held
        return InputState(held=held, pressed=pressed, released=released)

    # controllers --------------------------------------------------------
    def _axis(self, instance: int, axis: int, value: int) -> None:
        current = set(self._stick.get(instance, set()))
        if axis == pygame.CONTROLLER_AXIS_LEFTX:
            current -= {Action.LEFT, Action.RIGHT}
            if value < -STICK_DEADZONE:
                current.add(Action.LEFT)
            elif value > STICK_DEADZONE:
                current.add(Action.RIGHT)
        elif axis == pygame.CONTROLLER_AXIS_LEFTY:
            current -= {Action.UP, Action.DOWN}
            if value < -STICK_DEADZONE:
                current.add(Action.UP)
            elif value > STICK_DEADZONE:
                current.add(Action.DOWN)
        else:
            return
        self._stick[instance] = current

    def _open_controller(self, device_index: int) -> None:
        try:
            from pygame._sdl2 import controller

            if not controller.get_init():
                controller.init()
            pad = controller.Controller(device_index)
        except (pygame.error, ImportError) as err:
            log.warning("could not open game controller %s: %s", device_index, err)
            return
        instance = pad.as_joystick().get_instance_id()
        self._controllers[instance] = pad
        log.info("game controller connected: %s", pad.name)

    def _close_controller(self, instance: int) -> None:
        pad = self._controllers.pop(instance, None)
        self._stick.pop(instance, None)
        self._held_buttons = {(i, b) for i, b in self._held_buttons if i != instance}
        if pad is not None:
            log.info("game controller disconnected")

    @property
    def controller_count(self) -> int:
        return len(self._controllers)
