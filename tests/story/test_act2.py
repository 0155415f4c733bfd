"""Act Two, "Behind the Princess", played through the real game loop (progress 10 -> 17).

A small autopilot stands in for the player: each logic step it looks at the screen's
state (a line to read, a choice to make, or free walking) and presses the actions a
player would press: it reads every line, picks the planned options, walks tile by tile
(breadth-first over the map's collision) and talks or walks through doors. Nothing is
teleported and no flag is set behind the game's back, except the start of the act.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from game.app import Game
from game.cli import parse_args
from game.core.actions import EMPTY_INPUT, Action, InputState
from game.session import Session
from game.ui.dialogue_box import BoxState
from game.world.scene import WorldScene

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
        assert isinstance(scene, WorldScene) and scene.world is not None
        self._log_map(scene)
        if self.game.ctx.stack.top is not scene:  # a title card or a map fade
            return press(Action.CONFIRM) if frame % 6 == 0 else EMPTY_INPUT
        if scene.director.active or scene.fade.alpha > 0:
            self.path = []
            return self._read(scene, frame)
        if not self.goals:
            return EMPTY_INPUT
        return self._pursue(scene, self.goals[0], frame)

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
        world = scene.world
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
        p = scene.world.player
        return abs(p.x - (tile[0] * T + 8)) <= 1 and abs(p.y - (tile[1] * T + 12)) <= 1

    def _walk(self, scene: WorldScene, targets: set[tuple[int, int]], frame: int) -> InputState:
        p = scene.world.player
        if (p.x, p.y) == self.last_pos:
            self.still += 1
        else:
            self.still = 0
        self.last_pos = (p.x, p.y)
        if not self.path or self.path[-1] not in targets or self.still > 20:
            self.path = self._plan(scene, targets, avoid_npcs=self.still > 20)
            self.still = 0
            assert self.path, f"no way to {sorted(targets)} on {scene.world.data.name}"
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
        world = scene.world
        data = world.data
        blocked: set[tuple[int, int]] = set()
        for rect in data.solid_rects:
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
        entry = (scene.world.data.name, int(self.game.ctx.flags.get("progress")),
                 scene.session.player_character)
        if not self.maps_seen or self.maps_seen[-1][0] != entry[0]:
            self.maps_seen.append(entry)


def start_game(map_name: str, spawn: str, progress: int, player: str) -> Game:
    """The game as Act Two finds it: flags set, playing `player`, on `map_name`."""
    game = Game(parse_args(["--fast", "--seed", "2"]))
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


def flag(game: Game, name: str):
    return game.ctx.flags.get(name)


def idle(game: Game) -> bool:
    scene = world_of(game)
    return (not scene.director.active and scene.fade.alpha == 0
            and game.ctx.stack.top is scene)


def at_progress(value: int) -> Callable[[Game], bool]:
    return lambda g: flag(g, "progress") == value and idle(g)


def npc_tile(game: Game, name: str, below: int = 1) -> tuple[int, int]:
    ch = world_of(game).world.find(name)
    assert ch is not None
    return int(ch.x // T), int((ch.y - 1) // T) + below


@pytest.fixture
def act2_game(display) -> Game:
    return start_game("kara_room", "morning", 10, "lena")


def act_two_plan(checkpoints: dict[str, dict[str, object]]) -> tuple[deque[Goal], deque[int]]:
    """The player's plan for the whole act: where to go, what to say. `checkpoints` fills
    in as the act is played (flags and place at each scene's end)."""
    G = Goal

    def snap(label: str) -> Callable[[Game], bool]:
        def take(g: Game) -> bool:
            checkpoints[label] = {k: flag(g, k) for k in (
                "progress", "saw_panel", "saw_view", "met_winn", "queen_suspicion",
                "table_set", "fireflies_open", "held_hands", "saw_portal", "lena_trust")}
            checkpoints[label]["map"] = world_of(g).world.data.name
            checkpoints[label]["player"] = world_of(g).session.player_character
            return True
        return take

    def oath_begun(g: Game) -> bool:
        return not flag(g, "oath_walk")

    goals = deque([
        G("wait", until=at_progress(11), note="morning"),
        G("wait", until=snap("morning")),
        G("walk", "kara_room", (12, 3), Action.UP, talk=True, note="panel"),
        G("wait", until=at_progress(12)),
        G("wait", until=snap("panel")),
        G("door", to_map="balcony", note="to the balcony"),
        G("wait", until=at_progress(13), note="the view"),
        G("wait", until=snap("view")),
        G("door", to_map="kara_room"),
        G("door", to_map="royal_wing"),
        G("door", to_map="grand_hall"),
        G("door", to_map="armory"),
        G("walk", "armory", (11, 7), Action.UP, talk=True, note="Winn"),
        G("wait", until=at_progress(14)),
        G("wait", until=snap("winn")),
        G("door", to_map="grand_hall"),
        G("door", to_map="throne_room"),
        G("wait", until=lambda g: bool(flag(g, "oath_walk")) and idle(g), note="oath start"),
        G("walk", "throne_room", (10, 12), note="follow Kara", until=oath_begun),
        G("walk", "throne_room", (10, 11), note="take the place behind Kara", until=oath_begun),
        G("wait", until=lambda g: flag(g, "progress") == 15 and idle(g)
          and world_of(g).world.data.name == "balcony", note="the oath"),
        G("wait", until=snap("oath")),
        G("walk", "balcony", (26, 7), Action.UP, talk=True, note="set the table"),
        G("walk", "balcony", (29, 4), Action.UP, talk=True, note="firefly box"),
        G("wait", until=lambda g: idle(g) and bool(flag(g, "fireflies_open"))),
        G("wait", until=snap("ready")),
        G("walk", "balcony", (17, 3), Action.UP, talk=True, note="call Lena"),
        G("wait", until=at_progress(17), note="dinner, portal, end"),
        G("wait", until=snap("end")),
    ])
    choices = deque([
        0,  # morning: eat
        1,  # panel: pry the cover off first
        1,  # view: let yourself look
        2,  # Winn: ask about the princess
        0,  # oath: "Yes, Princess."
        0,  # the Queen's jab: keep your eyes down
        0,  # during the vow: stay silent
        0,  # table: candles first
        1,  # firefly box: tap the lid first
        0,  # dinner: ask about Earth
        1,  # hands: leave your hand where it is
        0,  # portal: could it reach Earth?
    ])
    return goals, choices


def check_act_two(game: Game, pilot: Pilot, checkpoints: dict[str, dict[str, object]]) -> None:
    """What the act must have done, scene by scene."""
    assert checkpoints["morning"]["map"] == "kara_room"
    assert checkpoints["morning"]["player"] == "lena"
    assert checkpoints["panel"]["saw_panel"] is True
    assert checkpoints["view"] == checkpoints["view"] | {"map": "balcony", "saw_view": True}
    assert checkpoints["winn"]["map"] == "armory" and checkpoints["winn"]["met_winn"] is True
    oath = checkpoints["oath"]
    assert oath["player"] == "kara" and oath["map"] == "balcony"
    rise = int(oath["queen_suspicion"]) - int(checkpoints["winn"]["queen_suspicion"])
    assert 0 <= rise <= 3  # stayed close, kept quiet (Act One may have left some already)
    assert checkpoints["ready"]["table_set"] is True
    assert checkpoints["ready"]["fireflies_open"] is True
    end = checkpoints["end"]
    assert end["held_hands"] is True and end["saw_portal"] is True
    assert end["player"] == "lena" and end["map"] == "kara_room"
    assert int(end["lena_trust"]) >= 5
    maps = [m for m, _, _ in pilot.maps_seen]
    assert maps[-12:] == ["kara_room", "balcony", "kara_room", "royal_wing", "grand_hall", "armory",
                    "grand_hall", "throne_room", "kara_room", "balcony", "armory", "kara_room"]
    scene = world_of(game)
    assert scene.session.meters == [] and scene.session.watch is None
    assert scene.session.act.startswith("Act Three")
    assert scene.session.journal.startswith("Rest.")


def test_act_two_plays_from_morning_to_the_portal(act2_game: Game) -> None:
    checkpoints: dict[str, dict[str, object]] = {}
    goals, choices = act_two_plan(checkpoints)
    pilot = Pilot(act2_game, goals, choices)
    steps = run(act2_game, pilot, lambda g: not pilot.goals, 60_000)
    assert steps < 60_000 and not pilot.choices
    check_act_two(act2_game, pilot, checkpoints)


def test_speaking_up_at_the_oath_raises_the_queens_suspicion(display) -> None:
    game = start_game("throne_room", "from_grand_hall", 14, "lena")
    G = Goal
    goals = deque([
        G("wait", until=lambda g: bool(flag(g, "oath_walk")) and idle(g), note="oath start"),
        G("walk", "throne_room", (6, 13), note="stray among the council benches",
          until=lambda g: world_of(g).director.node != "a2_oath"),
        G("wait", until=lambda g: world_of(g).world.data.name == "balcony" and idle(g)),
    ])
    choices = deque([1, 2, 1])  # "And if I don't?", answer the Queen, whisper to Kara
    pilot = Pilot(game, goals, choices)
    run(game, pilot, lambda g: not pilot.goals, 20_000)
    assert flag(game, "oath_spoke") == 2
    assert int(flag(game, "queen_suspicion")) >= 6  # strayed (+2), answered (+3), whispered (+2)
    assert flag(game, "progress") == 15 and flag(game, "oath_walk") is False
    assert world_of(game).session.player_character == "kara"
