"""Sound-effect recipes: each a few lines of synth calls, levelled by hand.

Effects are code rather than song text because they are gestures (sweeps,
bursts, tiny arpeggios), not notes in bars. Every recipe starts and ends on
silence so a sound never clicks, and its peak is set here, per effect, because
the game plays them all at one effects volume: a typing blip must sit far below
an explosion.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable

from tools.audio.sfx_contests import EFFECTS as CONTEST_EFFECTS
from tools.audio.synth import (
    RATE,
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


def _len(seconds: float) -> int:
    return int(seconds * RATE)


def _mix(*parts: tuple[array, float, int]) -> array:
    """Sum (samples, gain, offset) parts into one buffer long enough for all."""
    out = zeros(max(len(s) + off for s, _, off in parts))
    for samples, gain, offset in parts:
        for i, x in enumerate(samples):
            out[offset + i] += x * gain
    return out


def _shaped(samples: array, curve: list[float]) -> array:
    return array("d", (samples[i] * curve[i] for i in range(len(samples))))


def _notes(notes: list[tuple[int, float]], wave: str, duty: float, adsr: tuple) -> array:
    """A little melody of (midi, seconds) notes, each overlapping into the next."""
    out = zeros(_len(sum(d for _, d in notes) + adsr[3] + 0.05))
    at = 0
    for midi, seconds in notes:
        hz = note_hz(midi)
        add_tone(out, at, envelope(_len(seconds), adsr), hz, table_for(wave, duty, hz))
        at += _len(seconds)
    return out


def footstep() -> array:
    n = _len(0.09)
    scuff = noise(n, 3000.0, seed=5)
    one_pole(scuff, 1400.0)
    thump = swept_tone(sweep(n, 140.0, 70.0, 0.02))
    return _mix((_shaped(scuff, decay(n, 0.02)), 0.8, 0), (_shaped(thump, decay(n, 0.03)), 0.6, 0))


def door() -> array:
    n = _len(0.42)
    hiss = noise(n, [300.0 + 5000.0 * (i / n) ** 0.5 for i in range(n)], seed=7)
    one_pole(hiss, 2200.0)
    swell = [min(1.0, i / (0.25 * RATE)) * (1.0 - i / n) ** 0.5 for i in range(n)]
    m = _len(0.2)
    thud = swept_tone(sweep(m, 120.0, 55.0, 0.03))
    return _mix((_shaped(hiss, swell), 0.7, 0), (_shaped(thud, decay(m, 0.05)), 0.9, _len(0.3)))


def blip() -> array:
    return _notes([(81, 0.03)], "pulse", 0.25, (0.002, 0.02, 0.3, 0.02))


def menu_move() -> array:
    return _notes([(88, 0.035)], "pulse", 0.125, (0.001, 0.02, 0.4, 0.02))


def menu_confirm() -> array:
    return _notes([(76, 0.06), (83, 0.12)], "pulse", 0.25, (0.002, 0.05, 0.6, 0.06))


def menu_cancel() -> array:
    return _notes([(71, 0.06), (64, 0.12)], "pulse", 0.5, (0.002, 0.05, 0.5, 0.06))


def shot() -> array:
    n = _len(0.14)
    zap = swept_tone(sweep(n, 1800.0, 280.0, 0.035), "pulse", 0.25)
    hiss = noise(n, 12000.0, seed=13)
    return _mix((_shaped(zap, decay(n, 0.05)), 0.8, 0), (_shaped(hiss, decay(n, 0.01)), 0.3, 0))


def enemy_shot() -> array:
    n = _len(0.2)
    zap = swept_tone(sweep(n, 900.0, 140.0, 0.06), "saw")
    one_pole(zap, 3000.0)
    return _shaped(zap, decay(n, 0.07))


def explosion() -> array:
    n = _len(0.9)
    rumble = noise(n, [6000.0 * (1.0 - i / n) ** 2 + 400.0 for i in range(n)], seed=17)
    one_pole(rumble, 2500.0)
    boom = swept_tone(sweep(n, 110.0, 32.0, 0.12))
    return _mix((_shaped(rumble, decay(n, 0.25)), 0.8, 0), (_shaped(boom, decay(n, 0.2)), 0.8, 0))


def shield_hit() -> array:
    n = _len(0.3)
    ring = zeros(n)
    env = envelope(n - _len(0.05), (0.001, 0.08, 0.3, 0.05))
    for hz in (1318.5, 1396.9):  # a rough minor second: metallic, not musical
        add_tone(ring, 0, env, hz, table_for("pulse", 0.5, hz), (18.0, 0.4, 0.0))
    crack = noise(n, 16000.0, seed=19)
    return _mix((ring, 0.45, 0), (_shaped(crack, decay(n, 0.015)), 0.5, 0))


def item() -> array:
    return _notes(
        [(84, 0.06), (88, 0.06), (91, 0.06), (96, 0.22)], "pulse", 0.25, (0.002, 0.1, 0.5, 0.12)
    )


def save() -> array:
    chime = _notes([(79, 0.18), (86, 0.5)], "triangle", 0.5, (0.003, 0.35, 0.25, 0.35))
    echo = zeros(len(chime) + _len(0.36))
    for i, x in enumerate(chime):
        echo[i] += x
        echo[i + _len(0.18)] += 0.35 * x
        echo[i + _len(0.36)] += 0.12 * x
    return echo


# name -> (recipe, peak level in full scale)
EFFECTS: dict[str, tuple[Callable[[], array], float]] = {
    "footstep": (footstep, 0.35),
    "door": (door, 0.55),
    "blip": (blip, 0.22),
    "menu_move": (menu_move, 0.3),
    "menu_confirm": (menu_confirm, 0.45),
    "menu_cancel": (menu_cancel, 0.4),
    "shot": (shot, 0.5),
    "enemy_shot": (enemy_shot, 0.5),
    "explosion": (explosion, 0.8),
    "shield_hit": (shield_hit, 0.6),
    "item": (item, 0.5),
    "save": (save, 0.5),
    **CONTEST_EFFECTS,  # the stealth scenes and the calm pod rides
}


def render_effect(name: str) -> array:
    """The named effect at its set peak level, faded in and out over 3 ms.

    The fades are a safety net: a wave starting at its crest or a noise burst
    would otherwise begin on a step, which the ear hears as a click.
    """
    recipe, peak = EFFECTS[name]
    samples = recipe()
    top = max(abs(x) for x in samples) or 1.0
    edge = min(64, len(samples) // 4)
    out = array("d", (x * peak / top for x in samples))
    for i in range(edge):
        ramp = i / edge
        out[i] *= ramp
        out[-1 - i] *= ramp
    return out
