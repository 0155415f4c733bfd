"""Chord symbols, accompaniment styles and motif transforms for the song format.

Why: a three-minute track written note by note is thousands of tokens, most of
them accompaniment that follows the harmony mechanically. A composer writes the
melody by hand and the harmony as chord symbols (``%Dm7 1``); the channel's
``style=`` turns each symbol into bass notes, arpeggios or held chords. A motif
(the Kara-and-Lena theme) is written once and recalled changed: transposed,
slowed or quickened, or moved into the minor mode, so it returns recognisably
but never identically.

Styles (chord tones voiced close, root octave in brackets): ``block`` held chord
(3); ``bass`` the bass note held (2); ``bass8`` bass eighths with an octave leap;
``walk`` root and fifth on each beat; ``arp8``/``arp16`` up-and-down broken chord
(4); ``rise8``/``rise16`` upward only; ``low16`` a low broken chord (3);
``pulse8`` repeated chords in eighths; ``offbeat`` chords on the off-beats;
``alberti`` low-high-middle-high; ``waltz`` bass on one, chord on two and three.
Chord qualities: major, m, 7, maj7, m7, dim, dim7, m7b5, aug, sus2, sus4, 6, m6,
add9, madd9, 9, m9, maj9, 5; a slash names the bass (``%C/E``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

NOTE_RE = re.compile(r"^([A-G])(#|b)?(-?\d)$")
CHORD_RE = re.compile(r"^([A-G])(#|b)?([a-z0-9]*)(?:/([A-G])(#|b)?)?$")
PITCH_CLASS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
NAMES = ("C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B")
QUALITIES: dict[str, tuple[int, ...]] = {
    "": (0, 4, 7), "m": (0, 3, 7), "7": (0, 4, 7, 10), "maj7": (0, 4, 7, 11),
    "m7": (0, 3, 7, 10), "dim": (0, 3, 6), "dim7": (0, 3, 6, 9), "m7b5": (0, 3, 6, 10),
    "aug": (0, 4, 8), "sus2": (0, 2, 7), "sus4": (0, 5, 7), "6": (0, 4, 7, 9),
    "m6": (0, 3, 7, 9), "add9": (0, 4, 7, 14), "madd9": (0, 3, 7, 14),
    "9": (0, 4, 7, 10, 14), "m9": (0, 3, 7, 10, 14), "5": (0, 7), "maj9": (0, 4, 7, 11, 14),
}
MINOR_SHIFT = {4: -1, 9: -1, 11: -1}  # major -> natural minor: lower degrees 3, 6 and 7


class HarmonyError(ValueError):
    """A chord symbol, style or motif transform that cannot be read."""


def midi_number(pitch: str) -> int:
    """MIDI number of a note name such as ``C#4`` (A4 = 69)."""
    match = NOTE_RE.match(pitch)
    if not match:
        raise HarmonyError(f"not a note name: {pitch!r}")
    letter, accidental, octave = match.groups()
    shift = {"#": 1, "b": -1}.get(accidental or "", 0)
    return (int(octave) + 1) * 12 + PITCH_CLASS[letter] + shift


def note_name(midi: int) -> str:
    """The note name of a MIDI number (sharps and flats as a composer would spell them)."""
    return f"{NAMES[midi % 12]}{midi // 12 - 1}"


def transpose(pitch: str, semitones: int) -> str:
    """``C4`` up 3 -> ``Eb4``; chords (``C4/E4``) and accents (``G4!``) keep their shape."""
    if not semitones:
        return pitch
    accent = "!" if pitch.endswith("!") else ""
    parts = pitch.rstrip("!").split("/")
    return "/".join(note_name(midi_number(p) + semitones) for p in parts) + accent


