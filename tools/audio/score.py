"""The song text format: a composer writes notes, not Python.

A song file (``tools/audio/songs/<name>.txt``) reads top to bottom::

    # comments start with '#' (at a line start or after a space)
    tempo 96                      # quarter notes per minute
    meter 3/4                     # beats per bar / beat unit
    bars 16                       # the loop is exactly this many bars
    echo delay=3/8 feedback=0.35 mix=0.3

    instrument lead pulse duty=0.25 adsr=0.02,0.2,0.6,0.3 vibrato=5.5,0.12,0.3 gain=0.2
    instrument kit drums gain=0.5

    channel melody lead
      D5 4. A4 8 D5 8 E5 8 | F5 2 r 4 |
    channel beat kit
      [ k 4 h 8 h 8 s 4 | ]x16

A note is a pitch and a duration: ``C#4 8`` (eighth), ``G3 2.`` (dotted half),
``E5 4+16`` (tied values). ``r`` rests, ``~`` holds the previous note longer,
``D4/F4/A4 2`` is a chord, a trailing ``!`` on the pitch accents it. Drum channels
use hit names (``k`` kick, ``s`` snare, ``h`` hat, ``o`` open hat, ``c`` crash,
``t`` tom), also joinable with ``/``. ``|`` marks a bar line and is *checked*: a
bar that does not add up is an error naming the song, channel and bar, which is
how every loop stays exactly ``bars`` long. ``[ ... ]xN`` repeats a group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

COMMENT_RE = re.compile(r"(^|\s)#.*$")  # '#' after a space: C#4 is a note, not a comment
NOTE_RE = re.compile(r"^([A-G])(#|b)?(-?\d)$")
PITCH_CLASS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
DRUM_HITS = frozenset("kshoct")
WAVES = frozenset({"pulse", "square", "triangle", "saw", "sine", "noise", "drums"})


class ScoreError(ValueError):
    """A song file that does not parse or whose bars do not add up."""


@dataclass(frozen=True)
class Instrument:
    """How a channel sounds: a waveform plus its shaping parameters."""

    name: str
    wave: str
    duty: float = 0.5
    adsr: tuple[float, float, float, float] = (0.01, 0.1, 0.7, 0.15)
    vibrato: tuple[float, float, float] = (0.0, 0.0, 0.0)  # rate Hz, depth semitones, delay s
    gain: float = 0.3
    echo: float = 0.0  # send level into the song's echo bus
    lowpass: float = 0.0  # one-pole cutoff in Hz; 0 = open
    gate: float = 0.92  # fraction of a note's length before its release starts
    arp: float = 0.0  # seconds per arpeggio step for chords; 0 = play chords together
    detune: float = 0.0  # cents of a second, slightly sharp oscillator (chorus)
    octave: int = 0  # transpose the whole channel by octaves


@dataclass(frozen=True)
class Event:
    """One note, chord or drum hit, timed in whole notes from the loop start."""

    start: Fraction
    length: Fraction
    pitches: tuple[str, ...]
    accent: bool = False


@dataclass
class Channel:
    name: str
    instrument: str
    events: list[Event] = field(default_factory=list)


@dataclass
class Song:
    """A parsed song; `loop_length` is in whole notes."""

    name: str
    tempo: float = 120.0
    meter: tuple[int, int] = (4, 4)
    bars: int = 8
    echo_delay: Fraction = Fraction(3, 16)
    echo_feedback: float = 0.3
    echo_mix: float = 0.25
    gain: float = 1.0
    instruments: dict[str, Instrument] = field(default_factory=dict)
    channels: list[Channel] = field(default_factory=list)

    @property
    def bar_length(self) -> Fraction:
        return Fraction(self.meter[0], self.meter[1])

    @property
    def loop_length(self) -> Fraction:
        return self.bar_length * self.bars

    def seconds(self, whole_notes: Fraction | float) -> float:
        """Length in seconds of a span given in whole notes (tempo counts quarters)."""
        return float(whole_notes) * 4.0 * 60.0 / self.tempo


def midi_number(pitch: str) -> int:
    """MIDI number of a note name such as ``C#4`` (A4 = 69)."""
    match = NOTE_RE.match(pitch)
    if not match:
        raise ScoreError(f"not a note name: {pitch!r}")
    letter, accidental, octave = match.groups()
    shift = {"#": 1, "b": -1}.get(accidental or "", 0)
    return (int(octave) + 1) * 12 + PITCH_CLASS[letter] + shift


def parse_duration(text: str) -> Fraction:
    """``8`` -> 1/8, ``4.`` -> 3/8, ``2+8`` -> 5/8 (in whole notes)."""
    total = Fraction(0)
    for part in text.split("+"):
        dotted = part.endswith(".")
        base = part.rstrip(".")
        if not base.isdigit() or int(base) not in (1, 2, 4, 8, 16, 32):
            raise ScoreError(f"not a note value: {text!r}")
        value = Fraction(1, int(base))
        total += value * Fraction(3, 2) if dotted else value
    return total


