"""Oscillators, envelopes and drum hits: the sound sources of the chip synthesiser.

Pure stdlib and pure functions of their arguments, so a build is bit-for-bit
repeatable. Tonal waves come from band-limited wavetables (a Fourier sum cut
below the Nyquist frequency, smoothed with Lanczos sigma factors): they keep the
bright chip colour of pulse, saw and triangle without the harsh aliasing a naive
square wave has at 22050 Hz. Noise is an NES-style 15-bit LFSR, never `random`.
"""

from __future__ import annotations

import math
from array import array
from functools import cache, lru_cache

RATE = 22050
TABLE_BITS = 11
TABLE_SIZE = 1 << TABLE_BITS
TABLE_MASK = TABLE_SIZE - 1
MAX_HARMONICS = 60


def zeros(count: int) -> array:
    """A float buffer of `count` silent samples."""
    return array("d", bytes(8 * max(0, count)))


def note_hz(midi: float) -> float:
    return 440.0 * 2.0 ** ((midi - 69.0) / 12.0)


@cache
def _sine_table() -> tuple[float, ...]:
    return tuple(math.sin(2.0 * math.pi * i / TABLE_SIZE) for i in range(TABLE_SIZE))


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
                coeffs.append((k, sign * 8.0 / (math.pi * k) ** 2, 0.0))
        elif wave == "saw":
            coeffs.append((k, (-1.0) ** (k + 1) * 2.0 / (math.pi * k), 0.0))
        else:  # pulse: cosine series of a rectangle `duty` of a period wide
            coeffs.append((k, 0.0, 4.0 / (math.pi * k) * math.sin(math.pi * k * duty)))
    return coeffs


@lru_cache(maxsize=512)
def wavetable(wave: str, duty: float, harmonics: int) -> tuple[float, ...]:
    """One period, peak-normalised to 1, holding at most `harmonics` partials."""
    sines = _sine_table()
    quarter = TABLE_SIZE // 4
    terms = []
    for k, a_sin, a_cos in _coefficients(wave, duty, harmonics):
        sigma = (
            1.0
            if k == 1
            else math.sin(math.pi * k / (harmonics + 1)) / (math.pi * k / (harmonics + 1))
        )
        terms.append((k, a_sin * sigma, a_cos * sigma))
    table = []
    for i in range(TABLE_SIZE):
        value = 0.0
        for k, a_sin, a_cos in terms:
            j = k * i
            if a_sin:
                value += a_sin * sines[j & TABLE_MASK]
            if a_cos:
                value += a_cos * sines[(j + quarter) & TABLE_MASK]
        table.append(value)
    peak = max(abs(v) for v in table) or 1.0
    return tuple(v / peak for v in table)


def table_for(wave: str, duty: float, hz: float) -> tuple[float, ...]:
    """The wavetable for a note: as many partials as fit under 0.45 x the rate."""
    limit = 1 if wave == "sine" else int(0.45 * RATE / max(hz, 1.0))
    return wavetable(wave, round(duty, 4), max(1, min(MAX_HARMONICS, limit)))


def envelope(held: int, adsr: tuple[float, float, float, float], peak: float = 1.0) -> array:
    """ADSR levels for a note held `held` samples, followed by its release.

    Attack is linear (a clean start at zero: no click), decay and release are
    exponential the way a real string or bell fades, and the release always ends
    at exactly zero so notes never click off.
    """
    attack, decay, sustain, release = adsr
    n_attack = max(1, int(attack * RATE))
    n_release = max(1, int(release * RATE))
    out = zeros(held + n_release)
    level = 0.0
    step = peak / n_attack
    decay_k = math.exp(-1.0 / max(1.0, decay * RATE / 4.0))
    floor = peak * sustain
    for i in range(held):
        if i < n_attack:
            level += step
        else:
            level = floor + (level - floor) * decay_k
        out[i] = level
    start = level
    fall = math.exp(-5.0 / n_release)
    for i in range(n_release):
        level *= fall
        ramp = 1.0 - (i + 1) / n_release  # forces the tail to hit zero
        out[held + i] = level * ramp if start else 0.0
    return out


def add_tone(
    out: array,
    offset: int,
    env: array,
    hz: float,
    table: tuple[float, ...],
    vibrato: tuple[float, float, float] = (0.0, 0.0, 0.0),
    phase: float = 0.0,
) -> float:
    """Mix one oscillator shaped by `env` into `out` from `offset`; returns end phase.

    Vibrato is computed per 64-sample block (a control rate, as chip hardware does)
    and eased in after its delay so held notes bloom instead of wobbling at once.
    """
    rate, depth, delay = vibrato
    base = hz * TABLE_SIZE / RATE
    block = 64
    total = min(len(env), len(out) - offset)
    for start in range(0, total, block):
        inc = base
        if depth:
            t = start / RATE
            ease = min(1.0, max(0.0, (t - delay) / 0.25))
            if ease:
                inc = base * 2.0 ** (depth * ease * math.sin(2 * math.pi * rate * t) / 12.0)
        for i in range(start, min(start + block, total)):
            out[offset + i] += table[int(phase) & TABLE_MASK] * env[i]
            phase += inc
    return phase


