"""Cutscene commands that dialogue scripts call as `<<name args>>`.

Each command is a small function with a docstring (the writer's documentation:
`docs/COMMANDS.md` is generated from these) registered in `COMMANDS` with how
many arguments it takes. The linter checks every script's commands against
this registry, so a typo is found before anyone plays the scene.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.core.errors import ContentError
from game.core.requests import ChangeAct, RollCredits, StartFlight
from game.flight import FLIGHT_STAGES, FlightResult
from game.flight.story_flags import apply_result
from game.world.character import PathMove
from game.world.model import FACING_NAMES, Facing
from game.world.pathfind import route
from game.world.waits import Wait, WaitCamera, WaitFlight, WaitSteps, WaitTicket, WaitWalk

if TYPE_CHECKING:
    from game.world.scene import WorldScene

Handler = Callable[["WorldScene", list[str], dict[str, str]], Wait | None]


@dataclass(frozen=True)
class CommandSpec:
    name: str
    min_args: int
    max_args: int
    keywords: tuple[str, ...]
    handler: Handler

    @property
    def doc(self) -> str:
        return (self.handler.__doc__ or "").strip()


COMMANDS: dict[str, CommandSpec] = {}


def command(name: str, min_args: int = 0, max_args: int | None = None,
            keywords: tuple[str, ...] = ()) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        COMMANDS[name] = CommandSpec(name, min_args, max_args if max_args is not None else min_args,
                                     keywords, fn)
        return fn
    return register


def check_call(name: str, args: list[str], kwargs: dict[str, str]) -> str | None:
    """Why a call is wrong (unknown, argument count, keyword), or None if fine."""
    spec = COMMANDS.get(name)
    if spec is None:
        return f"unknown command '{name}'"
    if not spec.min_args <= len(args) <= spec.max_args:
        want = (str(spec.min_args) if spec.min_args == spec.max_args
                else f"{spec.min_args} to {spec.max_args}")
        return f"<<{name}>> takes {want} arguments, got {len(args)}"
    for key in kwargs:
        if key not in spec.keywords:
            return f"<<{name}>> has no option '{key}'"
    return None


def _steps(ctx_fast: bool, seconds: str) -> int:
    try:
        value = float(seconds)
    except ValueError:
        raise ContentError(f"expected seconds, got {seconds!r}") from None
    return max(1, round(value * 60)) if not ctx_fast else max(1, round(value * 6))


def _who(scene: WorldScene, name: str):
    ch = scene.world.find(name)
    if ch is None:
        raise ContentError(f"no character '{name}' on map {scene.world.data.name}")
    return ch


def _point(scene: WorldScene, args: list[str]) -> tuple[float, float]:
    """A target: a Spawn name, a character's name, or tile coordinates X Y."""
    ts = scene.world.data.tile_size
    if len(args) == 1:
        spawn = scene.world.data.spawns.get(args[0])
        if spawn is not None:
            return spawn.x, spawn.y
        ch = scene.world.find(args[0])
        if ch is not None:
            return ch.x, ch.y
        raise ContentError(f"no spawn or character named '{args[0]}'")
    try:
        tx, ty = float(args[0]), float(args[1])
    except ValueError:
        raise ContentError(f"expected tile coordinates, got {args[0]!r} {args[1]!r}") from None
    return tx * ts + ts / 2, ty * ts + ts - 2