def chord_tones(symbol: str) -> tuple[int, tuple[int, ...], int]:
    """(root pitch class, intervals, bass pitch class) of a symbol such as ``Dm7/F``."""
    match = CHORD_RE.match(symbol)
    if not match:
        raise HarmonyError(f"not a chord symbol: %{symbol}")
    letter, acc, quality, bass_letter, bass_acc = match.groups()
    if quality not in QUALITIES:
        raise HarmonyError(f"unknown chord quality in %{symbol} (known: "
                           f"{', '.join(q or 'major' for q in QUALITIES)})")
    root = (PITCH_CLASS[letter] + {"#": 1, "b": -1}.get(acc or "", 0)) % 12
    bass = root
    if bass_letter:
        bass = (PITCH_CLASS[bass_letter] + {"#": 1, "b": -1}.get(bass_acc or "", 0)) % 12
    return root, QUALITIES[quality], bass


def voicing(symbol: str, octave: int, transpose_by: int = 0) -> list[int]:
    """Close-position chord tones with the root in `octave` (MIDI numbers)."""
    root, intervals, _ = chord_tones(symbol)
    base = (octave + 1) * 12 + (root + transpose_by) % 12
    return [base + i for i in intervals]


def bass_note(symbol: str, octave: int, transpose_by: int = 0) -> int:
    _, _, bass = chord_tones(symbol)
    return (octave + 1) * 12 + (bass + transpose_by) % 12


Placed = tuple[Fraction, Fraction, tuple[int, ...]]  # offset, length, MIDI pitches


def _steps(length: Fraction, step: Fraction) -> list[tuple[Fraction, Fraction]]:
    out: list[tuple[Fraction, Fraction]] = []
    at = Fraction(0)
    while at < length:
        out.append((at, min(step, length - at)))
        at += step
    return out


def _block(sym: str, length: Fraction, beat: Fraction, t: int) -> list[Placed]:
    return [(Fraction(0), length, tuple(voicing(sym, 3, t)))]


def _bass(sym: str, length: Fraction, beat: Fraction, t: int) -> list[Placed]:
    return [(Fraction(0), length, (bass_note(sym, 2, t),))]


def _bass8(sym: str, length: Fraction, beat: Fraction, t: int) -> list[Placed]:
    low = bass_note(sym, 2, t)
    return [(at, n, (low + (12 if k % 4 == 2 else 0),))
            for k, (at, n) in enumerate(_steps(length, Fraction(1, 8)))]


def _bass_walk(sym: str, length: Fraction, beat: Fraction, t: int) -> list[Placed]:
    low = bass_note(sym, 2, t)
    fifth = voicing(sym, 2, t)[min(2, len(voicing(sym, 2, t)) - 1)]
    while fifth < low:
        fifth += 12
    return [(at, n, (low if k % 2 == 0 else fifth,))
            for k, (at, n) in enumerate(_steps(length, beat))]


def _arp(step: Fraction, octave: int, updown: bool) -> Callable[..., list[Placed]]:
    def style(sym: str, length: Fraction, beat: Fraction, t: int) -> list[Placed]:
        tones = voicing(sym, octave, t)
        tones = [*tones, tones[0] + 12]
        cycle = tones + tones[-2:0:-1] if updown else tones
        return [(at, n, (cycle[k % len(cycle)],))
                for k, (at, n) in enumerate(_steps(length, step))]
    return style


def _pulse8(sym: str, length: Fraction, beat: Fraction, t: int) -> list[Placed]:
    tones = tuple(voicing(sym, 4, t))
    return [(at, n, tones) for at, n in _steps(length, Fraction(1, 8))]


def _offbeat(sym: str, length: Fraction, beat: Fraction, t: int) -> list[Placed]:
    tones = tuple(voicing(sym, 4, t))
    half = Fraction(1, 8)
    return [(at + half, half, tones) for at, n in _steps(length, Fraction(1, 4)) if n > half]


def _alberti(sym: str, length: Fraction, beat: Fraction, t: int) -> list[Placed]:
    v = voicing(sym, 3, t)
    low, mid, high = v[0], v[1], v[2]
    order = (low, high, mid, high)
    return [(at, n, (order[k % 4],)) for k, (at, n) in enumerate(_steps(length, Fraction(1, 8)))]


