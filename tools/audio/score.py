"""The song text format: a composer writes notes, not Python.

A song file (``tools/audio/songs/<name>.txt``) reads top to bottom::

    # comments start with '#' (at a line start or after a space)
    tempo 96                      # quarter notes per minute
    meter 3/4                     # beats per bar / beat unit
    echo delay=3/8 feedback=0.35 mix=0.3

    instrument lead pulse duty=0.25 adsr=0.02,0.2,0.6,0.3 vibrato=5.5,0.12,0.3 gain=0.2
    instrument kit drums gain=0.5

    section A bars=8              # a section: the channels below play in it
    channel melody lead
      D5 4. A4 8 D5 8 E5 8 | F5 2 r 4 | ...
    channel harmony keys style=arp8
      %Dm 2. | %Bb 2. | ...
    channel beat kit
      [ k 4 h 8 h 8 s 4 | ]x8
    section B bars=8
      ...
    form A B A+2 B A              # play order; +N/-N transposes a section

A note is a pitch and a duration: ``C#4 8`` (eighth), ``G3 2.`` (dotted half),
``E5 4+16`` (tied values). ``r`` rests, ``~`` holds the previous note longer,
``D4/F4/A4 2`` is a chord, a trailing ``!`` on the pitch accents it. ``%Dm7 1`` is
a chord symbol that the channel's ``style=`` turns into notes (see harmony.py).
``@name`` recalls a motif defined with ``motif name TONIC`` (here or in the shared
``motifs.txt``), ``@name(t=-3,s=2,m=minor)`` changed: transposed, stretched, minor.
Drum channels use hit names (``k`` kick, ``s`` snare, ``h`` hat, ``o`` open hat,
``c`` crash, ``t`` tom), joinable with ``/``. ``|`` marks a bar line and is
*checked*: a bar that does not add up is an error naming the song, section,
channel and bar, which is how every loop stays exactly as long as its form.
``[ ... ]xN`` repeats a group. A file without ``section`` is one section of
``bars`` bars (the older, short-loop form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from tools.audio.harmony import transpose
from tools.audio.notes import (
    COMMENT_RE,
    Event,
    Motifs,
    ScoreError,
    expand_motifs,
    expand_repeats,
    parse_duration,
    parse_motifs,
    to_events,
)

__all__ = ["Channel", "Event", "Instrument", "ScoreError", "Song", "load_song",
           "parse_duration", "parse_motifs", "parse_song"]

FORM_RE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)([+-]\d+)?$")
WAVES = frozenset({"pulse", "square", "triangle", "saw", "sine", "noise", "drums"})


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


@dataclass
class Channel:
    name: str
    instrument: str
    events: list[Event] = field(default_factory=list)


@dataclass
class _Body:
    """One channel's text inside one section, before the form places it."""

    section: str
    channel: str
    instrument: str
    style: str
    tokens: list[str]


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
    sections: dict[str, int] = field(default_factory=dict)  # name -> bars
    form: list[tuple[str, int]] = field(default_factory=list)  # (section, transpose)

    @property
    def bar_length(self) -> Fraction:
        return Fraction(self.meter[0], self.meter[1])

    @property
    def loop_length(self) -> Fraction:
        return self.bar_length * self.bars

    def seconds(self, whole_notes: Fraction | float) -> float:
        """Length in seconds of a span given in whole notes (tempo counts quarters)."""
        return float(whole_notes) * 4.0 * 60.0 / self.tempo


