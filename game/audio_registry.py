"""The audio registry: every music track, ambience bed and effect, read from data.

`assets/data/audio.json` names each sound and its file, so adding a track is a
data edit (plus its song text for the build), never a Python one. The game, the
audio build and the map linter all read it through `parse_registry`, so they
cannot disagree. Bad input is a ContentError naming the file and the entry;
numbers must be finite and inside their range (a typo must not deafen anyone).
"""

from __future__ import annotations

import math
import re
from typing import Any, NamedTuple

from game.core.errors import ContentError

REGISTRY = "assets/data/audio.json"
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
SILENCE = ("", "none")


class Track(NamedTuple):
    """A looping sound: a music track or an ambience bed."""

    name: str
    file: str
    loudness: float  # integrated LUFS the build levels the file to
    volume: float = 1.0  # mix level in the game, before the player's volume
    about: str = ""  # where it plays (for docs/AUDIO.md and map makers)


class Effect(NamedTuple):
    """A one-shot sound; `duck` < 1 dips the music while it plays (dialogue blips)."""

    name: str
    file: str
    peak: float  # the build's peak level, in full scale
    volume: float = 1.0
    duck: float = 1.0  # music level multiplier while ducked (1 = no duck)
    duck_steps: int = 0  # logic steps the duck holds after the effect starts
    about: str = ""


class AudioRegistry(NamedTuple):
    music: dict[str, Track]
    ambience: dict[str, Track]
    effects: dict[str, Effect]
    aliases: dict[str, str]  # old music name -> track

    def music_name(self, name: str) -> str | None:
        """The track a script or map means by `name` (aliases resolved), or None."""
        name = self.aliases.get(name, name)
        return name if name in self.music else None

    def known_music(self) -> frozenset[str]:
        """Every name a `music` property or `<<music NAME>>` may use."""
        return frozenset(self.music) | frozenset(self.aliases) | frozenset(SILENCE[1:])

    def known_ambience(self) -> frozenset[str]:
        return frozenset(self.ambience) | frozenset(SILENCE[1:])


def parse_registry(data: Any, source: str = REGISTRY) -> AudioRegistry:
    """Typed registry from the decoded JSON; ContentError on anything wrong."""
    if not isinstance(data, dict):
        raise ContentError(f"{source}: expected an object with music, ambience and effects")
    unknown = set(data) - {"music", "ambience", "effects", "aliases", "comment"}
    if unknown:
        raise ContentError(f"{source}: unknown sections {sorted(unknown)}")
    music = {n: _track(n, e, source, "music") for n, e in _section(data, "music", source)}
    ambience = {n: _track(n, e, source, "ambience")
                for n, e in _section(data, "ambience", source)}
    effects = {n: _effect(n, e, source) for n, e in _section(data, "effects", source)}
    aliases: dict[str, str] = {}
    for old, new in _section(data, "aliases", source):
        if not isinstance(new, str) or new not in music:
            raise ContentError(f"{source}: alias {old!r} points to {new!r}, which is not a "
                               "music track")
        if old in music:
            raise ContentError(f"{source}: alias {old!r} hides the music track of that name")
        aliases[old] = new
    return AudioRegistry(music, ambience, effects, aliases)


def _section(data: dict[str, Any], key: str, source: str) -> list[tuple[str, Any]]:
    part = data.get(key, {})
    if not isinstance(part, dict):
        raise ContentError(f"{source}: '{key}' must be an object of name: entry")
    for name in part:
        if not NAME_RE.match(name):
            raise ContentError(f"{source}: {key} name {name!r} must be lower_case_with_"
                               "underscores")
    return list(part.items())


def _track(name: str, entry: Any, source: str, kind: str) -> Track:
    where = f"{source}: {kind} '{name}'"
    body = _entry(entry, where, {"file", "loudness", "volume", "about"})
    return Track(
        name=name,
        file=_file(body, where),
        loudness=_number(body, "loudness", where, -40.0, -6.0, None),
        volume=_number(body, "volume", where, 0.0, 1.0, 1.0),
        about=str(body.get("about", "")),
    )


def _effect(name: str, entry: Any, source: str) -> Effect:
    where = f"{source}: effect '{name}'"
    body = _entry(entry, where, {"file", "peak", "volume", "duck", "duck_steps", "about"})
    return Effect(
        name=name,
        file=_file(body, where),
        peak=_number(body, "peak", where, 0.01, 0.9, None),
        volume=_number(body, "volume", where, 0.0, 1.0, 1.0),
        duck=_number(body, "duck", where, 0.0, 1.0, 1.0),
        duck_steps=int(_number(body, "duck_steps", where, 0, 600, 0)),
        about=str(body.get("about", "")),
    )


def _entry(entry: Any, where: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise ContentError(f"{where}: expected an object")
    unknown = set(entry) - keys
    if unknown:
        raise ContentError(f"{where}: unknown fields {sorted(unknown)} (known: "
                           f"{', '.join(sorted(keys))})")
    return entry


def _file(body: dict[str, Any], where: str) -> str:
    file = body.get("file")
    if not isinstance(file, str) or not file.startswith("assets/audio/") or ".." in file:
        raise ContentError(f"{where}: 'file' must be a path under assets/audio/")
    if not file.endswith((".ogg", ".wav")):
        raise ContentError(f"{where}: 'file' must be an .ogg (or .wav) file")
    return file


def _number(body: dict[str, Any], key: str, where: str, low: float, high: float,
            default: float | None) -> float:
    value = body.get(key, default)
    if value is None:
        raise ContentError(f"{where}: '{key}' is required")
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not math.isfinite(value) or not low <= value <= high:
        raise ContentError(f"{where}: '{key}' must be a number from {low} to {high}, "
                           f"not {value!r}")
    return float(value)
