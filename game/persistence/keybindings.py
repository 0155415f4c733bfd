"""Key and controller-button bindings as readable names, and the rules for remapping.

The settings file stores ``{"confirm": ["z", "return", "space"]}`` rather than SDL key
codes, so a player can fix a binding in a text editor and the file survives SDL
renumbering keys. ``keymap``/``buttonmap`` turn the names back into what
``InputMapper`` takes. Remapping follows what players expect from console-era games:
a key belongs to one action, so taking it moves it; an essential action (moving,
confirm, cancel, menu) is never left without a key, or the player could lock
themselves out of the menu that would undo the mistake.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import pygame

from game.core.actions import Action
from game.core.input import DEFAULT_BUTTONS, DEFAULT_KEYS

if TYPE_CHECKING:
    from game.persistence.settings import Settings

Bindings = dict[str, list[str]]  # action name -> key (or button) names, most preferred first

ESSENTIAL: frozenset[Action] = frozenset({Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT,
                                          Action.CONFIRM, Action.CANCEL, Action.MENU})

# SDL's own names for game-controller buttons (SDL_GameControllerGetStringForButton).
BUTTON_NAMES: dict[str, int] = {
    "a": pygame.CONTROLLER_BUTTON_A,
    "b": pygame.CONTROLLER_BUTTON_B,
    "x": pygame.CONTROLLER_BUTTON_X,
    "y": pygame.CONTROLLER_BUTTON_Y,
    "back": pygame.CONTROLLER_BUTTON_BACK,
    "guide": pygame.CONTROLLER_BUTTON_GUIDE,
    "start": pygame.CONTROLLER_BUTTON_START,
    "leftstick": pygame.CONTROLLER_BUTTON_LEFTSTICK,
    "rightstick": pygame.CONTROLLER_BUTTON_RIGHTSTICK,
    "leftshoulder": pygame.CONTROLLER_BUTTON_LEFTSHOULDER,
    "rightshoulder": pygame.CONTROLLER_BUTTON_RIGHTSHOULDER,
    "dpup": pygame.CONTROLLER_BUTTON_DPAD_UP,
    "dpdown": pygame.CONTROLLER_BUTTON_DPAD_DOWN,
    "dpleft": pygame.CONTROLLER_BUTTON_DPAD_LEFT,
    "dpright": pygame.CONTROLLER_BUTTON_DPAD_RIGHT,
}
_BUTTON_CODES = {code: name for name, code in BUTTON_NAMES.items()}

Resolution = Literal["moved", "swapped", "refused"]


class Conflict(NamedTuple):
    """What a rebind did to another action that held the same key.

    ``moved``: the other action lost the key. ``swapped``: it would have had no key
    left, so it got the rebound action's old key. ``refused``: it would have had no key
    and there was no old key to give it, so nothing changed.
    """

    key: str
    other: Action
    resolution: Resolution
    swapped_key: str | None = None

    @property
    def message(self) -> str:
        other = self.other.value.replace("_", " ")
        if self.resolution == "swapped":
            return f"'{self.key}' was taken from {other}, which now uses '{self.swapped_key}'"
        if self.resolution == "refused":
            return f"'{self.key}' is the only key for {other} and cannot be taken"
        return f"'{self.key}' was taken from {other}"


# -- names ----------------------------------------------------------------------------

def key_name(code: int) -> str:
    """SDL's name for a key (``"left ctrl"``); ValueError for keys without one."""
    name = pygame.key.name(code)
    if not name:
        raise ValueError(f"key {code} has no name and cannot be bound")
    return name


def key_code(name: str) -> int:
    """The key for an SDL key name (any case); ValueError for unknown names."""
    with warnings.catch_warnings():
        # pygame-ce warns when pygame.init() has not run; the name table is SDL's and
        # needs no video, and settings are loaded before the window opens.
        warnings.simplefilter("ignore")
        return pygame.key.key_code(name)


def button_name(code: int) -> str:
    try:
        return _BUTTON_CODES[code]
    except KeyError:
        raise ValueError(f"controller button {code} cannot be bound") from None


