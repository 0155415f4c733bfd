"""Render a parsed `Song` into one seamless loop of float samples.

Why loops are seamless by construction: every channel renders into a buffer one
loop long plus a tail; whatever rings past the loop end (releases, drum decays)
is folded back onto the loop start, and the echo and filters run as circular
processes (a warm-up pass over the end of the loop before the real pass). The
sample after the last one is therefore the first one, just as the mixer will play
it, and a note released on the last beat keeps ringing into bar 1 of the repeat.
"""

from __future__ import annotations

import math
from array import array
from fractions import Fraction

from tools.audio.score import Event, Instrument, Song, midi_number
from tools.audio.synth import (
    RATE,
    add_tone,
    drum,
    envelope,
    noise,
    note_hz,
    one_pole,
    table_for,
    zeros,
)

TARGET_RMS = 0.17
PEAK_LIMIT = 0.84  # below the 0.9 full-scale ceiling the tests enforce
TAIL_SECONDS = 4.0
ACCENT = 1.3


def render_song(song: Song) -> array:
    """The whole loop, mixed and levelled, as floats in -1..1."""
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
        for i, x in enumerate(loop):
            mix[i] += x
        if inst.echo:
            for i, x in enumerate(loop):
                send[i] += x * inst.echo
    if any(send):
        delay = max(1, round(float(song.echo_delay) * spw))
        wet = circular_echo(send, delay, song.echo_feedback)
        for i, x in enumerate(wet):
            mix[i] += song.echo_mix * x
    level(mix, song.gain)
    return mix


def fold(bus: array, length: int) -> array:
    """Wrap everything past `length` back onto the start (the loop's ring-over)."""
    loop = bus[:length]
    for i in range(length, len(bus)):
        value = bus[i]
        if value:
            loop[i % length] += value
    return loop


def circular_lowpass(loop: array, cutoff: float) -> None:
    """One-pole low-pass of a periodic signal, warmed up on its own end."""
    warm = loop[-min(len(loop), 4096) :]
    state = one_pole(warm, cutoff)
    one_pole(loop, cutoff, state=state)


def circular_echo(send: array, delay: int, feedback: float) -> array:
    """Feedback echo with darkening repeats, in its periodic steady state.

    Two passes over the loop: Python's negative indexing reads the previous
    pass's tail for the first `delay` samples, so the second pass starts with
    the echoes the end of the loop leaves ringing.
    """
    n = len(send)
    line = zeros(n)  # what enters the delay line
    out = zeros(n)  # what leaves it (the audible echo)
    k = 1.0 - math.exp(-2.0 * math.pi * 2800.0 / RATE)
    state = 0.0
    for _ in range(2):
        for i in range(n):
            state += k * (line[i - delay] - state)
            out[i] = state
            line[i] = send[i] + feedback * state
    return out


def level(mix: array, gain: float = 1.0) -> None:
    """Scale to a common loudness, never letting the peak pass PEAK_LIMIT."""
    peak = max((abs(x) for x in mix), default=0.0)
    if not peak:
        return
    rms = math.sqrt(sum(x * x for x in mix) / len(mix))
    scale = min(TARGET_RMS * gain / rms, PEAK_LIMIT / peak)
    for i, x in enumerate(mix):
        mix[i] = x * scale


def _render_event(bus: array, event: Event, inst: Instrument, spw: float) -> None:
    offset = round(float(event.start) * spw)
    gain = inst.gain * (ACCENT if event.accent else 1.0)
    if inst.wave == "drums":
        for hit in event.pitches:
            samples = drum(hit)
            end = min(len(bus), offset + len(samples))
            for i in range(offset, end):
                bus[i] += samples[i - offset] * gain
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


def _voice(bus: array, offset: int, env: array, hz: float, inst: Instrument) -> None:
    if inst.wave == "noise":
        hiss = noise(len(env), hz * 8.0, seed=int(hz))
        for i in range(min(len(env), len(bus) - offset)):
            bus[offset + i] += hiss[i] * env[i]
        return
    table = table_for(inst.wave, inst.duty, hz)
    if not inst.detune:
        add_tone(bus, offset, env, hz, table, inst.vibrato)
        return
    half = array("d", (v * 0.62 for v in env))
    add_tone(bus, offset, half, hz, table, inst.vibrato)
    sharp = hz * 2.0 ** (inst.detune / 1200.0)
    add_tone(bus, offset, half, sharp, table, inst.vibrato, phase=len(table) / 3)


def _arpeggio(bus: array, offset: int, env: array, pitches: list[int], inst: Instrument) -> None:
    """Chip-style chord: one voice cycling through the notes every `arp` seconds."""
    step = max(1, round(inst.arp * RATE))
    phase = 0.0
    for n, start in enumerate(range(0, len(env), step)):
        hz = note_hz(pitches[n % len(pitches)])
        piece = env[start : start + step]
        table = table_for(inst.wave, inst.duty, hz)
        phase = add_tone(bus, offset + start, piece, hz, table, inst.vibrato, phase)
