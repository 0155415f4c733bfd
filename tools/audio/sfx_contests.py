"""Sound effects of the stealth scenes and the calm pod rides.

Apart from the core recipes so each mechanic's sounds sit together; the
effects table in `tools.audio.sfx` lists them with their peaks like any other.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable

from tools.audio.synth import RATE, decay, noise, one_pole, sweep, swept_tone, zeros


def _len(seconds: float) -> int:
    return int(seconds * RATE)


def _shaped(samples: array, curve: list[float]) -> array:
    return array("d", (s * c for s, c in zip(samples, curve, strict=False)))


def spotted() -> array:
    """A guard wonders: two soft rising blips, a question."""
    n = _len(0.34)
    out = zeros(n)
    for start, lo, hi in ((0.0, 520.0, 700.0), (0.16, 640.0, 900.0)):
        m = _len(0.14)
        tone = _shaped(swept_tone(sweep(m, lo, hi, 0.05), "triangle"), decay(m, 0.06))
        at = _len(start)
        for i, x in enumerate(tone):
            out[at + i] += x
    return out


def caught() -> array:
    """A catch: a hard falling stab over a burst of noise."""
    n = _len(0.6)
    stab = _shaped(swept_tone(sweep(n, 1100.0, 330.0, 0.12), "pulse", 0.25), decay(n, 0.18))
    hiss = noise(n, 9000.0, seed=23)
    one_pole(hiss, 3000.0)
    hiss = _shaped(hiss, decay(n, 0.05))
    return array("d", (0.8 * a + 0.35 * b for a, b in zip(stab, hiss, strict=True)))


def scan() -> array:
    """The red scan light at the line: a low hum that swells and sinks."""
    n = _len(1.2)
    hum = swept_tone(sweep(n, 180.0, 150.0, 0.6), "saw")
    one_pole(hum, 900.0)
    swell = [(i / n) ** 0.5 * (1.0 - i / n) ** 0.8 * 2.2 for i in range(n)]
    return _shaped(hum, swell)


def firework() -> array:
    """A rocket bursts far off: a soft thump, then crackle."""
    n = _len(0.9)
    thump = _shaped(swept_tone(sweep(n, 90.0, 40.0, 0.08)), decay(n, 0.1))
    crackle = noise(n, [7000.0 - 4000.0 * i / n for i in range(n)], seed=29, short=True)
    one_pole(crackle, 4000.0)
    tail = [min(1.0, i / _len(0.12)) * (1.0 - i / n) ** 2 for i in range(n)]
    crackle = _shaped(crackle, tail)
    return array("d", (0.7 * a + 0.5 * b for a, b in zip(thump, crackle, strict=True)))


# name -> (recipe, peak level in full scale)
EFFECTS: dict[str, tuple[Callable[[], array], float]] = {
    "spotted": (spotted, 0.4),
    "caught": (caught, 0.6),
    "scan": (scan, 0.45),
    "firework": (firework, 0.55),
}
