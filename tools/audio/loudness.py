"""Loudness (ITU-R BS.1770 through `pyloudnorm`), levelling, and the loop-seam check.

Why loudness rather than peak or RMS: a soft pad and a drum-heavy march with the
same RMS do not sound equally loud; BS.1770's K-weighted, gated measure is what
broadcast meters use, so tracks levelled to one integrated loudness (LUFS) play at
one perceived level and the player never reaches for the volume between areas.
The build and the tests measure a file the same way, with these functions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyloudnorm
from scipy.signal import resample_poly

from tools.audio.synth import RATE, Samples

PEAK_LIMIT = 0.89  # -1 dBFS: headroom for the lossy encoder's overshoot
KNEE = 0.62  # the soft limiter leaves everything below this untouched


def lufs(samples: Samples, rate: int = RATE) -> float:
    """Integrated loudness in LUFS (a loop is measured as it plays: one pass).

    Shorter than one 400 ms gating block (a click, a blip) has no integrated
    loudness: -inf.
    """
    if len(samples) <= 0.4 * rate:
        return float("-inf")
    return float(pyloudnorm.Meter(rate).integrated_loudness(np.asarray(samples, np.float64)))


def true_peak(samples: Samples) -> float:
    """Peak of the 4x oversampled signal: what a DAC reconstructs between samples."""
    return float(np.max(np.abs(resample_poly(samples, 4, 1)))) if len(samples) else 0.0


def soft_limit(samples: Samples, limit: float = PEAK_LIMIT, knee: float = KNEE) -> Samples:
    """Leave the body alone; round off only the few peaks above `knee` below `limit`."""
    mag = np.abs(samples)
    over = mag > knee
    if not over.any():
        return samples
    out = samples.copy()
    room = limit - knee
    out[over] = np.sign(samples[over]) * (knee + room * np.tanh((mag[over] - knee) / room))
    return out


def normalise(samples: Samples, target: float, rate: int = RATE) -> Samples:
    """Scale to `target` LUFS (within 0.1 LU) with no sample above PEAK_LIMIT."""
    out = samples
    for _ in range(6):
        now = lufs(out, rate)
        if not np.isfinite(now):
            return out
        if abs(now - target) < 0.1 and np.max(np.abs(out)) <= PEAK_LIMIT:
            break
        out = soft_limit(out * 10.0 ** ((target - now) / 20.0))
    return out


@dataclass(frozen=True)
class Levels:
    """What a listener would check with a meter: loudness, headroom and the seam."""

    seconds: float
    lufs: float
    peak: float
    seam: float  # |first - last| sample step across the loop point
    typical_step: float  # 99th percentile of |step| between neighbours

    @property
    def seam_ok(self) -> bool:
        """The loop point is no rougher than the music itself (or tiny anyway)."""
        return self.seam <= max(0.02, 1.5 * self.typical_step)


def measure(samples: Samples, rate: int = RATE) -> Levels:
    n = len(samples)
    if not n:
        return Levels(0.0, float("-inf"), 0.0, 0.0, 0.0)
    steps = np.abs(np.diff(samples))
    typical = float(np.percentile(steps, 99)) if len(steps) else 0.0
    return Levels(n / rate, lufs(samples, rate), float(np.max(np.abs(samples))),
                  float(abs(samples[0] - samples[-1])), typical)
