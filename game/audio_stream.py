"""The music, streamed from its file by `pygame.mixer.music`.

Why: a track held as a decoded `Sound` is 8-9 MB (100 s at 22,050 Hz, 16-bit
stereo), two of them during a cross-fade, and glibc kept the freed blocks of the
earlier ones: a tour of every map peaked 40 MB above the same tour with sound off.
The stream decodes a few kilobytes at a time instead, and opening a file is quick
enough for the frame that asks (nothing to decode off the main thread any more).

There is one stream, so a change is a fade-out then a fade-in, not an overlap.
Both are counted in logic steps, like every other fade, so replays stay identical.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.audio_registry import SILENCE, Track

OUT_SPEED = 2  # the outgoing track fades twice as fast as the next one comes in
EPSILON = 1e-9


@dataclass
class Voice:
    """A looping track, its fade, and where it sounds: the stream (`sounding`) or, for
    an ambience bed, a reserved mixer channel (`game.audio.Layer`)."""

    track: Track
    level: float  # 0..1, before the volumes are applied
    target: float
    pending: int = 0  # logic steps (once first in line) until it is opened and started
    started: bool = False  # its start was tried (a missing file is tried once)
    sounding: bool = False  # opened and playing in the stream
    channel: int | None = None  # index of the reserved mixer channel, if sounding


class Voices:
    """What the music stream and the ambience beds share: their voices, the track now
    wanted, and how a request for a track is read (silence, unknown, already on)."""

    kind = "music track"
    tracks: dict[str, Track]
    voices: list[Voice]
    _warn: Callable[[str, str], None]

    @property
    def current(self) -> str:
        """The track playing or coming in ("" when silent or fading out)."""
        if self.voices and self.voices[-1].target > 0.0:
            return self.voices[-1].track.name
        return ""

    def _wanted(self, name: str) -> Track | None:
        """The track a `play(name)` must bring in, or None when there is none to start:
        silence (every voice fades out), an unknown name (warned once), or the track
        already playing."""
        if name.lower() in SILENCE:
            for voice in self.voices:
                voice.target = 0.0
            return None
        track = self.tracks.get(name)
        if track is None:
            self._warn(f"{self.kind}:{name}", f"unknown {self.kind} {name!r} "
                       f"(known: {', '.join(self.tracks)})")
            return None
        return None if name == self.current else track


class MusicStream(Voices):
    """The music layer: the first voice owns the stream; a newer one waits for it to
    fade out. A track asked again keeps playing; one fading out comes back up."""

    def __init__(self, tracks: dict[str, Track], path: Callable[[str], Path], live: bool,
                 warn: Callable[[str, str], None], start_delay: int) -> None:
        self.tracks = tracks
        self._path = path
        self._live = live
        self._warn = warn
        self._delay = start_delay
        self.voices: list[Voice] = []  # the stream's first, then at most one waiting

    def play(self, name: str) -> None:
        if name.lower() in SILENCE:
            self.voices[1:] = []  # a track still waiting is never heard
        track = self._wanted(name)
        if track is None:
            return
        if self.voices and self.voices[0].track.name == name:  # back to the fading one
            self.voices[1:] = []
            self.voices[0].target = 1.0
            return
        self.voices[1:] = []  # a track still waiting is never heard
        for voice in self.voices:
            voice.target = 0.0
        self.voices.append(Voice(track, 0.0, 1.0, pending=self._delay if self._live else 0))

    def step(self, rate: float) -> None:
        if not self.voices:
            return
        voice = self.voices[0]
        if voice.pending:
            voice.pending -= 1
        if not voice.pending and not voice.started and voice.target > 0.0:
            voice.started = True
            voice.sounding = self._start(voice.track)
        if voice.level < voice.target:
            voice.level = min(voice.target, voice.level + rate)
        elif voice.level > voice.target:
            voice.level = max(voice.target, voice.level - rate * OUT_SPEED)
        if voice.level <= EPSILON and voice.target <= 0.0:  # steps of 1/30 add up to 1e-16
            self._stop(voice)

    def apply(self, gain: float) -> None:
        if self.voices and self.voices[0].sounding:
            voice = self.voices[0]
            pygame.mixer.music.set_volume(voice.level * voice.track.volume * gain)

    def stop_all(self) -> None:
        if self.voices:
            self._stop(self.voices[0])
        self.voices.clear()

    def _start(self, track: Track) -> bool:
        if not self._live:
            return False
        try:
            pygame.mixer.music.load(str(self._path(track.file)))
            pygame.mixer.music.set_volume(0.0)
            pygame.mixer.music.play(loops=-1)
        except Exception as err:  # AssetMissing, pygame.error, OSError: never fatal
            self._warn(track.file, f"cannot load {track.file}: {err}")
            return False
        return True

    def _stop(self, voice: Voice) -> None:
        if voice.sounding:
            pygame.mixer.music.stop()
            pygame.mixer.music.unload()
        self.voices.remove(voice)
