"""The scene stack: lifecycle order, input bubbling and what gets drawn."""

from __future__ import annotations

import pygame

from game.core.actions import Action, InputState
from game.core.scene import Scene, SceneStack


class Probe(Scene):
    def __init__(self, name: str, log: list[str], opaque: bool = True, consume: bool = False):
        super().__init__(None)  # type: ignore[arg-type]
        self.name, self.log, self.opaque, self.consume = name, log, opaque, consume

    def enter(self) -> None:
        self.log.append(f"{self.name}.enter")

    def exit(self) -> None:
        self.log.append(f"{self.name}.exit")

    def pause(self) -> None:
        self.log.append(f"{self.name}.pause")

    def resume(self) -> None:
        self.log.append(f"{self.name}.resume")

    def handle(self, action: Action) -> bool:
        self.log.append(f"{self.name}.handle:{action.value}")
        return self.consume

    def update(self, inp: InputState) -> None:
        self.log.append(f"{self.name}.update")

    def draw(self, surface: pygame.Surface) -> None:
        self.log.append(f"{self.name}.draw")


def test_push_pop_replace_call_the_lifecycle_in_order() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Probe("world", log))
    stack.push(Probe("menu", log))
    stack.pop()
    stack.replace(Probe("title", log))
    assert log == [
        "world.enter", "world.resume",
        "world.pause", "menu.enter", "menu.resume",
        "menu.pause", "menu.exit", "world.resume",
        "world.pause", "world.exit", "title.enter", "title.resume",
    ]


def test_only_the_top_updates_and_actions_bubble_until_consumed() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Probe("world", log, consume=True))
    stack.push(Probe("toast", log, opaque=False, consume=False))
    log.clear()
    stack.update(InputState(pressed=frozenset({Action.CONFIRM})))
    assert log == ["toast.handle:confirm", "world.handle:confirm", "toast.update"]


def test_an_opaque_scene_stops_bubbling_and_hides_scenes_below() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Probe("world", log, consume=True))
    stack.push(Probe("menu", log, opaque=True, consume=False))
    stack.push(Probe("toast", log, opaque=False))
    log.clear()
    stack.handle(Action.CANCEL)
    stack.draw(pygame.Surface((4, 4)))
    assert log == ["toast.handle:cancel", "menu.handle:cancel", "menu.draw", "toast.draw"]


def test_remove_takes_a_scene_out_from_under_another() -> None:
    log: list[str] = []
    stack = SceneStack()
    world, fade, toast = Probe("world", log), Probe("fade", log), Probe("toast", log)
    for scene in (world, fade, toast):
        stack.push(scene)
    stack.remove(fade)
    assert list(stack) == [world, toast]
    assert "fade.exit" in log
