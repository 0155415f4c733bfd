"""Stealth: `<<stealth GOAL [FOLLOW]>>` plays the map under the guards' eyes.

The script waits until the player reaches GOAL (a Spawn) or is caught. Either
way the story goes on: `$stealth_result` says "won", "caught" or "skipped",
and a catch raises the `caught=` flag (the Queen's suspicion) by one, so the
script can play its bluff and send Lena back to a checkpoint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.world.commands.characters import at_written_speed
from game.world.commands.params import Flag, Number, Spot, Who
from game.world.commands.registry import Command, command
from game.world.stealth import SightRules
from game.world.stealth_scene import StealthPlan, StealthScene
from game.world.waits import Wait, WaitScene

if TYPE_CHECKING:
    from game.world.stage import Stage

RESULT_FLAG = "stealth_result"


def stealth(stage: Stage, goal: tuple[float, float], distance: int, caught: str,
            follow: str | None = None) -> Wait | None:
    """Sneak to GOAL past every guard on a patrol route, keeping within DISTANCE
    pixels of FOLLOW if given. Guards see inside their cones (walls block them);
    the suspicion meter rises when Lena is seen (less with her head down: hold
    Cancel) or strays, and falls out of sight. The script waits; afterwards
    $stealth_result is "won", "caught" (and the caught= flag rose by one) or
    "skipped" (Settings: skip stealth scenes). Guards are the NPCs with a `patrol`.
    Example: `<<move Alex goal speed=0.5 wait=false>>` then
    `<<stealth goal Alex distance=56>>` and `<<if $stealth_result == "caught">>`."""
    settings = stage.ctx.settings
    if settings.skip_stealth:
        stage.world.place_player(*goal, stage.world.player.facing)
        stage.camera.snap(*goal)
        stage.flags.set(RESULT_FLAG, "skipped")
        return None
    if follow is not None and stage.fast:
        at_written_speed(stage.find(follow))
    rules = SightRules()
    plan = StealthPlan(goal, follow, float(distance),
                       rules.assisted() if settings.stealth_assist else rules)
    flags = stage.flags

    def record(outcome: str) -> None:
        flags.set(RESULT_FLAG, outcome)
        if outcome == "caught":
            flags.set(caught, int(flags.get(caught)) + 1)

    scene = StealthScene(stage.ctx, stage, plan, record)
    stage.ctx.stack.push(scene)
    return WaitScene(stage.ctx.stack, scene)


COMMANDS: tuple[Command, ...] = (
    command("stealth", stealth, Spot("GOAL", key="goal"),
            alt=[(Spot("GOAL", key="goal"), Who("FOLLOW", key="follow", as_name=True))],
            options=[Number("distance", 16, 400, default=64, whole=True, unit="pixels"),
                     Flag("caught", type_name="int", key="caught", default="queen_suspicion")]),
)
