"""The planning pilot that plays the story tests: it reads every line, picks the
planned options, walks tile by tile (breadth-first over the map's collision) and talks
or walks through doors, like a person with a plan. Shared by the act tests and the
whole-game playthrough so that each act's plan can be chained after the last."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import pytest

from game.app import Game
from game.cli import parse_args
from game.contest.standoff_scene import StandoffScene
from game.core.actions import EMPTY_INPUT, Action, InputState
from game.dialogue import Line
from game.session import Session
from game.ui.dialogue_box import BoxState
from game.world.director import Director
from game.world.scene import WorldScene
from game.world.world import World
from tools.contest_bot import standoff_wants

T = 16
DIRS = {(1, 0): Action.RIGHT, (-1, 0): Action.LEFT, (0, 1): Action.DOWN, (0, -1): Action.UP}


def press(action: Action) -> InputState:
    return InputState(frozenset({action}), frozenset({action}), frozenset())


def hold(action: Action) -> InputState:
    return InputState(frozenset({action}), frozenset(), frozenset())


@dataclass
class Goal:
    """One thing the player sets out to do on the current map."""

    kind: str  # "walk" (to a tile, then maybe face + confirm), "door" (to_map), "wait"
    map: str = ""
    tile: tuple[int, int] = (0, 0)
    face: Action | None = None
    talk: bool = False
    to_map: str = ""
    until: Callable[[Game], bool] | None = None
    note: str = ""
    during: bool = False  # a "wait" that may be met while a cutscene runs (a hand-over:
    # the next part's scene can start the moment its map loads, and is not this plan's)


@dataclass
class Pilot:
    """Plays like a person with a plan. Plugged into Game as its input source."""

    game: Game
    goals: deque[Goal]
    choices: deque[int]
    maps_seen: list[tuple[str, int, str]] = field(default_factory=list)
    path: list[tuple[int, int]] = field(default_factory=list)
    last_pos: tuple[float, float] = (0.0, 0.0)
    still: int = 0
    phase: int = 0
    finished: bool = False
    previous: frozenset[Action] = frozenset()
    finished_at_hand_over: bool = False  # set once a `during` goal ended the plan

    # the input source protocol of game.core.replay.ReplaySource ------------------------
    def state_for(self, frame: int) -> InputState:
        """Like a real pad: an action that goes down is pressed on that step (so the
        recorder can write it and a replay reproduces it exactly)."""
        raw = self._decide(frame)
        held = raw.held | raw.pressed
        state = InputState(held, raw.pressed | (held - self.previous), self.previous - held)
        self.previous = held
        return state

    def _decide(self, frame: int) -> InputState:
        scene = self.game.ctx.stack.find(WorldScene)
        if isinstance(scene, WorldScene) and scene.world is not None:
            self._log_map(scene)
        while self._met_during_a_scene():
            self.goals.popleft()
            self.finished_at_hand_over = not self.goals
        if self.finished_at_hand_over:
            return EMPTY_INPUT  # the next part's scene is not this plan's to play
        assert isinstance(scene, WorldScene) and scene.world is not None
        if self.game.ctx.stack.top is not scene:  # a title card or a map fade
            return press(Action.CONFIRM) if frame % 6 == 0 else EMPTY_INPUT
        if scene.director.active or scene.fade.alpha > 0:
            self.path = []
            return self._read(scene, frame)
        if not self.goals:
            return EMPTY_INPUT
        return self._pursue(scene, self.goals[0], frame)

    def _met_during_a_scene(self) -> bool:
        """True (and the plan cut to just after it) when the first `during` wait of the
        plan is met: the hand-over happened, so what was left before it is moot (a
        talk whose scene ran straight into the hand-over)."""
        first = next((i for i, g in enumerate(self.goals) if g.during), None)
        if first is None:
            return False
        goal = self.goals[first]
        if goal.until is None or not goal.until(self.game):
            return False
        for _ in range(first):
            self.goals.popleft()
        return True

    # reading -----------------------------------------------------------------------------
    def _read(self, scene: WorldScene, frame: int) -> InputState:
        box = scene.box
        if box.state is BoxState.CHOOSING:
            if frame % 4:
                return EMPTY_INPUT
            assert self.choices, f"an unplanned choice: {[o for o, _ in box.options]}"
            want = self.choices[0]
            if box.cursor != want:
                return press(Action.DOWN)
            self.choices.popleft()
            return press(Action.CONFIRM)
        if box.state in (BoxState.TYPING, BoxState.WAITING) and frame % 4 == 0:
            return press(Action.CONFIRM)
        return EMPTY_INPUT

    # walking -----------------------------------------------------------------------------
    def _pursue(self, scene: WorldScene, goal: Goal, frame: int) -> InputState:
        world = live(scene)
        data = world.data
        if goal.kind == "wait":
            assert goal.until is not None
            if goal.until(self.game):
                self.goals.popleft()
            return EMPTY_INPUT
        if goal.kind == "door":
            if data.name == goal.to_map:
                self.goals.popleft()
                return EMPTY_INPUT
            door = next(d for d in data.doors if d.to_map == goal.to_map)
            # tiles where the player's feet, standing at the centre, touch the door
            targets = {(x, y) for x in range(data.width) for y in range(data.height)
                       if door.rect.colliderect((x * T + 3, y * T + 6, 10, 6))}
            return self._walk(scene, targets, frame)
        if (goal.until is not None and goal.until(self.game)) or self.phase == 2:
            self.phase = 0  # done (or talked: whatever it started has run its course)
            self.goals.popleft()
            return EMPTY_INPUT
        assert data.name == goal.map, f"expected to be on {goal.map}, am on {data.name}"
        player = world.player
        here = (int(player.x // T), int((player.y - 1) // T))
        if self.phase == 0 and (here != goal.tile or not self._centred(scene, goal.tile)):
            return self._walk(scene, {goal.tile}, frame)
        # arrived: turn, then talk
        if self.phase == 0 and goal.face is not None:
            self.phase = 1
            return hold(goal.face)
        if goal.talk:
            self.phase = 2
            return press(Action.CONFIRM)
        self.phase = 0
        self.goals.popleft()
        return EMPTY_INPUT

    def _centred(self, scene: WorldScene, tile: tuple[int, int]) -> bool:
        p = live(scene).player
        return abs(p.x - (tile[0] * T + 8)) <= 1 and abs(p.y - (tile[1] * T + 12)) <= 1

    def _walk(self, scene: WorldScene, targets: set[tuple[int, int]], frame: int) -> InputState:
        p = live(scene).player
        if (p.x, p.y) == self.last_pos:
            self.still += 1
        else:
            self.still = 0
        self.last_pos = (p.x, p.y)
        if not self.path or self.path[-1] not in targets or self.still > 20:
            self.path = self._plan(scene, targets, avoid_npcs=self.still > 20)
            self.still = 0
            assert self.path, f"no way to {sorted(targets)} on {live(scene).data.name}"
            if len(self.path) > 1:
                self.path.pop(0)  # the tile we stand on: no need to centre on it first
        tx, ty = self.path[0]
        dx = tx * T + 8 - p.x
        dy = ty * T + 12 - p.y
        if abs(dx) <= 0.7 and abs(dy) <= 0.7:
            self.path.pop(0)
            if not self.path:
                return EMPTY_INPUT
            tx, ty = self.path[0]
            dx = tx * T + 8 - p.x
            dy = ty * T + 12 - p.y
        if abs(dx) > 0.7:
            return hold(Action.RIGHT if dx > 0 else Action.LEFT)
        return hold(Action.DOWN if dy > 0 else Action.UP)

    def _plan(self, scene: WorldScene, targets: set[tuple[int, int]],
              avoid_npcs: bool) -> list[tuple[int, int]]:
        world = live(scene)
        data = world.data
        blocked: set[tuple[int, int]] = set()
        shown = [r for tiles in world.tiles_shown for r in tiles.solid]  # a landed ship
        for rect in [*data.solid_rects, *shown]:
            for y in range(rect.top // T, (rect.bottom - 1) // T + 1):
                for x in range(rect.left // T, (rect.right - 1) // T + 1):
                    blocked.add((x, y))
        if avoid_npcs:
            for npc in world.npcs:
                if npc.solid and npc.visible:
                    blocked.add((int(npc.x // T), int((npc.y - 1) // T)))
        p = world.player
        start = (int(p.x // T), int((p.y - 1) // T))

        def free(c: tuple[int, int]) -> bool:
            x, y = c
            return (0 <= x < data.width and 0 <= y < data.height
                    and not data.solid_tiles[y][x] and c not in blocked)

        came: dict[tuple[int, int], tuple[int, int] | None] = {start: None}
        queue = deque([start])
        while queue:
            cur = queue.popleft()
            if cur in targets:
                out = []
                node: tuple[int, int] | None = cur
                while node is not None:
                    out.append(node)
                    node = came[node]
                return out[::-1]
            for dx, dy in DIRS:
                nxt = (cur[0] + dx, cur[1] + dy)
                if nxt not in came and (free(nxt) or nxt in targets):
                    came[nxt] = cur
                    queue.append(nxt)
        return []

    def _log_map(self, scene: WorldScene) -> None:
        entry = (live(scene).data.name, int(self.game.ctx.flags.get("progress")),
                 scene.session.player_character)
        if not self.maps_seen or self.maps_seen[-1][0] != entry[0]:
            self.maps_seen.append(entry)


def start_game(map_name: str, spawn: str, progress: int, player: str,
               flags: Mapping[str, object] | None = None) -> Game:
    """The game as a part finds it: `flags` (a typical playthrough's) and `progress`
    set, playing `player`, on `map_name`."""
    game = Game(parse_args(["--fast", "--seed", "2"]))
    for name, value in (flags or {}).items():
        game.ctx.flags.set(name, value)
    game.ctx.flags.set("progress", progress)
    session = Session(map_name=map_name, spawn=spawn, player_character=player)
    game.ctx.stack.push(WorldScene(game.ctx, session))
    return game


def run(game: Game, pilot: Pilot, done: Callable[[Game], bool], max_steps: int) -> int:
    game.replay = pilot  # type: ignore[assignment]  # same protocol as ReplaySource
    for step in range(max_steps):
        game.step()
        if done(game):
            return step
    raise AssertionError(f"not done after {max_steps} steps; goals left: "
                         f"{[g.note or g.kind for g in pilot.goals]}; maps: {pilot.maps_seen}")


def world_of(game: Game) -> WorldScene:
    scene = game.ctx.stack.find(WorldScene)
    assert isinstance(scene, WorldScene) and scene.world is not None
    return scene


def live(scene: WorldScene) -> World:
    """The scene's world, which a pilot only ever asks of a scene in play."""
    assert scene.world is not None, "the world scene has no map loaded"
    return scene.world


def flag(game: Game, name: str):
    return game.ctx.flags.get(name)


def idle(game: Game) -> bool:
    scene = world_of(game)
    return (not scene.director.active and scene.fade.alpha == 0
            and game.ctx.stack.top is scene)


def at_progress(value: int) -> Callable[[Game], bool]:
    return lambda g: flag(g, "progress") == value and idle(g)


def npc_tile(game: Game, name: str, below: int = 1) -> tuple[int, int]:
    ch = live(world_of(game)).find(name)
    assert ch is not None
    return int(ch.x // T), int((ch.y - 1) // T) + below


def spy_lines(game: Game) -> list[str]:
    """Every line the script says from now on, in order (the dialogue box's text)."""
    lines: list[str] = []
    scene = world_of(game)
    original = scene.director._line

    def spy(line: Line) -> None:
        lines.append(line.text)
        original(line)

    scene.director._line = spy  # type: ignore[method-assign]
    return lines


def spy_all_lines(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every line any director says for the rest of the test, across maps and scenes
    (a whole-game run makes many directors, so the class is patched)."""
    lines: list[str] = []
    original = Director._line

    def spy(director: Director, line: Line) -> None:
        lines.append(line.text)
        original(director, line)

    monkeypatch.setattr(Director, "_line", spy)
    return lines


def snapper(checkpoints: dict[str, dict[str, object]], watched: Iterable[str]
            ) -> Callable[[str], Callable[[Game], bool]]:
    """`snap(label)`: a wait that records the watched flags, the map, the player and
    the journal under `label` (a part's checks read them after the run)."""
    names = tuple(watched)

    def snap(label: str) -> Callable[[Game], bool]:
        def take(g: Game) -> bool:
            checkpoints[label] = {k: flag(g, k) for k in names}
            checkpoints[label]["map"] = live(world_of(g)).data.name
            checkpoints[label]["player"] = world_of(g).session.player_character
            checkpoints[label]["journal"] = world_of(g).session.journal
            return True
        return take

    return snap


def skip_contests(game: Game) -> Game:
    """Settings as a player who passes over stand-offs, the duel, rides and stealth: the
    story-safe way the chained pilots take."""
    settings = game.flow.settings
    settings.contest_skip = settings.skip_rides = settings.skip_stealth = True
    return game


def play_standoffs(game: Game, skill: float, over: Callable[[Game, bool], bool],
                   limit: int = 20_000) -> bool:
    """Read on (confirm) and play every stand-off at the contest bot's `skill` until
    `over(game, met)`, where `met` says whether a stand-off was played; returns `met`."""
    held: set[Action] = set()
    met = False
    for frame in range(limit):
        top = game.ctx.stack.top
        wants: set[Action] = set()
        if isinstance(top, StandoffScene):
            met = True
            if top.helping:
                wants = {Action.CONFIRM} if frame % 2 else set()
            else:
                wants = standoff_wants(top.rules, top.cursor, skill, frame)
        elif over(game, met):
            return met
        elif frame % 8 == 0:
            wants = {Action.CONFIRM}
        pressed, released = wants - held, held - wants
        held = wants
        game.ctx.stack.update(InputState(frozenset(held), frozenset(pressed),
                                         frozenset(released)))
        game.flow.after_step()
        game.ctx.frame += 1
    raise AssertionError(f"not over after {limit} steps (a stand-off met: {met})")

