"""16-bit mono WAV in and out, plus the level and loop-seam measurements.

WAV because the stdlib writes it (`wave`) and pygame-ce plays it; the header holds
no dates, so the same samples always give the same bytes. The checks live here so
the build report and the tests measure a file the same way.
"""

from __future__ import annotations

import io
import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

from tools.audio.synth import RATE


def to_pcm(samples: array) -> bytes:
    """Floats in -1..1 to little-endian int16 (rounded, clamped)."""
    ints = array("h", (max(-32767, min(32767, round(x * 32767.0))) for x in samples))
    if sys.byteorder == "big":
        ints.byteswap()
    return ints.tobytes()


def wav_bytes(samples: array, rate: int = RATE) -> bytes:
    """A complete mono 16-bit WAV file in memory."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(to_pcm(samples))
    return buffer.getvalue()


def write_wav(path: Path, samples: array, rate: int = RATE) -> Path:
    """Write only when the bytes differ, so a rebuild leaves file times alone."""
    data = wav_bytes(samples, rate)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    return path


def read_wav(path: Path) -> tuple[int, array]:
    """(rate, samples as floats) of a mono 16-bit WAV; raises ValueError otherwise."""
    with wave.open(str(path), "rb") as src:
        if src.getnchannels() != 1 or src.getsampwidth() != 2:
            raise ValueError(f"{path}: expected mono 16-bit PCM")
        rate = src.getframerate()
        ints = array("h", src.readframes(src.getnframes()))
    if sys.byteorder == "big":
        ints.byteswap()
    return rate, array("d", (v / 32768.0 for v in ints))


@dataclass(frozen=True)
class Levels:
    """What a listener would check with a meter: loudness, headroom and the seam."""

    seconds: float
    peak: float
    rms: float
    seam: float  # |first - last| sample step across the loop point
    typical_step: float  # 99th percentile of |step| between neighbours (sampled)

    @property
    def seam_ok(self) -> bool:
        """The loop point is no rougher than the music itself (or tiny anyway)."""
        return self.seam <= max(0.02, 1.5 * self.typical_step)


def measure(samples: array, rate: int = RATE) -> Levels:
    n = len(samples)
    if not n:
        return Levels(0.0, 0.0, 0.0, 0.0, 0.0)
    peak = max(abs(x) for x in samples)
    rms = math.sqrt(sum(x * x for x in samples) / n)
    # every 5th step is plenty for a percentile and keeps the tests quick
    steps = sorted(abs(samples[i + 1] - samples[i]) for i in range(0, n - 1, 5))
    typical = steps[int(0.99 * (len(steps) - 1))] if steps else 0.0
    return Levels(n / rate, peak, rms, abs(samples[0] - samples[-1]), typical)
