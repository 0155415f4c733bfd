"""The stealth scene as a player meets it on the demo map (maps/test_stealth.tmx):
the tutorial once, a win at the goal, a catch that plays the bluff and raises the
Queen's suspicion, the assist, Skip, and the same result from the same input."""

from __future__ import annotations

import pygame

from game.app import Game
from game.cli import parse_args
from game.dialogue import Line
from game.world.model import Facing
from game.world.scene import WorldScene
from game.world.stealth_scene import StealthScene


def start(*extra: str) -> Game:
    game = Game(parse_args(["--map", "test_stealth", "--frames", "1", *extra]))
    game.run()
    return game


def key(game: Game, code: int, down: bool) -> None:
    kind = pygame.KEYDOWN if down else pygame.KEYUP
    game.mapper.process(pygame.event.Event(kind, key=code, mod=0))


def tap(game: Game, code: int = pygame.K_z) -> None:
    key(game, code, True)
    game.step()
    key(game, code, False)
    game.step()


def stealth_scene(game: Game, limit: int = 400) -> StealthScene:
    """Read the intro lines until the stealth scene is on top."""
    for _ in range(limit):
        top = game.ctx.stack.top
        if isinstance(top, StealthScene):
            return top
        tap(game)
    raise AssertionError(f"no stealth scene; top is {game.ctx.stack.top}")


def world(game: Game) -> WorldScene:
    found = game.ctx.stack.find(WorldScene)
    assert isinstance(found, WorldScene)
    return found


def test_the_tutorial_shows_the_first_time_and_holds_the_clock(display, home) -> None:
    game = start()
    scene = stealth_scene(game)
    assert scene.tutorial
    guard = scene.guards()[0]
    where = (guard.x, guard.y)
    for _ in range(30):
        game.step()
    assert (guard.x, guard.y) == where  # nobody moves while the panel is up
    tap(game)
    assert not scene.tutorial and game.ctx.flags.get("tutorial_stealth") is True
    for _ in range(30):
        game.step()
    assert (guard.x, guard.y) != where


def test_reaching_the_goal_wins_and_the_script_goes_on(display, home) -> None:
    game = start()
    scene = stealth_scene(game)
    tap(game)  # the tutorial
    for guard in scene.guards():
        guard.visible = False  # an empty gallery: only the walk is tested here
    player = world(game).world.player
    alex = world(game).world.find("Alex")
    assert alex is not None
    held = False
    for _ in range(60 * 40):
        want = player.x < alex.x - 20 or alex.path is None or alex.path.done
        if want != held:  # walk on Alex's heels, as a player would
            key(game, pygame.K_RIGHT, want)
            held = want
        game.step()
        if scene not in game.ctx.stack:
            break
    key(game, pygame.K_RIGHT, False)
    assert scene.outcome == "won"
    assert game.ctx.flags.get("stealth_result") == "won"
    assert game.ctx.flags.get("queen_suspicion") == 0


def test_staying_in_a_cone_is_a_catch_the_bluff_plays_and_suspicion_rises(
        display, home) -> None:
    game = start()
    scene = stealth_scene(game)
    tap(game)
    player = world(game).world.player
    guard = scene.guards()[0]
    guard.x, guard.y = player.x + 40, player.y  # stands and stares down the row
    guard.patrol, guard.path = ((guard.x, guard.y), (guard.x, guard.y)), None
    seen = False
    lines: list[str] = []
    director = world(game).director
    original = director._line

    def spy(line: Line) -> None:
        lines.append(line.text)
        original(line)

    director._line = spy  # type: ignore[method-assign]
    for _ in range(60 * 6):
        guard.facing = Facing.LEFT
        game.step()
        seen = seen or bool(scene.meter.watchers)
        if scene not in game.ctx.stack:
            break
    assert seen and scene.outcome == "caught"
    assert game.ctx.flags.get("stealth_result") == "caught"
    assert game.ctx.flags.get("queen_suspicion") == 1
    for _ in range(10):
        game.step()
    assert director.active  # the bluff scene, not a game over
    assert lines and "hood" in lines[0]


def seen_for(game: Game, steps: int) -> float:
    scene = stealth_scene(game)
    tap(game)
    player = world(game).world.player
    for guard in scene.guards():
        guard.visible = False
    watcher = scene.stage.world.npcs[0]
    for npc in scene.stage.world.npcs:
        if npc.name == "Guard1":
            watcher = npc
    watcher.visible = True
    watcher.x, watcher.y = player.x + 40, player.y
    watcher.patrol, watcher.path = ((watcher.x, watcher.y), (watcher.x, watcher.y)), None
    for _ in range(steps):
        watcher.facing = Facing.LEFT
        game.step()
    return scene.meter.value


def test_the_assist_makes_guards_half_as_quick_to_suspect(display, home) -> None:
    plain = seen_for(start(), 30)
    assisted_game = start()
    assisted_game.flow.settings.stealth_assist = True
    assisted = seen_for(assisted_game, 30)
    assert 0 < assisted < plain * 0.6


def test_skip_in_settings_passes_the_scene_and_says_so(display, home) -> None:
    game = start()
    game.flow.settings.skip_stealth = True
    for _ in range(40):
        tap(game)
        assert not isinstance(game.ctx.stack.top, StealthScene)
    assert game.ctx.flags.get("stealth_result") == "skipped"
    goal = world(game).world.data.spawns["goal"]
    player = world(game).world.player
    assert (player.x, player.y) == (goal.x, goal.y)


def play_recording(tmp_path, name: str) -> tuple[str, float, float, object]:
    script = ["0 +confirm", "1 -confirm"]
    frame = 2
    for _ in range(8):  # through the intro lines and the tutorial
        script += [f"{frame} +confirm", f"{frame + 1} -confirm"]
        frame += 6
    script += [f"{frame} +right", f"{frame + 200} -right", f"{frame + 201} +down",
               f"{frame + 260} -down", f"{frame + 261} +right", f"{frame + 420} -right"]
    path = tmp_path / f"{name}.txt"
    path.write_text("\n".join(script) + "\n", encoding="utf-8")
    game = Game(parse_args(["--map", "test_stealth", "--frames", str(frame + 500),
                            "--input", str(path)]))
    game.run()
    player = world(game).world.player
    return (str(game.ctx.flags.get("stealth_result")), player.x, player.y,
            game.ctx.flags.get("queen_suspicion"))


def test_the_same_input_gives_the_same_run(display, home, tmp_path) -> None:
    first = play_recording(tmp_path, "a")
    assert play_recording(tmp_path, "b") == first


def test_under_fast_the_leader_still_walks_at_a_pace_lena_can_keep(display, home) -> None:
    """--fast quickens cutscene walks; the walk Lena must follow keeps its speed."""
    normal, fast = start(), start("--fast")
    speeds = []
    for game in (normal, fast):
        stealth_scene(game)
        alex = world(game).world.find("Alex")
        assert alex is not None and alex.path is not None
        speeds.append(alex.path.speed)
    assert speeds[0] == speeds[1] > 0