def button_code(name: str) -> int:
    try:
        return BUTTON_NAMES[name.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown controller button {name!r}") from None


def default_keys() -> Bindings:
    return _names(DEFAULT_KEYS, key_name)


def default_buttons() -> Bindings:
    return _names(DEFAULT_BUTTONS, button_name)


# -- remapping ------------------------------------------------------------------------

def rebind(settings: Settings, action: Action, key: int, index: int = 0) -> list[Conflict]:
    """Bind ``key`` to ``action`` at position ``index`` (replacing the key there, or
    adding one when ``index`` is past the end); returns what happened to other actions.
    """
    return _rebind(settings.keys, action, key_name(key), index)


def rebind_button(settings: Settings, action: Action, button: int,
                  index: int = 0) -> list[Conflict]:
    """``rebind`` for controller buttons."""
    return _rebind(settings.buttons, action, button_name(button), index)


def reset_keys(settings: Settings) -> None:
    settings.keys = default_keys()


def reset_buttons(settings: Settings) -> None:
    settings.buttons = default_buttons()


def keymap(settings: Settings) -> dict[int, Action]:
    """Key code -> action, ready for ``InputMapper(keys=...)``."""
    return _codes(settings.keys, key_code)


def buttonmap(settings: Settings) -> dict[int, Action]:
    """Button code -> action, ready for ``InputMapper(buttons=...)``."""
    return _codes(settings.buttons, button_code)


def clean_bindings(raw: Any, defaults: Bindings, to_code: Callable[[str], int],
                   to_name: Callable[[int], str], what: str) -> tuple[Bindings, list[str]]:
    """Bindings read from a file, made safe: unknown names dropped, one action per key,
    actions the file does not mention given their defaults, essentials never empty.
    Returns the bindings and a warning for every repair.
    """
    if not isinstance(raw, dict):
        return defaults, [f"setting '{what}' should be an object; using the defaults"]
    warnings_: list[str] = []
    known = {a.value for a in Action}
    for name in raw:
        if name not in known:
            warnings_.append(f"'{what}' has an unknown action {name!r} (ignored)")
    result: Bindings = {}
    taken: set[str] = set()
    for action in Action:
        if action.value not in raw:
            continue
        entries = raw[action.value]
        if not isinstance(entries, list):
            warnings_.append(f"'{what}.{action.value}' should be a list of names; "
                             f"using the defaults")
            continue
        names: list[str] = []
        for entry in entries:
            try:
                name = to_name(to_code(entry)) if isinstance(entry, str) else None
            except (ValueError, TypeError):
                name = None
            if name is None:
                warnings_.append(f"'{what}.{action.value}' has an unknown name {entry!r:.40}")
            elif name in taken:
                warnings_.append(f"'{what}.{action.value}': '{name}' is already bound")
            else:
                names.append(name)
                taken.add(name)
        result[action.value] = names
    for action in Action:  # defaults for actions the file lacks (e.g. added in an update)
        if action.value not in result:
            result[action.value] = [n for n in defaults.get(action.value, []) if n not in taken]
            taken.update(result[action.value])
    empty = [a.value for a in Action if a in ESSENTIAL and not result[a.value]]
    if empty:
        warnings_.append(f"'{what}' left {', '.join(empty)} without a binding; "
                         f"all reset to the defaults")
        return defaults, warnings_
    return result, warnings_


# -- helpers --------------------------------------------------------------------------

def _rebind(bindings: Bindings, action: Action, name: str, index: int) -> list[Conflict]:
    own = bindings.setdefault(action.value, [])
    position = min(max(index, 0), len(own))
    old = own[position] if position < len(own) else None
    if old == name:
        return []
    holders = [other for other, names in bindings.items()
               if other != action.value and name in names]
    conflicts: list[Conflict] = []
    for holder in holders:
        other = Action(holder)
        left = [n for n in bindings[holder] if n != name]
        if left or other not in ESSENTIAL:
            conflicts.append(Conflict(name, other, "moved"))
        elif old is None:
            return [Conflict(name, other, "refused")]  # nothing changed
        else:
            conflicts.append(Conflict(name, other, "swapped", old))
    for conflict in conflicts:
        names = bindings[conflict.other.value]
        names[:] = [n for n in names if n != name]
        if conflict.swapped_key is not None:
            names.append(conflict.swapped_key)
    updated = list(own)
    if position < len(updated):
        updated[position] = name
    else:
        updated.append(name)
    own[:] = [n for i, n in enumerate(updated) if n != name or i == position]
    return conflicts


def _names(table: Mapping[int, Action], to_name: Callable[[int], str]) -> Bindings:
    bindings: Bindings = {a.value: [] for a in Action}
    for code, action in table.items():
        bindings[action.value].append(to_name(code))
    return bindings


def _codes(bindings: Bindings, to_code: Callable[[str], int]) -> dict[int, Action]:
    table: dict[int, Action] = {}
    for action_name, names in bindings.items():
        try:
            action = Action(action_name)
        except ValueError:
            continue
        for name in names:
            try:
                table.setdefault(to_code(name), action)
            except ValueError:
                continue  # cleaned on load; a bad name here must not stop the game
    return table
