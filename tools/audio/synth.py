"""Oscillators, envelopes and drum hits: the sound sources of the chip synthesiser.

Pure functions of their arguments on numpy arrays, so a build is repeatable and a
three-minute song renders in seconds rather than minutes. Tonal waves come from
band-limited wavetables (a Fourier sum cut below the Nyquist frequency, smoothed
with Lanczos sigma factors): they keep the bright chip colour of pulse, saw and
triangle without the harsh aliasing a naive square wave has at 22050 Hz. Noise is
an NES-style 15-bit LFSR whose whole period is computed once, never `random`.
"""

from __future__ import annotations

from functools import cache, lru_cache

import numpy as np
from scipy.signal import lfilter

RATE = 22050
TABLE_BITS = 11
TABLE_SIZE = 1 << TABLE_BITS
TABLE_MASK = TABLE_SIZE - 1
MAX_HARMONICS = 60

Samples = np.ndarray


def zeros(count: int) -> Samples:
    """A float buffer of `count` silent samples."""
    return np.zeros(max(0, int(count)), dtype=np.float64)


def note_hz(midi: float) -> float:
    return 440.0 * 2.0 ** ((midi - 69.0) / 12.0)


def _coefficients(wave: str, duty: float, count: int) -> list[tuple[int, float, float]]:
    """(harmonic, sine amplitude, cosine amplitude) of one period of `wave`."""
    coeffs: list[tuple[int, float, float]] = []
    for k in range(1, count + 1):
        if wave == "sine":
            if k == 1:
                coeffs.append((1, 1.0, 0.0))
        elif wave == "triangle":
            if k % 2:
                sign = -1.0 if (k // 2) % 2 else 1.0
                coeffs.append((k, sign * 8.0 / (np.pi * k) ** 2, 0.0))
        elif wave == "saw":
            coeffs.append((k, (-1.0) ** (k + 1) * 2.0 / (np.pi * k), 0.0))
        else:  # pulse: cosine series of a rectangle `duty` of a period wide
            coeffs.append((k, 0.0, 4.0 / (np.pi * k) * np.sin(np.pi * k * duty)))
    return coeffs


@lru_cache(maxsize=512)
def wavetable(wave: str, duty: float, harmonics: int) -> Samples:
    """One period, peak-normalised to 1, holding at most `harmonics` partials."""
    angle = 2.0 * np.pi * np.arange(TABLE_SIZE) / TABLE_SIZE
    table = np.zeros(TABLE_SIZE)
    for k, a_sin, a_cos in _coefficients(wave, duty, harmonics):
        x = np.pi * k / (harmonics + 1)
        sigma = 1.0 if k == 1 else np.sin(x) / x
        if a_sin:
            table += a_sin * sigma * np.sin(k * angle)
        if a_cos:
            table += a_cos * sigma * np.cos(k * angle)
    table -= table.mean()
    peak = float(np.max(np.abs(table))) or 1.0
    out = table / peak
    out.setflags(write=False)
    return out


def table_for(wave: str, duty: float, hz: float) -> Samples:
    """The wavetable for a note: as many partials as fit under 0.45 x the rate."""
    limit = 1 if wave == "sine" else int(0.45 * RATE / max(hz, 1.0))
    return wavetable(wave, round(duty, 4), max(1, min(MAX_HARMONICS, limit)))


def envelope(held: int, adsr: tuple[float, float, float, float], peak: float = 1.0) -> Samples:
    """ADSR levels for a note held `held` samples, followed by its release.

    Attack is linear (a clean start at zero: no click), decay and release are
    exponential the way a real string or bell fades, and the release always ends
    at exactly zero so notes never click off.
    """
    attack, decay_s, sustain, release = adsr
    n_attack = max(1, int(attack * RATE))
    n_release = max(1, int(release * RATE))
    i = np.arange(held, dtype=np.float64)
    floor = peak * sustain
    rising = np.minimum(i + 1, n_attack) * (peak / n_attack)
    tau = max(1.0, decay_s * RATE / 4.0)
    falling = floor + (peak - floor) * np.exp(-np.maximum(0.0, i + 1 - n_attack) / tau)
    body = np.where(i < n_attack, rising, falling)
    start = float(body[-1]) if held else 0.0
    j = np.arange(n_release, dtype=np.float64)
    tail = start * np.exp(-5.0 * (j + 1) / n_release) * (1.0 - (j + 1) / n_release)
    return np.concatenate([body, tail])


def add_tone(
    out: Samples,
    offset: int,
    env: Samples,
    hz: float,
    table: Samples,
    vibrato: tuple[float, float, float] = (0.0, 0.0, 0.0),
    phase: float = 0.0,
) -> float:
    """Mix one oscillator shaped by `env` into `out` from `offset`; returns end phase.

    Vibrato is eased in after its delay so held notes bloom instead of wobbling at once.
    """
    total = min(len(env), len(out) - offset)
    if total <= 0:
        return phase
    rate, depth, delay = vibrato
    inc = np.full(total, hz * TABLE_SIZE / RATE)
    if depth:
        t = np.arange(total) / RATE
        ease = np.clip((t - delay) / 0.25, 0.0, 1.0)
        inc *= 2.0 ** (depth * ease * np.sin(2 * np.pi * rate * t) / 12.0)
    phases = phase + np.concatenate([[0.0], np.cumsum(inc[:-1])])
    index = phases.astype(np.int64) & TABLE_MASK
    out[offset : offset + total] += table[index] * env[:total]
    return float(phase + inc.sum())


@cache
def _lfsr_period(short: bool) -> Samples:
    """One whole period of the NES noise register as +-1 values."""
    tap = 6 if short else 1
    state = 1
    values = []
    while True:
        values.append(1.0 if state & 1 else -1.0)
        bit = (state ^ (state >> tap)) & 1
        state = (state >> 1) | (bit << 14)
        if state == 1:
            break
    out = np.array(values)
    out.setflags(write=False)
    return out


def noise(count: int, clock_hz: float | Samples, seed: int = 1, short: bool = False) -> Samples:
    """LFSR noise held at `clock_hz` (a lower clock sounds darker, like NES noise)."""
    period = _lfsr_period(short)
    clock = np.broadcast_to(np.asarray(clock_hz, dtype=np.float64), (int(count),))
    ticks = np.floor(np.cumsum(clock / RATE)).astype(np.int64)
    start = (seed * 7919) % len(period)
    return period[(ticks + start) % len(period)].copy()


def one_pole(samples: Samples, cutoff: float, highpass: bool = False, state: float = 0.0) -> float:
    """Filter in place with a one-pole low- or high-pass; returns the filter state."""
    k = 1.0 - np.exp(-2.0 * np.pi * cutoff / RATE)
    low, zf = lfilter([k], [1.0, -(1.0 - k)], samples, zi=[state * (1.0 - k)])
    last = float(low[-1]) if len(low) else state
    if highpass:
        samples -= low
    else:
        samples[:] = low
    del zf
    return last


def sweep(count: int, start_hz: float, end_hz: float, tau: float) -> Samples:
    """An exponential pitch glide from `start_hz` toward `end_hz` (time constant tau s)."""
    i = np.arange(int(count))
    return end_hz + (start_hz - end_hz) * np.exp(-i / (tau * RATE))


def decay(count: int, tau: float, attack: float = 0.002) -> Samples:
    """A percussive amplitude curve: a short linear attack then an exponential fall."""
    n = int(count)
    i = np.arange(n, dtype=np.float64)
    n_att = max(1, int(attack * RATE))
    a = np.minimum(1.0, (i + 1) / n_att)
    fade = 1.0 - np.maximum(0.0, i - n + 64) / 64.0  # last 64 samples land on zero
    return a * np.exp(-i / (tau * RATE)) * fade


def swept_tone(freqs: Samples, wave: str = "sine", duty: float = 0.5) -> Samples:
    """An oscillator following a per-sample frequency list (kicks, toms, zaps)."""
    freqs = np.asarray(freqs, dtype=np.float64)
    if not len(freqs):
        return zeros(0)
    table = table_for(wave, duty, float(np.max(freqs)))
    phases = np.concatenate([[0.0], np.cumsum(freqs[:-1] * TABLE_SIZE / RATE)])
    return table[phases.astype(np.int64) & TABLE_MASK]


@lru_cache(maxsize=16)
def drum(hit: str) -> Samples:
    """A pre-rendered drum hit at unit level: k s h o c t."""
    if hit == "k":
        n = int(0.32 * RATE)
        body = swept_tone(sweep(n, 160.0, 46.0, 0.028))
        click = noise(n, 8000.0, seed=3)
        one_pole(click, 2500.0)
        out = body * decay(n, 0.11) + 0.35 * click * decay(n, 0.004)
    elif hit == "s":
        n = int(0.26 * RATE)
        rattle = noise(n, 16000.0, seed=11)
        one_pole(rattle, 900.0, highpass=True)
        tone = swept_tone(sweep(n, 260.0, 180.0, 0.02), "triangle")
        out = 0.75 * rattle * decay(n, 0.07) + 0.5 * tone * decay(n, 0.035)
    elif hit in "ho":
        n = int((0.07 if hit == "h" else 0.32) * RATE)
        hiss = noise(n, 22050.0, seed=29)
        one_pole(hiss, 6000.0, highpass=True)
        out = 0.6 * hiss * decay(n, 0.018 if hit == "h" else 0.11)
    elif hit == "c":
        n = int(1.2 * RATE)
        hiss = noise(n, 20000.0, seed=41)
        metal = noise(n, 9000.0, seed=43, short=True)
        one_pole(hiss, 3500.0, highpass=True)
        out = (0.5 * hiss + 0.15 * metal) * decay(n, 0.35)
    elif hit == "t":
        n = int(0.35 * RATE)
        out = swept_tone(sweep(n, 190.0, 95.0, 0.06), "triangle") * decay(n, 0.12)
    else:
        raise ValueError(f"unknown drum hit {hit!r}")
    out.setflags(write=False)
    return out
