"""Bots that play the flight, and the measured difficulty table they produce.

    python -m tools.flight_bots [--seeds 20] [--stages hold_fire,storm,pod_run]

Three pilots, each deterministic for a seed (the battle and the bot draw from their
own `random.Random`): `passive` only dodges and never fires, `competent` dodges and
shoots (and holds fire while unknown ships are about, as the radio asks), `random`
flies and fires at random. Every bot hails when the stage prompts it and flies to
the jump gate when the retreat is ordered. The table lists, per stage, difficulty
and bot: win rate, mean survival time and mean hits taken. Numbers are for reading
and tuning (docs/FLIGHT.md records them); the tests only run a few short games.
"""

from __future__ import annotations

import argparse
import random
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from game.flight.battle import Battle
from game.flight.entities import ENEMY, FIELD_H, FIELD_W, PLAYER_SPEED
from game.flight.options import DIFFICULTIES, FlightOptions
from game.flight.registry import default_script

Move = tuple[int, int, bool, bool, bool]  # dx, dy, fire, focus, hail
Bot = Callable[[Battle], Move]
MAX_STEPS = 60 * 160  # no stage lasts longer than this; a run that does is a loss
LOOK = (3, 7, 12)  # steps ahead the dodger looks
NEAR = 70.0  # px: threats further than this are ignored when dodging
REACT = 8  # steps between looks at the field (about 130 ms: human reaction time)
SLIP = 0.15  # share of looks that miss what changed
MOVES = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]


def _danger(b: Battle, mx: float, my: float,
            threats: list[tuple[float, float, float, float, float]]) -> float:
    """How close `threats` (x, y, vx, vy, radius) come to the craft over the
    look-ahead, if it holds the stick that moves it (mx, my) a step for REACT steps."""
    cost = 0.0
    p = b.player
    for t in LOOK:
        held = min(t, REACT)
        x = min(FIELD_W - 8, max(8, p.x + mx * held))
        y = min(FIELD_H - 10, max(b.stage.top_limit, p.y + my * held))
        for tx, ty, vx, vy, r in threats:
            dx = tx + vx * t - x
            dy = ty + vy * t - y
            gap = dx * dx + dy * dy - (r + 5.0) ** 2
            if gap < 0:
                cost += 40.0 / t
            elif gap < 400:
                cost += (400 - gap) / 400 / t
    beam = b.mothership.beam if b.mothership is not None else None
    if beam is not None:
        x = p.x + mx * REACT
        left, right = sorted((beam.x0, beam.x1))
        left, right = left - beam.half_width - 8, right + beam.half_width + 8
        if left < x < right:  # inside the band: the nearer an edge, the better
            cost += (8.0 if beam.firing else 2.0) + min(x - left, right - x) * 0.05
    return cost


def _threats(b: Battle) -> list[tuple[float, float, float, float, float]]:
    p = b.player
    ground = b.stage.scroll_speed  # grounded drones ride the scrolling street
    out = [(s.x, s.y, s.vx, ground if s.kind == "grounded" else s.vy, s.r) for s in b.enemies
           if not s.falling and abs(s.x - p.x) < NEAR and abs(s.y - p.y) < NEAR]
    out += [(bl.x, bl.y, bl.vx, bl.vy, bl.r) for bl in b.enemy_bullets
            if abs(bl.x - p.x) < NEAR and abs(bl.y - p.y) < NEAR]
    return out


def _goal(b: Battle, hunt: bool) -> tuple[float, float]:
    """Where the bot would like to be: at the gate on the retreat, else low in the
    field, under the lowest enemy when hunting."""
    gate = getattr(b.stage, "gate_y", None)
    if gate is not None and getattr(b.stage, "retreat", False):
        return FIELD_W / 2, gate
    if hunt:
        prey = [s for s in b.enemies if s.team == ENEMY and not s.falling and s.y > 0
                and s.kind != "grounded"]
        if prey:
            low = max(prey, key=lambda s: s.y)
            return low.x, FIELD_H - 45
    return FIELD_W / 2, FIELD_H - 45


def _dodge(b: Battle, hunt: bool) -> tuple[int, int]:
    p = b.player
    threats = _threats(b)
    gx, gy = _goal(b, hunt)
    best, best_cost = (0, 0), 1e18
    for dx, dy in MOVES:
        speed = PLAYER_SPEED * (0.7071 if dx and dy else 1.0)
        cost = _danger(b, dx * speed, dy * speed, threats)
        x, y = p.x + dx * speed * REACT, p.y + dy * speed * REACT
        cost += (abs(x - gx) + abs(y - gy)) * 0.004
        if cost < best_cost:
            best, best_cost = (dx, dy), cost
    return best


