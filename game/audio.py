"""Music, ambience and sound effects: one service the app creates and scenes call.

Why it looks like this:
- No I/O at import time; the registry is read and the mixer opened in
  `Audio.__init__`. A machine without sound (no device, `pygame.mixer.init`
  failing) gets `available = False` and a silent no-op for every call.
- Fades count logic steps (`update()` runs once per fixed 1/60 s step), not
  wall time, so fades are as deterministic as the rest of the simulation. The
  music is streamed from its file (`game.audio_stream`: a decoded track is
  megabytes), so a change fades out then in. Ambience beds are small: they are a
  `Layer` of decoded sounds on a pair of reserved channels, cross-faded, under the
  music at their own registry volume.
- Names come from the data registry `assets/data/audio.json` (no directory
  scanning: it breaks in bundles and hides typos). An unknown or missing name is
  logged once, clearly, and never stops the game.
- An effect with `duck` in the registry (the dialogue blip) dips the music for a
  few steps, so a line of dialogue reads over the score without a volume fight.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pygame

from game.audio_registry import REGISTRY, AudioRegistry, Track, parse_registry
from game.audio_stream import MusicStream, Voice, Voices
from game.core.errors import AssetMissing

log = logging.getLogger(__name__)

FADE_STEPS = 60  # one second of logic steps at 60 Hz
DUCK_ATTACK = 0.25  # duck level change per step going down (4 steps)
DUCK_RELEASE = 1.0 / 20  # and coming back up (a third of a second)
MIXER_RATE = 22050  # our files' rate: no resampling when we open the mixer ourselves
AMBIENCE_CHANNELS = (0, 1)
EFFECT_CHANNELS = 14
START_DELAY = 2  # logic steps from a play request to its start: after the first frame


class PathResolver(Protocol):
    """The part of `game.core.assets.AssetResolver` this service needs."""

    def path(self, relative: str) -> Path: ...

    def json(self, relative: str) -> object: ...


class Layer(Voices):
    """Looping sounds on a pair of reserved channels, cross-faded by logic steps."""

    def __init__(self, kind: str, tracks: dict[str, Track], channels: tuple[int, ...],
                 loader: Callable[[str], pygame.mixer.Sound | None], live: bool,
                 warn: Callable[[str, str], None]) -> None:
        self.kind = kind
        self.tracks = tracks
        self.channels = channels
        self._load = loader
        self._live = live
        self._warn = warn
        self.voices: list[Voice] = []  # newest last; at most len(channels)

    def play(self, name: str) -> None:
        track = self._wanted(name)
        if track is None:
            return
        for voice in self.voices:
            voice.target = 0.0
        existing = next((v for v in self.voices if v.track.name == name), None)
        if existing is not None:  # coming back to a track that is fading out
            self.voices.remove(existing)
            existing.target = 1.0
            self.voices.append(existing)
            return
        if len(self.voices) >= len(self.channels):  # a third track: cut the quietest
            self._stop(min(self.voices, key=lambda v: v.level))
        # Decoding a bed takes milliseconds; starting it a step later keeps that out of
        # the frame that asked. The fade-in starts from silence: never heard.
        voice = Voice(track, 0.0, 1.0, pending=START_DELAY if self._live else 0)
        self.voices.append(voice)

    def step(self, rate: float) -> None:
        for voice in list(self.voices):
            if voice.pending:
                voice.pending -= 1
                if voice.pending == 0 and voice.target > 0.0:
                    voice.channel = self._start(voice.track)
            if voice.level < voice.target:
                voice.level = min(voice.target, voice.level + rate)
            elif voice.level > voice.target:
                voice.level = max(voice.target, voice.level - rate)
            if voice.level <= 0.0 and voice.target <= 0.0:
                self._stop(voice)

    def apply(self, gain: float) -> None:
        for voice in self.voices:
            if voice.channel is not None:
                volume = voice.level * voice.track.volume * gain
                pygame.mixer.Channel(voice.channel).set_volume(volume)

    def stop_all(self) -> None:
        for voice in list(self.voices):
            self._stop(voice)

    def _start(self, track: Track) -> int | None:
        sound = self._load(track.file)
        if sound is None:
            return None
        used = {v.channel for v in self.voices}
        for index in self.channels:
            if index not in used:
                channel = pygame.mixer.Channel(index)
                channel.set_volume(0.0)
                channel.play(sound, loops=-1)
                return index
        return None

    def _stop(self, voice: Voice) -> None:
        if voice.channel is not None:
            pygame.mixer.Channel(voice.channel).stop()
        self.voices.remove(voice)


class Audio:
    """Music and ambience with step-counted fades, and one-shot effects."""

    def __init__(
        self,
        assets: PathResolver,
        music_volume: float = 0.8,
        sfx_volume: float = 0.8,
        fade_steps: int = FADE_STEPS,
        registry: AudioRegistry | None = None,
    ) -> None:
        self._assets = assets
        self._warned: set[str] = set()
        self.registry = registry if registry is not None else self._load_registry()
        self.music_volume = _clamp(music_volume)
        self.sfx_volume = _clamp(sfx_volume)
        self.fade_steps = max(1, fade_steps)
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._looping = {t.file for t in self.registry.ambience.values()}
        self.available = self._open_mixer()
        self._music = MusicStream(self.registry.music, self._assets.path, self.available,
                                  self._warn, START_DELAY)
        self._ambience = Layer("ambience", self.registry.ambience, AMBIENCE_CHANNELS,
                               self._sound, self.available, self._warn)
        self.duck = 1.0  # music level multiplier, 1 = not ducked
        self._duck_depth = 1.0
        self._duck_hold = 0

    # -- public API ---------------------------------------------------------------

    @property
    def music(self) -> str:
        """The track playing or fading in ("" when silent or fading out)."""
        return self._music.current

    @property
    def ambience(self) -> str:
        """The ambience bed playing or fading in ("" when none)."""
        return self._ambience.current

    @property
    def levels(self) -> dict[str, float]:
        """Fade level (0..1) of every track still sounding; for tests and the F3 overlay."""
        return {v.track.name: v.level for v in self._music.voices}

    @property
    def ambience_levels(self) -> dict[str, float]:
        return {v.track.name: v.level for v in self._ambience.voices}

    def play_music(self, name: str) -> None:
        """Fade over to `name`; "" or "none" fades out; the same name keeps playing."""
        name = name.strip()
        self._music.play(self.registry.music_name(name) or name)

    def play_ambience(self, name: str) -> None:
        """Cross-fade the bed under the music to `name`; "" or "none" fades it out."""
        self._ambience.play(name.strip())

    def preload_sfx(self, *names: str) -> None:
        """Decode these effects now (while the screen is black), not on their first
        play: a first footstep or door took a millisecond of a frame to decode."""
        for name in names:
            effect = self.registry.effects.get(name)
            if effect is not None and self.available:
                self._sound(effect.file)

    def play_sfx(self, name: str) -> None:
        """Play a one-shot effect; unknown or missing names warn once and do nothing."""
        effect = self.registry.effects.get(name)
        if effect is None:
            self._warn(f"sfx:{name}", f"unknown sound effect {name!r} "
                       f"(known: {', '.join(self.registry.effects)})")
            return
        if effect.duck < 1.0:
            self._duck_depth = min(effect.duck, self._duck_depth if self._duck_hold else 1.0)
            self._duck_hold = max(self._duck_hold, effect.duck_steps)
        if not self.available:
            return
        sound = self._sound(effect.file)
        if sound is not None:
            sound.set_volume(self.sfx_volume * effect.volume)
            sound.play()

    def set_volumes(self, music: float, sfx: float) -> None:
        """Set both volumes (0..1); music changes at once, effects from the next play.

        Ambience beds follow the music volume: they are part of the score's mix.
        """
        self.music_volume, self.sfx_volume = _clamp(music), _clamp(sfx)
        self._apply()

    def update(self) -> None:
        """Advance fades and the duck by one logic step; finished fade-outs free their track."""
        rate = 1.0 / self.fade_steps
        self._music.step(rate)
        self._ambience.step(rate)
        if self._duck_hold > 0:
            self._duck_hold -= 1
            self.duck = max(self._duck_depth, self.duck - DUCK_ATTACK)
        else:
            self.duck = min(1.0, self.duck + DUCK_RELEASE)
        self._forget_unused()
        self._apply()

    def stop(self) -> None:
        """Silence everything at once (quitting, tests)."""
        self._music.stop_all()
        self._ambience.stop_all()
        self._forget_unused()
        if self.available:
            pygame.mixer.stop()

    # -- helpers ------------------------------------------------------------------

    def _load_registry(self) -> AudioRegistry:
        """The registry; a tree without one (a test slice) runs silent, with a warning.

        A registry that is there but broken is a ContentError: someone is editing it.
        """
        try:
            data = self._assets.json(REGISTRY)
        except AssetMissing as err:
            self._warn(REGISTRY, f"{err}: the game runs without music or effects")
            return AudioRegistry({}, {}, {}, {})
        return parse_registry(data, REGISTRY)

    def _open_mixer(self) -> bool:
        try:
            if pygame.mixer.get_init() is None:
                pygame.mixer.init(frequency=MIXER_RATE, size=-16, channels=2, buffer=512)
            pygame.mixer.set_num_channels(len(AMBIENCE_CHANNELS) + EFFECT_CHANNELS)
            pygame.mixer.set_reserved(len(AMBIENCE_CHANNELS))
        except (pygame.error, NotImplementedError) as err:
            log.info("no audio device (%s): the game runs silent", err)
            return False
        return True

    def _apply(self) -> None:
        if not self.available:
            return
        self._music.apply(self.music_volume * self.duck)
        self._ambience.apply(self.music_volume)

    def _forget_unused(self) -> None:
        """Decoded beds are megabytes: drop those the ambience plays no more."""
        playing = {v.track.file for v in self._ambience.voices}
        for file in [f for f in self._sounds if f in self._looping and f not in playing]:
            del self._sounds[file]

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