def parse_song(name: str, text: str,
               shared: Motifs | None = None) -> Song:
    """Parse a song file's text; raises ScoreError with a line or bar reference."""
    song = Song(name=name)
    motifs = dict(shared or {})
    motifs.update(parse_motifs(text, name))
    bodies: list[_Body] = []
    current: list[str] | None = None
    section = ""
    explicit_bars = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = COMMENT_RE.sub("", raw).rstrip()
        if not line.strip():
            continue
        if raw[0].isspace():
            if current is None:
                raise ScoreError(f"{name}:{number}: notes outside a channel or motif")
            current.extend(line.split())
            continue
        words = line.split()
        keyword, args = words[0], words[1:]
        try:
            current = None
            if keyword == "channel":
                style = next((a[6:] for a in args[2:] if a.startswith("style=")), "")
                notes = [a for a in args[2:] if not a.startswith("style=")]
                body = _Body(section, args[0], args[1], style, notes)
                bodies.append(body)
                current = body.tokens
            elif keyword == "section":
                section = args[0]
                opts = _options(args[1:])
                song.sections[section] = int(opts.pop("bars"))
                if opts:
                    raise ValueError(f"unknown section options {sorted(opts)}")
            elif keyword == "form":
                song.form = [_form_entry(a) for a in args]
            elif keyword == "motif":
                current = []  # parsed by parse_motifs; skip the body here
            else:
                explicit_bars |= keyword == "bars"
                _directive(song, keyword, args)
        except (IndexError, KeyError, ValueError) as err:
            raise ScoreError(f"{name}:{number}: {err or 'missing value'}") from None
    _arrange(song, bodies, motifs, explicit_bars)
    return song


def load_song(path: Path, shared: Motifs | None = None) -> Song:
    return parse_song(path.stem, path.read_text(encoding="utf-8"), shared)


def _form_entry(text: str) -> tuple[str, int]:
    match = FORM_RE.match(text)
    if not match:
        raise ValueError(f"bad form entry {text!r} (write A, A+2 or A-3)")
    return match.group(1), int(match.group(2) or 0)


def _arrange(song: Song, bodies: list[_Body], motifs: Motifs,
             explicit_bars: bool) -> None:
    """Place every section's channels at each of its places in the form."""
    if not song.sections:
        song.sections = {"": song.bars}
        song.form = [("", 0)]
    elif not song.form:
        song.form = [(s, 0) for s in song.sections]
    for sec, _ in song.form:
        if sec not in song.sections:
            raise ScoreError(f"{song.name}: the form plays section {sec!r}, which is not "
                             f"defined (sections: {', '.join(song.sections)})")
    total = sum(song.sections[s] for s, _ in song.form)
    if explicit_bars and song.sections.keys() != {""} and total != song.bars:
        raise ScoreError(f"{song.name}: 'bars {song.bars}' but the form lasts {total} bars")
    song.bars = total
    parsed: dict[tuple[str, str, str], tuple[_Body, list[Event]]] = {}
    for body in bodies:
        if body.instrument not in song.instruments:
            raise ScoreError(f"{song.name}: channel {body.channel} uses unknown "
                             f"{body.instrument}")
        if body.section not in song.sections:
            raise ScoreError(f"{song.name}: channel {body.channel} is outside any section")
        drums = song.instruments[body.instrument].wave == "drums"
        where = f"{song.name}: " + (f"section {body.section} " if body.section else "")
        where += f"channel {body.channel}"
        tokens = expand_motifs(expand_repeats(body.tokens, song.name), motifs, where)
        events = to_events(where, tokens, drums, song.bar_length, song.sections[body.section],
                           Fraction(1, song.meter[1]), body.style)
        parsed[(body.section, body.channel, body.instrument)] = (body, events)
    channels: dict[tuple[str, str], Channel] = {}
    start = Fraction(0)
    for sec, shift in song.form:
        for (body_sec, chan, inst), (_, events) in parsed.items():
            if body_sec != sec:
                continue
            channel = channels.setdefault((chan, inst), Channel(chan, inst))
            drums = song.instruments[inst].wave == "drums"
            for ev in events:
                pitches = ev.pitches if drums else tuple(transpose(p, shift) for p in ev.pitches)
                channel.events.append(Event(start + ev.start, ev.length, pitches, ev.accent))
        start += song.bar_length * song.sections[sec]
    song.channels = list(channels.values())


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