class Lfsr:
    """The NES noise channel: a 15-bit shift register, optionally in 'short' mode."""

    def __init__(self, seed: int = 1, short: bool = False) -> None:
        self.state = seed & 0x7FFF or 1
        self.tap = 6 if short else 1

    def next(self) -> float:
        s = self.state
        bit = (s ^ (s >> self.tap)) & 1
        self.state = (s >> 1) | (bit << 14)
        return 1.0 if s & 1 else -1.0


def noise(count: int, clock_hz: float | list[float], seed: int = 1, short: bool = False) -> array:
    """LFSR noise held at `clock_hz` (a lower clock sounds darker, like NES noise)."""
    reg = Lfsr(seed, short)
    out = zeros(count)
    acc = 1.0
    value = 0.0
    for i in range(count):
        clock = clock_hz if isinstance(clock_hz, float | int) else clock_hz[i]
        acc += clock / RATE
        if acc >= 1.0:
            acc -= int(acc)
            value = reg.next()
        out[i] = value
    return out


def one_pole(samples: array, cutoff: float, highpass: bool = False, state: float = 0.0) -> float:
    """Filter in place with a one-pole low- or high-pass; returns the filter state."""
    k = 1.0 - math.exp(-2.0 * math.pi * cutoff / RATE)
    low = state
    for i, x in enumerate(samples):
        low += k * (x - low)
        samples[i] = x - low if highpass else low
    return low


def sweep(count: int, start_hz: float, end_hz: float, tau: float) -> list[float]:
    """An exponential pitch glide from `start_hz` toward `end_hz` (time constant tau s)."""
    return [end_hz + (start_hz - end_hz) * math.exp(-i / (tau * RATE)) for i in range(count)]


def decay(count: int, tau: float, attack: float = 0.002) -> list[float]:
    """A percussive amplitude curve: a short linear attack then an exponential fall."""
    n_att = max(1, int(attack * RATE))
    curve = []
    for i in range(count):
        a = min(1.0, (i + 1) / n_att)
        fade = 1.0 - max(0, i - count + 64) / 64.0  # last 64 samples land on zero
        curve.append(a * math.exp(-i / (tau * RATE)) * fade)
    return curve


def swept_tone(freqs: list[float], wave: str = "sine", duty: float = 0.5) -> array:
    """An oscillator following a per-sample frequency list (kicks, toms, zaps)."""
    out = zeros(len(freqs))
    table = table_for(wave, duty, max(freqs))
    phase = 0.0
    scale = TABLE_SIZE / RATE
    for i, hz in enumerate(freqs):
        out[i] = table[int(phase) & TABLE_MASK]
        phase += hz * scale
    return out


@lru_cache(maxsize=16)
def drum(hit: str) -> tuple[float, ...]:
    """A pre-rendered drum hit at unit level: k s h o c t."""
    if hit == "k":
        n = int(0.32 * RATE)
        body = swept_tone(sweep(n, 160.0, 46.0, 0.028))
        click = noise(n, 8000.0, seed=3)
        one_pole(click, 2500.0)
        env, cenv = decay(n, 0.11), decay(n, 0.004)
        return tuple(body[i] * env[i] + 0.35 * click[i] * cenv[i] for i in range(n))
    if hit == "s":
        n = int(0.26 * RATE)
        rattle = noise(n, 16000.0, seed=11)
        one_pole(rattle, 900.0, highpass=True)
        tone = swept_tone(sweep(n, 260.0, 180.0, 0.02), "triangle")
        env, tenv = decay(n, 0.07), decay(n, 0.035)
        return tuple(0.75 * rattle[i] * env[i] + 0.5 * tone[i] * tenv[i] for i in range(n))
    if hit in "ho":
        n = int((0.07 if hit == "h" else 0.32) * RATE)
        hiss = noise(n, 22050.0, seed=29, short=False)
        one_pole(hiss, 6000.0, highpass=True)
        env = decay(n, 0.018 if hit == "h" else 0.11)
        return tuple(0.6 * hiss[i] * env[i] for i in range(n))
    if hit == "c":
        n = int(1.2 * RATE)
        hiss = noise(n, 20000.0, seed=41)
        metal = noise(n, 9000.0, seed=43, short=True)
        one_pole(hiss, 3500.0, highpass=True)
        env = decay(n, 0.35)
        return tuple((0.5 * hiss[i] + 0.15 * metal[i]) * env[i] for i in range(n))
    if hit == "t":
        n = int(0.35 * RATE)
        body = swept_tone(sweep(n, 190.0, 95.0, 0.06), "triangle")
        env = decay(n, 0.12)
        return tuple(body[i] * env[i] for i in range(n))
    raise ValueError(f"unknown drum hit {hit!r}")
