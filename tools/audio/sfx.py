"""Sound-effect recipes for the interface, walking and the pod battle.

Effects are code rather than song text because they are gestures (sweeps,
bursts, tiny arpeggios), not notes in bars. Every recipe starts and ends on
silence so a sound never clicks; its peak level lives in the registry
(`assets/data/audio.json`), because the game plays them all at one effects
volume and a typing blip must sit far below an explosion. The staged moments
and the story mechanics have their own module, `sfx_staged.py`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from tools.audio.synth import (
    RATE,
    Samples,
    add_tone,
    decay,
    envelope,
    noise,
    note_hz,
    one_pole,
    sweep,
    swept_tone,
    table_for,
    zeros,
)


def seconds(s: float) -> int:
    return int(s * RATE)


def mix(*parts: tuple[Samples, float, int]) -> Samples:
    """Sum (samples, gain, offset) parts into one buffer long enough for all."""
    out = zeros(max(len(s) + off for s, _, off in parts))
    for samples, gain, offset in parts:
        out[offset : offset + len(samples)] += samples * gain
    return out


def notes(tune: list[tuple[int, float]], wave: str, duty: float,
          adsr: tuple[float, float, float, float],
          vibrato: tuple[float, float, float] = (0.0, 0.0, 0.0)) -> Samples:
    """A little melody of (midi, seconds) notes, each overlapping into the next."""
    out = zeros(seconds(sum(d for _, d in tune) + adsr[3] + 0.05))
    at = 0
    for midi, length in tune:
        hz = note_hz(midi)
        add_tone(out, at, envelope(seconds(length), adsr), hz, table_for(wave, duty, hz),
                 vibrato)
        at += seconds(length)
    return out


def echoes(dry: Samples, delay: float, gains: tuple[float, ...]) -> Samples:
    step = seconds(delay)
    out = zeros(len(dry) + step * len(gains))
    out[: len(dry)] += dry
    for k, g in enumerate(gains, 1):
        out[k * step : k * step + len(dry)] += g * dry
    return out


def footstep() -> Samples:
    n = seconds(0.09)
    scuff = noise(n, 3000.0, seed=5)
    one_pole(scuff, 1400.0)
    thump = swept_tone(sweep(n, 140.0, 70.0, 0.02))
    return mix((scuff * decay(n, 0.02), 0.8, 0), (thump * decay(n, 0.03), 0.6, 0))


def door() -> Samples:
    n = seconds(0.42)
    i = np.arange(n)
    hiss = noise(n, 300.0 + 5000.0 * (i / n) ** 0.5, seed=7)
    one_pole(hiss, 2200.0)
    swell = np.minimum(1.0, i / (0.25 * RATE)) * (1.0 - i / n) ** 0.5
    m = seconds(0.2)
    thud = swept_tone(sweep(m, 120.0, 55.0, 0.03))
    return mix((hiss * swell, 0.7, 0), (thud * decay(m, 0.05), 0.9, seconds(0.3)))


def blip() -> Samples:
    return notes([(81, 0.03)], "pulse", 0.25, (0.002, 0.02, 0.3, 0.02))


def menu_move() -> Samples:
    return notes([(88, 0.035)], "pulse", 0.125, (0.001, 0.02, 0.4, 0.02))


def menu_confirm() -> Samples:
    return notes([(76, 0.06), (83, 0.12)], "pulse", 0.25, (0.002, 0.05, 0.6, 0.06))


def menu_cancel() -> Samples:
    return notes([(71, 0.06), (64, 0.12)], "pulse", 0.5, (0.002, 0.05, 0.5, 0.06))


def shot() -> Samples:
    n = seconds(0.14)
    zap = swept_tone(sweep(n, 1800.0, 280.0, 0.035), "pulse", 0.25)
    hiss = noise(n, 12000.0, seed=13)
    return mix((zap * decay(n, 0.05), 0.8, 0), (hiss * decay(n, 0.01), 0.3, 0))


def enemy_shot() -> Samples:
    n = seconds(0.2)
    zap = swept_tone(sweep(n, 900.0, 140.0, 0.06), "saw")
    one_pole(zap, 3000.0)
    return zap * decay(n, 0.07)


def explosion() -> Samples:
    n = seconds(0.9)
    i = np.arange(n)
    rumble = noise(n, 6000.0 * (1.0 - i / n) ** 2 + 400.0, seed=17)
    one_pole(rumble, 2500.0)
    boom = swept_tone(sweep(n, 110.0, 32.0, 0.12))
    return mix((rumble * decay(n, 0.25), 0.8, 0), (boom * decay(n, 0.2), 0.8, 0))


def shield_hit() -> Samples:
    n = seconds(0.3)
    ring = zeros(n)
    env = envelope(n - seconds(0.05), (0.001, 0.08, 0.3, 0.05))
    for hz in (1318.5, 1396.9):  # a rough minor second: metallic, not musical
        add_tone(ring, 0, env, hz, table_for("pulse", 0.5, hz), (18.0, 0.4, 0.0))
    crack = noise(n, 16000.0, seed=19)
    return mix((ring, 0.45, 0), (crack * decay(n, 0.015), 0.5, 0))


def item() -> Samples:
    return notes([(84, 0.06), (88, 0.06), (91, 0.06), (96, 0.22)], "pulse", 0.25,
                 (0.002, 0.1, 0.5, 0.12))


def save() -> Samples:
    chime = notes([(79, 0.18), (86, 0.5)], "triangle", 0.5, (0.003, 0.35, 0.25, 0.35))
    return echoes(chime, 0.18, (0.35, 0.12))


BASIC: dict[str, Callable[[], Samples]] = {
    "footstep": footstep, "door": door, "blip": blip, "menu_move": menu_move,
    "menu_confirm": menu_confirm, "menu_cancel": menu_cancel, "shot": shot,
    "enemy_shot": enemy_shot, "explosion": explosion, "shield_hit": shield_hit,
    "item": item, "save": save,
}


def render_effect(recipe: Callable[[], Samples], peak: float) -> Samples:
    """The effect at its registry peak level, faded in and out over 3 ms.

    The fades are a safety net: a wave starting at its crest or a noise burst
    would otherwise begin on a step, which the ear hears as a click.
    """
    samples = recipe()
    top = float(np.max(np.abs(samples))) or 1.0
    out = samples * (peak / top)
    edge = min(64, len(out) // 4)
    ramp = np.arange(edge) / edge
    out[:edge] *= ramp
    out[len(out) - edge :] *= ramp[::-1]
    # a little silence either side keeps the lossy coder's ringing off the edges
    return np.concatenate([zeros(64), out, zeros(RATE // 40)])
