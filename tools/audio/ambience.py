"""Ambience beds: seamless loops of a place's sound (crickets, wind, a crowd, braziers).

A bed is a mix of *layers* listed in `tools/audio/beds.json` (layer name, gain,
seed), so a new bed is a data edit; the layers are the few sound gestures below.
Every layer is built to loop: events are scattered over one loop length and
their tails folded back onto the start, and slow swells use whole numbers of
cycles per loop. Randomness is numpy's seeded generator, so a bed rebuilds the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy.signal import butter, sosfiltfilt

from tools.audio.render import fold
from tools.audio.synth import RATE, Samples, decay, noise, sweep, swept_tone

BEDS_FILE = Path(__file__).resolve().parent / "beds.json"
TAIL = 8.0


def _band(x: Samples, low: float | None, high: float | None, order: int = 2) -> Samples:
    """Zero-phase band-, low- or high-pass (zero phase keeps loop ends aligned)."""
    if low and high:
        sos = butter(order, [low, high], btype="band", fs=RATE, output="sos")
    elif low:
        sos = butter(order, low, btype="high", fs=RATE, output="sos")
    else:
        sos = butter(order, high, btype="low", fs=RATE, output="sos")
    return sosfiltfilt(sos, x, padtype=None)


def _circular(x: Samples, low: float | None, high: float | None) -> Samples:
    """Filter a periodic signal: pad with its own ends, filter, cut back."""
    pad = min(len(x), RATE)
    padded = np.concatenate([x[-pad:], x, x[:pad]])
    return _band(padded, low, high)[pad:-pad]


def _swell(n: int, rng: np.random.Generator, depth: float, cycles: tuple[int, ...]) -> Samples:
    """A slow loudness drift that repeats exactly once per loop."""
    t = np.arange(n) / n
    out = np.ones(n)
    for k in cycles:
        out += depth / len(cycles) * np.sin(2 * np.pi * (k * t + rng.random()))
    return out


def _scatter(n: int, rng: np.random.Generator, every: float, make: Callable[[], Samples]
             ) -> Samples:
    """Place sound events at random over the loop, roughly `every` seconds apart."""
    bus = np.zeros(n + int(TAIL * RATE))
    at = rng.random() * every * RATE
    while at < n:
        piece = make()
        start = int(at)
        bus[start : start + len(piece)] += piece[: len(bus) - start]
        at += every * RATE * (0.4 + 1.2 * rng.random())
    return fold(bus, n)


def crickets(n: int, rng: np.random.Generator) -> Samples:
    def chirp() -> Samples:
        hz = 4200.0 + 900.0 * rng.random()
        pulses = int(rng.integers(3, 6))
        m = int(RATE * 0.035)
        one = np.sin(2 * np.pi * hz * np.arange(m) / RATE) * np.hanning(m)
        gap = np.zeros(int(RATE * 0.012))
        return np.concatenate([np.concatenate([one, gap]) for _ in range(pulses)]) * (
            0.4 + 0.6 * rng.random())
    return _scatter(n, rng, 0.22, chirp)


def fountain(n: int, rng: np.random.Generator) -> Samples:
    water = _circular(noise(n, 14000.0, seed=int(rng.integers(1, 999))), 500.0, 3200.0)
    water *= _swell(n, rng, 0.25, (3, 7, 13))

    def drop() -> Samples:
        m = int(RATE * 0.06)
        return swept_tone(sweep(m, 1800 + 1400 * rng.random(), 700.0, 0.02)) * decay(m, 0.015)
    return water + 0.5 * _scatter(n, rng, 0.18, drop)


def wind(n: int, rng: np.random.Generator) -> Samples:
    air = _circular(noise(n, 9000.0, seed=int(rng.integers(1, 999))), None, 700.0)
    whistle = _circular(noise(n, 16000.0, seed=int(rng.integers(1, 999))), 900.0, 1300.0)
    gust = _swell(n, rng, 0.7, (1, 2, 5))
    return (air + 0.35 * whistle * np.clip(gust - 0.8, 0, None)) * gust


def murmur(n: int, rng: np.random.Generator) -> Samples:
    out = np.zeros(n)
    t = np.arange(n) / n
    for _ in range(10):
        voice = _circular(noise(n, 12000.0, seed=int(rng.integers(1, 999))),
                          250.0 + 200 * rng.random(), 900.0 + 700 * rng.random())
        syllables = int(rng.integers(200, 320)) * n // (RATE * 60) or 1
        talk = np.clip(np.sin(2 * np.pi * (syllables * t + rng.random())), 0, None) ** 2
        phrase = np.clip(np.sin(2 * np.pi * (int(rng.integers(3, 9)) * t + rng.random())),
                         0, None)
        out += voice * talk * phrase
    return out


def crackle(n: int, rng: np.random.Generator) -> Samples:
    roar = _circular(noise(n, 6000.0, seed=int(rng.integers(1, 999))), None, 260.0)
    roar *= _swell(n, rng, 0.4, (2, 5, 11))

    def pop() -> Samples:
        m = int(RATE * (0.004 + 0.01 * rng.random()))
        burst = noise(m, 20000.0, seed=int(rng.integers(1, 999))) * decay(m, 0.003)
        return burst * (0.3 + rng.random())
    pops = _circular(_scatter(n, rng, 0.09, pop), 1500.0, None)
    return 1.4 * roar + 0.6 * pops


def footsteps(n: int, rng: np.random.Generator) -> Samples:
    def step() -> Samples:
        m = int(RATE * 0.12)
        thump = swept_tone(sweep(m, 120.0, 60.0, 0.02)) * decay(m, 0.03)
        scuff = _band(noise(m, 5000.0, seed=int(rng.integers(1, 999))), 300, 2000) * decay(
            m, 0.02)
        return thump + 0.5 * scuff

    def squad() -> Samples:
        beat = int(RATE * 0.5)
        steps = int(rng.integers(6, 14))
        out = np.zeros(beat * steps + RATE // 4)
        for k in range(steps):
            piece = step() * (0.7 + 0.3 * np.sin(np.pi * k / steps))
            out[k * beat : k * beat + len(piece)] += piece
        return out
    return _scatter(n, rng, 7.0, squad)


def drills(n: int, rng: np.random.Generator) -> Samples:
    t = np.arange(n) / RATE
    hum = np.sin(2 * np.pi * 55.0 * t) + 0.5 * np.sin(2 * np.pi * 110.0 * t)
    hum *= 0.15 * _swell(n, rng, 0.5, (2, 3))

    def whine() -> Samples:
        m = int(RATE * (1.5 + 2.0 * rng.random()))
        buzz = _band(noise(m, 18000.0, seed=int(rng.integers(1, 999))), 600, 1400)
        chatter = 0.6 + 0.4 * np.sign(np.sin(2 * np.pi * 28.0 * np.arange(m) / RATE))
        shape = np.hanning(m) ** 0.5
        return buzz * chatter * shape
    return hum + _scatter(n, rng, 6.0, whine)


def jets(n: int, rng: np.random.Generator) -> Samples:
    def flyover() -> Samples:
        m = int(RATE * (5.0 + 3.0 * rng.random()))
        roar = noise(m, 18000.0, seed=int(rng.integers(1, 999)))
        low = _band(roar, None, 500.0)
        high = _band(roar, 1500.0, 5000.0)
        pos = np.linspace(-1.0, 1.0, m)
        near = 1.0 / (1.0 + 8.0 * pos**2)
        return (low + high * near) * near * np.hanning(m)
    return _scatter(n, rng, 14.0, flyover)


def room(n: int, rng: np.random.Generator) -> Samples:
    air = _circular(noise(n, 4000.0, seed=int(rng.integers(1, 999))), 60.0, 400.0)
    t = np.arange(n) / RATE
    return air * _swell(n, rng, 0.2, (1, 3)) + 0.05 * np.sin(2 * np.pi * 50.0 * t)


def drips(n: int, rng: np.random.Generator) -> Samples:
    def drip() -> Samples:
        m = int(RATE * 0.25)
        tone = swept_tone(sweep(m, 1400 + 900 * rng.random(), 900.0, 0.01))
        ring = np.zeros(m * 3)
        body = tone * decay(m, 0.05)
        for k, g in enumerate((1.0, 0.35, 0.12)):  # the stone room answers
            ring[k * m // 2 : k * m // 2 + m] += g * body
        return ring
    return _scatter(n, rng, 2.5, drip)


def traffic(n: int, rng: np.random.Generator) -> Samples:
    def pod() -> Samples:
        m = int(RATE * (2.5 + 2.0 * rng.random()))
        whoosh = _band(noise(m, 12000.0, seed=int(rng.integers(1, 999))), 400, 2400)
        hum_hz = 180 + 120 * rng.random()
        hum = np.sin(2 * np.pi * np.cumsum(np.linspace(hum_hz * 1.05, hum_hz * 0.95, m)) / RATE)
        return (whoosh + 0.3 * hum) * np.hanning(m) ** 2
    return _scatter(n, rng, 4.0, pod)


def cheers(n: int, rng: np.random.Generator) -> Samples:
    def roar() -> Samples:
        m = int(RATE * (1.2 + rng.random()))
        crowd = _band(noise(m, 16000.0, seed=int(rng.integers(1, 999))), 400, 3000)
        return crowd * np.hanning(m) ** 1.5
    return _scatter(n, rng, 5.0, roar)


LAYERS: dict[str, Callable[[int, np.random.Generator], Samples]] = {
    "crickets": crickets, "fountain": fountain, "wind": wind, "murmur": murmur,
    "crackle": crackle, "footsteps": footsteps, "drills": drills, "jets": jets,
    "room": room, "drips": drips, "traffic": traffic, "cheers": cheers,
}


def load_beds(path: Path = BEDS_FILE) -> dict[str, dict[str, object]]:
    """The bed recipes: name -> {"seconds": s, "layers": [{"layer", "gain", "seed"}]}."""
    beds = json.loads(path.read_text(encoding="utf-8"))
    for name, bed in beds.items():
        for layer in bed["layers"]:
            if layer["layer"] not in LAYERS:
                raise ValueError(f"{path.name}: bed {name!r} uses unknown layer "
                                 f"{layer['layer']!r} (known: {', '.join(LAYERS)})")
    return beds


def render_bed(recipe: dict[str, object]) -> Samples:
    """One seamless loop of the bed (levelled later, by loudness)."""
    n = int(float(recipe["seconds"]) * RATE)  # type: ignore[arg-type]
    mix = np.zeros(n)
    for layer in recipe["layers"]:  # type: ignore[attr-defined]
        part = LAYERS[layer["layer"]](n, np.random.default_rng(int(layer.get("seed", 1))))
        peak = float(np.max(np.abs(part))) or 1.0
        mix += float(layer["gain"]) * part / peak
    return mix
