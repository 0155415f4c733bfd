"""Effects for the story's staged moments and its mechanics (MECHANICS.md, FLIGHT.md).

Staged moments (a kneel, a slap, fireworks, a cheering crowd, a sword clash, a
shattered glass, the vow's glowing bands, the crown) and the contests' feedback:
the presence stand-off's waves and pushes, stealth's suspicion tick and being
spotted, the scan light at the line, the duel's wind-up, block, hit and sweep,
the pod's whoosh, the recode pulse and the jammer. Same rules as sfx.py: start
and end on silence; levels live in the registry.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from tools.audio.sfx import echoes, mix, notes, seconds
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


def _burst(n: int, clock: float, seed: int, cutoff: float, tau: float, high: bool = False
           ) -> Samples:
    hiss = noise(n, clock, seed=seed)
    one_pole(hiss, cutoff, highpass=high)
    return hiss * decay(n, tau)


def kneel() -> Samples:
    """Cloth, then a knee meeting stone."""
    n = seconds(0.35)
    i = np.arange(n)
    rustle = noise(n, 2500.0 + 4000.0 * (i / n), seed=51)
    one_pole(rustle, 1800.0)
    rustle *= np.sin(np.pi * i / n) ** 2
    m = seconds(0.25)
    knee = swept_tone(sweep(m, 95.0, 50.0, 0.03)) * decay(m, 0.06)
    return mix((rustle, 0.5, 0), (knee, 1.0, seconds(0.28)),
               (_burst(m, 6000.0, 52, 1200.0, 0.02), 0.4, seconds(0.28)))


def slap() -> Samples:
    n = seconds(0.22)
    crack = _burst(n, 22050.0, 53, 900.0, 0.012, high=True)
    body = swept_tone(sweep(n, 420.0, 160.0, 0.01)) * decay(n, 0.02)
    return echoes(mix((crack, 1.0, 0), (body, 0.5, 0)), 0.07, (0.25, 0.08))


def fireworks() -> Samples:
    """A rising whistle, a bang, then the crackling fall of sparks."""
    rise = seconds(0.7)
    whistle = swept_tone(np.linspace(900.0, 2400.0, rise), "triangle") * np.linspace(0.2, 1, rise)
    n = seconds(1.6)
    bang = swept_tone(sweep(n, 140.0, 38.0, 0.08)) * decay(n, 0.25)
    rumble = _burst(n, 5000.0, 54, 1500.0, 0.4)
    sparks = np.zeros(n)
    rng = np.random.default_rng(54)
    for at in rng.integers(seconds(0.1), n - seconds(0.05), 40):
        m = seconds(0.01)
        sparks[at : at + m] += noise(m, 20000.0, seed=int(at)) * decay(m, 0.003) * rng.random()
    return mix((whistle, 0.25, 0), (bang, 1.0, rise), (rumble, 0.6, rise),
               (sparks * np.linspace(1, 0, n), 0.6, rise + seconds(0.1)))


def crowd_cheer() -> Samples:
    n = seconds(2.4)
    i = np.arange(n)
    swell = np.sin(np.pi * np.minimum(1.0, i / (0.4 * RATE)) / 2) * (1 - i / n) ** 1.5
    roar = noise(n, 12000.0, seed=55)
    one_pole(roar, 2800.0)
    one_pole(roar, 300.0, highpass=True)
    claps = zeros(n)
    rng = np.random.default_rng(55)
    for at in rng.integers(0, n - seconds(0.03), 70):
        m = seconds(0.02)
        claps[at : at + m] += _burst(m, 20000.0, int(at), 1000.0, 0.004, high=True)
    return mix((roar * swell, 1.0, 0), (claps * swell, 0.5, 0))


def sword_clash() -> Samples:
    n = seconds(0.8)
    ring = zeros(n)
    env = envelope(n - seconds(0.3), (0.001, 0.2, 0.15, 0.3))
    for hz, g in ((2093.0, 1.0), (2637.0, 0.6), (3520.0, 0.4), (1567.0, 0.5)):
        part = zeros(n)
        add_tone(part, 0, env, hz, table_for("triangle", 0.5, hz), (9.0, 0.08, 0.0))
        ring += g * part
    hit = _burst(seconds(0.05), 22050.0, 56, 2000.0, 0.008, high=True)
    return mix((ring, 0.5, 0), (hit, 1.0, 0))


def glass_shatter() -> Samples:
    n = seconds(0.9)
    shards = zeros(n)
    rng = np.random.default_rng(57)
    for _ in range(26):
        at = int(rng.integers(0, seconds(0.5)))
        hz = 2500.0 + 3500.0 * rng.random()
        m = seconds(0.08 + 0.15 * rng.random())
        tone = zeros(m)
        add_tone(tone, 0, envelope(m - 200, (0.001, 0.03, 0.1, 0.008)), hz,
                 table_for("sine", 0.5, hz))
        shards[at : at + m] += tone * (0.3 + 0.7 * rng.random())
    crash = _burst(seconds(0.25), 22050.0, 58, 3000.0, 0.05, high=True)
    return mix((crash, 0.8, 0), (shards, 0.5, 0))


def presence_wave() -> Samples:
    """The opponent presses in: a low swell that bends the air."""
    n = seconds(1.4)
    i = np.arange(n)
    shape = np.sin(np.pi * i / n) ** 1.5
    hz = 55.0 + 10.0 * np.sin(np.pi * i / n)
    drone = swept_tone(hz, "saw")
    one_pole(drone, 400.0)
    pressure = noise(n, 3000.0, seed=59)
    one_pole(pressure, 250.0)
    wobble = 1.0 + 0.3 * np.sin(2 * np.pi * 7.0 * i / RATE)
    return (drone + 0.6 * pressure) * shape * wobble


def presence_push() -> Samples:
    """Kara pushes back on the tell: a bright rising ring."""
    n = seconds(0.5)
    ring = swept_tone(sweep(n, 660.0, 990.0, 0.05), "pulse", 0.25) * decay(n, 0.15)
    one_pole(ring, 3000.0)
    thump = swept_tone(sweep(n, 130.0, 65.0, 0.02)) * decay(n, 0.05)
    return mix((ring, 0.6, 0), (thump, 1.0, 0))


def presence_falter() -> Samples:
    """Ground lost: a sinking, detuned pair."""
    a = notes([(62, 0.18), (57, 0.4)], "pulse", 0.5, (0.005, 0.1, 0.5, 0.2), (5.0, 0.4, 0.0))
    b = notes([(61, 0.18), (56, 0.4)], "pulse", 0.5, (0.005, 0.1, 0.5, 0.2))
    return mix((a, 0.6, 0), (b, 0.4, 0))


def standoff_win() -> Samples:
    return echoes(notes([(67, 0.12), (71, 0.12), (74, 0.12), (79, 0.5)], "triangle", 0.5,
                        (0.005, 0.2, 0.6, 0.3)), 0.15, (0.4, 0.15))


def suspicion_tick() -> Samples:
    return notes([(86, 0.04)], "pulse", 0.125, (0.001, 0.03, 0.2, 0.03))


def spotted() -> Samples:
    """A guard looks twice: the classic stinger, two sharp notes a tritone apart."""
    return mix((notes([(79, 0.09), (85, 0.3)], "pulse", 0.25, (0.001, 0.1, 0.6, 0.15)),
                0.8, 0), (_burst(seconds(0.1), 16000.0, 60, 1500.0, 0.02, high=True), 0.4, 0))


def scan_sweep() -> Samples:
    """The red light passing the pod: a slow electric hum that rises and falls."""
    n = seconds(2.0)
    i = np.arange(n)
    hz = 220.0 + 110.0 * np.sin(np.pi * i / n)
    hum = swept_tone(hz, "pulse", 0.3)
    one_pole(hum, 1200.0)
    buzz = 0.7 + 0.3 * np.sin(2 * np.pi * 60.0 * i / RATE)
    return hum * buzz * np.sin(np.pi * i / n) ** 2


def pod_whoosh() -> Samples:
    n = seconds(1.2)
    i = np.arange(n)
    air = noise(n, 600.0 + 9000.0 * np.sin(np.pi * i / n), seed=61)
    one_pole(air, 2500.0)
    return air * np.sin(np.pi * i / n) ** 2


def pod_launch() -> Samples:
    n = seconds(1.5)
    i = np.arange(n)
    engine = swept_tone(np.linspace(70.0, 240.0, n), "saw")
    one_pole(engine, 900.0)
    rush = noise(n, 1000.0 + 12000.0 * i / n, seed=62)
    one_pole(rush, 3000.0)
    shape = np.minimum(1.0, i / (0.3 * RATE)) * (1 - i / n) ** 0.7
    return (engine * 0.6 + rush * 0.5) * shape


def duel_windup() -> Samples:
    """Rhea draws back: a short rising hiss, the tell before the strike."""
    n = seconds(0.45)
    i = np.arange(n)
    hiss = noise(n, 2000.0 + 16000.0 * (i / n) ** 2, seed=63)
    one_pole(hiss, 4000.0)
    return hiss * (i / n) ** 2


def duel_block() -> Samples:
    n = seconds(0.3)
    clang = zeros(n)
    env = envelope(n - seconds(0.1), (0.001, 0.05, 0.2, 0.1))
    for hz in (880.0, 1245.0):
        add_tone(clang, 0, env, hz, table_for("pulse", 0.5, hz))
    return mix((clang, 0.5, 0), (_burst(n, 20000.0, 64, 1500.0, 0.01, high=True), 0.8, 0))


def duel_hit() -> Samples:
    """A hit is a white flash and dust, never blood: a dull thump and a puff."""
    n = seconds(0.4)
    thump = swept_tone(sweep(n, 110.0, 45.0, 0.04)) * decay(n, 0.08)
    dust = _burst(n, 8000.0, 65, 1800.0, 0.12)
    return mix((thump, 1.0, 0), (dust, 0.45, seconds(0.02)))


def duel_sweep() -> Samples:
    n = seconds(0.5)
    i = np.arange(n)
    swish = noise(n, 4000.0 + 10000.0 * np.sin(np.pi * i / n), seed=66)
    one_pole(swish, 5000.0)
    sand = _burst(seconds(0.3), 9000.0, 67, 2500.0, 0.08)
    return mix((swish * np.sin(np.pi * i / n) ** 3, 0.8, 0), (sand, 0.5, seconds(0.3)))


def recode_pulse() -> Samples:
    """The mothership's signal rewrites itself: a warbling digital chirp."""
    tune = [(96 - 3 * (k % 4) - k, 0.035) for k in range(12)]
    return notes(tune, "pulse", 0.125, (0.001, 0.02, 0.7, 0.02))


