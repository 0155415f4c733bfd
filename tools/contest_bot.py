"""Play a contest demo with a scripted player and save screenshots (x2) on the way.

`python -m tools.contest_bot standoff throne --shots 200,600 --out /tmp/shots`
A skill of 1.0 answers every tell and picks the best words; lower skills miss
some (deterministically). It writes the inputs it used as an input script, so
`--input` replays the same run in the real game.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from game.app import Game
from game.cli import parse_args
from game.contest import duel as duel_rules
from game.contest import standoff as so
from game.contest.duel_scene import DuelScene
from game.contest.ordered_scene import OrderedScene
from game.contest.standoff_scene import StandoffScene
from game.core.actions import Action, InputState


def standoff_wants(rules: so.Standoff, cursor: int, skill: float, frame: int) -> set[Action]:
    """What a player holds this step: confirm through waves, a tap on each tell."""
    if rules.phase == so.WORDS and rules.round is not None:
        pushes = [o.push for o in rules.round.options]
        best = pushes.index(max(pushes)) if skill >= 0.5 else pushes.index(min(pushes))
        if cursor != best:
            return {Action.DOWN} if frame % 2 else set()
        return {Action.CONFIRM} if frame % 2 else set()
    if rules.phase == so.WAVE or (rules.phase == so.GATHER and rules.t > so.GATHER_STEPS - 6):
        return {Action.CONFIRM}
    if rules.phase == so.LULL and rules.tell_showing and rules.t == rules.tell_at + 5:
        return {Action.CONFIRM} if (rules.wave * 37 % 100) / 100 < skill else set()
    return set()


def duel_wants(rules: duel_rules.Duel, cursor: int, skill: float, frame: int) -> set[Action]:
    if rules.phase == duel_rules.FINAL and rules.final is not None:
        return standoff_wants(rules.final, cursor, skill, frame)
    if rules.outcome == duel_rules.LOST:
        return {Action.CONFIRM} if frame % 2 else set()
    lucky = (rules.exchange * 41 % 100) / 100 < skill
    if rules.phase == duel_rules.WINDOW and rules.t == 4 and lucky:
        counter = duel_rules.COUNTERS[rules.attack]
        extra = {duel_rules.PRESS: {Action.DOWN},
                 duel_rules.SWEEP: {Action.RIGHT}}.get(counter, set())
        return {Action.CONFIRM, *extra}
    return set()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=("standoff", "duel", "ordered"))
    p.add_argument("preset", nargs="?")
    p.add_argument("--skill", type=float, default=1.0)
    p.add_argument("--frames", type=int, default=3000)
    p.add_argument("--shots", default="")
    p.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    p.add_argument("--record", type=Path)
    p.add_argument("--verbose", action="store_true")
    a = p.parse_args(argv)
    args = ["--scene", a.kind, "--scale", "2"] + (["--spawn", a.preset] if a.preset else [])
    game = Game(parse_args(args))
    game.start()
    ctx = game.ctx
    shots = {int(s) for s in a.shots.split(",") if s}
    held: set[Action] = set()
    lines: list[str] = []
    a.out.mkdir(parents=True, exist_ok=True)
    for frame in range(a.frames):
        top = ctx.stack.top
        wants: set[Action] = set()
        if isinstance(top, (StandoffScene, DuelScene, OrderedScene)) and top.helping:
            wants = {Action.CONFIRM} if frame % 2 else set()
        elif isinstance(top, StandoffScene):
            wants = standoff_wants(top.rules, top.cursor, a.skill, frame)
        elif isinstance(top, DuelScene):
            wants = duel_wants(top.rules, top.cursor, a.skill, frame)
        elif isinstance(top, OrderedScene) and top.rules.done:
            wants = set()
        elif isinstance(top, OrderedScene):
            parts = top.rules.spec.parts
            nxt = parts[len(top.rules.picked)] if top.rules.tries else None
            opts = top.rules.remaining
            target = opts.index(nxt) if nxt in opts else 0
            if frame % 2:
                wants = {Action.DOWN} if top.cursor != target else {Action.CONFIRM}
        else:
            print(f"contest over at frame {frame}")
            break
        pressed = wants - held
        released = held - wants
        for act in sorted(pressed, key=lambda x: x.value):
            lines.append(f"{frame} +{act.value}")
        for act in sorted(released, key=lambda x: x.value):
            lines.append(f"{frame} -{act.value}")
        held = wants
        ctx.stack.update(InputState(frozenset(held), frozenset(pressed), frozenset(released)))
        game.flow.after_step()
        ctx.frame += 1
        if a.verbose and frame % 10 == 0:
            rules = getattr(top, "rules", None)
            print(frame, getattr(rules, "phase", ""), round(getattr(rules, "balance",
                  getattr(rules, "guard", 0))), getattr(rules, "tell_showing", ""))
        if frame in shots:
            canvas = game.display.canvas
            ctx.stack.draw(canvas)
            pygame.image.save(pygame.transform.scale_by(canvas, 2),
                              str(a.out / f"{a.kind}_{a.preset}_{frame}.png"))
    if a.record:
        a.record.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