def _should_hail(b: Battle) -> bool:
    return bool(b.stage.prompt("C"))


class Passive:
    """Only dodges (and hails, and flies to the gate): the Hold Fire test of nerve.

    Like a person it reacts late: it looks at the field every REACT steps and
    holds its stick in between, and it misses a threat now and then (SLIP)."""

    hunt = False

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.move: Move = (0, 0, False, False, False)

    def __call__(self, b: Battle) -> Move:
        if b.frame % REACT == 0:
            slip = self.rng.random() < SLIP
            dx, dy = (self.move[0], self.move[1]) if slip else _dodge(b, self.hunt)
            unknown = any(b.stage.is_unknown(s) for s in b.allies)
            self.move = (dx, dy, self.hunt and not unknown, False, _should_hail(b))
        return self.move


class Competent(Passive):
    """Dodges and shoots what is lowest in the field; never fires on unknowns."""

    hunt = True


class RandomPilot(Passive):
    """A new stick direction every third of a second, the trigger at random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.stick = (0, 0, False)

    def __call__(self, b: Battle) -> Move:
        rng = self.rng
        if b.frame % 20 == 0:
            self.stick = (rng.choice((-1, 0, 1)), rng.choice((-1, 0, 1)), rng.random() < 0.5)
        dx, dy, fire = self.stick
        return dx, dy, fire, False, rng.random() < 0.02


BOTS: dict[str, type[Passive]] = {
    "passive": Passive, "competent": Competent, "random": RandomPilot}


@dataclass(frozen=True)
class Run:
    """One bot's game of one stage."""

    stage: str
    difficulty: str
    bot: str
    seed: int
    won: bool
    seconds: float  # survival: until the loss, or the whole stage when won
    hits: int
    palace: float | None  # the storm's palace shield at the end
    kills: int  # by anyone on the player's side
    fired_on_lex: bool
    volleys: int  # steps on which the player's guns fired


def play(stage: str, difficulty: str, bot: str, seed: int, max_steps: int = MAX_STEPS) -> Run:
    """Play one stage to its end (or `max_steps`) with `bot`; the same arguments
    always give the same Run."""
    battle = Battle(stage, FlightOptions(difficulty=difficulty, seed=seed, screen_shake=False))
    pilot = BOTS[bot](seed * 7919 + 13)
    volleys = 0
    while battle.outcome is None and battle.frame < max_steps:
        before = len(battle.player_bullets)
        battle.step(*pilot(battle))
        volleys += len(battle.player_bullets) > before
    palace = next((s.hp for s in battle.shields if s.name == "palace"), None)
    return Run(stage, difficulty, bot, seed, battle.outcome == "won", battle.frame / 60,
               battle.player.hits_taken, palace, battle.kills, battle.fired_on_lex, volleys)


def table(runs: Iterable[Run]) -> list[str]:
    """Markdown rows: stage, difficulty, bot, win rate, mean survival, mean hits."""
    groups: dict[tuple[str, str, str], list[Run]] = {}
    for run in runs:
        groups.setdefault((run.stage, run.difficulty, run.bot), []).append(run)
    rows = ["| stage | difficulty | bot | seeds | win rate | survival s (mean / min) "
            "| hits taken (mean) |", "|---|---|---|---|---|---|---|"]
    for (stage, difficulty, bot), group in groups.items():
        wins = sum(r.won for r in group) / len(group)
        alive = [r.seconds for r in group]
        rows.append(f"| {stage} | {difficulty} | {bot} | {len(group)} | {wins:.0%} "
                    f"| {statistics.mean(alive):.0f} / {min(alive):.0f} "
                    f"| {statistics.mean(r.hits for r in group):.1f} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--stages", default=",".join(default_script().order))
    parser.add_argument("--difficulties", default=",".join(DIFFICULTIES))
    parser.add_argument("--bots", default=",".join(BOTS))
    args = parser.parse_args(argv)
    runs = []
    for stage in args.stages.split(","):
        for difficulty in args.difficulties.split(","):
            for bot in args.bots.split(","):
                for seed in range(args.seeds):
                    runs.append(play(stage, difficulty, bot, seed))
    print("\n".join(table(runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