def jam_complete() -> Samples:
    """Winn's jammer wins: every drone powers down (a long falling whine)."""
    n = seconds(2.2)
    whine = swept_tone(sweep(n, 1400.0, 40.0, 0.6), "saw")
    one_pole(whine, 2500.0)
    return whine * np.linspace(1, 0, n) ** 1.5


def shield_down() -> Samples:
    n = seconds(1.4)
    i = np.arange(n)
    hum = swept_tone(sweep(n, 330.0, 60.0, 0.4), "pulse", 0.5)
    one_pole(hum, 1500.0)
    flicker = 0.5 + 0.5 * np.sign(np.sin(2 * np.pi * (12.0 - 9.0 * i / n) * i / RATE))
    return hum * flicker * np.linspace(1, 0, n)


def vow_glow() -> Samples:
    """The bands of Daxamite silver light: a soft bell chord that blooms."""
    bell = zeros(seconds(2.6))
    for k, midi in enumerate((69, 73, 76, 81)):
        hz = note_hz(midi)
        add_tone(bell, seconds(0.12 * k), envelope(seconds(1.2), (0.02, 0.8, 0.4, 1.0)),
                 hz, table_for("sine", 0.5, hz), (5.0, 0.06, 0.2))
    return bell


def crown_chime() -> Samples:
    return echoes(notes([(72, 0.2), (79, 0.2), (84, 0.2), (88, 0.9)], "triangle", 0.5,
                        (0.005, 0.5, 0.5, 0.6), (5.0, 0.1, 0.3)), 0.3, (0.4, 0.16))


