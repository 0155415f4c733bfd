"""Music and sound effects: one service the app creates and scenes call.

Why it looks like this:
- No I/O at import time; the mixer is opened in `Audio.__init__`, and a machine
  without sound (no device, `pygame.mixer.init` failing) gets `available = False`
  and a silent no-op for every call, never an error.
- Cross-fades count logic steps (`update()` runs once per fixed 1/60 s step), not
  wall time, so fades are as deterministic as the rest of the simulation. Each
  music track plays as a looping `Sound` on one of two reserved channels, so the
  outgoing and incoming tracks can overlap while the effects use the others.
- Names come from an explicit registry below (no directory scanning: it breaks in
  bundles and hides typos). An unknown or missing name is logged once, clearly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pygame

log = logging.getLogger(__name__)

MUSIC: tuple[str, ...] = (
    "title",
    "palace",
    "garden_party",
    "balcony",
    "slums",
    "tension",
    "battle",
    "ending",
)
SFX: tuple[str, ...] = (
    "footstep",
    "door",
    "blip",
    "menu_move",
    "menu_confirm",
    "menu_cancel",
    "shot",
    "enemy_shot",
    "explosion",
    "shield_hit",
    "item",
    "save",
    "spotted",
    "caught",
    "scan",
    "firework",
)
SILENCE = ("", "none")
FADE_STEPS = 60  # one second of logic steps at 60 Hz
MIXER_RATE = 22050  # our files' rate: no resampling when we open the mixer ourselves
MUSIC_CHANNELS = 2
EFFECT_CHANNELS = 14


def music_path(name: str) -> str:
    return f"assets/audio/music/{name}.wav"


def sfx_path(name: str) -> str:
    return f"assets/audio/sfx/{name}.wav"


class PathResolver(Protocol):
    """The part of `game.core.assets.AssetResolver` this service needs."""

    def path(self, relative: str) -> Path: ...


@dataclass
class _Voice:
    """One music track in the mix and where its fade is heading."""

    name: str
    level: float  # 0..1, before the music volume is applied
    target: float
    channel: int | None = None  # index of the reserved mixer channel, if sounding

    def mixer_channel(self) -> pygame.mixer.Channel | None:
        return None if self.channel is None else pygame.mixer.Channel(self.channel)


class Audio:
    """Music with step-counted cross-fades, and one-shot effects."""

    def __init__(
        self,
        assets: PathResolver,
        music_volume: float = 0.8,
        sfx_volume: float = 0.8,
        fade_steps: int = FADE_STEPS,
    ) -> None:
        self._assets = assets
        self.music_volume = _clamp(music_volume)
        self.sfx_volume = _clamp(sfx_volume)
        self.fade_steps = max(1, fade_steps)
        self._voices: list[_Voice] = []  # newest last; at most MUSIC_CHANNELS
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._warned: set[str] = set()
        self.available = self._open_mixer()

    # -- public API ---------------------------------------------------------------

    @property
    def music(self) -> str:
        """The track playing or fading in ("" when silent or fading out)."""
        if self._voices and self._voices[-1].target > 0.0:
            return self._voices[-1].name
        return ""

    @property
    def levels(self) -> dict[str, float]:
        """Fade level (0..1) of every track still sounding; for tests and the F3 overlay."""
        return {v.name: v.level for v in self._voices}

    def play_music(self, name: str) -> None:
        """Cross-fade to `name`; "" or "none" fades out; the same name keeps playing."""
        name = name.strip()
        if name.lower() in SILENCE:
            for voice in self._voices:
                voice.target = 0.0
            return
        if name not in MUSIC:
            self._warn(name, f"unknown music track {name!r} (known: {', '.join(MUSIC)})")
            return
        if name == self.music:
            return
        for voice in self._voices:
            voice.target = 0.0
        existing = next((v for v in self._voices if v.name == name), None)
        if existing is not None:  # coming back to a track that is fading out
            self._voices.remove(existing)
            existing.target = 1.0
            self._voices.append(existing)
            return
        if len(self._voices) >= MUSIC_CHANNELS:  # a third track: cut the quietest
            self._stop(min(self._voices, key=lambda v: v.level))
        voice = _Voice(name, 0.0, 1.0)
        if self.available:
            voice.channel = self._start(name)
        self._voices.append(voice)

    def play_sfx(self, name: str) -> None:
        """Play a one-shot effect; unknown or missing names warn once and do nothing."""
        if name not in SFX:
            self._warn(name, f"unknown sound effect {name!r} (known: {', '.join(SFX)})")
            return
        if not self.available:
            return
        sound = self._sound(sfx_path(name))
        if sound is not None:
            sound.set_volume(self.sfx_volume)
            sound.play()

    def set_volumes(self, music: float, sfx: float) -> None:
        """Set both volumes (0..1); music changes at once, effects from the next play."""
        self.music_volume, self.sfx_volume = _clamp(music), _clamp(sfx)
        self._apply()

    def update(self) -> None:
        """Advance fades by one logic step; finished fade-outs stop and free their track."""
        step = 1.0 / self.fade_steps
        for voice in list(self._voices):
            if voice.level < voice.target:
                voice.level = min(voice.target, voice.level + step)
            elif voice.level > voice.target:
                voice.level = max(voice.target, voice.level - step)
            if voice.level <= 0.0 and voice.target <= 0.0:
                self._stop(voice)
        self._apply()

    def stop(self) -> None:
        """Silence everything at once (quitting, tests)."""
        for voice in list(self._voices):
            self._stop(voice)
        if self.available:
            pygame.mixer.stop()

    # -- helpers ------------------------------------------------------------------

    def _open_mixer(self) -> bool:
        try:
            if pygame.mixer.get_init() is None:
                pygame.mixer.init(frequency=MIXER_RATE, size=-16, channels=2, buffer=512)
            pygame.mixer.set_num_channels(MUSIC_CHANNELS + EFFECT_CHANNELS)
            pygame.mixer.set_reserved(MUSIC_CHANNELS)
        except (pygame.error, NotImplementedError) as err:
            log.info("no audio device (%s): the game runs silent", err)
            return False
        return True

    def _start(self, name: str) -> int | None:
        sound = self._sound(music_path(name))
        if sound is None:
            return None
        used = {v.channel for v in self._voices}
        for index in range(MUSIC_CHANNELS):
            if index not in used:
                channel = pygame.mixer.Channel(index)
                channel.set_volume(0.0)
                channel.play(sound, loops=-1)
                return index
        return None

    def _stop(self, voice: _Voice) -> None:
        channel = voice.mixer_channel()
        if channel is not None:
            channel.stop()
        self._voices.remove(voice)
        if all(v.name != voice.name for v in self._voices):
            self._sounds.pop(music_path(voice.name), None)  # a decoded track is megabytes

    def _apply(self) -> None:
        for voice in self._voices:
            channel = voice.mixer_channel()
            if channel is not None:
                channel.set_volume(voice.level * self.music_volume)

    def _sound(self, relative: str) -> pygame.mixer.Sound | None:
        sound = self._sounds.get(relative)
        if sound is None:
            try:
                sound = pygame.mixer.Sound(str(self._assets.path(relative)))
            except Exception as err:  # AssetMissing, pygame.error, OSError: never fatal
                self._warn(relative, f"cannot load {relative}: {err}")
                return None
            self._sounds[relative] = sound
        return sound

    def _warn(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning(message)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value)))
