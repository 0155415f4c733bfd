"""Sound commands: the music under a scene and the effects in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.world.commands.params import Name
from game.world.commands.registry import Command, command

if TYPE_CHECKING:
    from game.world.stage import Stage


def music(stage: Stage, name: str) -> None:
    """Change the music (the old track fades out, the new one in); `<<music none>>` is silence."""
    stage.play_music(name)


def ambience(stage: Stage, name: str) -> None:
    """Change the ambience bed under the music (it cross-fades); `<<ambience none>>` stops it."""
    stage.play_ambience(name)


def sfx(stage: Stage, name: str) -> None:
    """Play a sound effect."""
    stage.play_sfx(name)


COMMANDS: tuple[Command, ...] = (
    command("music", music, Name("NAME", "music", silence=("none",),
                                      about="a music track of assets/data/audio.json")),
    command("ambience", ambience, Name("NAME", "ambience", silence=("none",),
                                       about="an ambience bed of assets/data/audio.json")),
    command("sfx", sfx, Name("NAME", "sfx", about="a sound effect of assets/data/audio.json")),
)