def parse_song(name: str, text: str) -> Song:
    """Parse a song file's text; raises ScoreError with a line or bar reference."""
    song = Song(name=name)
    bodies: list[tuple[Channel, list[str]]] = []
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = COMMENT_RE.sub("", raw).rstrip()
        if not line.strip():
            continue
        if raw[0].isspace():
            if current is None:
                raise ScoreError(f"{name}:{number}: notes outside a channel")
            current.extend(line.split())
            continue
        words = line.split()
        keyword, args = words[0], words[1:]
        try:
            if keyword == "channel":
                channel = Channel(args[0], args[1])
                current = args[2:]
                bodies.append((channel, current))
                song.channels.append(channel)
            else:
                current = None
                _directive(song, keyword, args)
        except (IndexError, ValueError) as err:
            raise ScoreError(f"{name}:{number}: {err or 'missing value'}") from None
    for channel, tokens in bodies:
        if channel.instrument not in song.instruments:
            raise ScoreError(f"{name}: channel {channel.name} uses unknown {channel.instrument}")
        drums = song.instruments[channel.instrument].wave == "drums"
        channel.events = _events(song, channel.name, _expand(tokens, name), drums)
    return song


def load_song(path: Path) -> Song:
    return parse_song(path.stem, path.read_text(encoding="utf-8"))


def _directive(song: Song, keyword: str, args: list[str]) -> None:
    if keyword == "tempo":
        song.tempo = float(args[0])
    elif keyword == "meter":
        top, bottom = args[0].split("/")
        song.meter = (int(top), int(bottom))
    elif keyword == "bars":
        song.bars = int(args[0])
    elif keyword == "gain":
        song.gain = float(args[0])
    elif keyword == "echo":
        opts = _options(args)
        song.echo_delay = Fraction(opts.pop("delay", "3/16"))
        song.echo_feedback = float(opts.pop("feedback", 0.3))
        song.echo_mix = float(opts.pop("mix", 0.25))
        if opts:
            raise ValueError(f"unknown echo options {sorted(opts)}")
    elif keyword == "instrument":
        song.instruments[args[0]] = _instrument(args[0], args[1], _options(args[2:]))
    else:
        raise ValueError(f"unknown directive {keyword!r}")


def _options(args: list[str]) -> dict[str, str]:
    opts: dict[str, str] = {}
    for arg in args:
        key, sep, value = arg.partition("=")
        if not sep:
            raise ValueError(f"expected key=value, got {arg!r}")
        opts[key] = value
    return opts


def _floats(text: str, count: int) -> tuple[float, ...]:
    values = tuple(float(v) for v in text.split(","))
    if len(values) != count:
        raise ValueError(f"expected {count} comma-separated numbers, got {text!r}")
    return values


def _instrument(name: str, wave: str, opts: dict[str, str]) -> Instrument:
    if wave not in WAVES:
        raise ValueError(f"unknown wave {wave!r} (one of {sorted(WAVES)})")
    kwargs: dict[str, object] = {}
    for key, value in opts.items():
        if key == "adsr":
            kwargs[key] = _floats(value, 4)
        elif key == "vibrato":
            kwargs[key] = _floats(value, 3)
        elif key == "octave":
            kwargs[key] = int(value)
        elif key in ("duty", "gain", "echo", "lowpass", "gate", "arp", "detune"):
            kwargs[key] = float(value)
        else:
            raise ValueError(f"unknown instrument option {key!r}")
    if wave == "square":
        wave, kwargs["duty"] = "pulse", 0.5
    return Instrument(name, wave, **kwargs)  # type: ignore[arg-type]


def _expand(tokens: list[str], song: str) -> list[str]:
    """Unroll ``[ ... ]xN`` groups (nestable) into a flat token list."""
    out: list[str] = []
    stack: list[list[str]] = [out]
    for token in tokens:
        if token == "[":
            stack.append([])
        elif token.startswith("]x"):
            if len(stack) == 1 or not token[2:].isdigit():
                raise ScoreError(f"{song}: unbalanced or bad repeat {token!r}")
            group = stack.pop()
            stack[-1].extend(group * int(token[2:]))
        else:
            stack[-1].append(token)
    if len(stack) != 1:
        raise ScoreError(f"{song}: a '[' group is never closed")
    return out


def _events(song: Song, channel: str, tokens: list[str], drums: bool) -> list[Event]:
    """Turn flat tokens into timed events, checking every bar line."""
    where = f"{song.name}: channel {channel}"
    events: list[Event] = []
    time = Fraction(0)
    bar_start = Fraction(0)
    bar = 1
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "|":
            if time - bar_start != song.bar_length:
                have = time - bar_start
                raise ScoreError(f"{where}: bar {bar} lasts {have}, not {song.bar_length}")
            bar_start, bar = time, bar + 1
            i += 1
            continue
        if i + 1 >= len(tokens):
            raise ScoreError(f"{where}: bar {bar}: {token!r} has no duration")
        try:
            length = parse_duration(tokens[i + 1])
        except ScoreError as err:
            raise ScoreError(f"{where}: bar {bar}: {err}") from None
        pitch = token
        if pitch == "~":
            if not events or events[-1].start + events[-1].length != time:
                raise ScoreError(f"{where}: bar {bar}: '~' with no note before it")
            last = events[-1]
            events[-1] = Event(last.start, last.length + length, last.pitches, last.accent)
        elif pitch != "r":
            accent = pitch.endswith("!")
            parts = tuple(pitch.rstrip("!").split("/"))
            for part in parts:
                if drums and part not in DRUM_HITS:
                    raise ScoreError(f"{where}: bar {bar}: unknown drum {part!r}")
                if not drums:
                    try:
                        midi_number(part)
                    except ScoreError as err:
                        raise ScoreError(f"{where}: bar {bar}: {err}") from None
            events.append(Event(time, length, parts, accent))
        time += length
        i += 2
    if time != song.loop_length:
        raise ScoreError(f"{where}: lasts {time} whole notes, the loop is {song.loop_length}")
    return events
