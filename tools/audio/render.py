"""Render a parsed `Song` into one seamless loop of float samples.

Why loops are seamless by construction: every channel renders into a buffer one
loop long plus a tail; whatever rings past the loop end (releases, drum decays)
is folded back onto the loop start, and the echo and filters run as circular
processes (a warm-up pass over the end of the loop before the real pass). The
sample after the last one is therefore the first one, just as the mixer will play
it, and a note released on the last beat keeps ringing into bar 1 of the repeat.
Levels are set afterwards, by loudness (tools/audio/loudness.py).
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
from scipy.signal import lfilter

from tools.audio.harmony import midi_number
from tools.audio.score import Event, Instrument, Song
from tools.audio.synth import (
    RATE,
    Samples,
    add_tone,
    drum,
    envelope,
    noise,
    note_hz,
    one_pole,
    table_for,
    zeros,
)

TAIL_SECONDS = 4.0
ACCENT = 1.3
ECHO_DAMP_HZ = 2800.0


def render_song(song: Song) -> Samples:
    """The whole loop, mixed (not yet levelled), as floats."""
    spw = RATE * song.seconds(Fraction(1))  # samples per whole note
    length = round(float(song.loop_length) * spw)
    mix = zeros(length)
    send = zeros(length)
    for channel in song.channels:
        inst = song.instruments[channel.instrument]
        bus = zeros(length + int(TAIL_SECONDS * RATE))
        for event in channel.events:
            _render_event(bus, event, inst, spw)
        loop = fold(bus, length)
        if inst.lowpass:
            circular_lowpass(loop, inst.lowpass)
        mix += loop
        if inst.echo:
            send += loop * inst.echo
    if send.any():
        delay = max(1, round(float(song.echo_delay) * spw))
        mix += song.echo_mix * circular_echo(send, delay, song.echo_feedback)
    mix *= song.gain
    return mix


def fold(bus: Samples, length: int) -> Samples:
    """Wrap everything past `length` back onto the start (the loop's ring-over)."""
    loop = bus[:length].copy()
    tail = bus[length:]
    for start in range(0, len(tail), length):
        piece = tail[start : start + length]
        loop[: len(piece)] += piece
    return loop


def circular_lowpass(loop: Samples, cutoff: float) -> None:
    """One-pole low-pass of a periodic signal, warmed up on its own end."""
    warm = loop[-min(len(loop), 4096) :].copy()
    state = one_pole(warm, cutoff)
    one_pole(loop, cutoff, state=state)


def circular_echo(send: Samples, delay: int, feedback: float) -> Samples:
    """Feedback echo with darkening repeats, in its periodic steady state.

    The delay line is processed a block of `delay` samples at a time (each block
    only needs the block before it), twice round the loop so the second pass
    starts with the echoes the end of the loop leaves ringing.
    """
    n = len(send)
    k = 1.0 - math.exp(-2.0 * math.pi * ECHO_DAMP_HZ / RATE)
    b, a = [k], [1.0, -(1.0 - k)]
    line = zeros(n)  # what enters the delay line
    out = zeros(n)  # what leaves it (the audible echo)
    zi = np.zeros(1)
    for _ in range(2):
        for start in range(0, n, delay):
            stop = min(n, start + delay)
            src = np.take(line, np.arange(start - delay, stop - delay), mode="wrap")
            wet, zi = lfilter(b, a, src, zi=zi)
            out[start:stop] = wet
            line[start:stop] = send[start:stop] + feedback * wet
    return out


def _render_event(bus: Samples, event: Event, inst: Instrument, spw: float) -> None:
    offset = round(float(event.start) * spw)
    gain = inst.gain * (ACCENT if event.accent else 1.0)
    if inst.wave == "drums":
        for hit in event.pitches:
            samples = drum(hit)
            end = min(len(bus), offset + len(samples))
            bus[offset:end] += samples[: end - offset] * gain
        return
    held = max(1, round(float(event.length) * spw * inst.gate))
    pitches = [midi_number(p) + 12 * inst.octave for p in event.pitches]
    if inst.arp and len(pitches) > 1:
        _arpeggio(bus, offset, envelope(held, inst.adsr, gain), pitches, inst)
        return
    voice_gain = gain / math.sqrt(len(pitches))
    env = envelope(held, inst.adsr, voice_gain)
    for midi in pitches:
        _voice(bus, offset, env, note_hz(midi), inst)


def _voice(bus: Samples, offset: int, env: Samples, hz: float, inst: Instrument) -> None:
    if inst.wave == "noise":
        hiss = noise(len(env), hz * 8.0, seed=int(hz))
        end = min(len(bus), offset + len(env))
        bus[offset:end] += (hiss * env)[: end - offset]
        return
    table = table_for(inst.wave, inst.duty, hz)
    if not inst.detune:
        add_tone(bus, offset, env, hz, table, inst.vibrato)
        return
    half = env * 0.62
    add_tone(bus, offset, half, hz, table, inst.vibrato)
    sharp = hz * 2.0 ** (inst.detune / 1200.0)
    add_tone(bus, offset, half, sharp, table, inst.vibrato, phase=len(table) / 3)


def _arpeggio(bus: Samples, offset: int, env: Samples, pitches: list[int],
              inst: Instrument) -> None:
    """Chip-style chord: one voice cycling through the notes every `arp` seconds."""
    step = max(1, round(inst.arp * RATE))
    phase = 0.0
    for n, start in enumerate(range(0, len(env), step)):
        hz = note_hz(pitches[n % len(pitches)])
        piece = env[start : start + step]
        table = table_for(inst.wave, inst.duty, hz)
        phase = add_tone(bus, offset + start, piece, hz, table, inst.vibrato, phase)