def _waltz(sym: str, length: Fraction, beat: Fraction, t: int) -> list[Placed]:
    out: list[Placed] = []
    for k, (at, n) in enumerate(_steps(length, beat)):
        if k % 3 == 0:
            out.append((at, n, (bass_note(sym, 2, t),)))
        else:
            out.append((at, n, tuple(voicing(sym, 4, t))))
    return out


STYLES: dict[str, Callable[..., list[Placed]]] = {
    "block": _block, "bass": _bass, "bass8": _bass8, "walk": _bass_walk,
    "arp8": _arp(Fraction(1, 8), 4, True), "arp16": _arp(Fraction(1, 16), 4, True),
    "rise8": _arp(Fraction(1, 8), 4, False), "rise16": _arp(Fraction(1, 16), 4, False),
    "low16": _arp(Fraction(1, 16), 3, True), "pulse8": _pulse8, "offbeat": _offbeat,
    "alberti": _alberti, "waltz": _waltz,
}


def accompany(symbol: str, length: Fraction, style: str, beat: Fraction,
              transpose_by: int = 0) -> list[Placed]:
    """The notes a chord symbol becomes in a channel of the given style."""
    if style not in STYLES:
        raise HarmonyError(f"unknown style {style!r} (known: {', '.join(STYLES)})")
    return STYLES[style](symbol, length, beat, transpose_by)


def duration_text(value: Fraction) -> str:
    """A length in whole notes as note values tied with '+' (``5/8`` -> ``2+8``)."""
    parts: list[str] = []
    rest = value
    while rest >= 1:
        parts.append("1")
        rest -= 1
    for base in (2, 4, 8, 16, 32):
        note = Fraction(1, base)
        if rest >= note * Fraction(3, 2) and rest - note * Fraction(3, 2) < note / 2:
            parts.append(f"{base}.")
            rest -= note * Fraction(3, 2)
        elif rest >= note:
            parts.append(str(base))
            rest -= note
    if rest or not parts:
        raise HarmonyError(f"{value} whole notes cannot be written in note values")
    return "+".join(parts)


def stretch_duration(text: str, factor: Fraction) -> str:
    """``8.`` slowed by 2 -> ``4.``; ``1`` slowed by 2 -> ``1+1``; quickened by 1/2 -> 16."""
    total = Fraction(0)
    for part in text.split("+"):
        value = Fraction(1, int(part.rstrip(".")))
        total += value * Fraction(3, 2) if part.endswith(".") else value
    return duration_text(total * factor)


def to_minor(pitch: str, tonic: int) -> str:
    """Move a note of a major-key motif into the natural minor of the same tonic."""
    accent = "!" if pitch.endswith("!") else ""
    out = []
    for part in pitch.rstrip("!").split("/"):
        midi = midi_number(part)
        out.append(note_name(midi + MINOR_SHIFT.get((midi - tonic) % 12, 0)))
    return "/".join(out) + accent


def transform_motif(tokens: list[str], tonic: int, options: dict[str, str]) -> list[str]:
    """Apply ``t=`` (semitones), ``s=`` (stretch: 2 = twice as slow) and ``m=minor``."""
    shift = int(options.pop("t", "0"))
    factor = Fraction(options.pop("s", "1"))
    minor = options.pop("m", "major") == "minor"
    if options:
        raise HarmonyError(f"unknown motif options {sorted(options)} (use t=, s=, m=)")
    out: list[str] = []
    expect_pitch = True
    for token in tokens:
        if token == "|":
            continue  # a stretched motif's bars no longer fall on its bar lines

        if expect_pitch:
            pitch = token
            if pitch not in ("r", "~") and not pitch.startswith("%"):
                if minor:
                    pitch = to_minor(pitch, tonic)
                pitch = transpose(pitch, shift)
            out.append(pitch)
        else:
            out.append(stretch_duration(token, factor) if factor != 1 else token)
        expect_pitch = not expect_pitch
    out.append("||")  # the motif must end on a bar line of the song
    return out
