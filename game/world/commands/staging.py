"""Staging commands: close framing, particles, a flash, a tint, a slow-motion beat.

They frame a moment rather than tell it: `<<zoom Kara>>` pushes in on a face,
`<<particles fireflies firefly_box>>` lets the fireflies out. Effects are data
(assets/data/particles.json); colours are names of assets/data/palette.json.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.world.commands.params import Duration, Name, Number, Spot, Tile
from game.world.commands.registry import Command, command
from game.world.waits import Wait

if TYPE_CHECKING:
    from game.world.stage import Stage


def zoom(stage: Stage, to: tuple[float, float], scale: int, seconds: float) -> Wait:
    """Push in on WHO, a Spawn or a tile: the region around it is drawn SCALE times
    larger (a whole number, so pixels stay crisp), easing in over SECONDS; the
    dialogue box and HUD stay their normal size. `<<zoom_out>>` pulls back."""
    return stage.zoom.to(scale, stage.steps(seconds), focus=to)


def zoom_out(stage: Stage, seconds: float) -> Wait:
    """Pull back out of a close framing to the whole view."""
    return stage.zoom.to(1, stage.steps(seconds))


def particles(stage: Stage, effect: str, at: tuple[float, float], seconds: float) -> None:
    """Start a particle effect of assets/data/particles.json at WHO, a Spawn or a tile;
    it runs for SECONDS (0: until `<<particles_off>>` or the map changes). Starting an
    effect that runs already moves it; its old particles live out their lives."""
    steps = stage.steps(seconds) if seconds > 0 else None
    stage.start_particles(effect, effect, at[0], at[1], steps)


def particles_off(stage: Stage, effect: str) -> None:
    """Stop one effect (or `all`); the particles in the air fade on their own."""
    stage.particles.stop(None if effect == "all" else effect)


def flash(stage: Stage, colour: str, seconds: float) -> None:
    """A flash of colour over the whole picture that fades out (a blow, a portal)."""
    stage.flash.start(stage.content.palette[colour], stage.steps(seconds))


def tint(stage: Stage, colour: str, strength: float, seconds: float) -> Wait | None:
    """Wash the world in a palette colour (STRENGTH 0 to 1), blending over SECONDS;
    `<<tint none>>` takes it away. The box and the HUD keep their colours."""
    rgb = None if colour == "none" else stage.content.palette[colour]
    blend = stage.tint.to(rgb, strength, stage.steps(seconds) if seconds > 0 else 1)
    return blend if seconds > 0 else None


def slowmo(stage: Stage, factor: float, seconds: float) -> None:
    """A slow-motion beat: for SECONDS the world moves at FACTOR of its speed (walks,
    particles, animation); the script and the dialogue go on at normal speed."""
    stage.slowmo.start(factor, stage.steps(seconds))


def _at() -> Spot:
    return Spot("WHO|SPAWN", key="at")


def _effect() -> Name:
    return Name("EFFECT", "effect", key="effect",
                about="an effect of assets/data/particles.json")


def _colour(default: object = ..., silence: tuple[str, ...] = ()) -> Name:
    return Name("COLOUR", "colour", key="colour", default=default, silence=silence,
                about="a colour of assets/data/palette.json")


def _scale() -> Number:
    return Number("SCALE", 2, 4, key="scale", default=2, whole=True, unit="times")


COMMANDS: tuple[Command, ...] = (
    # the tile forms first: "12 3" must never be read as a Spawn named "12"
    command("zoom", zoom, Tile(), _scale(), Duration(hi=5, default=0.8),
            alt=[(Spot("WHO|SPAWN"), _scale(), Duration(hi=5, default=0.8))]),
    command("zoom_out", zoom_out, Duration(hi=5, default=0.8)),
    command("particles", particles, _effect(), Tile(key="at"), Duration(hi=120, default=0.0),
            alt=[(_effect(), _at(), Duration(hi=120, default=0.0))]),
    command("particles_off", particles_off,
            Name("EFFECT", "effect", key="effect", default="all", silence=("all",),
                 about="an effect of assets/data/particles.json")),
    command("flash", flash, _colour(default="white"), Duration(hi=3, default=0.3)),
    command("tint", tint, _colour(silence=("none",)),
            Number("STRENGTH", 0, 1, key="strength", default=0.35),
            Duration(hi=10, default=0.0)),
    command("slowmo", slowmo, Number("FACTOR", 0.1, 1, key="factor"),
            Duration(hi=10, default=1.0)),
)
