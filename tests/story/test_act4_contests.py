"""The contests of Act Four's first half, played for real (no Settings skips): Alex
holding the Queen's gaze at the spare-room door (won, or lost: the Queen notices),
James's stand-off with General Lane (it cannot be won; he is struck from behind), and
the escape to the pod platform (followed cleanly, or caught: the bluff plays, the
Queen's suspicion rises and the escape goes on)."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.app import Game
from game.cli import parse_args
from game.contest.standoff_scene import StandoffScene
from game.core.actions import EMPTY_INPUT, Action, InputState
from game.session import Session
from game.ui.dialogue_box import BoxState
from game.world.model import Facing
from game.world.scene import WorldScene
from game.world.stealth_scene import StealthScene
from tests.story.pilot import flag, start_game, world_of
from tools.contest_bot import standoff_wants


@dataclass
class Player:
    """Reads every line, answers choices with `choice`, plays stand-offs with `skill`
    (None: never presses anything) and walks on Alex's heels in stealth scenes."""

    game: Game
    skill: float | None = 1.0
    choice: int = 0
    stare: bool = False  # a guard plants himself in front of Lena
    held: frozenset[Action] = frozenset()
    finished: bool = False
    trail: list[tuple[float, float]] = field(default_factory=list)  # Alex's footsteps

    def state_for(self, frame: int) -> InputState:
        wants = self._wants(frame)
        state = InputState(wants, wants - self.held, self.held - wants)
        self.held = wants
        return state

    def _wants(self, frame: int) -> frozenset[Action]:
        top = self.game.ctx.stack.top
        if isinstance(top, StandoffScene):
            if top.helping:
                return frozenset({Action.CONFIRM}) if frame % 2 else frozenset()
            if self.skill is None:
                return frozenset()
            return frozenset(standoff_wants(top.rules, top.cursor, self.skill, frame))
        if isinstance(top, StealthScene):
            if top.tutorial:
                return frozenset({Action.CONFIRM}) if frame % 2 else frozenset()
            return self._follow(top)
        scene = self.game.ctx.stack.find(WorldScene)
        if top is not scene or scene is None:
            return frozenset({Action.CONFIRM}) if frame % 6 == 0 else frozenset()
        box = scene.box
        if box.state is BoxState.CHOOSING and frame % 4 == 0:
            return frozenset({Action.DOWN if box.cursor != self.choice else Action.CONFIRM})
        if box.state in (BoxState.TYPING, BoxState.WAITING) and frame % 4 == 0:
            return frozenset({Action.CONFIRM})
        return EMPTY_INPUT.held

    def _follow(self, scene: StealthScene) -> frozenset[Action]:
        world = world_of(self.game).world
        player, alex = world.player, world.find("Alex")
        assert alex is not None
        if self.stare:
            guard = scene.guards()[0]
            guard.x, guard.y = player.x + 40, player.y
            guard.patrol, guard.path = ((guard.x, guard.y), (guard.x, guard.y)), None
            guard.facing = Facing.LEFT
            return frozenset()
        if not self.trail or self.trail[-1] != (alex.x, alex.y):
            self.trail.append((alex.x, alex.y))
        if alex.path is None or alex.path.done:  # Alex is there: step onto the mark
            self.trail = [scene.plan.goal]
        elif abs(alex.x - player.x) + abs(alex.y - player.y) < 24:
            return frozenset()
        while len(self.trail) > 1 and abs(self.trail[0][0] - player.x) + abs(
                self.trail[0][1] - player.y) < 2:
            self.trail.pop(0)  # a footstep reached: walk to the next one
        dx, dy = self.trail[0][0] - player.x, self.trail[0][1] - player.y
        if abs(dx) >= abs(dy):
            return frozenset({Action.RIGHT if dx > 0 else Action.LEFT})
        return frozenset({Action.DOWN if dy > 0 else Action.UP})


def start_real(map_name: str, spawn: str, progress: int, player: str) -> Game:
    """Like the pilot's start, without --fast: scripted walks keep their real pace, so
    Lena can keep up with Alex as a player would."""
    game = Game(parse_args(["--seed", "2"]))
    game.ctx.flags.set("progress", progress)
    game.ctx.stack.push(WorldScene(game.ctx, Session(map_name=map_name, spawn=spawn,
                                                     player_character=player)))
    return game


def play(game: Game, player: Player, until, steps: int = 60 * 240) -> None:
    game.replay = player  # type: ignore[assignment]  # the ReplaySource protocol
    for _ in range(steps):
        game.step()
        if until(game):
            return
    raise AssertionError(f"not there after {steps} steps: progress {flag(game, 'progress')}")


def test_holding_the_queens_gaze_keeps_her_suspicion_where_it_was(display, home) -> None:
    game = start_game("royal_wing", "a4_door_watch", 40, "alex")
    play(game, Player(game, skill=1.0), lambda g: flag(g, "progress") == 41)
    assert flag(game, "a4a_composure") == "won"
    assert flag(game, "queen_suspicion") == 0


def test_flinching_under_her_gaze_raises_the_queens_suspicion(display, home) -> None:
    game = start_game("royal_wing", "a4_door_watch", 40, "alex")
    play(game, Player(game, skill=None), lambda g: flag(g, "progress") == 41)
    assert flag(game, "a4a_composure") == "lost"
    assert flag(game, "queen_suspicion") == 1


def test_james_cannot_win_against_lane_and_wakes_to_the_rally(display, home) -> None:
    game = start_game("grand_hall", "a4_james", 46, "james")
    play(game, Player(game, skill=1.0), lambda g: flag(g, "progress") == 47)
    assert flag(game, "a4a_james_stand") == "lost"
    play(game, Player(game), lambda g: world_of(g).world.data.name == "throne_room")
    assert world_of(game).session.player_character == "alex"


def test_an_unseen_escape_reaches_the_pods_without_a_bluff(display, home) -> None:
    game = start_real("hangar", "door_in", 44, "lena_hooded")
    game.flow.settings.stealth_assist = True
    hidden = Player(game)
    original = hidden._follow

    def follow_in_an_empty_hangar(scene: StealthScene) -> frozenset[Action]:
        for guard in scene.guards():
            guard.visible = False  # only the walk on Alex's heels is tested here
        return original(scene)

    hidden._follow = follow_in_an_empty_hangar  # type: ignore[method-assign]
    play(game, hidden, lambda g: flag(g, "progress") == 45)
    assert flag(game, "a4a_door_open") is True
    assert flag(game, "a4a_escape_caught") is False
    assert flag(game, "queen_suspicion") == 0


def test_a_caught_escape_plays_the_bluff_and_goes_on(display, home) -> None:
    game = start_real("hangar", "door_in", 44, "lena_hooded")
    staring = Player(game, choice=1, stare=True)  # seen, then Lena speaks up
    play(game, staring, lambda g: bool(flag(g, "a4a_door_open")))
    assert flag(game, "a4a_escape_caught") is True
    assert flag(game, "queen_suspicion") == 2  # caught (+1), a servant who talks (+1)
    play(game, staring, lambda g: flag(g, "progress") == 45)
    assert flag(game, "queen_suspicion") >= 3  # caught again on the platform
