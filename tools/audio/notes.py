"""From note text to timed events: repeats, motif recalls, bar checks, chord symbols.

The lower half of the song format (tools/audio/score.py reads the file's
structure: directives, sections, the form). Everything here works on one
channel's tokens inside one section and reports mistakes with the song, section,
channel and bar, so a composer can find them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from tools.audio.harmony import HarmonyError, accompany, midi_number, note_name, transform_motif

COMMENT_RE = re.compile(r"(^|\s)#.*$")  # '#' after a space: C#4 is a note, not a comment
MOTIF_RE = re.compile(r"^@([a-z_][a-z0-9_]*)(?:\((.*)\))?$")
DRUM_HITS = frozenset("kshoct")

Motifs = dict[str, tuple[int, list[str]]]


class ScoreError(ValueError):
    """A song file that does not parse or whose bars do not add up."""


@dataclass(frozen=True)
class Event:
    """One note, chord or drum hit, timed in whole notes from the loop start."""

    start: Fraction
    length: Fraction
    pitches: tuple[str, ...]
    accent: bool = False


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


def parse_motifs(text: str, source: str = "motifs") -> Motifs:
    """The ``motif NAME TONIC`` blocks of a text: name -> (tonic pitch class, tokens)."""
    motifs: Motifs = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = COMMENT_RE.sub("", raw).rstrip()
        if not line.strip():
            continue
        if raw[0].isspace():
            if current is not None:
                current.extend(line.split())
            continue
        words = line.split()
        current = None
        if words[0] == "motif":
            if len(words) != 3:
                raise ScoreError(f"{source}:{number}: write 'motif NAME TONIC' (TONIC like C4)")
            try:
                tonic = midi_number(words[2]) % 12
            except HarmonyError as err:
                raise ScoreError(f"{source}:{number}: {err}") from None
            current = []
            motifs[words[1]] = (tonic, current)
    return motifs


def expand_repeats(tokens: list[str], song: str) -> list[str]:
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


def expand_motifs(tokens: list[str], motifs: Motifs,
                   where: str) -> list[str]:
    out: list[str] = []
    for token in tokens:
        match = MOTIF_RE.match(token)
        if not match:
            out.append(token)
            continue
        name, args = match.group(1), match.group(2) or ""
        if name not in motifs:
            raise ScoreError(f"{where}: unknown motif @{name} (known: "
                             f"{', '.join(sorted(motifs)) or 'none'})")
        tonic, body = motifs[name]
        opts = dict(a.split("=", 1) for a in args.split(",") if "=" in a)
        try:
            out.extend(transform_motif(expand_repeats(body, name), tonic, opts))
        except (HarmonyError, ValueError) as err:
            raise ScoreError(f"{where}: @{name}: {err}") from None
    return out


def to_events(where: str, tokens: list[str], drums: bool, bar_length: Fraction,
              bars: int, beat: Fraction, style: str) -> list[Event]:
    """Turn flat tokens into timed events, checking every bar line."""
    events: list[Event] = []
    time = Fraction(0)
    bar_start = Fraction(0)
    bar = 1
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in ("|", "||"):
            have = time - bar_start
            if token == "|" and have != bar_length:
                raise ScoreError(f"{where}: bar {bar} lasts {have}, not {bar_length}")
            if token == "||" and have % bar_length:
                raise ScoreError(f"{where}: a motif ending in bar {bar} leaves it {have}")
            bar += max(1, int(have / bar_length))
            bar_start = time
            i += 1
            continue
        if i + 1 >= len(tokens):
            raise ScoreError(f"{where}: bar {bar}: {token!r} has no duration")
        try:
            length = parse_duration(tokens[i + 1])
        except ScoreError as err:
            raise ScoreError(f"{where}: bar {bar}: {err}") from None
        try:
            _event(events, token, time, length, drums, style, beat)
        except (ScoreError, HarmonyError) as err:
            raise ScoreError(f"{where}: bar {bar}: {err}") from None
        time += length
        i += 2
    if time != bar_length * bars:
        raise ScoreError(f"{where}: lasts {time} whole notes, the section is "
                         f"{bar_length * bars}")
    return events


def _event(events: list[Event], pitch: str, time: Fraction, length: Fraction, drums: bool,
           style: str, beat: Fraction) -> None:
    if pitch == "r":
        return
    if pitch == "~":
        if not events or events[-1].start + events[-1].length != time:
            raise ScoreError("'~' with no note before it")
        last = events[-1]
        events[-1] = Event(last.start, last.length + length, last.pitches, last.accent)
        return
    if pitch.startswith("%"):
        if not style or drums:
            raise ScoreError(f"chord symbol {pitch} in a channel without style=")
        for at, n, midis in accompany(pitch[1:], length, style, beat):
            events.append(Event(time + at, n, tuple(note_name(m) for m in midis)))
        return
    accent = pitch.endswith("!")
    parts = tuple(pitch.rstrip("!").split("/"))
    for part in parts:
        if drums and part not in DRUM_HITS:
            raise ScoreError(f"unknown drum {part!r}")
        if not drums:
            midi_number(part)
    events.append(Event(time, length, parts, accent))
