"""Acts One and Two replayed with an eye on the dialogue box: for every line shown,
the box covers neither the speaker's sprite nor the point the camera is showing."""

from __future__ import annotations

from pathlib import Path

from game.app import Game
from game.cli import parse_args
from game.ui.dialogue_box import BoxState
from game.world.box_place import avoid
from game.world.scene import WorldScene
from tests.story.pilot import Pilot, run, start_game
from tests.story.test_act1 import Route, act_one
from tests.story.test_act2 import act_two_plan


class BoxWatch:
    """Looks at the screen after every step and keeps every line the box hid something of."""

    def __init__(self) -> None:
        self.lines = 0
        self.hidden: list[str] = []
        self._last = ""

    def look(self, game: Game) -> None:
        scene = game.ctx.stack.find(WorldScene)
        if not isinstance(scene, WorldScene) or scene.world is None:
            return
        box = scene.box
        if box.state not in (BoxState.TYPING, BoxState.WAITING) or not box.pages:
            return
        text = box.page_text
        if text != self._last:
            self.lines += 1
            self._last = text
        for rect in avoid(scene.stage, scene.director.speaker):
            if rect.colliderect(box.rect):
                self.hidden.append(f"{scene.world.data.name}: {scene.director.speaker}: "
                                   f"{text[:50]!r} box {box.rect} covers {rect}")
                return


def watched(game: Game, watch: BoxWatch) -> None:
    step = game.step

    def step_and_look() -> None:
        step()
        watch.look(game)

    game.step = step_and_look  # type: ignore[method-assign]


def test_act_one_box_never_hides_the_speaker_or_the_focus(tmp_path: Path, display) -> None:
    route = act_one(Route())
    script = route.script.write(tmp_path / "act1.txt")
    game = Game(parse_args(["--map", "garden", "--spawn", "party_start", "--fast", "--input",
                            str(script), "--frames", str(route.script.frame + 60)]))
    watch = BoxWatch()
    watched(game, watch)
    game.run()
    assert watch.lines > 100  # the whole act was read
    assert not watch.hidden, "\n".join(dict.fromkeys(watch.hidden))


def test_act_two_box_never_hides_the_speaker_or_the_focus(display) -> None:
    act2_game = start_game("kara_room", "morning", 10, "lena")
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = act_two_plan(checkpoints)
    pilot = Pilot(act2_game, goals, choices)
    watch = BoxWatch()
    watched(act2_game, watch)
    run(act2_game, pilot, lambda g: not pilot.goals, 60_000)
    assert watch.lines > 100
    assert not watch.hidden, "\n".join(dict.fromkeys(watch.hidden))
