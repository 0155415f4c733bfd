"""`--scene standoff|duel|ordered`: play one contest on its own, from the presets
under "demos" in assets/data/contests.json (`--spawn` picks one), with the
player's Settings assist. Its result is logged; the title screen is below it."""

from __future__ import annotations

import logging
from dataclasses import replace

from game.contest.assist import Tuning
from game.contest.data import load_contests
from game.contest.duel import Duel
from game.contest.duel_scene import DuelScene
from game.contest.ordered import Ordered
from game.contest.ordered_scene import OrderedScene
from game.contest.standoff import Standoff
from game.contest.standoff_scene import StandoffScene
from game.core.context import GameContext
from game.core.errors import ContentError
from game.core.scene import Scene

log = logging.getLogger(__name__)
DEMOS = ("standoff", "duel", "ordered")
DEFAULTS = {"standoff": "throne", "duel": "rhea", "ordered": "formal_challenge"}


def demo_scene(ctx: GameContext, kind: str, preset: str | None) -> Scene:
    """The contest scene of a preset, ready to push; a ContentError names a bad one."""
    data = load_contests(ctx.assets)
    name = preset or DEFAULTS[kind]
    tuning = Tuning.of(ctx.settings.contest_assist)
    seed = ctx.options.seed
    if kind == "ordered":
        spec = data.ordered.get(name)
        if spec is None:
            raise ContentError(f"no ordered choice '{name}' (known: {', '.join(data.ordered)})")
        return OrderedScene(ctx, Ordered(replace(spec, seed=seed)),
                            lambda tries: log.info("ordered choice: %d tries", tries),
                            show_help=True, backdrop=True)
    if kind == "duel":
        duel = data.duel_demos.get(name)
        if duel is None:
            raise ContentError(f"no duel demo '{name}' (known: {', '.join(data.duel_demos)})")
        return DuelScene(ctx, Duel(replace(duel, seed=seed, tuning=tuning)),
                         lambda result: log.info("duel: %s", result), show_help=True)
    standoff = data.standoff_demos.get(name)
    if standoff is None:
        known = ", ".join(data.standoff_demos)
        raise ContentError(f"no stand-off demo '{name}' (known: {known})")
    names = ("Kara", standoff.opponent)
    return StandoffScene(ctx, Standoff(replace(standoff, seed=seed, tuning=tuning)), names,
                         lambda result: log.info("stand-off: %s", result), show_help=True)
