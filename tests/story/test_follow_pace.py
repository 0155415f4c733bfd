"""A follow scene is the same game under --fast (issue: the Queen's suspicion at Act
Three was 4 in --fast runs and the chapter menu, 2 at the real speed).

--fast quickens scripted walks, but a walk of the character a stay-near rule
(`<<watch>>`) watches keeps its written speed: the player must keep pace with it, and
Kara walking to the dais four times quicker outran Lena, so the watch counted seconds
too far that a real player, walking behind her, never has.
"""

from __future__ import annotations

from collections import deque

from game.world.commands import build_registry
from game.world.scene import WorldScene
from tests.story.pilot import Goal, Pilot, flag, idle, run, start_game, world_of

WRITTEN = 0.5  # act2.yarn: <<move Kara kara_mark speed=0.5 wait=false>>


def _bind(scene: WorldScene, line: str) -> None:
    name, *words = line.split()
    args = [w for w in words if "=" not in w]
    options = dict(w.split("=", 1) for w in words if "=" in w)
    build_registry().bind(name, args, options).run(scene.stage)


def test_staying_on_kara_s_heels_to_the_dais_raises_no_suspicion_under_fast(display
                                                                             ) -> None:
    game = start_game("throne_room", "from_grand_hall", 14, "lena")

    def oath_begun(g) -> bool:
        return not flag(g, "oath_walk")

    speeds: list[float] = []

    def walking(g) -> bool:
        kara = world_of(g).world.find("Kara")
        if kara is not None and kara.path is not None and not kara.path.done:
            speeds.append(kara.path.speed)
        return oath_begun(g)

    pilot = Pilot(game, deque([
        Goal("wait", until=lambda g: bool(flag(g, "oath_walk")) and idle(g), note="oath start"),
        Goal("walk", "throne_room", (10, 12), note="follow Kara", until=walking),
        Goal("walk", "throne_room", (10, 11), note="the place behind Kara", until=walking),
    ]), deque([0, 0, 0]))  # "Yes, Princess.", then eyes down and silent at the vow
    run(game, pilot, lambda g: not pilot.goals, 20_000)
    assert flag(game, "queen_suspicion") == 0  # Lena kept close the whole walk
    assert speeds and set(speeds) == {WRITTEN}  # not four times quicker


def test_only_the_watched_walker_keeps_its_written_speed(display) -> None:
    game = start_game("throne_room", "from_grand_hall", 14, "lena")
    game.step()
    scene = world_of(game)
    _bind(scene, "move Alex 5 12 speed=0.5 wait=false")  # begun before the rule
    _bind(scene, "watch Alex 40 queen_suspicion")
    _bind(scene, "move Kara kara_mark speed=0.5 wait=false")  # nobody watches her
    alex, kara = scene.world.find("Alex"), scene.world.find("Kara")
    assert alex is not None and alex.path is not None and alex.path.speed == WRITTEN
    assert kara is not None and kara.path is not None and kara.path.speed == 4 * WRITTEN
    _bind(scene, "watch Alex 40 queen_suspicion")  # said twice: still the written speed
    assert alex.path.speed == WRITTEN
    _bind(scene, "watch_off")
    _bind(scene, "move Alex 6 12 speed=0.5 wait=false")
    assert alex.path is not None and alex.path.speed == 4 * WRITTEN