def comm_static() -> Samples:
    """No signal here: a burst of static that cuts out twice."""
    n = seconds(0.8)
    hiss = noise(n, 14000.0, seed=68)
    one_pole(hiss, 400.0, highpass=True)
    i = np.arange(n)
    gate = ((i // seconds(0.12)) % 3 != 2).astype(float) * np.linspace(1, 0.3, n)
    return hiss * gate


def rescue_beam() -> Samples:
    n = seconds(2.0)
    i = np.arange(n)
    hum = swept_tone(sweep(n, 180.0, 520.0, 0.7), "triangle")
    shimmer = swept_tone(2200.0 + 300.0 * np.sin(2 * np.pi * 6.0 * i / RATE), "sine")
    shape = np.sin(np.pi * i / n)
    return (hum + 0.3 * shimmer) * shape


def heartbeat() -> Samples:
    n = seconds(0.9)
    beat = swept_tone(sweep(seconds(0.15), 70.0, 45.0, 0.03)) * decay(seconds(0.15), 0.04)
    return mix((beat, 1.0, 0), (beat, 0.7, seconds(0.22)), (zeros(n), 0.0, 0))


STAGED: dict[str, Callable[[], Samples]] = {
    "kneel": kneel, "slap": slap, "fireworks": fireworks, "crowd_cheer": crowd_cheer,
    "sword_clash": sword_clash, "glass_shatter": glass_shatter,
    "presence_wave": presence_wave, "presence_push": presence_push,
    "presence_falter": presence_falter, "standoff_win": standoff_win,
    "suspicion_tick": suspicion_tick, "spotted": spotted, "scan_sweep": scan_sweep,
    "pod_whoosh": pod_whoosh, "pod_launch": pod_launch, "duel_windup": duel_windup,
    "duel_block": duel_block, "duel_hit": duel_hit, "duel_sweep": duel_sweep,
    "recode_pulse": recode_pulse, "jam_complete": jam_complete, "shield_down": shield_down,
    "vow_glow": vow_glow, "crown_chime": crown_chime, "comm_static": comm_static,
    "rescue_beam": rescue_beam, "heartbeat": heartbeat,
}