@command("wait", 1)
def wait(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait:
    """`<<wait SECONDS>>` pause the scene."""
    return WaitSteps(_steps(scene.ctx.options.fast, args[0]))


@command("face", 2)
def face(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<face WHO DIRECTION|OTHER>>` turn a character (up/down/left/right, or towards someone)."""
    ch = _who(scene, args[0])
    if args[1] in FACING_NAMES:
        ch.facing = Facing(args[1])
        return
    other = _who(scene, args[1])
    ch.facing = Facing.from_vector(other.x - ch.x, other.y - ch.y, ch.facing)


@command("move", 2, 3, keywords=("speed", "wait"))
def move(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait | None:
    """`<<move WHO X Y>>` or `<<move WHO SPAWN>>` walk to a tile or a Spawn, around walls
    when the straight way is blocked; options speed=1.0 (pixels a step), wait=false (let
    the script go on while walking)."""
    ch = _who(scene, args[0])
    speed = float(kw.get("speed", "1.0"))
    target = _point(scene, args[1:])
    ch.path = PathMove(target, speed * (4 if scene.ctx.options.fast else 1),
                       via=route(scene.world.collision, (ch.x, ch.y), target))
    return WaitWalk(ch) if kw.get("wait", "true") != "false" else None


@command("teleport", 2, 3)
def teleport(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<teleport WHO X Y>>` or `<<teleport WHO SPAWN>>` place a character at once."""
    ch = _who(scene, args[0])
    ch.x, ch.y = _point(scene, args[1:])
    ch.path = None


@command("show", 1)
def show(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<show WHO>>` make a hidden character appear."""
    _who(scene, args[0]).visible = True


@command("hide", 1)
def hide(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<hide WHO>>` make a character vanish (walked off, left the room)."""
    _who(scene, args[0]).visible = False


@command("emote", 2)
def emote(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<emote WHO KIND>>` a balloon over a head: ! ? ... heart anger sweat note
    (the names in assets/data/emotes.json)."""
    emotes = scene.ctx.content.emotes.frames
    if args[1] not in emotes:
        raise ContentError(f"unknown emote '{args[1]}' (known: {' '.join(emotes)})")
    _who(scene, args[0]).emote = (emotes[args[1]], 60)


@command("camera", 1, 2, keywords=("speed",))
def camera(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait:
    """`<<camera WHO|SPAWN>>` or `<<camera X Y>>` pan the camera there (speed=2);
    `<<camera_reset>>` returns it to the player."""
    scene.camera.pan_target = _point(scene, args)
    scene.camera.pan_speed = float(kw.get("speed", "2")) * (4 if scene.ctx.options.fast else 1)
    return WaitCamera(scene.camera)


@command("camera_reset", 0)
def camera_reset(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<camera_reset>>` the camera follows the player again."""
    scene.camera.pan_target = None


@command("fade_out", 0, 1)
def fade_out(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait:
    """`<<fade_out [SECONDS]>>` fade the screen to black and keep it black."""
    return scene.screen_fade(255, _steps(scene.ctx.options.fast, args[0] if args else "0.5"))


@command("fade_in", 0, 1)
def fade_in(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait:
    """`<<fade_in [SECONDS]>>` bring the picture back after fade_out."""
    return scene.screen_fade(0, _steps(scene.ctx.options.fast, args[0] if args else "0.5"))


@command("title", 1, 2)
def title(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait:
    """`<<title "TEXT" ["SUBTITLE"]>>` show a title card (acts, places, time passing)."""
    return scene.show_title(args[0], args[1] if len(args) > 1 else "")


@command("change_map", 2)
def change_map(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait:
    """`<<change_map MAP SPAWN>>` fade to another map and appear at a Spawn."""
    return scene.go_to(args[0], args[1])


@command("lighting", 1, 2)
def lighting(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait | None:
    """`<<lighting MODE [SECONDS]>>` change the light (day sunset night dawn moon), blending
    over SECONDS (a sunset that animates)."""
    steps = _steps(scene.ctx.options.fast, args[1]) if len(args) > 1 else 1
    return scene.set_lighting(args[0], steps)


@command("shake", 0, 2)
def shake(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<shake [STRENGTH] [SECONDS]>>` shake the screen (off in settings for those who want)."""
    strength = int(args[0]) if args else 3
    scene.shake(strength, _steps(scene.ctx.options.fast, args[1] if len(args) > 1 else "0.5"))


@command("play_as", 1)
def play_as(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<play_as CHARACTER>>` switch the playable character (kara, lena)."""
    if args[0] not in scene.ctx.content.characters:
        raise ContentError(f"unknown character '{args[0]}'")
    scene.session.player_character = args[0]
    scene.world.set_player_character(args[0])


@command("journal", 1)
def journal(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<journal "TEXT">>` the one line that says what to do next."""
    scene.session.journal = args[0]


@command("act", 1)
def act(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<act "NAME">>` a new act begins (shown in saves; autosaves)."""
    scene.ctx.requests.post(ChangeAct(args[0]))


@command("presence", 1, 2)
def presence(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<presence WHO [SECONDS]>>` an Alpha's presence: a shimmering ring and a tremor."""
    ch = _who(scene, args[0])
    steps = _steps(scene.ctx.options.fast, args[1] if len(args) > 1 else "1.5")
    scene.presence(ch, steps)


@command("music", 1)
def music(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<music NAME>>` change the music (cross-fades); `<<music none>>` silence."""
    scene.play_music(args[0])


@command("sfx", 1)
def sfx(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<sfx NAME>>` play a sound effect."""
    scene.play_sfx(args[0])


@command("follow", 1)
def follow(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<follow WHO>>` WHO walks behind the player, through doors too, until `<<unfollow>>`."""
    info = scene.ctx.content.speaker(args[0])
    if info is None:
        raise ContentError(f"unknown character '{args[0]}'")
    scene.world.attach_follower(args[0], info.id)
    if args[0] not in scene.session.followers:
        scene.session.followers.append(args[0])


@command("unfollow", 1)
def unfollow(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<unfollow WHO>>` WHO stops following and stays where they are."""
    scene.world.detach_follower(args[0])
    if args[0] in scene.session.followers:
        scene.session.followers.remove(args[0])


@command("meter", 2)
def meter(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<meter FLAG "Label">>` show a 0-10 story flag as a bar at the top of the screen."""
    flag = args[0].lstrip("$")
    scene.ctx.flags.get(flag)  # unknown flags fail here, with the flag's name
    scene.session.meters = [m for m in scene.session.meters if m[0] != flag] + [(flag, args[1])]


@command("meter_off", 0, 1)
def meter_off(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<meter_off [FLAG]>>` hide one bar, or all of them."""
    flag = args[0].lstrip("$") if args else None
    scene.session.meters = [m for m in scene.session.meters if flag and m[0] != flag]


@command("watch", 3)
def watch(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<watch WHO DISTANCE FLAG>>` a stay-near rule: each second the player is farther
    than DISTANCE pixels from WHO, the number FLAG goes up by one (a follow scene)."""
    _who(scene, args[0])
    try:
        distance = int(args[1])
    except ValueError:
        raise ContentError(f"distance must be whole pixels, got {args[1]!r}") from None
    flag = args[2].lstrip("$")
    scene.ctx.flags.get(flag)
    scene.session.watch = (args[0], distance, flag)


@command("watch_off", 0)
def watch_off(scene: WorldScene, args: list[str], kw: dict[str, str]) -> None:
    """`<<watch_off>>` end the stay-near rule."""
    scene.session.watch = None


@command("play_flight", 1)
def play_flight(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait:
    """`<<play_flight STAGE>>` fly a stage of Rao's Storm (hold_fire, storm, pod_run).
    The script waits; the result is in flags: $flight_STAGE is "won" or "skipped",
    $wingmen_saved, $flight_score, $fired_on_lex."""
    stage = args[0]
    if stage not in FLIGHT_STAGES:
        raise ContentError(f"unknown flight stage '{stage}' (stages: {', '.join(FLIGHT_STAGES)})")
    flags = scene.ctx.flags

    def record(result: FlightResult) -> None:
        apply_result(result, flags, scene.ctx.content.flight)  # the stage data names the flags

    request = StartFlight(stage)
    scene.ctx.requests.post(request)
    return WaitFlight(request, record)


@command("credits", 0)
def credits(scene: WorldScene, args: list[str], kw: dict[str, str]) -> Wait:
    """`<<credits>>` roll the credits, then return to the title screen (the end of the
    story, or of the part written so far)."""
    request = RollCredits(then_title=True)
    scene.ctx.requests.post(request)
    return WaitTicket(request.ticket)


def commands_markdown() -> str:
    """docs/COMMANDS.md: every command and its docstring."""
    lines = ["# Cutscene commands", "", "Generated from game/world/commands.py.", ""]
    for name in sorted(COMMANDS):
        lines.append(f"- {COMMANDS[name].doc}")
    return "\n".join(lines) + "\n"
