"""Screen and stage effects: pauses, fades, light, shakes, an Alpha's presence,
emote balloons and title cards. Every duration has a maximum, so none of them
can hold a scene for ever."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.world.character import Character
from game.world.commands.params import Duration, Name, Number, Text, Who
from game.world.commands.registry import Command, command
from game.world.waits import Wait, WaitSteps

if TYPE_CHECKING:
    from game.world.stage import Stage

EMOTE_STEPS = 60


def wait(stage: Stage, seconds: float) -> Wait:
    """Pause the scene."""
    return WaitSteps(stage.steps(seconds))


def fade_out(stage: Stage, seconds: float) -> Wait:
    """Fade the screen to black and keep it black (a scene that ends black fades in)."""
    return stage.screen_fade(255, stage.steps(seconds))


def fade_in(stage: Stage, seconds: float) -> Wait:
    """Bring the picture back after `<<fade_out>>`."""
    return stage.screen_fade(0, stage.steps(seconds))


def lighting(stage: Stage, mode: str, seconds: float) -> Wait | None:
    """Change the light to a mode of assets/lighting.json (day sunset night dawn moon),
    blending over SECONDS (a sunset that animates); 0 changes it at once."""
    return stage.set_lighting(mode, stage.steps(seconds) if seconds > 0 else 1)


def shake(stage: Stage, strength: int, seconds: float) -> None:
    """Shake the screen (players can turn shaking off in the settings)."""
    stage.shake(strength, stage.steps(seconds))


def presence(stage: Stage, who: Character, seconds: float) -> None:
    """An Alpha's presence: a shimmering ring under WHO and a tremor."""
    stage.presence(who, stage.steps(seconds))


def emote(stage: Stage, who: Character, kind: str) -> None:
    """A balloon over a head for a second."""
    who.emote = (stage.content.emotes.frames[kind], EMOTE_STEPS)


def title(stage: Stage, text: str, subtitle: str) -> Wait:
    """A title card (acts, places, time passing); the script waits until it is gone."""
    return stage.show_title(text, subtitle)


COMMANDS: tuple[Command, ...] = (
    command("wait", wait, Duration(hi=30)),
    command("fade_out", fade_out, Duration(hi=10, default=0.5)),
    command("fade_in", fade_in, Duration(hi=10, default=0.5)),
    command("lighting", lighting, Name("MODE", "lighting", about="a mode of assets/lighting.json"),
            Duration(hi=30, default=0.0)),
    command("shake", shake, Number("STRENGTH", 1, 8, key="strength", default=3, whole=True,
                                   unit="pixels"), Duration(hi=5, default=0.5)),
    command("presence", presence, Who(), Duration(hi=10, default=1.5)),
    command("emote", emote, Who(),
            Name("KIND", "emote", about="an emote name of assets/data/emotes.json")),
    command("title", title, Text("TEXT"), Text("SUBTITLE", default="")),
)
