"""The scene stack: title, world, menus, fades and the minigame are scenes.

Lifecycle after Tuxemon's states, without its globals: a scene is told when it
becomes the top (`resume`) and when another covers it (`pause`). Only the top
scene updates; actions bubble from the top down until a scene consumes one, so a
pause menu swallows input while a transparent toast lets it through. Scenes
below an opaque scene are not drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.actions import Action, InputState

if TYPE_CHECKING:
    from game.core.context import GameContext


class Scene:
    """Base class: override what you need. `opaque` scenes hide those below."""

    opaque: bool = True
    #: True while saving must be refused (mid-fade, mid-dialogue).
    busy: bool = False

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx

    def enter(self) -> None:
        """Called once when first pushed."""

    def exit(self) -> None:
        """Called once when removed from the stack."""

    def pause(self) -> None:
        """Another scene was pushed over this one."""

    def resume(self) -> None:
        """This scene is the top again."""

    def handle(self, action: Action) -> bool:
        """A pressed action reached this scene; return True to consume it."""
        return False

    def update(self, inp: InputState) -> None:
        """One fixed logic step (1/60 s) while this scene is the top."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw onto the 480x270 logical surface."""


class SceneStack:
    """Push, pop and replace scenes; changes requested during a step apply at once
    but the step's remaining work goes to the new top on the next step."""

    def __init__(self) -> None:
        self._scenes: list[Scene] = []

    def __len__(self) -> int:
        return len(self._scenes)

    def __iter__(self):
        return iter(list(self._scenes))

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    def find(self, kind: type) -> Scene | None:
        """The topmost scene of a class, or None."""
        for scene in reversed(self._scenes):
            if isinstance(scene, kind):
                return scene
        return None

    def push(self, scene: Scene) -> None:
        if self._scenes:
            self._scenes[-1].pause()
        self._scenes.append(scene)
        scene.enter()
        scene.resume()

    def pop(self) -> Scene:
        scene = self._scenes.pop()
        scene.pause()
        scene.exit()
        if self._scenes:
            self._scenes[-1].resume()
        return scene

    def remove(self, scene: Scene) -> None:
        """Take a scene out wherever it is (a fade that finished under a toast)."""
        if scene is self.top:
            self.pop()
            return
        self._scenes.remove(scene)
        scene.exit()

    def replace(self, scene: Scene) -> None:
        """Swap the top scene for another."""
        if self._scenes:
            old = self._scenes.pop()
            old.pause()
            old.exit()
        self._scenes.append(scene)
        scene.enter()
        scene.resume()

    def clear(self) -> None:
        while self._scenes:
            self.pop()

    def handle(self, action: Action) -> bool:
        for scene in reversed(self._scenes):
            if scene.handle(action):
                return True
            if scene.opaque:
                break
        return False

    def update(self, inp: InputState) -> None:
        top = self.top
        if top is None:
            return
        for action in sorted(inp.pressed, key=lambda a: a.value):
            self.handle(action)
            if self.top is not top:  # the action changed the stack: new top next step
                return
        top.update(inp)

    def draw(self, surface: pygame.Surface) -> None:
        for scene in self._shown(len(self._scenes)):
            scene.draw(surface)

    def draw_below(self, scene: Scene, surface: pygame.Surface) -> bool:
        """Draw what the stack would show under `scene` (False: it is not on the stack).
        A fade keeps that picture while the scenes below it stand still."""
        if scene not in self._scenes:
            return False
        for below in self._shown(self._scenes.index(scene)):
            below.draw(surface)
        return True

    def _shown(self, end: int) -> list[Scene]:
        """The scenes below index `end` that show: the topmost opaque one and those above."""
        for i in range(end - 1, -1, -1):
            if self._scenes[i].opaque:
                return self._scenes[i:end]
        return self._scenes[:end]
